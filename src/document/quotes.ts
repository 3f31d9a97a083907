import type {Block, Document} from './types.js'

/**
 * Quotations in the document: text between quote marks, and Markdown
 * blockquotes. Rules use them to tell someone's own words (a patient's
 * story, an expert's quote, a self-description) from the publisher's voice.
 */
export interface Quote {
  block: Block
  /** File offsets of the quoted words, the marks left out. */
  start: number
  end: number
  /** A Markdown blockquote rather than words between quote marks. */
  blockquote: boolean
}

/** Every quotation, in document order (computed once per document). */
export function findQuotes(document: Document): readonly Quote[] {
  return document.shared('quotes', () => {
    const quotes: Quote[] = []
    for (const block of document.blocks) {
      if (block.quoted) quotes.push({block, ...trimmed(block.prose, block.start), blockquote: true})
      quotes.push(...quotesInBlock(document.text, block))
    }

    return quotes
  })
}

/** The innermost quotation holding `start..end`, if any. */
export function quoteAround(document: Document, start: number, end = start): Quote | undefined {
  let found: Quote | undefined
  for (const quote of findQuotes(document)) {
    if (quote.start > start) break
    if (quote.start <= start && end <= quote.end && (!found || quote.end - quote.start < found.end - found.start)) {
      found = quote
    }
  }

  return found
}

/** The quotations in one block. Quote marks are paired from the source text, which keeps curly quotes. */
function quotesInBlock(text: string, block: Block): Quote[] {
  const quotes: Quote[] = []
  let open = -1
  let openKind: 'double' | 'single' = 'double'

  // Only the quote marks are looked at, found by one scan of the block's source.
  const source = text.slice(block.start, block.start + block.prose.length)
  quoteMarks.lastIndex = 0
  for (let found = quoteMarks.exec(source); found; found = quoteMarks.exec(source)) {
    const offset = block.start + found.index
    const mark = markAt(text, offset)
    if (!mark) continue

    if (open < 0) {
      if (mark.opens) {
        open = offset + 1
        openKind = mark.kind
      }

      continue
    }

    if (mark.kind === openKind && mark.closes) {
      if (offset > open) quotes.push({block, start: open, end: offset, blockquote: false})
      open = -1
    } else if (mark.kind === openKind && mark.opens) {
      // Two opening marks in a row: the first was never closed.
      open = offset + 1
    }
  }

  // A quotation running on to the end of its paragraph (a closing mark left off).
  if (open >= 0 && openKind === 'double') {
    const rest = trimmed(text.slice(open, block.end), open)
    if (text.slice(rest.start, rest.end).split(/\s+/).length >= 3) quotes.push({block, ...rest, blockquote: false})
  }

  return quotes
}

interface Mark {
  kind: 'double' | 'single'
  opens: boolean
  closes: boolean
}

/** Quote marks: straight and curly, double and single. */
const quoteMarks = /["\u201C\u201D\u201E\u2018\u2019]/g

function markAt(text: string, offset: number): Mark | undefined {
  const char = text.charAt(offset)
  const before = text.charAt(offset - 1)
  const after = text.charAt(offset + 1)

  switch (char) {
    case '\u201C':
    case '\u201E': {
      return {kind: 'double', opens: true, closes: false}
    }

    case '\u201D': {
      return {kind: 'double', opens: false, closes: true}
    }

    case '"': {
      // Inch marks after a number are not quotes (5'10").
      if (/\d/.test(before)) return undefined
      const atStart = offset === 0 || /[\s([{\u2014\u2013-]/.test(before)
      const atEnd = after === '' || /[\s.,;:!?)\]}\u2014\u2013-]/.test(after)
      return {kind: 'double', opens: atStart && !/\s/.test(after), closes: !atStart || atEnd}
    }

    case '\u2018': {
      return {kind: 'single', opens: true, closes: false}
    }

    case '\u2019': {
      // An apostrophe inside a word (don’t) closes nothing.
      return /\p{L}/u.test(after) ? undefined : {kind: 'single', opens: false, closes: true}
    }

    default: {
      return undefined
    }
  }
}

function trimmed(value: string, offset: number): {start: number; end: number} {
  const start = value.length - value.trimStart().length
  const end = value.trimEnd().length
  return {start: offset + start, end: offset + Math.max(start, end)}
}
