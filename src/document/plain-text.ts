import {ProseBuilder} from './prose.js'
import type {BlockReading, RawBlock} from './raw-block.js'
import type {BlockKind, Link} from './types.js'

/**
 * Plain text as scraped from web pages: every line is its own block, so a
 * sentence never runs across a heading or a bullet. A line starting with a
 * bullet (`-`, `*`, `•`, `1.`, or a shop page's `✓` and `➤`) is a list item; a short line with no closing
 * punctuation is a heading; lines of a table flattened with bars are rows,
 * each cell a block.
 */

const bullet = /^[ \t\u00a0]*(?:[-*+•◦▪‣·–✓✔☑✅➤►▸▶❖◆◇■□●○→✗✘❌]|\(?\d{1,3}[.)]|[a-z][.)])[ \t\u00a0]+(?=\S)/
const markdownHeading = /^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)/

export function readPlainText(text: string): BlockReading {
  const reading: BlockReading = {blocks: [], links: [], citations: []}
  const lines: Array<{start: number; end: number; cells: number}> = []
  let lineStart = 0
  // The first bar at or after the current line: a line before it has no cells, without
  // searching the rest of the text again (quadratic over thousands of lines).
  let nextBar = text.indexOf(cellBar)

  while (lineStart <= text.length) {
    let lineEnd = lineStart
    while (lineEnd < text.length) {
      const code = text.charCodeAt(lineEnd)
      if (code === 0x0a || code === 0x0d) break
      lineEnd++
    }

    if (nextBar >= 0 && nextBar < lineStart) nextBar = text.indexOf(cellBar, lineStart)
    lines.push({start: lineStart, end: lineEnd, cells: nextBar >= 0 && nextBar < lineEnd ? cellsIn(text, lineStart, lineEnd) : 0})

    if (lineEnd >= text.length) break
    lineStart =
      text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a
        ? lineEnd + 2
        : lineEnd + 1
  }

  let rows = 0
  const isRow = tableRows(lines)
  for (const [index, line] of lines.entries()) {
    if (isRow[index]) readRow(text, line.start, line.end, ++rows, reading)
    else readLine(text, line.start, line.end, reading)
  }

  return reading
}

/** Between the cells of a table flattened to text: a bar with a space on each side. */
const cellBar = ' | '

/** How many cells a line holds when read as a table row (0 when it has no bar). */
function cellsIn(text: string, start: number, end: number): number {
  // Searched in the line alone: a search of the whole text from each line made a file of many lines quadratic.
  const line = text.slice(start, end)
  let cells = 1
  for (let at = line.indexOf(cellBar); at >= 0; at = line.indexOf(cellBar, at + cellBar.length)) cells++
  return cells > 1 ? cells : 0
}

/** Fewest lines in a row with as many cells that make a table. */
const minTableRows = 3

/**
 * Which lines are rows of a table flattened to text ("Withdrawal | None, you
 * sleep through it | Days of vomiting"): lines with bars between cells, in a run of at
 * least three lines with as many cells. A line or two alone is a menu, a
 * meta bar or a footer.
 */
function tableRows(lines: ReadonlyArray<{cells: number}>): boolean[] {
  const rows = new Array<boolean>(lines.length).fill(false)
  // Each run of lines with as many cells is measured once.
  for (let first = 0; first < lines.length; ) {
    const {cells} = lines[first]
    let last = first
    while (lines[last + 1]?.cells === cells) last++
    if (cells >= 2 && last - first + 1 >= minTableRows) rows.fill(true, first, last + 1)
    first = last + 1
  }

  return rows
}

/** Each cell of a table row as its own block, so the claim rules can read the row ("Side effects" | "None"). */
function readRow(text: string, start: number, end: number, row: number, reading: BlockReading): void {
  let cellStart = start
  while (cellStart <= end) {
    let cellEnd = text.indexOf(cellBar, cellStart)
    if (cellEnd < 0 || cellEnd > end) cellEnd = end
    let from = cellStart
    let to = cellEnd
    while (from < to && /\s/.test(text.charAt(from))) from++
    while (to > from && /\s/.test(text.charAt(to - 1))) to--
    if (to > from) {
      const prose = new ProseBuilder(text, from, to)
      prose.copy(from, to)
      reading.links.push(...prose.blankBareUrls())
      reading.blocks.push({kind: 'tableCell', start: from, end: to, prose: prose.toString(), quoted: false, footnote: false, startsWithEmphasis: false, row})
    }

    cellStart = cellEnd + cellBar.length
  }
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

