import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {readDataFile, readPrepared} from './prepared-data.js'

/**
 * Named word lists kept as data, each list `{note, words, caseSensitive?}`:
 * the shared ones in `src/text/data/<name>.yml` (built to
 * `dist/data/<name>.json`), a rule's own in a YAML file beside its lexicon
 * (built to JSON beside it). Checked when loaded: every list the code reads
 * is there with a one-line note on what it holds, each a list of words,
 * lower case unless the list says it is case-sensitive ("MD" is not "md"),
 * and no list the code does not know.
 */
export function checkWordLists<Name extends string>(file: string, data: unknown, names: readonly Name[]): Record<Name, readonly string[]> {
  if (!data || typeof data !== 'object') throw new Error(`${file}: expected a mapping of lists`)
  const raw = data as Record<string, {note?: unknown; words?: unknown; caseSensitive?: unknown} | undefined>
  const lists = {} as Record<Name, readonly string[]>
  for (const name of names) {
    const entry = raw[name]
    if (!entry || typeof entry !== 'object') throw new Error(`${file}: the list "${name}" is missing`)
    const words = entry.words
    const exact = entry.caseSensitive === true
    if (!Array.isArray(words) || words.length === 0 || words.some((word) => typeof word !== 'string' || word.trim() !== word || word === '' || (!exact && word !== word.toLowerCase()))) {
      throw new Error(`${file}: ${name}.words must be a list of ${exact ? '' : 'lower-case '}words`)
    }

    if (typeof entry.note !== 'string' || entry.note.trim() === '' || entry.note.includes('\n')) throw new Error(`${file}: ${name}.note must say in one line what the list holds`)

    lists[name] = words as string[]
  }

  const unknown = Object.keys(raw).find((name) => !(names as readonly string[]).includes(name))
  if (unknown) throw new Error(`${file}: unknown list "${unknown}"`)
  return lists
}

/**
 * Load word lists: shared ones by name (`'context-words'`:
 * `src/text/data/context-words.yml`, or its built JSON in `dist/data/`), a
 * rule's own by the address of its file (`new URL('words.yml',
 * import.meta.url)`: the file beside the rule, or its built JSON).
 */
export function loadWordLists<Name extends string>(source: string | URL, names: readonly Name[]): Record<Name, readonly string[]> {
  if (source instanceof URL) return checkWordLists(source.pathname.split('/').slice(-3).join('/'), readDataFile(source), names)
  const prepared = readPrepared(`${source}.json`, import.meta.url)
  const data = (prepared === undefined ? parseYaml(readFileSync(new URL(`data/${source}.yml`, import.meta.url), 'utf8')) : JSON.parse(prepared)) as unknown
  return checkWordLists(`src/text/data/${source}.yml`, data, names)
}

/**
 * A list's words as the alternatives of a pattern (`(?:${alternatives(list)})`):
 * escaped, and longest first, so that "trial registration" is tried before
 * "trial" and a match takes the longest entry that fits.
 */
export function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
}
