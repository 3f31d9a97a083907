/**
 * What a word's shape says about it, for spelling: acronyms, brand names
 * with inner capitals, capitalised words. Called for every word of a
 * document, so plain ASCII words are answered without a pattern.
 */

const acronym = /^[a-z]?[A-Z]{2,}(?:s|'s)?$/
const ampersandAcronym = /^[A-Z]&[A-Z]$/
const innerCapital = /^\p{L}+\p{Lu}/u
const capitalised = /^\p{Lu}\p{Ll}/u
const firstCapital = /^\p{Lu}/u

/** "TMS", "SSRIs", "rTMS". */
export function isAcronym(word: string): boolean {
  // Both patterns need a capital or "&" second: "ketamine" and "Sarah" are answered without them.
  if (hasLowerSecond(word)) return false
  // "A&E", "Q&A", "R&D" too.
  return acronym.test(word) || ampersandAcronym.test(word)
}

/** "NeuroStar", "CareCredit", "iPhone", "McDonald": a brand or a name. */
export function hasInnerCapital(word: string): boolean {
  if (isAsciiLowerAfterFirst(word)) return false
  return innerCapital.test(word) && !isAcronym(word)
}

/** "Ketamine", "Sarah". */
export function isCapitalised(word: string): boolean {
  // Reading past the end gives NaN, but costs the optimised code its start: ask first.
  const first = word.length > 0 ? word.charCodeAt(0) : Number.NaN
  const second = word.length > 1 ? word.charCodeAt(1) : Number.NaN
  if (first < 128 && second < 128) return isUpper(first) && second >= 97 && second <= 122
  return capitalised.test(word)
}

/** Whether a word starts with a capital letter ("Sarah", "Élise", "NAD"). */
export function startsWithCapital(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first < 128) return isUpper(first)
  return firstCapital.test(word)
}

/**
 * The second character is an ASCII small letter ("ketamine", "Sarah"): no
 * acronym, whatever the pattern. A quick test before the patterns.
 */
export function hasLowerSecond(word: string): boolean {
  if (word.length < 2) return false
  const second = word.charCodeAt(1)
  return second >= 97 && second <= 122
}

/** Starts with an ASCII digit ("3", "2.5", "90%"). */
export function startsWithDigit(word: string): boolean {
  const first = word.charCodeAt(0)
  return first >= 48 && first <= 57
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

/** Only ASCII, and no capital after the first character ("ketamine", "Sarah", "side-effect"). */
function isAsciiLowerAfterFirst(word: string): boolean {
  if (word.length === 0 || word.charCodeAt(0) >= 128) return false
  for (let index = 1; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 128 || isUpper(code)) return false
  }

  return true
}
