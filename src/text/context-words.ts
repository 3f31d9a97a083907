import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {readPrepared} from './prepared-data.js'

/**
 * The word lists of `data/context-words.yml`: what the context detectors
 * (negation, clauses, hedges, boosters, distancing, FAQ answers, passive
 * voice) read. Vocabulary as data; the build stores it as JSON.
 */
const listNames = [
  'negators', 'clauseBreakers', 'reportingVerbs', 'clauseOpeners', 'openersAfterComma', 'hedges', 'hedgePhrases',
  'quantifierHedges', 'peopleAfterQuantifier', 'boosters', 'distancing', 'yesAnswers', 'noAnswers', 'answerQualifiers',
  'beForms', 'passiveAdverbs', 'irregularParticiples', 'notParticiples'
] as const

export type ContextList = (typeof listNames)[number]

/** Check the file's shape: every list present, each a list of lower-case words; throws naming the list. */
export function checkContextWords(data: unknown): Record<ContextList, readonly string[]> {
  if (!data || typeof data !== 'object') throw new Error('context words: expected a mapping of lists')
  const raw = data as Record<string, {words?: unknown} | undefined>
  const lists = {} as Record<ContextList, readonly string[]>
  for (const name of listNames) {
    const words = raw[name]?.words
    if (!Array.isArray(words) || words.length === 0 || words.some((word) => typeof word !== 'string' || word !== word.toLowerCase().trim() || word === '')) {
      throw new Error(`context words: ${name}.words must be a list of lower-case words`)
    }

    lists[name] = words as string[]
  }

  const unknown = Object.keys(raw).find((name) => !(listNames as readonly string[]).includes(name))
  if (unknown) throw new Error(`context words: unknown list "${unknown}"`)
  return lists
}

function load(): Record<ContextList, readonly string[]> {
  const prepared = readPrepared('context-words.json', import.meta.url)
  const data = (prepared === undefined ? parseYaml(readFileSync(new URL('data/context-words.yml', import.meta.url), 'utf8')) : JSON.parse(prepared)) as unknown
  return checkContextWords(data)
}

const lists = load()

/** One list as a set, for membership tests. */
export function contextWordSet(name: ContextList): ReadonlySet<string> {
  return new Set(lists[name])
}

/** One list as written (for phrases of several words). */
export function contextWordList(name: ContextList): readonly string[] {
  return lists[name]
}
