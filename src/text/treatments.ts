import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {PhraseMatcher, PhraseSyntaxError, checkPhrase, type MatchToken, type PhraseMatch} from './phrase-matcher.js'
import {readPrepared} from './prepared-data.js'
import {compareSpans, isOrdered} from './spans.js'
import {isOrdinaryUse} from './treatment-context.js'

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
 * The built-in kinds. The build stores the data as `dist/data/treatments.json`
 * and its phrases compiled with the lexicons' (scripts/prepare-data.js);
 * from the TypeScript sources the YAML is read and compiled here.
 */
export function treatmentKinds(): readonly TreatmentKind[] {
  if (builtIn) return builtIn
  const prepared = readPrepared('treatments.json', import.meta.url)
  let data: unknown
  if (prepared) {
    data = (JSON.parse(prepared) as {kinds: unknown}).kinds
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
      checkPhrase(phrase)
    } catch (error) {
      if (error instanceof PhraseSyntaxError) throw new TreatmentDataError(`${where}: "${phrase}": ${error.message}`)
      throw error
    }
  }

  return value as string[]
}

/** More names or risks per kind, as rule options give them: `{"cryo": ["cryotherapy"]}`. */
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

/** Who a treatment phrase belongs to. */
export interface TreatmentOwner {
  kind: string
  role: 'name' | 'risk'
  /** For a name with capitals: the name as written, which the text must match ("SAMe" but not "the same"). */
  exact: string | undefined
}

/** The names and risks of a list of kinds as one list of phrases, each with its owner. */
export interface TreatmentPhrases {
  phrases: string[]
  owners: TreatmentOwner[]
}

/** Each kind's names, then its risks, in the order of the kinds. */
export function treatmentPhrases(kinds: readonly TreatmentKind[]): TreatmentPhrases {
  const phrases: string[] = []
  const owners: TreatmentOwner[] = []
  for (const entry of kinds) {
    for (const phrase of entry.names) {
      phrases.push(phrase)
      // A name with capitals matches only as written: "SAMe" but not "the same", "NAC" but not "nac".
      owners.push({kind: entry.kind, role: 'name', exact: /\p{Lu}/u.test(phrase) ? phrase.replace(/^=/, '').replace(/\s+/g, '') : undefined})
    }

    for (const phrase of entry.risks) {
      phrases.push(phrase)
      owners.push({kind: entry.kind, role: 'risk', exact: undefined})
    }
  }

  return {phrases, owners}
}

let builtInPhrases: TreatmentPhrases | undefined

/** The phrases of the built-in kinds, for a matcher that finds them with others in one pass. */
export function builtInTreatmentPhrases(): TreatmentPhrases {
  builtInPhrases ??= treatmentPhrases(treatmentKinds())
  return builtInPhrases
}

/**
 * The matches of one sentence's treatment phrases that make mentions, in
 * order. `found` holds a matcher's results for the phrases of `owners`,
 * numbered from `first` (the phrases may be one list of several in the
 * matcher). A name written with capitals must match as written; where names
 * overlap, the longest wins ("stellate ganglion block" over "block"; "nad
 * iv" over "iv"); one kind's name found by several of its phrases
 * ("antidepressant", "antidepressants") is one mention.
 */
export function keptTreatmentMatches(
  found: readonly PhraseMatch[],
  owners: readonly TreatmentOwner[],
  tokens: ReadonlyArray<MatchToken & {text?: string}>,
  first = 0
): PhraseMatch[] {
  const candidates: PhraseMatch[] = []
  for (const match of found) {
    const {exact, role} = owners[match.phrase - first]
    if (role === 'name' && isOrdinaryUse(tokens, match.startToken, match.endToken)) continue
    if (exact === undefined || surface(tokens, match.startToken, match.endToken) === exact) candidates.push(match)
  }

  // In order of start, the longest first (a stable sort: ties keep the matcher's order).
  if (!isOrdered(candidates)) candidates.sort(compareSpans)
  const kept: PhraseMatch[] = []
  // Where the current run of matches with one span begins: a repeat of a kind and role is found there.
  let run = 0
  let cover: PhraseMatch | undefined
  for (let index = 0; index < candidates.length; index++) {
    const match = candidates[index]
    const owner = owners[match.phrase - first]
    if (index > 0 && compareSpans(candidates[index - 1], match) !== 0) run = index
    if (repeats(candidates, owners, first, run, index)) continue
    if (owner.role === 'name') {
      if (cover && cover.end >= match.end && cover.end - cover.start > match.end - match.start) continue
      if (!cover || match.end > cover.end) cover = match
    }

    kept.push(match)
  }

  return kept
}

/** Whether a match in `[run, index)` (all of one span) has the owner kind and role of the match at `index`. */
function repeats(candidates: readonly PhraseMatch[], owners: readonly TreatmentOwner[], first: number, run: number, index: number): boolean {
  const owner = owners[candidates[index].phrase - first]
  for (let other = run; other < index; other++) {
    const earlier = owners[candidates[other].phrase - first]
    if (earlier.kind === owner.kind && earlier.role === owner.role) return true
  }

  return false
}

/** Names and risks of a list of kinds compiled into one matcher. */
export class TreatmentMatcher {
  private readonly matcher: PhraseMatcher
  private readonly owners: TreatmentOwner[]

  constructor(kinds: readonly TreatmentKind[]) {
    const {phrases, owners} = treatmentPhrases(kinds)
    this.owners = owners
    this.matcher = new PhraseMatcher(phrases)
  }

  /** Names and risks in `tokens`, in order (see `keptTreatmentMatches`). */
  match(tokens: ReadonlyArray<MatchToken & {text?: string}>): TreatmentMatch[] {
    return keptTreatmentMatches(this.matcher.match(tokens), this.owners, tokens).map((match) => {
      const {kind, role} = this.owners[match.phrase]
      return {kind, role, startToken: match.startToken, endToken: match.endToken, start: match.start, end: match.end}
    })
  }
}

function surface(tokens: ReadonlyArray<{text?: string; lower: string}>, start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((token) => token.text ?? token.lower)
    .join('')
}

const noExtrasKey = JSON.stringify([{}, {}])

/**
 * A key for a set of extras, the same for equal sets. Rules ask with no
 * extras once a message or more per page: that answer takes no JSON.
 */
export function extrasKey(extras: TreatmentExtras): string {
  return hasExtras(extras) ? JSON.stringify([extras.names ?? {}, extras.risks ?? {}]) : noExtrasKey
}

/** Whether a rule's options add names or risks. */
export function hasExtras(extras: TreatmentExtras): boolean {
  return !isEmpty(extras.names) || !isEmpty(extras.risks)
}

function isEmpty(record: Readonly<Record<string, unknown>> | undefined): boolean {
  if (record === undefined) return true
  for (const _key in record) return false
  return true
}

const matchers = new Map<string, TreatmentMatcher>()

/** One matcher per distinct set of extras, built when first asked for. */
export function treatmentMatcher(extras: TreatmentExtras = {}): TreatmentMatcher {
  const key = extrasKey(extras)
  let matcher = matchers.get(key)
  if (!matcher) matchers.set(key, (matcher = new TreatmentMatcher(withExtras(extras))))
  return matcher
}
