import {ProseBuilder} from './prose.js'
import type {BlockReading, RawBlock} from './raw-block.js'
import type {BlockKind, Link} from './types.js'

/**
 * Plain text as scraped from web pages: every line is its own block, so a
 * sentence never runs across a heading or a bullet. A line starting with a
 * bullet (`-`, `*`, `•`, `1.`) is a list item; a short line with no closing
 * punctuation is a heading.
 */

const bullet = /^[ \t\u00a0]*(?:[-*+•◦▪‣·–]|\(?\d{1,3}[.)]|[a-z][.)])[ \t\u00a0]+(?=\S)/
const markdownHeading = /^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)/

export function readPlainText(text: string): BlockReading {
  const reading: BlockReading = {blocks: [], links: [], citations: []}
  let lineStart = 0

  while (lineStart <= text.length) {
    let lineEnd = lineStart
    while (lineEnd < text.length) {
      const code = text.charCodeAt(lineEnd)
      if (code === 0x0a || code === 0x0d) break
      lineEnd++
    }

    readLine(text, lineStart, lineEnd, reading)

    if (lineEnd >= text.length) break
    lineStart =
      text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a
        ? lineEnd + 2
        : lineEnd + 1
  }

  return reading
}

function readLine(text: string, start: number, end: number, reading: BlockReading): void {
  const line = text.slice(start, end)
  if (!/\S/.test(line.replace(/[\u00a0\ufeff\u200b]/g, ' '))) return
  // Control comments (`<!-- mindlint-disable -->`) are not prose.
  if (/^\s*<!--.*-->\s*$/.test(line)) return

  let contentStart = start
  let kind: BlockKind = 'paragraph'
  let depth: number | undefined

  const bulletMatch = bullet.exec(line)
  const headingMatch = bulletMatch ? null : markdownHeading.exec(line)
  if (bulletMatch) {
    kind = 'listItem'
    contentStart = start + bulletMatch[0].length
  } else if (headingMatch) {
    kind = 'heading'
    depth = headingMatch[1].length
    contentStart = start + headingMatch[0].length
  }

  const prose = new ProseBuilder(text, start, end)
  prose.copy(contentStart, end)
  reading.links.push(...prose.blankBareUrls())
  const value = prose.toString()

  if (kind === 'paragraph' && looksLikeHeading(value)) {
    kind = 'heading'
    depth = 2
  }

  const block: RawBlock = {
    kind,
    start,
    end,
    prose: value,
    quoted: false,
    footnote: false,
    startsWithEmphasis: false,
    depth
  }
  reading.blocks.push(block)
}

/**
 * A heading in scraped text: short, starts with a capital or a digit, and
 * does not end like a sentence (a question of a few words still counts:
 * "How Does It Work?").
 */
export function looksLikeHeading(line: string): boolean {
  const value = line.trim()
  if (value.length === 0 || value.length > 100) return false
  if (!/^[\p{Lu}\p{N}"']/u.test(value)) return false

  const words = value.split(/\s+/).length
  if (words > 12) return false

  const last = value.charAt(value.length - 1)
  if (last === '?') return words <= 10 && !/[.!?]\s/.test(value)
  if (/[.,;:!…"')\]]/.test(last)) return false
  // A line with a sentence break inside it is prose.
  return !/[.!?]\s+\p{Lu}/u.test(value)
}

