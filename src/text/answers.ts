import {contextWordSet} from './context-words.js'
import {isNegatorAt} from './context.js'
import type {MatchToken} from './phrase-matcher.js'
import type {TokenRange} from './context.js'

/**
 * The plain yes or no that opens an answer in FAQ copy: "Is Spravato safe?
 * Absolutely." "Is ketamine addictive? Not at the doses we use." The claim
 * is made by the pair, so the question's words decide which answer claims
 * something and the answer's opening words are where it is made. An
 * answer that qualifies itself ("No, but it can be misused") gives none.
 */

export type Polarity = 'yes' | 'no'

export interface PlainAnswer extends TokenRange {
  polarity: Polarity
}

const yesWords = contextWordSet('yesAnswers')
const noWords = contextWordSet('noAnswers')
const minimisers = contextWordSet('answerMinimisers')
/** Words that qualify the answer they stand in. */
const qualifiers = contextWordSet('answerQualifiers')
/** How many words of a short answer ("Not at the doses we use") make up its opening. */
const maxOpening = 8

/** The opening yes or no of `tokens` (an answer sentence), when it is plain. */
export function plainAnswer(tokens: readonly MatchToken[]): PlainAnswer | undefined {
  const first = tokens.findIndex((token) => token.kind !== 'punctuation')
  if (first < 0) return undefined
  if (tokens.some((token) => qualifiers.has(token.lower))) return undefined

  const lead = leadInEnd(tokens, first)
  if (lead > first) return plainAnswer(tokens.slice(lead)) && shifted(plainAnswer(tokens.slice(lead))!, lead)

  // "Virtually none.": the plain "none" with an adverb that only plays it down.
  if (minimisers.has(tokens[first].lower) && noWords.has(tokens[first + 1]?.lower ?? '') && tokens[first + 1].lower !== 'no') {
    const rest = plainAnswer(tokens.slice(first + 1))
    return rest && {...shifted(rest, first + 1), start: first}
  }

  const word = tokens[first].lower
  const pair = `${word} ${tokens[first + 1]?.lower ?? ''}`
  const polarity: Polarity | undefined = yesWords.has(word) || yesWords.has(pair) ? 'yes' : noWords.has(word) ? 'no' : undefined
  if (!polarity) return undefined
  // "It does not work for everyone": the verb said back, then negated.
  if (!yesWords.has(word) && first + 2 < tokens.length && isNegatorAt(tokens, first + 2)) return undefined
  // "No two people respond alike": "no" before a word is a determiner, not an answer.
  if (word === 'no' && tokens[first + 1] !== undefined && tokens[first + 1].kind !== 'punctuation') return undefined

  // The opening runs to the first punctuation: "Absolutely", "Not at the doses we use".
  let end = first + 1
  while (end < tokens.length && end - first < maxOpening && tokens[end].kind !== 'punctuation') end++
  return {polarity, start: first, end}
}

/** Longest lead-in before a bare yes or no ("In medically supervised usage, no."), in words. */
const maxLeadIn = 6

/**
 * Where the answer proper starts after a short lead-in ending in a comma,
 * when the rest is one bare yes or no ("For most adults, yes."); `first`
 * when there is none.
 */
function leadInEnd(tokens: readonly MatchToken[], first: number): number {
  const comma = tokens.findIndex((token, index) => index > first && token.lower === ',')
  if (comma < 0 || comma - first > maxLeadIn || tokens.slice(first, comma).some((token) => token.kind === 'punctuation')) return first
  const rest = tokens.slice(comma + 1).filter((token) => token.kind !== 'punctuation')
  return rest.length === 1 && (yesWords.has(rest[0].lower) || noWords.has(rest[0].lower)) ? comma + 1 : first
}

function shifted(answer: PlainAnswer, by: number): PlainAnswer {
  return {polarity: answer.polarity, start: answer.start + by, end: answer.end + by}
}
