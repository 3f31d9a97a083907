import type {BlockKind, Citation, Link, OutsideCopy} from './types.js'

/** A block before it is split into sentences. */
export interface RawBlock {
  kind: BlockKind
  start: number
  end: number
  prose: string
  depth?: number
  quoted: boolean
  footnote: boolean
  startsWithEmphasis: boolean
  /** Table cells only: the row they stand in, numbered through the document. */
  row?: number
  outside?: OutsideCopy
  /**
   * HTML only: spans of `prose` (offsets into it, in pairs `[from, to)`)
   * that the page does not show: tags inside a sentence and the rest of an
   * entity (`&rsquo;` is one character, the first, then six not shown).
   * Words are read with them left out, so "don&rsquo;t" is one word and
   * "<strong>safe</strong>." ends a sentence, while every index into
   * `prose` stays an offset into the file.
   */
  hidden?: number[]
}

/** What a format-specific reader hands to the document builder. */
export interface BlockReading {
  blocks: RawBlock[]
  links: Link[]
  /** Citations found in markup (footnote references). */
  citations: Citation[]
  frontmatter?: {start: number; end: number}
  /**
   * Markdown only: the spans of list items and block quotes, the containers
   * comments are grouped by. Plain text has none (each bullet is its own).
   */
  containers?: Span[]
  /** HTML only: the comments the markup marks as such (see `MarkupComments`). */
  comments?: MarkupComments
}

/** Comments read from HTML markup: blocks given by index into `BlockReading.blocks`. */
export interface MarkupComments {
  start: number
  end: number
  /** The first block of the comments area (its title, or the first comment's text). */
  marker: number
  comments: MarkupComment[]
}

export interface MarkupComment {
  author?: {value: string; start: number; end: number}
  /** Indices of the blocks of the comment's text, in order. */
  blocks: number[]
}

/** A range of file offsets, `[start, end)`. */
export interface Span {
  start: number
  end: number
}
