import type {Root, RootContent} from 'mdast'
import type {Point} from 'unist'

/**
 * A long Markdown file parsed in pieces. micromark's parse of one
 * document grows faster than its length, and all it allocates for a piece
 * lives until the piece's tree is read (garbage collection copies it), so
 * past `chunkSizes.min` the text is cut before headings into small pieces
 * of about `chunkSizes.target`, each parsed alone with its positions moved
 * to where it sits in the file.
 *
 * A cut is made only where it cannot change the parse: before an ATX
 * heading at the start of a line, after a blank line (which closes every
 * open paragraph, list and quote), outside fenced code and HTML comments.
 * Files with link reference or footnote definitions (a definition in one
 * piece serves uses in another), or with raw HTML blocks that may span
 * blank lines (script, pre, style, textarea, processing instructions,
 * declarations, CDATA), are parsed whole.
 */

/** When a text is cut (longer than `min`) and how long its pieces are (about `target`). */
export interface ChunkSizes {
  min: number
  target: number
}

export const chunkSizes: ChunkSizes = {min: 64 * 1024, target: 16 * 1024}

// Each is tried on one line at a time.
const definition = /^ {0,3}\[[^\]]+\]:/
const spanningHtml = /^ {0,3}<(?:script|pre|style|textarea|\?|![A-Za-z]|!\[CDATA\[)/i
// The fence's run is taken whole (the lookahead), so the rest of the line cannot take part of it.
const fence = /^ {0,3}(`{3,}(?!`)|~{3,}(?!~))(.*)$/
const heading = /^#{1,6}(?:[ \t]|$)/
const blank = /^[ \t]*$/
const commentStart = /^ {0,3}<!--/

/** Offsets where the pieces of `text` start (just `[0]` when it is parsed whole). */
export function chunkStarts(text: string, sizes = chunkSizes): number[] {
  const starts = [0]
  if (text.length < sizes.min) return starts

  let open: {marker: string; length: number} | undefined
  let inComment = false
  let previousBlank = false
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '')
    // A definition or an HTML block that may span blank lines, anywhere: parse whole.
    if (definition.test(line) || spanningHtml.test(line)) return [0]

    if (inComment) {
      if (line.includes('-->')) inComment = false
    } else if (open) {
      const match = fence.exec(line)
      if (match && match[1][0] === open.marker && match[1].length >= open.length && blank.test(match[2])) open = undefined
    } else {
      const match = fence.exec(line)
      if (match && !(match[1][0] === '`' && match[2].includes('`'))) {
        open = {marker: match[1][0], length: match[1].length}
      } else if (commentStart.test(line)) {
        inComment = !line.includes('-->', line.indexOf('<!--') + 4)
      } else if (previousBlank && heading.test(line) && lineStart - starts.at(-1)! >= sizes.target) {
        starts.push(lineStart)
      }
    }

    previousBlank = !open && !inComment && blank.test(line)
    lineStart = lineEnd + 1
  }

  return starts
}

/** Parse `text` with `parse`, in pieces when it is long enough to gain from it. */
export function parseInChunks(text: string, parse: (text: string) => Root, sizes = chunkSizes): Root {
  const starts = chunkStarts(text, sizes)
  if (starts.length === 1) return parse(text)

  const root: Root = {type: 'root', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: endOf(text)}}
  eachChunkTree(text, parse, (tree) => {
    for (const child of tree.children) root.children.push(child)
  }, sizes, starts)
  return root
}

/**
 * Parse `text` in pieces (see `parseInChunks`) and hand each piece's tree,
 * its positions already those of the file, to `read` in order. A reader
 * that lets each tree go keeps only one piece's tree alive at a time:
 * the trees of a multi-megabyte file held together cost more in garbage
 * collection than their parse.
 */
export function eachChunkTree(
  text: string,
  parse: (text: string) => Root,
  read: (tree: Root) => void,
  sizes = chunkSizes,
  starts = chunkStarts(text, sizes)
): void {
  if (starts.length === 1) {
    read(parse(text))
    return
  }

  let lines = 0
  for (const [index, start] of starts.entries()) {
    const end = starts[index + 1] ?? text.length
    const tree = parse(text.slice(start, end))
    if (start > 0) move(tree, lines, start)
    read(tree)
    for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++
  }
}

/** Where a text ends, as a point. */
function endOf(text: string): Point {
  let line = 1
  let lastBreak = -1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    line++
    lastBreak = at
  }

  return {line, column: text.length - lastBreak, offset: text.length}
}

/** Move every position in `tree` down `lines` lines and on `offset` characters. */
function move(tree: Root, lines: number, offset: number): void {
  const moved = new Set<Point>()
  const shift = (point: Point | undefined) => {
    if (!point || moved.has(point)) return
    moved.add(point)
    point.line += lines
    if (point.offset !== undefined) point.offset += offset
  }

  // A plain walk with a stack of its own: the visitor machinery (a parents
  // list and a test per node) costs more than the shifting, and a stack
  // does not overflow on deep nesting.
  const stack: Array<Root | RootContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    shift(node.position?.start)
    shift(node.position?.end)
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}
