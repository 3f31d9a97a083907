import type {BlockKind, Citation, Link} from './types.js'

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
}

/** A range of file offsets, `[start, end)`. */
export interface Span {
  start: number
  end: number
}
