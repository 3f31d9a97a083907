import type {Fix} from '../rule/types.js'
import type {Document} from './types.js'

/**
 * Whether a fix can be written into the document as it stands. In HTML a
 * fix may only replace plain text with plain text inside one block: a span
 * holding a tag or an entity, or a replacement that would need escaping
 * (`<`, `&`, and quotes or backslashes in an attribute or JSON-LD), is left
 * to the editor, so `--fix` never changes a byte of markup.
 */
export function fixFits(document: Document, fix: Fix): boolean {
  if (document.format !== 'html') return true
  const replaced = document.text.slice(fix.start, fix.end)
  if (/[<>&]/.test(replaced) || /[<>&]/.test(fix.text)) return false
  const block = blockAround(document, fix.start, fix.end)
  if (!block) return false
  if (block.outside) return !/["'\\]/.test(replaced) && !/["'\\\n]/.test(fix.text)
  return true
}

function blockAround(document: Document, start: number, end: number) {
  let low = 0
  let high = document.blocks.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (document.blocks[middle].end < end) low = middle + 1
    else high = middle
  }

  const block = document.blocks[low]
  return block && block.start <= start && end <= block.end ? block : undefined
}
