import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {PhraseMatcher, PhraseSyntaxError, compilePhrase, primeCompiled, type MatchToken, type SerializedSteps} from './phrase-matcher.js'
import {readPrepared} from './prepared-data.js'

/**
 * The treatments mental-health copy promotes, by kind, with the concrete
 * risks of each: data (`data/treatments.yml`), checked when loaded and
 * compiled into one matcher that any rule can run over a sentence.
 */
export interface TreatmentKind {
  /** A short id: `ketamine`, `tms`, `supplement`. */
  kind: string
  /** Phrases naming the treatment (matcher syntax). */
  names: string[]
  /** Phrases naming a concrete risk, side effect or contraindication of it. */
  risks: string[]
  /** What a page promoting it should name, as one clause. */
  advice: string
  /** Where the risks come from (a URL). */
  source: string
}

/** A treatment's name or one of its risks, found in a sentence's tokens. */
export interface TreatmentMatch {
  kind: string
  role: 'name' | 'risk'
  startToken: number
  endToken: number
  start: number
  end: number
}

export class TreatmentDataError extends Error {}

const sourceFile = new URL('data/treatments.yml', import.meta.url)

let builtIn: readonly TreatmentKind[] | undefined

/**
 * The built-in kinds. The build stores the data, with its phrases compiled,
 * as `dist/data/treatments.json` (scripts/prepare-data.js); from the
 * TypeScript sources the YAML is read and compiled here.
 */
