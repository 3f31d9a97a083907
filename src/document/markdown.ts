import type {Nodes, Parents, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {type GfmParts, gfmPartsIn, remarkGfmParts} from './gfm-parts.js'
import {type ChunkSizes, chunkSizes, eachChunkTree} from './markdown-chunks.js'
import {ProseBuilder} from './prose.js'
import type {BlockReading, RawBlock} from './raw-block.js'
import type {BlockKind} from './types.js'

/** Parsers by the GFM constructs they read, built on first use (at most sixteen). */
const parsers = new Map<string, ReturnType<typeof createParser>>()

function createParser(parts: GfmParts) {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmParts, parts).freeze()
}

/** A parser with only the GFM extensions whose constructs can occur in `text`. */
export function parserFor(text: string) {
  const parts = gfmPartsIn(text)
  const key = `${+parts.table}${+parts.footnote}${+parts.strikethrough}${+parts.taskList}`
  let parser = parsers.get(key)
  if (!parser) parsers.set(key, (parser = createParser(parts)))
  return parser
}

/** Node types whose content is never prose. */
const skipped = new Set(['code', 'math', 'inlineMath', 'html', 'definition', 'yaml', 'toml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'])

interface Walk {
  text: string
  reading: BlockReading
  quoted: boolean
  footnote: boolean
  /** The table row being read, numbered through the document. */
  row: number
}

/**
 * Parse Markdown and read its prose blocks. The tree itself is not kept:
 * what the document needs of it (blocks, links, footnote references, the
 * list items and quotes comments are grouped by) is read here.
 */
export function readMarkdown(text: string): BlockReading {
  return readMarkdownTree(text)
}

/**
 * Read the prose blocks of a Markdown tree (MDX gives its own), parsing
 * `text` when none is given: a long text piece by piece, each piece's tree
 * read and let go before the next is parsed.
 */
export function readMarkdownTree(text: string, tree?: Root, sizes: ChunkSizes = chunkSizes): BlockReading {
  const reading: BlockReading = {blocks: [], links: [], citations: [], containers: []}
  const walk: Walk = {text, reading, quoted: false, footnote: false, row: 0}
  const read = (mdast: Root) => {
    for (const child of mdast.children) {
      if (((child.type as string) === 'yaml' || (child.type as string) === 'toml') && child.position) {
        reading.frontmatter = {
          start: child.position.start.offset ?? 0,
          end: child.position.end.offset ?? 0
        }
      }
    }

    visitBlocks(walk, mdast)
  }

  if (tree) {
    read(tree)
  } else {
    const parser = parserFor(text)
    eachChunkTree(text, (piece) => parser.parse(piece), read, sizes)
  }

  return reading
}

function visitBlocks(walk: Walk, parent: Parents): void {
  for (const node of parent.children) {
    if (skipped.has(node.type)) continue

    switch (node.type) {
      case 'heading': {
        addBlock(walk, node, 'heading', node.depth)
        break
      }

      case 'paragraph': {
        addBlock(walk, node, parent.type === 'listItem' ? 'listItem' : 'paragraph')
        break
      }

      case 'tableRow': {
        walk.row++
        visitBlocks(walk, node)
        break
      }

      case 'tableCell': {
        addBlock(walk, node, 'tableCell')
        break
      }

      case 'blockquote': {
        addContainer(walk, node)
        const quoted = walk.quoted
        walk.quoted = true
        visitBlocks(walk, node)
        walk.quoted = quoted
        break
      }

      case 'footnoteDefinition': {
        const footnote = walk.footnote
        walk.footnote = true
        visitBlocks(walk, node)
        walk.footnote = footnote
        break
      }

      case 'listItem': {
        addContainer(walk, node)
        visitBlocks(walk, node)
        break
      }

      default: {
        if ('children' in node) visitBlocks(walk, node)
      }
    }
  }
}

function addContainer(walk: Walk, node: Parents): void {
  const start = node.position?.start.offset
  if (start !== undefined) walk.reading.containers!.push({start, end: node.position?.end.offset ?? start})
}

function addBlock(walk: Walk, node: Parents, kind: BlockKind, depth?: number): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end <= start) return

  const prose = new ProseBuilder(walk.text, start, end)
  copyInline(walk, prose, node)
  // GFM's autolink literals are left out of the parser (they cost as much as
  // the rest of GFM together): bare addresses are found here instead.
  walk.reading.links.push(...prose.blankBareUrls())
  const first = node.children[0]

  const block: RawBlock = {
    kind,
    start,
    end,
    prose: prose.toString(),
    quoted: walk.quoted,
    footnote: walk.footnote,
    startsWithEmphasis: first !== undefined && (first.type === 'strong' || first.type === 'emphasis'),
    depth,
    ...(kind === 'tableCell' ? {row: walk.row} : {})
  }
  walk.reading.blocks.push(block)
}

function copyInline(walk: Walk, prose: ProseBuilder, parent: Parents): void {
  for (const node of parent.children as Nodes[]) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue

    switch (node.type) {
      case 'text': {
        prose.copyAligned(node.value, start, end)
        break
      }

      case 'link': {
        const textStart = node.children[0]?.position?.start.offset ?? start
        const textEnd = node.children.at(-1)?.position?.end.offset ?? end
        walk.reading.links.push({url: node.url, start, end, textStart, textEnd})
        // A bare URL (autolink) is not prose; link text is.
        if (!isUrlText(node)) copyInline(walk, prose, node)
        break
      }

      case 'footnoteReference': {
        walk.reading.citations.push({kind: 'footnote', start, end, value: node.identifier})
        break
      }

      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'break': {
        break
      }

      default: {
        if ('children' in node) copyInline(walk, prose, node)
      }
    }
  }
}

function isUrlText(link: {url: string; children: Nodes[]}): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined
  if (!only || only.type !== 'text') return false
  const value = only.value.replace(/^mailto:/, '')
  return value === link.url || value === link.url.replace(/^(https?:\/\/|mailto:)/, '') ||
    /^(https?:\/\/|www\.)\S+$/.test(value)
}
