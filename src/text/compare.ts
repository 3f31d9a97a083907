/**
 * Sort order for rule ids and dictionary words: letters alphabetically
 * whatever their case, the lower-case one first where two differ only in
 * case ("apple", "Apple", "banana"), other characters by code unit.
 * For such words it is the order `localeCompare` gives, without its cost:
 * the first `localeCompare` in a thread sets up ICU's collator and reads
 * ICU's data into memory.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0
  const lowerA = a.toLowerCase()
  const lowerB = b.toLowerCase()
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1
  // Same letters: at the first difference, the lower-case letter (the larger code unit) goes first.
  return a > b ? -1 : 1
}