export function treatmentKinds(): readonly TreatmentKind[] {
  if (builtIn) return builtIn
  const prepared = readPrepared('treatments.json', import.meta.url)
  let data: unknown
  if (prepared) {
    const parsed = JSON.parse(prepared) as {kinds: unknown; compiled?: Record<string, SerializedSteps>}
    if (parsed.compiled) primeCompiled(parsed.compiled)
    data = parsed.kinds
  } else {
    const file = fileURLToPath(sourceFile)
    try {
      data = parseYaml(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new TreatmentDataError(`${file}: cannot load treatment data: ${(error as Error).message}`)
    }
  }

  builtIn = validateTreatments(data, 'src/text/data/treatments.yml')
  return builtIn
}

/** The built-in kind named `kind`, if there is one. */
export function treatmentKind(kind: string): TreatmentKind | undefined {
  return treatmentKinds().find((entry) => entry.kind === kind)
}

const keys = new Set(['kind', 'names', 'risks', 'advice', 'source'])

/** Check treatment data and bring it to one shape; throws naming the file and the entry. */
export function validateTreatments(data: unknown, file: string): TreatmentKind[] {
  if (!Array.isArray(data)) throw new TreatmentDataError(`${file}: expected a list of treatment kinds`)
  const seen = new Set<string>()
  return data.map((raw, index) => {
    const where = `${file}: entry ${index + 1}`
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new TreatmentDataError(`${where}: expected a mapping`)
    const item = raw as Record<string, unknown>
    for (const key of Object.keys(item)) if (!keys.has(key)) throw new TreatmentDataError(`${where}: unknown key "${key}"`)
    const kind = item.kind
    if (typeof kind !== 'string' || !/^[a-z][a-z0-9-]*$/.test(kind)) throw new TreatmentDataError(`${where}: "kind" must be a lower-case id`)
    if (seen.has(kind)) throw new TreatmentDataError(`${where}: kind "${kind}" appears twice`)
    seen.add(kind)
    const entry = `${file}: ${kind}`
    for (const key of ['advice', 'source'] as const) {
      if (typeof item[key] !== 'string' || (item[key] as string).trim() === '') throw new TreatmentDataError(`${entry}: "${key}" is required`)
    }

    if (!/^https?:\/\//.test(item.source as string)) throw new TreatmentDataError(`${entry}.source: expected a URL`)
    return {
      kind,
      names: phraseList(item.names, `${entry}.names`, true),
      risks: phraseList(item.risks, `${entry}.risks`, false),
      advice: item.advice as string,
      source: item.source as string
    }
  })
}

function phraseList(value: unknown, where: string, required: boolean): string[] {
  if (value === undefined && !required) return []
  if (!Array.isArray(value) || !value.every((phrase) => typeof phrase === 'string' && phrase.trim() !== '')) {
    throw new TreatmentDataError(`${where}: expected a list of phrases`)
  }

  if (required && value.length === 0) throw new TreatmentDataError(`${where}: at least one phrase is required`)
  for (const phrase of value as string[]) {
    try {
      compilePhrase(phrase)
    } catch (error) {
      if (error instanceof PhraseSyntaxError) throw new TreatmentDataError(`${where}: "${phrase}": ${error.message}`)
      throw error
    }
  }

  return value as string[]
}

/** More names or risks per kind, as rule options give them: `{"hbot": ["hyperbaric oxygen"]}`. */
export interface TreatmentExtras {
  names?: Readonly<Record<string, readonly string[]>>
  risks?: Readonly<Record<string, readonly string[]>>
}

/** The built-in kinds with `extras` added: new kinds, or more phrases for a known one. */
export function withExtras(extras: TreatmentExtras = {}): TreatmentKind[] {
  const kinds = new Map(treatmentKinds().map((entry) => [entry.kind, {...entry, names: [...entry.names], risks: [...entry.risks]}]))
  const add = (record: Readonly<Record<string, readonly string[]>> | undefined, role: 'names' | 'risks') => {
    for (const [kind, phrases] of Object.entries(record ?? {})) {
      let entry = kinds.get(kind)
      if (!entry) kinds.set(kind, (entry = {kind, names: [], risks: [], advice: '', source: ''}))
      entry[role].push(...phrases)
    }
  }

  add(extras.names, 'names')
  add(extras.risks, 'risks')
  return [...kinds.values()]
}

/** Names and risks of a list of kinds compiled into one matcher. */
export class TreatmentMatcher {
  private readonly matcher: PhraseMatcher
  private readonly owners: Array<{kind: string; role: 'name' | 'risk'; exact?: string}> = []

  constructor(kinds: readonly TreatmentKind[]) {
    const phrases: string[] = []
    for (const entry of kinds) {
      for (const phrase of entry.names) {
        phrases.push(phrase)
        // A name with capitals matches only as written: "SAMe" but not "the same", "NAC" but not "nac".
        this.owners.push({kind: entry.kind, role: 'name', exact: /\p{Lu}/u.test(phrase) ? phrase.replace(/^=/, '').replace(/\s+/g, '') : undefined})
      }

      for (const phrase of entry.risks) {
        phrases.push(phrase)
        this.owners.push({kind: entry.kind, role: 'risk'})
      }
    }

    this.matcher = new PhraseMatcher(phrases)
  }

  /**
   * Names and risks in `tokens`, in order. Where names overlap, the longest
   * wins ("stellate ganglion block" over "block"; "nad iv" over "iv").
   */
  match(tokens: ReadonlyArray<MatchToken & {text?: string}>): TreatmentMatch[] {
    const found = this.matcher
      .match(tokens)
      .map((match) => ({...this.owners[match.phrase], ...match}))
      .filter((match) => match.exact === undefined || surface(tokens, match.startToken, match.endToken) === match.exact)
    // Where names overlap, the longest wins: a sweep in order of start (longest first).
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    const kept: typeof found = []
    const seen = new Set<string>()
    let cover: (typeof found)[number] | undefined
    for (const item of found) {
      // One kind's name found by several of its phrases ("antidepressant", "antidepressants") is one mention.
      const key = `${item.kind}\0${item.role}\0${item.start}\0${item.end}`
      if (seen.has(key)) continue
      seen.add(key)
      if (item.role === 'name') {
        if (cover && cover.end >= item.end && cover.end - cover.start > item.end - item.start) continue
        if (!cover || item.end > cover.end) cover = item
      }

      kept.push(item)
    }

    return kept
      .map(({kind, role, startToken, endToken, start, end}) => ({kind, role, startToken, endToken, start, end}))
  }
}

function surface(tokens: ReadonlyArray<{text?: string; lower: string}>, start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((token) => token.text ?? token.lower)
    .join('')
}

const matchers = new Map<string, TreatmentMatcher>()

/** One matcher per distinct set of extras, built when first asked for. */
export function treatmentMatcher(extras: TreatmentExtras = {}): TreatmentMatcher {
  const key = JSON.stringify([extras.names ?? {}, extras.risks ?? {}])
  let matcher = matchers.get(key)
  if (!matcher) matchers.set(key, (matcher = new TreatmentMatcher(withExtras(extras))))
  return matcher
}
