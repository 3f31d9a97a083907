/** Where a document came from and how it was parsed. */
export type DocumentFormat = 'markdown' | 'mdx' | 'html' | 'text'

/**
 * HTML copy that readers see outside the page's body text: the `<title>`,
 * the meta and Open Graph descriptions, and the answers of a schema.org
 * `FAQPage` in JSON-LD (search engines show them). Claims there are claims,
 * but they are not article prose (not counted in the readability figures).
 */
export type OutsideCopy = 'title' | 'meta-description' | 'og-description' | 'structured-data'

/** A 1-based line and column with its 0-based offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Kinds of prose block the document is made of. */
export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell'

/**
 * One block of prose: a heading, paragraph, list item or table cell.
 *
 * `prose` has exactly the length of `end - start`: the source with markup
 * blanked out and characters normalised (see `src/text/normalize.ts`), so an
 * index into `prose` plus `start` is an offset into the file.
 */
export interface Block {
  index: number
  kind: BlockKind
  start: number
  end: number
  prose: string
  /** Heading depth (1-6); plain-text headings are depth 2. */
  depth?: number
  /** Inside a blockquote. */
  quoted: boolean
  /** Inside a footnote definition. */
  footnote: boolean
  /** The block begins with strong or emphasised text (a Markdown label). */
  startsWithEmphasis: boolean
  /** HTML only: where copy outside the page's body comes from; undefined for body text. */
  outside?: OutsideCopy
  /**
   * HTML only: spans of `prose` the page does not show (tags inside a
   * sentence, the rest of an entity), as `[from, to)` pairs of indices into
   * `prose`. Words are read with them left out (see `RawBlock.hidden`).
   */
  hidden?: number[]
  /** Table cells only: the row they stand in, numbered through the document (a row is not always one source line). */
  row?: number
  /** Index into `document.sections`. */
  section: number
  sentences: Sentence[]
}

export type TokenKind = 'word' | 'number' | 'symbol' | 'punctuation'

/** A word, number, symbol or punctuation mark, with file offsets. */
export interface Token {
  kind: TokenKind
  /** Normalised text (straight quotes, plain hyphens). */
  text: string
  /** `text` in lower case. */
  lower: string
  start: number
  end: number
  /** Parts of a hyphenated word (`side-effect-free`), lower case. */
  parts?: string[]
  /** No whitespace between this token and the previous one. */
  attached: boolean
}

export type SentenceRole = 'heading' | 'label' | 'body'

/** One sentence, heading or list label. */
export interface Sentence {
  index: number
  start: number
  end: number
  /** The normalised text of the sentence. */
  prose: string
  role: SentenceRole
  tokens: Token[]
  /** Number of word tokens. */
  wordCount: number
  block: Block
  citations: Citation[]
}

export type CitationKind =
  | 'link'
  | 'url'
  | 'footnote'
  | 'numeric'
  | 'author-year'
  | 'doi'
  | 'pmid'
  | 'trial-id'
  | 'guideline-id'
  | 'source-site'
  | 'according-to'
  | 'published-in'
  | 'named-study'
  | 'sample-size'

export interface Citation {
  kind: CitationKind
  start: number
  end: number
  /** The link target, identifier or named source. */
  value: string
}

export interface Link {
  url: string
  start: number
  end: number
  /** Offsets of the link text. */
  textStart: number
  textEnd: number
}

/** What a section holds, from its heading. */
export type SectionRole = 'body' | 'references' | 'risks' | 'cautions' | 'comments'

export interface Section {
  index: number
  /** The heading block that opens it; none for the part before the first heading (or, in HTML, after the comments). */
  heading?: Block
  title: string
  role: SectionRole
  start: number
  end: number
}

/** One reader comment in a comments section. */
export interface Comment {
  index: number
  /** The commenter's name as written, when the comment has an author line. */
  author?: string
  /** Offsets of the author's name. */
  authorStart?: number
  authorEnd?: number
  /** Offsets of the comment's text: author line, dates and buttons left out. */
  start: number
  end: number
  /** The words of the comment, whitespace collapsed, markup and bare URLs blanked (see `links`). */
  text: string
  /** The blocks the text lies in. */
  blocks: Block[]
  /** The tokens of the text (from its sentences), in order. */
  tokens: Token[]
  /** Links in the text (bare URLs and Markdown links). */
  links: Link[]
}

/** The comments under a scraped article, when there are some. */
export interface CommentsSection {
  start: number
  end: number
  /** The block that opens it ("3 Comments", "Leave a Reply"). */
  marker: Block
  /** The blocks after the marker. */
  blocks: Block[]
  /** The blocks split into comments (buttons, dates and the comment form left out). */
  comments: Comment[]
}

export interface DocumentStats {
  words: number
  sentences: number
  paragraphs: number
}

/** The model every rule reads: built once per file. */
export interface Document {
  path: string
  format: DocumentFormat
  /**
   * The file's text, exactly as read. For HTML that is the markup: a slice
   * of it may hold tags and entities (`blocks[i].prose` holds the words).
   */
  text: string
  blocks: Block[]
  sentences: Sentence[]
  headings: Block[]
  sections: Section[]
  links: Link[]
  citations: Citation[]
  commentsSection?: CommentsSection
  /** A forum thread's posts, when the page is one (they stay in the article; spam-comment reads them). */
  threadPosts?: Comment[]
  /** Offsets of the front matter, when there is some. */
  frontmatter?: {start: number; end: number}
  stats: DocumentStats
  /** Problems met while reading the text (shown as notes, ruleId null). */
  notes: string[]
  toPoint(offset: number): Point
  /**
   * Compute a value once per document and share it between rules
   * (`document.shared('readability', () => ...)`).
   */
  shared<T>(key: string, compute: () => T): T
}
