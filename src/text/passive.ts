import {contextWordSet} from './context-words.js'

/**
 * Passive voice: a form of "be" followed, after at most a few adverbs, by a
 * past participle ("is given", "were not told", "will be closely
 * monitored"). An agent ("by the nurse") is not required. Words that end
 * in -ed but after "be" describe a state ("is interested", "are tired")
 * are not counted: rewriting them in the active voice is no help to a reader.
 */

/** What detection needs from a token. */
export interface PassiveToken {
  kind: string
  lower: string
}

const beForms = contextWordSet('beForms')

/** Adverbs that may stand between "be" and the participle. */
const adverbs = contextWordSet('passiveAdverbs')

const irregularParticiples = contextWordSet('irregularParticiples')

/** -ed words that after "be" usually describe a state, or are not verbs at all. */
const notParticiples = contextWordSet('notParticiples')

/**
 * Index of the participle of the first passive construction in `tokens`,
 * or -1.
 */
export function findPassive(tokens: readonly PassiveToken[]): number {
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index].kind !== 'word' || !beForms.has(tokens[index].lower)) continue
    let next = index + 1
    let skipped = 0
    while (next < tokens.length && skipped < 3 && tokens[next].kind === 'word' && isAdverb(tokens[next].lower)) {
      next++
      skipped++
    }

    const candidate = tokens[next]
    if (candidate?.kind === 'word' && isParticiple(candidate.lower)) return next
  }

  return -1
}

function isAdverb(word: string): boolean {
  return adverbs.has(word) || (word.length > 4 && word.endsWith('ly') && !word.endsWith('ply'))
}

function isParticiple(word: string): boolean {
  if (irregularParticiples.has(word)) return true
  if (notParticiples.has(word) || word.includes('-')) return false
  return word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed')
}
