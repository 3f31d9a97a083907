import {location} from 'vfile-location'
import {findCitations, isEvidenceUrl} from '../text/citations.js'
// The HTML and MDX readers are loaded by the command line's bundle only when
// a file needs them (scripts/bundle.js): their parsers cost start-up time.
import {readHtml} from './html.js'
import {markupComments} from './html-comments-section.js'
import {readMarkdown} from './markdown.js'
import {markdownTooHard} from './markdown-limits.js'
import {readMdx} from './mdx.js'
import {readPlainText} from './plain-text.js'
import type {BlockReading} from './raw-block.js'
import {buildSections, findCommentsSection, findThreadPosts} from './sections.js'
import {splitSentences} from './sentences.js'
import type {Block, Citation, Document, DocumentFormat, Point, Sentence} from './types.js'

const markdownExtensions = /\.(?:md|markdown|mdown|mkd)$/i
const mdxExtension = /\.mdx$/i
const htmlExtensions = /\.(?:html?|xhtml)$/i

/** The format a file name stands for: Markdown, MDX, HTML, or plain text for anything else. */
export function formatForPath(path: string): DocumentFormat {
  if (markdownExtensions.test(path)) return 'markdown'
  if (mdxExtension.test(path)) return 'mdx'
  if (htmlExtensions.test(path)) return 'html'
  return 'text'
}

function read(text: string, format: DocumentFormat, notes: string[]): BlockReading {
  switch (format) {
    case 'markdown': {
      return readMarkdown(text)
    }

    case 'mdx': {
      return readMdx(text, notes)
    }

    case 'html': {
      return readHtml(text)
    }

    default: {
      return readPlainText(text)
    }
  }
}

export interface BuildOptions {
  path?: string
  format?: DocumentFormat
}

/** Parse `text` once and build the model every rule reads. */
export function buildDocument(text: string, options: BuildOptions = {}): Document {
  const path = options.path ?? '<text>'
  let format = options.format ?? formatForPath(path)
  const notes: string[] = []
  const tooHard = format === 'markdown' || format === 'mdx' ? markdownTooHard(text) : undefined
  if (tooHard) {
    format = 'text'
    notes.push(tooHard)
  }

  const reading = read(text, format, notes)

  const blocks: Block[] = []
  const sentences: Sentence[] = []
  for (const raw of reading.blocks) {
    const block: Block = {
      index: blocks.length,
      kind: raw.kind,
      start: raw.start,
      end: raw.end,
      prose: raw.prose,
      quoted: raw.quoted,
      footnote: raw.footnote,
      startsWithEmphasis: raw.startsWithEmphasis,
      // Always present (undefined but for headings, and for HTML's outside copy): one object shape for every block.
      depth: raw.depth,
      outside: raw.outside,
      hidden: raw.hidden,
      row: raw.row,
      section: 0,
      sentences: []
    }
    block.sentences = splitSentences(raw, block)
    for (const sentence of block.sentences) {
      sentence.index = sentences.length
      sentences.push(sentence)
    }

    blocks.push(block)
  }

  const citations = collectCitations(reading, sentences)
  const commentsSection = reading.comments
    ? markupComments(reading.comments, blocks, reading.links)
    : findCommentsSection(blocks, {text, links: reading.links, containers: reading.containers})
  const threadPosts = commentsSection ? undefined : findThreadPosts(blocks, {text, links: reading.links, containers: reading.containers})
  const sections = buildSections(blocks, commentsSection, text.length)
  const place = location(text)
  const sharedValues = new Map<string, unknown>()

  let words = 0
  let paragraphs = 0
  let proseSentences = 0
  for (const block of blocks) {
    if (sections[block.section].role === 'comments' || block.outside) continue
    if (block.kind === 'paragraph' || block.kind === 'listItem') paragraphs++
    for (const sentence of block.sentences) {
      words += sentence.wordCount
      if (sentence.wordCount > 0) proseSentences++
    }
  }

  const document: Document = {
    path,
    format,
    text,
    blocks,
    sentences,
    headings: blocks.filter((block) => block.kind === 'heading'),
    sections,
    links: reading.links,
    citations,
    notes,
    stats: {words, sentences: proseSentences, paragraphs},
    toPoint(offset: number): Point {
      const point = place.toPoint(offset)
      if (point) return {line: point.line, column: point.column, offset}
      // vfile-location answers nothing for the very end of the text.
      const last = place.toPoint(Math.max(0, offset - 1))
      return last
        ? {line: last.line, column: last.column + 1, offset}
        : {line: 1, column: 1, offset}
    },
    shared<T>(key: string, compute: () => T): T {
      if (!sharedValues.has(key)) sharedValues.set(key, compute())
      return sharedValues.get(key) as T
    }
  }
  if (reading.frontmatter) document.frontmatter = reading.frontmatter
  if (commentsSection) document.commentsSection = commentsSection
  if (threadPosts) document.threadPosts = threadPosts
  return document
}

/**
 * Attach every citation to the sentences it falls in: markup citations
 * (footnote references), evidence links, and citation patterns in the prose.
 */
function collectCitations(reading: BlockReading, sentences: Sentence[]): Citation[] {
  const all: Citation[] = [...reading.citations]
  for (const link of reading.links) {
    if (isEvidenceUrl(link.url)) {
      all.push({kind: link.textStart === link.start ? 'url' : 'link', start: link.start, end: link.end, value: link.url})
    }
  }

  for (const sentence of sentences) {
    for (const found of findCitations(sentence.prose)) {
      all.push({kind: found.kind, start: sentence.start + found.start, end: sentence.start + found.end, value: found.value})
    }
  }

  all.sort((a, b) => a.start - b.start)

  // Sentences and citations are both in document order: walk them together.
  // A citation after a sentence's full stop ("... as shown. [3]") but before
  // the next sentence of its block belongs to it.
  let first = 0
  for (const [position, sentence] of sentences.entries()) {
    const next = sentences[position + 1]
    const end = next && next.block === sentence.block ? Math.max(sentence.end, next.start) : Math.max(sentence.end, sentence.block.end)
    while (first < all.length && all[first].end <= sentence.start) first++
    for (let index = first; index < all.length && all[index].start < end; index++) {
      const citation = all[index]
      if (citation.end > sentence.start) sentence.citations.push(citation)
    }
  }

  return all
}
