/**
 * Markdown the parser cannot take in reasonable time or stack: micromark
 * recurses once per open container (a blockquote or list inside another) and
 * resolves a paragraph's emphasis, links and code spans in time that grows
 * with the square of their number. Such input is not an article (an export
 * on one line, generated junk); it is read as plain text instead.
 */

/** Containers (blockquote and list markers, indentation) a line may open. */
export const maxMarkdownNesting = 100

/** Inline markup characters (`* _ ~ [ ] \``) one paragraph may hold. */
export const maxParagraphMarkup = 10_000

/** Characters one paragraph (a run of lines without a blank line) may hold. */
export const maxParagraphLength = 1_000_000

/** Why `text` is too hard to parse as Markdown, or undefined when it is fine. One pass over the text. */
export function markdownTooHard(text: string): string | undefined {
  let runLength = 0
  let runMarkup = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    if (containerDepth(text, lineStart, lineEnd) > maxMarkdownNesting) {
      return `Markdown nested more than ${maxMarkdownNesting} levels deep: read as plain text`
    }

    const markup = markupIn(text, lineStart, lineEnd)
    if (markup < 0) {
      runLength = 0
      runMarkup = 0
    } else {
      runLength += lineEnd - lineStart + 1
      runMarkup += markup
      if (runMarkup > maxParagraphMarkup) {
        return `a Markdown paragraph with more than ${maxParagraphMarkup.toLocaleString('en')} markup characters (* _ ~ [ ] \`): read as plain text`
      }

      if (runLength > maxParagraphLength) {
        return `a Markdown paragraph longer than ${maxParagraphLength.toLocaleString('en')} characters (no blank line): read as plain text`
      }
    }

    lineStart = lineEnd + 1
  }

  return undefined
}

/**
 * The containers a line opens, roughly: its indentation (four columns a
 * level, a tab counting four) plus the blockquote and list markers it starts with.
 */
function containerDepth(text: string, start: number, end: number): number {
  let columns = 0
  let markers = 0
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    if (code === 32 || code === 9) {
      if (markers === 0) columns += code === 9 ? 4 : 1
      index++
    } else if (code === 62 /* > */) {
      markers++
      index++
    } else {
      const after = listMarkerEnd(text, index, end)
      if (after === index) break
      markers++
      index = after
    }
  }

  return markers + Math.ceil(columns / 4)
}

/** The end of a list marker at `index` (`-`, `*`, `+`, `1.`, `1)` before a space or the line end), or `index`. */
function listMarkerEnd(text: string, index: number, end: number): number {
  let next = index
  const code = text.charCodeAt(next)
  if (code === 45 || code === 42 || code === 43) {
    next++
  } else {
    while (next < end && next - index < 9 && isDigit(text.charCodeAt(next))) next++
    if (next === index || next >= end) return index
    const delimiter = text.charCodeAt(next)
    if (delimiter !== 46 && delimiter !== 41) return index
    next++
  }

  if (next < end && text.charCodeAt(next) !== 32 && text.charCodeAt(next) !== 9) return index
  return next
}

/** The inline markup characters in a line, or -1 for a blank line. */
function markupIn(text: string, start: number, end: number): number {
  let count = 0
  let blank = true
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 42 || code === 95 || code === 126 || code === 91 || code === 93 || code === 96) count++
    if (blank && code !== 32 && code !== 9 && code !== 13) blank = false
  }

  return blank ? -1 : count
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
