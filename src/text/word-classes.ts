/**
 * Named word classes usable in lexicon phrases as `{name}`, kept as data in
 * `data/word-classes.yml`. A member of several words ("fish oil") matches
 * those words in a row; a class with `inflect` also matches each single-word
 * member's endings.
 */

import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {readPrepared} from './prepared-data.js'
import {startsWithDigit} from './word-shapes.js'

export interface WordClass {
  members: readonly string[]
  inflect?: boolean
  note?: string
}

/** Read and check the class file; the build stores it as JSON in dist/data/. */
function loadWordClasses(): Record<string, WordClass> {
  const prepared = readPrepared('word-classes.json', import.meta.url)
  const file = new URL('data/word-classes.yml', import.meta.url)
  const data = (prepared === undefined ? parseYaml(readFileSync(file, 'utf8')) : JSON.parse(prepared)) as unknown
  return checkWordClasses(data)
}

/**
 * Throws an error naming the class and field that is wrong. `include` adds
 * the members of other classes (listed before or after).
 */
export function checkWordClasses(data: unknown): Record<string, WordClass> {
  if (!data || typeof data !== 'object') throw new Error('word classes: expected a mapping of class names')
  const raw = data as Record<string, {members?: unknown; include?: unknown; inflect?: unknown; note?: unknown} | null>
  const classes: Record<string, WordClass> = {}
  for (const [name, item] of Object.entries(raw)) {
    const members = item?.members ?? []
    const include = item?.include ?? []
    if (!Array.isArray(members) || members.some((member) => typeof member !== 'string' || member.trim() === '')) {
      throw new Error(`word classes: ${name}.members must be a list of words`)
    }

    if (!Array.isArray(include) || include.some((other) => typeof other !== 'string' || !raw[other] || other === name)) {
      throw new Error(`word classes: ${name}.include must name other classes`)
    }

    if (item?.inflect !== undefined && typeof item.inflect !== 'boolean') throw new Error(`word classes: ${name}.inflect must be true or false`)
    const all = [...(members as string[]), ...(include as string[]).flatMap((other) => (raw[other]?.members as string[] | undefined) ?? [])]
    if (all.length === 0) throw new Error(`word classes: ${name} has no members`)
    classes[name] = {members: [...new Set(all.map((member) => member.toLowerCase().trim()))], ...(item?.inflect ? {inflect: true} : {})}
  }

  return classes
}

export const wordClasses: Readonly<Record<string, WordClass>> = loadWordClasses()

const numberWords = new Set(wordClasses.numberWord.members)

/** `{number}`: digits ("3", "1,000", "2.5") or a number word. */
export function isNumberWord(lower: string): boolean {
  return startsWithDigit(lower) || numberWords.has(lower)
}

/** `{percent}`: "80%" (one token after tokenising). */
export function isPercent(lower: string): boolean {
  return lower.endsWith('%') && /^\d[\d.,]*%$/.test(lower)
}
