/**
 * What a word's shape says about it, for spelling: acronyms, brand names
 * with inner capitals, capitalised words.
 */

/** "TMS", "SSRIs", "rTMS". */
export function isAcronym(word: string): boolean {
  // "A&E", "Q&A", "R&D" too.
  return /^[a-z]?[A-Z]{2,}(?:s|'s)?$/.test(word) || /^[A-Z]&[A-Z]$/.test(word)
}

/** "NeuroStar", "CareCredit", "iPhone", "McDonald": a brand or a name. */
export function hasInnerCapital(word: string): boolean {
  return /^\p{L}+\p{Lu}/u.test(word) && !isAcronym(word)
}

/** "Ketamine", "Sarah". */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word)
}
