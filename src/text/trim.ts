/**
 * Trimming by character class without a regular expression: `/[...]+$/` is
 * quadratic on a long run of the class that does not reach the end, and
 * drafts may hold megabyte-long lines.
 */

/** `value` without leading characters that fail `keepStart` and trailing ones that fail `keepEnd`. */
export function stripEdges(value: string, keepStart: RegExp, keepEnd: RegExp = keepStart): string {
  let start = 0
  let end = value.length
  while (start < end && !keepStart.test(value.charAt(start))) start++
  while (end > start && !keepEnd.test(value.charAt(end - 1))) end--
  return value.slice(start, end)
}

/** `value` without trailing characters from `characters`. */
export function trimEnd(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}
