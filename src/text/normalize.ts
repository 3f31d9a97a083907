/**
 * Character normalisation that keeps every offset: each input code unit maps
 * to exactly one output code unit, so positions found in the normalised
 * "prose" string are positions in the original file.
 *
 * Non-breaking and other Unicode spaces become a space, curly quotes and
 * apostrophes become straight ones, Unicode hyphens become `-`, carriage
 * returns and control characters become spaces (a lone CR becomes a line
 * feed), and invisible marks (BOM, zero-width space, soft hyphen) become
 * spaces.
 */

const replacements = new Map<number, number>()

for (const code of [
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b, 0x200c,
  0x200d, 0x2060, 0xad
]) {
  replacements.set(code, 0x20)
}

for (const code of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0xff07]) {
  replacements.set(code, 0x27)
}

for (const code of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02, 0xab, 0xbb]) {
  replacements.set(code, 0x22)
}

for (const code of [0x2010, 0x2011, 0x2043, 0xfe63, 0xff0d]) {
  replacements.set(code, 0x2d)
}

/**
 * The normalised character code of `text` at `index`.
 */
export function normalizeCodeAt(text: string, index: number): number {
  const code = text.charCodeAt(index)

  if (code < 0x20) {
    if (code === 0x0a) return 0x0a
    // A lone carriage return (old Mac line ending) is a line break; a tab or control a space.
    if (code === 0x0d) return text.charCodeAt(index + 1) === 0x0a ? 0x20 : 0x0a
    return 0x20
  }

  if (code < 0x7f) return code
  // DEL and the C1 controls.
  if (code < 0xa0) return 0x20

  return replacements.get(code) ?? code
}

/**
 * The normalised character of `text` at `index`.
 */
export function normalizeCharAt(text: string, index: number): string {
  return String.fromCharCode(normalizeCodeAt(text, index))
}

/**
 * Normalise a whole string, keeping its length.
 */
export function normalizeText(text: string): string {
  // Most text has nothing to change: it is returned as it is, not rebuilt a character at a time.
  let index = 0
  while (index < text.length && normalizeCodeAt(text, index) === text.charCodeAt(index)) index++
  if (index === text.length) return text

  const codes: number[] = []
  for (let at = index; at < text.length; at++) codes.push(normalizeCodeAt(text, at))
  let result = text.slice(0, index)
  // In slices: `String.fromCharCode` takes its codes as arguments.
  for (let at = 0; at < codes.length; at += 8192) result += String.fromCharCode(...codes.slice(at, at + 8192))
  return result
}

/**
 * Normalise a phrase for comparison: normalised characters, lower case,
 * collapsed whitespace.
 */
export function normalizePhrase(phrase: string): string {
  return normalizeText(phrase).toLowerCase().replace(/\s+/g, ' ').trim()
}
