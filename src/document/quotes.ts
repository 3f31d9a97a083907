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

/** Most words a scare quote holds ('"Natural" remedies', 'a "reset"'): a word or two quotes nobody. */
const scareQuoteWords = 2

/** A word or two between quote marks: a term held at a distance, not someone's words. */
export function isScareQuote(document: Document, quote: Quote): boolean {
  return !quote.blockquote && (document.text.slice(quote.start, quote.end).match(/\p{L}+/gu)?.length ?? 0) <= scareQuoteWords
}

/**
 * The innermost quotation holding `start..end`, if any: of the quotations
 * before the first that starts after `start`, the shortest that holds the
 * range (the first of equals).
 */
export function quoteAround(document: Document, start: number, end = start): Quote | undefined {
  const {quotes, maxStart, maxEnd} = quoteBounds(document)
  // The first quotation that starts after `start`: where the running maximum of starts first passes it.
  let low = 0
  let high = quotes.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (maxStart[middle] > start) high = middle
    else low = middle + 1
  }

  // Backwards from there, until no quotation left ends at or after `end`: a
  // long page asks this for every claim, and only the nearby ones can hold it.
  let found: Quote | undefined
  for (let index = low - 1; index >= 0 && maxEnd[index] >= end; index--) {
    const quote = quotes[index]
    if (quote.start <= start && end <= quote.end && (!found || quote.end - quote.start <= found.end - found.start)) {
      found = quote
    }
  }

  return found
}

interface QuoteBounds {
  quotes: readonly Quote[]
  /** The largest start, and the largest end, of the quotations up to each index. */
  maxStart: Float64Array
  maxEnd: Float64Array
}

function quoteBounds(document: Document): QuoteBounds {
  return document.shared('quotes:bounds', () => {
    const quotes = findQuotes(document)
    const maxStart = new Float64Array(quotes.length)
    const maxEnd = new Float64Array(quotes.length)
    let start = -1
    let end = -1
    for (const [index, quote] of quotes.entries()) {
      start = Math.max(start, quote.start)
      end = Math.max(end, quote.end)
      maxStart[index] = start
      maxEnd[index] = end
    }

    return {quotes, maxStart, maxEnd}
  })
}

/** The quotations in one block. Quote marks are paired from the source text, which keeps curly quotes. */
function quotesInBlock(text: string, block: Block): Quote[] {
  if (block.hidden) return shownQuotes(text, block)
  return pairMarks(text, block, false, (offset) => offset)
}

/**
 * HTML: quote marks are read from the text shown (an attribute's quotes are
 * markup, `&ldquo;` is a curly quote), and the quotations mapped back to
 * the source.
 */
function shownQuotes(text: string, block: Block): Quote[] {
  const hidden = block.hidden!
  let shown = ''
  const at: number[] = []
  let pair = 0
  for (let index = 0; index < block.prose.length; index++) {
    while (pair < hidden.length && hidden[pair + 1] <= index) pair += 2
    if (pair < hidden.length && hidden[pair] <= index) continue
    const offset = block.start + index
    const char = text.charAt(offset)
    // The source keeps curly quotes; a space in the prose is a space (a line break, an entity for one).
    shown += char === '&' && quoteEntity.test(text.slice(offset, offset + 10)) ? entityQuote(text.slice(offset, offset + 10)) : block.prose.charAt(index) === ' ' ? ' ' : char
    at.push(offset)
  }

  return pairMarks(shown, block, true, (index) => (index < at.length ? at[index] : block.end))
}

const quoteEntity = /^&(?:[lr][sd]quo|quot|bdquo|#(?:8216|8217|8220|8221|8222|34|39|x201[cdeCDE89]|x2[27]));/

function entityQuote(reference: string): string {
  const name = quoteEntity.exec(reference)![0]
  if (/ldquo|8220|x201c/i.test(name)) return '\u201C'
  if (/rdquo|8221|x201d/i.test(name)) return '\u201D'
  if (/bdquo|8222|x201e/i.test(name)) return '\u201E'
  if (/lsquo|8216|x2018/i.test(name)) return '\u2018'
  if (/rsquo|8217|x2019/i.test(name)) return '\u2019'
  return /quot|#34|x22/i.test(name) ? '"' : "'"
}

/**
 * Pair the quote marks of a block: in the file's `source` at the block, or,
 * when `local`, in `source` standing for the block alone, whose indices
 * `toOffset` maps to file offsets.
 */
function pairMarks(source: string, block: Block, local: boolean, toOffset: (index: number) => number): Quote[] {
  const quotes: Quote[] = []
  let open = -1
  let openKind: 'double' | 'single' = 'double'
  const text = source

  // Only the quote marks are looked at, found by one scan of the block's source.
  const scanned = local ? source : text.slice(block.start, block.start + block.prose.length)
  quoteMarks.lastIndex = 0
  for (let found = quoteMarks.exec(scanned); found; found = quoteMarks.exec(scanned)) {
    const offset = (local ? 0 : block.start) + found.index
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
  const end = local ? source.length : block.end
  if (open >= 0 && openKind === 'double') {
    const rest = trimmed(text.slice(open, end), open)
    if (text.slice(rest.start, rest.end).split(/\s+/).length >= 3) quotes.push({block, ...rest, blockquote: false})
  }

  if (!local) return quotes
  // Indices of the shown text back to file offsets: a start at its character, an end just past the last one.
  return quotes.map((quote) => ({...quote, start: toOffset(quote.start), end: quote.end > quote.start ? toOffset(quote.end - 1) + 1 : toOffset(quote.start)}))
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
