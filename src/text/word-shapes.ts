/**
 * What a word's shape says about it, for spelling: acronyms, brand names
 * with inner capitals, capitalised words, and e-mail addresses and domain
 * names written in the prose.
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

// Each alternative may only start where its run starts (lookbehinds), so a long
// run without '@' or a known ending is not retried from every position.
const address = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+|(?<![\p{L}\p{N}.-])(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|gov|edu|io|co|us|uk|ca|au|health|care|clinic|info)\b(?:\/\S*)?/giu

/** `[start, end)` spans of e-mail addresses and domain names in `text`. */
export function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  address.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = address.exec(text))) spans.push([match.index, match.index + match[0].length])
  return spans
}
