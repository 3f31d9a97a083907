import {contextWordSet} from './context-words.js'

/**
 * Where a long sentence could be split: at a semicolon, colon or dash, at a
 * comma before a new clause (", which", ", and", ", offering"), or at a
 * plain comma; closest to the middle, never leaving a stub of a few words.
 * Commas inside a list ("depression, anxiety, and PTSD") are not clause
 * breaks.
 */

/** What splitting needs from a token. */
export interface SplitToken {
  kind: string
  text: string
  lower: string
  start: number
  end: number
}

export interface SplitPoint {
  /** Index of the last token before the break. */
  token: number
  /** Words before the break. */
  wordsBefore: number
}

/** Words that open a clause after a comma. */
const clauseOpeners = contextWordSet('splitOpeners')

/**
 * Conjunctions that open a clause even without a comma before them ("and"
 * and "but" are left out: without a comma they mostly join two nouns).
 */
const bareConjunctions = contextWordSet('bareConjunctions')

const dashes = new Set([';', ':', '—', '–', '-', '--'])

/** Shortest part a split may leave. */
const minPart = 6

/** The best place to split, or undefined when there is none worth naming. */
export function findSplit(tokens: readonly SplitToken[]): SplitPoint | undefined {
  const wordsBefore: number[] = []
  let words = 0
  for (const token of tokens) {
    wordsBefore.push(words)
    if (isWord(token)) words++
  }

  let best: (SplitPoint & {score: number}) | undefined
  for (let index = 1; index < tokens.length - 1; index++) {
    const token = tokens[index]
    const before = wordsBefore[index]
    if (before < minPart || words - before < minPart) continue

    let strength: number
    if (token.kind === 'punctuation' && dashes.has(token.text)) {
      strength = 3
    } else if (token.kind === 'punctuation' && token.text === ',') {
      const next = nextWord(tokens, index)
      if (next !== undefined && clauseOpeners.has(tokens[next].lower)) strength = inList(tokens, index) ? 0 : 2
      else strength = inList(tokens, index) ? 0 : 1
    } else if (token.kind === 'word' && bareConjunctions.has(token.lower) && tokens[index - 1].kind === 'word') {
      strength = 0.5
    } else {
      continue
    }

    if (strength === 0) continue
    let lastBefore = index - 1
    while (lastBefore > 0 && !isWord(tokens[lastBefore])) lastBefore--

    // A plain comma must sit in the middle third or so; a semicolon anywhere.
    const balance = Math.abs(before / words - 0.5)
    const score = strength - 5 * balance
    if (score > 0 && (!best || score > best.score)) best = {token: lastBefore, wordsBefore: before, score}
  }

  return best ? {token: best.token, wordsBefore: best.wordsBefore} : undefined
}

function isWord(token: SplitToken): boolean {
  return token.kind === 'word' || token.kind === 'number'
}

function nextWord(tokens: readonly SplitToken[], index: number): number | undefined {
  for (let next = index + 1; next < tokens.length; next++) {
    if (isWord(tokens[next])) return next
  }

  return undefined
}

/** A comma with another comma within three words before or after it: a list. */
function inList(tokens: readonly SplitToken[], index: number): boolean {
  for (const step of [-1, 1]) {
    let words = 0
    for (let other = index + step; other >= 0 && other < tokens.length; other += step) {
      const token = tokens[other]
      if (token.kind === 'punctuation' && token.text === ',') return words <= 3
      if (token.kind === 'punctuation' && token.text !== "'" && token.text !== '-') break
      if (isWord(token)) words++
      if (words > 3) break
    }
  }

  return false
}
