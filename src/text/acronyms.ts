/**
 * Acronyms in prose, and whether the text spells one out where it stands:
 * "treatment-resistant depression (TRD)" or "REMS (Risk Evaluation and
 * Mitigation Strategy)".
 */

import {hasLowerSecond, isCapitalised} from './word-shapes.js'

/** What acronym detection needs from a token. */
export interface AcronymToken {
  kind: string
  text: string
}

const acronymShape = /^[a-z]?[A-Z]{2,6}(?:s|'s)?$/

/**
 * The acronym a token spells, upper case and without a plural or
 * possessive ending ("SSRIs" → "SSRI", "rTMS" → "RTMS"), or undefined.
 */
export function acronymOf(token: AcronymToken): string | undefined {
  // The shape needs a capital second: most words are answered before the pattern.
  if (token.kind !== 'word' || hasLowerSecond(token.text) || !acronymShape.test(token.text)) return undefined
  return token.text.replace(/'?s$/, '').toUpperCase()
}

/** Is the acronym at `index` defined right there, in brackets after or before its words? */
export function isSpelledOutAt(tokens: readonly AcronymToken[], index: number): boolean {
  // Bounds checked here, not by reading past the end (which costs the optimised code its start).
  const before = index > 0 ? tokens[index - 1] : undefined
  const after = index + 1 < tokens.length ? tokens[index + 1] : undefined
  // "... depression (TRD)": words, then the acronym alone in brackets.
  if (before?.text === '(' && index >= 2 && tokens[index - 2].kind === 'word' && (after?.text === ')' || after?.text === ',' || after?.text === ';')) return true
  // "transcranial magnetic stimulation, or TMS"
  if (before?.text.toLowerCase() === 'or' && tokens[index - 2]?.text === ',') return true
  // "REMS (Risk Evaluation and Mitigation Strategy)": two or more words in brackets.
  if (after?.text === '(') {
    let words = 0
    for (let next = index + 2; next < tokens.length && tokens[next].text !== ')'; next++) {
      if (tokens[next].kind === 'word') words++
    }

    return words >= 2
  }

  return false
}

/** Part of a run of capitals ("DO NOT DRIVE"): shouting, not an acronym. */
export function isShouting(tokens: readonly AcronymToken[], index: number): boolean {
  const capitals = (token: AcronymToken | undefined) => token?.kind === 'word' && /^[A-Z]{2,}$/.test(token.text)
  return capitals(tokens[index - 1]) || capitals(tokens[index + 1])
}

/** Inside a name ("Northside TMS Center"): a capitalised word next to it. */
export function isInName(tokens: readonly AcronymToken[], index: number): boolean {
  const titleCase = (token: AcronymToken | undefined) => token?.kind === 'word' && isCapitalised(token.text)
  return (index > 1 && titleCase(tokens[index - 1])) || titleCase(tokens[index + 1])
}

/** Text compared loosely: lower case, hyphens and runs of spaces as one space. */
export function looseText(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\-‐–]+/g, ' ')
}
