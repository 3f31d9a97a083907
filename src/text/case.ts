/**
 * Give a replacement the capitalisation of the words it replaces, so a fix
 * at the start of a sentence or in a title-case heading reads right:
 * "Committed suicide" -> "Died by suicide", "COMMITTED SUICIDE" -> "DIED BY
 * SUICIDE", "Suffers From Depression" -> "Has Depression".
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase()

  const words = original.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  const titleCase = words.length > 1 && words.every((word) => /^\P{L}*\p{Lu}/u.test(word))
  if (titleCase) return replacement.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())

  if (/^\P{L}*\p{Lu}/u.test(original)) return replacement.replace(/\p{L}/u, (letter) => letter.toUpperCase())
  return replacement
}
