import type {Block, Document} from '../document/types.js'

/**
 * Rows of Markdown comparison tables. The first cell of a row ("Time to feel
 * a difference", "Side effects") names what the other cells claim ("Same
 * day", "None that last"), so the claim check reads it as their context and
 * as the question they answer. A Markdown table row is one source line.
 */

function lineOf(document: Document, block: Block): {start: number; end: number} {
  const start = document.text.lastIndexOf('\n', block.start - 1) + 1
  const end = document.text.indexOf('\n', block.start)
  return {start, end: end < 0 ? document.text.length : end}
}

/** The first cell of the row `block` stands in, when `block` is a later cell. */
export function rowHeaderOf(document: Document, block: Block): Block | undefined {
  if (block.kind !== 'tableCell') return undefined
  const line = lineOf(document, block)
  let header: Block | undefined
  for (let index = block.index - 1; index >= 0; index--) {
    const previous = document.blocks[index]
    if (previous.kind !== 'tableCell' || previous.start < line.start) break
    header = previous
  }

  return header
}

/** The cells after `header` in its row, when `header` opens a table row. */
export function cellsAfterHeader(document: Document, header: Block): Block[] {
  if (header.kind !== 'tableCell' || rowHeaderOf(document, header)) return []
  const line = lineOf(document, header)
  const cells: Block[] = []
  for (let index = header.index + 1; index < document.blocks.length; index++) {
    const next = document.blocks[index]
    if (next.kind !== 'tableCell' || next.start >= line.end) break
    cells.push(next)
  }

  return cells
}
