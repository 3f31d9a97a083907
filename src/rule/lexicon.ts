import {fileURLToPath} from 'node:url'
import {readDataFile} from '../text/prepared-data.js'
import {checkPhrase, PhraseSyntaxError} from '../text/phrase-matcher.js'
import type {Severity} from './types.js'

/**
 * A rule's lexicon: reviewable data, one YAML file per rule, every entry
 * able to carry a note and a source. Checked when loaded.
 *
 * ```yaml
 * phrases:
 *   - phrase: [cure for {condition}, cures {condition}]
 *     severity: error
 *     tag: cure
 *     messageId: cure        # which of the rule's meta.messages it reports (claim rules)
 *     note: why it is flagged
 *     source: https://www.ftc.gov/...
 * allow:
 *   - phrase: Breakthrough Therapy designation
 *     note: the FDA programme, not a boast
 * ```
 */
export interface LexiconEntry {
  /** Phrases in the matcher's syntax (see `src/text/phrase-matcher.ts`). */
  phrases: string[]
  severity?: Severity
  /** A free label the rule uses to pick its message ("cure", "minimiser"). */
  tag?: string
  /** The rule's message (an id in its `meta.messages`) this entry reports, in place of the one its tag picks. */
  messageId?: string
  /** Preferred wording offered to the user. */
  suggest?: string[]
  /** The first suggestion is a safe automatic fix. */
  fix?: boolean
  note?: string
  source?: string
}

export interface Lexicon {
  /** Where it was read from, for messages. */
  file: string
  phrases: LexiconEntry[]
  /** Phrases that are never flagged, even when a flagged phrase lies inside. */
  allow: LexiconEntry[]
}

export class LexiconError extends Error {}

const entryKeys = new Set(['phrase', 'severity', 'tag', 'messageId', 'suggest', 'fix', 'note', 'source'])
const severities = new Set(['error', 'warning', 'info'])

const cache = new Map<string, Lexicon>()

/**
 * Load a lexicon. In the built package the YAML has been compiled to JSON
 * beside it (`scripts/copy-rule-data.js`), which loads without a YAML parser.
 */
export function loadLexicon(url: URL): Lexicon {
  const key = url.href
  const cached = cache.get(key)
  if (cached) return cached

  const file = fileURLToPath(url)
  let data: unknown
  try {
    data = readDataFile(url)
  } catch (error) {
    throw new LexiconError(`cannot load lexicon: ${(error as Error).message}`)
  }

  const lexicon = validateLexicon(data, file)
  cache.set(key, lexicon)
  return lexicon
}

/** Check lexicon data and bring it to one shape; throws naming file and entry. */
export function validateLexicon(data: unknown, file: string): Lexicon {
  if (!isObject(data)) throw new LexiconError(`${file}: expected a mapping with "phrases"`)
  for (const key of Object.keys(data)) {
    if (key !== 'phrases' && key !== 'allow') throw new LexiconError(`${file}: unknown key "${key}"`)
  }

  return {
    file,
    phrases: readEntries(data.phrases, file, 'phrases'),
    allow: readEntries(data.allow ?? [], file, 'allow')
  }
}

function readEntries(value: unknown, file: string, key: string): LexiconEntry[] {
  if (!Array.isArray(value)) throw new LexiconError(`${file}: "${key}" must be a list`)
  return value.map((raw, index) => readEntry(raw, `${file}: ${key}[${index}]`))
}

function readEntry(raw: unknown, where: string): LexiconEntry {
  const item = typeof raw === 'string' ? {phrase: raw} : raw
  if (!isObject(item)) throw new LexiconError(`${where}: expected a phrase or a mapping`)
  for (const key of Object.keys(item)) {
    if (!entryKeys.has(key)) throw new LexiconError(`${where}: unknown key "${key}"`)
  }

  const phrases = toStringList(item.phrase, `${where}.phrase`)
  if (phrases.length === 0) throw new LexiconError(`${where}: "phrase" is required`)
  for (const phrase of phrases) {
    try {
      checkPhrase(phrase)
    } catch (error) {
      if (error instanceof PhraseSyntaxError) throw new LexiconError(`${where}: "${phrase}": ${error.message}`)
      throw error
    }
  }

  const entry: LexiconEntry = {phrases}
  if (item.severity !== undefined) {
    if (typeof item.severity !== 'string' || !severities.has(item.severity)) {
      throw new LexiconError(`${where}.severity: expected error, warning or info`)
    }

    entry.severity = item.severity as Severity
  }

  for (const key of ['tag', 'messageId', 'note', 'source'] as const) {
    if (item[key] !== undefined) {
      if (typeof item[key] !== 'string') throw new LexiconError(`${where}.${key}: expected a string`)
      entry[key] = item[key] as string
    }
  }

  if (entry.source !== undefined && !/^https?:\/\//.test(entry.source)) {
    throw new LexiconError(`${where}.source: expected a URL`)
  }

  if (item.suggest !== undefined) entry.suggest = toStringList(item.suggest, `${where}.suggest`)
  if (item.fix !== undefined) {
    if (typeof item.fix !== 'boolean') throw new LexiconError(`${where}.fix: expected true or false`)
    if (item.fix && !entry.suggest?.length) throw new LexiconError(`${where}.fix: needs a "suggest"`)
    entry.fix = item.fix
  }

  return entry
}

function toStringList(value: unknown, where: string): string[] {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new LexiconError(`${where}: expected a string or a list of strings`)
  }

  return list as string[]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
