import type {Block, Document} from '../document/types.js'

/**
 * Rows of comparison tables (Markdown, HTML, or plain text flattened with
 * bars). The first cell of a row ("Time to feel a difference", "Side
 * effects") names what the other cells claim ("Same day", "None that
 * last"), so the claim check reads it as their context and as the question
 * they answer. Cells know their row, whatever the source lines are.
 */

/** The first cell of the row `block` stands in, when `block` is a later cell. */
export function rowHeaderOf(document: Document, block: Block): Block | undefined {
  if (block.kind !== 'tableCell') return undefined
  let header: Block | undefined
  for (let index = block.index - 1; index >= 0; index--) {
    const previous = document.blocks[index]
    if (previous.kind !== 'tableCell' || previous.row !== block.row) break
    header = previous
  }

  return header
}

/** The cells after `header` in its row, when `header` opens a table row. */
export function cellsAfterHeader(document: Document, header: Block): Block[] {
  if (header.kind !== 'tableCell' || rowHeaderOf(document, header)) return []
  const cells: Block[] = []
  for (let index = header.index + 1; index < document.blocks.length; index++) {
    const next = document.blocks[index]
    if (next.kind !== 'tableCell' || next.row !== header.row) break
    cells.push(next)
  }

  return cells
}
