import type {Element, ElementContent, Nodes, Parents, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {
  authorElement,
  type CommentParts,
  classNames,
  findParts,
  isChrome,
  isCommentFurniture,
  notProse,
  type PageParts,
  phrasing,
  type Scope,
  spanOf
} from './html-page.js'
import {bareUrlsIn, HtmlProse} from './html-text.js'
import {faqEntries, JsonError, type PlacedString, visibleCharacters} from './json-ld.js'
import type {BlockReading, MarkupComment, RawBlock, Span} from './raw-block.js'
import type {BlockKind, OutsideCopy} from './types.js'

/**
 * Read an HTML page into the blocks every rule reads: headings, paragraphs,
 * list items, table cells and quotes of the article, with every offset in
 * the page's source. Scripts, styles, code and page chrome (navigation,
 * banners, footers, cookie notices) are not prose; where the page has a
 * `main` (or else `article` elements), that is the article. The title, the
 * meta and Open Graph descriptions and JSON-LD FAQ answers are read as copy
 * outside the body; comments marked up as such are read with their authors.
 */

const parser = unified().use(rehypeParse).freeze()

/** Heading tags and their depth. */
const headingDepth: Record<string, number> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}

/** Blocks read whole, whatever they hold: a heading or table cell is one block. */
const wholeBlocks = new Set(['p', 'td', 'th', 'caption', 'figcaption', 'dt', 'legend', 'summary', ...Object.keys(headingDepth)])

/** Tags that render as a break between words, inside a block read whole. */
const breaking = new Set(['br', 'hr', 'img', 'input', 'select', 'textarea', 'button', 'td', 'th', 'li', 'dd', 'dt', 'tr'])

interface Context {
  quoted: boolean
  listItem: boolean
  scope: Scope
  /** Inside a comment unit: only its text is read. */
  unit?: Element
}

class HtmlReader {
  private readonly text: string
  private readonly parts: PageParts
  private readonly reading: BlockReading & {containers: Span[]}
  private readonly notes: string[]
  /** The depth of the last heading, for `summary` elements (FAQ accordions) read as headings below it. */
  private lastDepth = 1
  /** The table row being read (`tr`), numbered through the page. */
  private row = 0
  private rows = 0
  private readonly commentsFound: MarkupComment[] = []
  /** The comment whose text is being read, if any. */
  private comment: MarkupComment | undefined
  private areas: Array<{start: number; end: number; firstBlock: number}> = []
  private readonly inflow = new WeakMap<Element, boolean>()

  constructor(text: string, tree: Root, notes: string[]) {
    this.text = text
    this.notes = notes
    this.parts = findParts(tree)
    this.reading = {blocks: [], links: [], citations: [], containers: []}
  }

  read(tree: Root): BlockReading {
    this.readOutsideCopy()
    const topScope: Scope = {sectioning: false, quote: false, comment: false}
    const context: Context = {quoted: false, listItem: false, scope: topScope}
    if (this.parts.roots.size === 0) this.flow(tree, context)
    else this.outsideRoots(tree, context)
    return this.finish()
  }

  /** Outside the article: only the article roots and comments areas are read. */
  private outsideRoots(parent: Parents, context: Context): void {
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      if (this.parts.roots.has(node)) this.flow(node, {...context, scope: {...context.scope, sectioning: true}})
      else if (this.parts.comments.areas.has(node)) this.commentsArea(node, context)
      else if (!notProse.has(node.tagName)) this.outsideRoots(node, context)
    }
  }

  /** Flow content: runs of phrasing content become paragraphs, block elements their own blocks. */
  private flow(parent: Parents, context: Context): void {
    let run: ElementContent[] = []
    const flush = () => {
      // Inside a comment but outside its text: names, dates and buttons are not read.
      if (run.length > 0 && !(context.unit && !this.comment)) this.addBlock(run, context.listItem ? 'listItem' : 'paragraph', context)
      run = []
    }

    for (const node of parent.children) {
      if (node.type === 'text' || node.type === 'comment') {
        run.push(node)
        continue
      }

      if (node.type !== 'element') continue
      if (this.isInline(node, context)) {
        run.push(node)
        continue
      }

      flush()
      this.blockElement(node, context)
    }

    flush()
  }

  private blockElement(element: Element, context: Context): void {
    const tag = element.tagName
    const parts = this.parts.comments
    if (parts.areas.has(element) && !this.comment && !context.unit) {
      this.commentsArea(element, context)
      return
    }

    if (context.unit && !this.comment) {
      // Inside a comment: read its text and the comments nested in it, nothing else.
      if (parts.texts.has(element) || parts.bare.has(element)) this.commentText(element, context)
      else if (parts.holding.has(element) || parts.units.has(element)) this.flow(element, {...context, unit: parts.units.has(element) ? element : context.unit})
      return
    }

    if (parts.texts.has(element) || parts.bare.has(element)) {
      if (this.inArea()) this.commentText(element, context)
      return
    }

    if (this.inArea() && parts.units.has(element)) {
      this.flow(element, {...context, unit: element, scope: {...context.scope, comment: true}})
      return
    }

    if (this.comment && isCommentFurniture(element) && parts.bare.has(this.commentUnit ?? element)) return
    if (notProse.has(tag) || isChrome(element, context.scope)) return
    if (tag === 'a') this.addLink(element)

    const depth = headingDepth[tag]
    if (depth !== undefined) {
      this.lastDepth = depth
      this.addBlock(element.children, 'heading', context, depth, element)
      return
    }

    if (tag === 'summary') {
      this.addBlock(element.children, 'heading', context, Math.min(6, this.lastDepth + 1), element)
      return
    }

    if (tag === 'td' || tag === 'th') {
      this.addBlock(element.children, 'tableCell', context, undefined, element)
      return
    }

    if (tag === 'tr') {
      const outer = this.row
      this.row = ++this.rows
      this.flow(element, context)
      this.row = outer
      return
    }

    if (wholeBlocks.has(tag)) {
      this.addBlock(element.children, context.listItem ? 'listItem' : 'paragraph', context, undefined, element)
      return
    }

    const inner: Context = {
      ...context,
      scope: {
        sectioning: context.scope.sectioning || tag === 'article' || tag === 'main' || tag === 'section',
        quote: context.scope.quote || tag === 'blockquote' || tag === 'figure',
        comment: context.scope.comment
      }
    }
    if (tag === 'li' || tag === 'blockquote') {
      const span = spanOf(element)
      if (span) this.reading.containers.push(span)
    }

    if (tag === 'li') inner.listItem = true
    if (tag === 'blockquote') inner.quoted = true
    this.flow(element, inner)
  }

  private commentUnit: Element | undefined

  private inArea(): boolean {
    return this.areas.length > 0 && this.areas.at(-1)!.end === -1
  }

  /** A comments area: its title and its comments, each with its author. */
  private commentsArea(element: Element, context: Context): void {
    const span = spanOf(element)
    if (!span) return
    const area = {start: span.start, end: -1, firstBlock: this.reading.blocks.length}
    this.areas.push(area)
    this.flow(element, {...context, scope: {...context.scope, comment: true}})
    area.end = span.end
  }

  /** The text of one comment: its blocks, and its author from the unit around it. */
  private commentText(element: Element, context: Context): void {
    const parts = this.parts.comments
    const unit = parts.texts.get(element) ?? element
    const author = authorElement(unit, parts)
    const comment: MarkupComment = {blocks: []}
    const name = author ? this.visibleSpan(author) : undefined
    if (name) comment.author = name
    const outer = this.comment
    const outerUnit = this.commentUnit
    this.comment = comment
    this.commentUnit = unit
    this.commentsFound.push(comment)
    this.flow(element, {...context, unit: undefined, scope: {...context.scope, comment: true}})
    this.comment = outer
    this.commentUnit = outerUnit
  }

  /** Whether an element sits inside a sentence: phrasing, holding no block. */
  private isInline(element: Element, context: Context): boolean {
    if (!phrasing.has(element.tagName)) return false
    if (this.parts.comments.texts.has(element) || this.parts.comments.units.has(element) || this.parts.comments.areas.has(element)) return false
    if (isChrome(element, context.scope)) return false
    return !this.holdsFlow(element)
  }

  private holdsFlow(element: Element): boolean {
    let known = this.inflow.get(element)
    if (known !== undefined) return known
    known = element.children.some((child) => child.type === 'element' && ((!phrasing.has(child.tagName) && !notProse.has(child.tagName)) || this.holdsFlow(child)))
    this.inflow.set(element, known)
    return known
  }

  /** Add one block made of `nodes` (a run of phrasing content, or a block element's children). */
  private addBlock(nodes: readonly ElementContent[], kind: BlockKind, context: Context, depth?: number, element?: Element): void {
    const span = element ? spanOf(element) : spanOfAll(nodes)
    if (!span) return
    const prose = new HtmlProse(this.text, span.start, span.end)
    for (const node of nodes) this.inline(prose, node, context)
    if (prose.empty) return
    const built = prose.finish()
    if (!built) return
    const block: RawBlock = {
      kind,
      start: built.start,
      end: built.end,
      prose: this.withoutBareUrls(built.prose, built.start),
      quoted: context.quoted,
      footnote: false,
      startsWithEmphasis: startsWithEmphasis(nodes),
      depth,
      hidden: built.hidden,
      ...(kind === 'tableCell' ? {row: this.row} : {})
    }
    this.push(block)
  }

  private push(block: RawBlock): void {
    if (this.comment) this.comment.blocks.push(this.reading.blocks.length)
    this.reading.blocks.push(block)
  }

  private withoutBareUrls(prose: string, start: number): string {
    const links = bareUrlsIn(prose, start)
    if (links.length === 0) return prose
    this.reading.links.push(...links)
    let result = prose
    for (const link of links) result = result.slice(0, link.start - start) + ' '.repeat(link.end - link.start) + result.slice(link.end - start)
    return result
  }

  /** Place the words of one node of a block. */
  private inline(prose: HtmlProse, node: ElementContent, context: Context): void {
    if (node.type === 'text') {
      const span = spanOf(node)
      if (span) prose.textNode(node.value, span.start, span.end)
      return
    }

    if (node.type !== 'element') return
    const span = spanOf(node)
    if (!span) return
    const tag = node.tagName
    if (tag === 'wbr') return
    if (notProse.has(tag) || breaking.has(tag) && node.children.length === 0 || isChrome(node, context.scope) || hasClass(node, /^(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden)$/i)) {
      prose.space(span.start, span.end)
      return
    }

    if (this.comment && isCommentFurniture(node) && this.commentUnit && this.parts.comments.bare.has(this.commentUnit)) {
      prose.space(span.start, span.end)
      return
    }

    if (tag === 'a') {
      this.addLink(node)
      if (this.footnoteReference(node, span)) {
        prose.space(span.start, span.end)
        return
      }

      if (isUrlText(node)) {
        prose.space(span.start, span.end)
        return
      }
    }

    if (tag === 'sup' && this.footnoteReference(node, span)) {
      prose.space(span.start, span.end)
      return
    }

    // A block inside a block read whole (a list in a table cell): its edges part words.
    const edges = !phrasing.has(tag) || breaking.has(tag)
    const first = node.children.length > 0 ? spanOf(node.children[0]) : undefined
    const last = node.children.length > 0 ? spanOf(node.children.at(-1)!) : undefined
    if (edges) prose.space(span.start, first?.start ?? span.end)
    for (const child of node.children) this.inline(prose, child, context)
    if (edges) prose.space(last?.end ?? span.start, span.end)
  }

  private readonly footnotes = new WeakSet<Element>()

  /** A footnote reference (`<sup><a href="#fn1">1</a></sup>`): a citation, not words. */
  private footnoteReference(element: Element, span: {start: number; end: number}): boolean {
    if (this.footnotes.has(element)) return true
    const link = element.tagName === 'a' ? element : onlyLink(element)
    const href = link ? String(link.properties.href ?? '') : ''
    const label = textOf(element).trim()
    const isReference =
      (link !== undefined && href.startsWith('#') && /^\[?\d{1,3}\]?$/.test(label)) ||
      (element.tagName === 'sup' && /^\[?\d{1,3}(?:[,–-]\d{1,3})*\]?$/.test(label)) ||
      classNames(element).some((name) => /^footnote-ref$/i.test(name))
    if (!isReference) return false
    this.footnotes.add(element)
    if (link) this.footnotes.add(link)
    this.reading.citations.push({kind: 'footnote', start: span.start, end: span.end, value: label.replace(/[[\]]/g, '')})
    return true
  }

  private readonly linked = new WeakSet<Element>()

  private addLink(element: Element): void {
    if (this.linked.has(element)) return
    this.linked.add(element)
    const href = element.properties.href
    const span = spanOf(element)
    if (typeof href !== 'string' || !span) return
    const first = element.children.length > 0 ? spanOf(element.children[0]) : undefined
    const last = element.children.length > 0 ? spanOf(element.children.at(-1)!) : undefined
    this.reading.links.push({url: href, start: span.start, end: span.end, textStart: first?.start ?? span.start, textEnd: last?.end ?? span.end})
  }

  /** The trimmed text of an element (an author's name) and where it is. */
  private visibleSpan(element: Element): {value: string; start: number; end: number} | undefined {
    const span = spanOf(element)
    if (!span) return undefined
    const prose = new HtmlProse(this.text, span.start, span.end)
    const place = (node: ElementContent) => {
      if (node.type === 'text') {
        const at = spanOf(node)
        if (at) prose.textNode(node.value, at.start, at.end)
      } else if (node.type === 'element' && !notProse.has(node.tagName) && !hasClass(node, /^(?:says|screen-reader-text|sr-only|avatar)$/i)) {
        for (const child of node.children) place(child)
      }
    }

    for (const child of element.children) place(child)
    const built = prose.finish()
    if (!built) return undefined
    const hidden = new Set<number>()
    for (let pair = 0; pair < built.hidden.length; pair += 2) for (let index = built.hidden[pair]; index < built.hidden[pair + 1]; index++) hidden.add(index)
    let value = ''
    for (let index = 0; index < built.prose.length; index++) if (!hidden.has(index)) value += built.prose[index]
    value = value.replace(/\s+/g, ' ').trim()
    return value ? {value, start: built.start, end: built.end} : undefined
  }

  /** The title, the meta and Open Graph descriptions, and FAQ answers in JSON-LD. */
  private readOutsideCopy(): void {
    const {title, descriptions} = this.parts
    if (title) {
      const span = spanOf(title)
      if (span) this.addBlock(title.children, 'paragraph', {quoted: false, listItem: false, scope: {sectioning: false, quote: false, comment: false}}, undefined, title)
      const block = this.reading.blocks.at(-1)
      if (block && span && block.start >= span.start && block.end <= span.end) block.outside = 'title'
    }

    for (const meta of descriptions) {
      const value = this.attributeValue(meta, 'content')
      if (!value) continue
      const prose = new HtmlProse(this.text, value.start, value.end)
      prose.textNode(String(meta.properties.content), value.start, value.end)
      const name = String(meta.properties.name ?? meta.properties.property ?? '').toLowerCase()
      this.addOutside(prose, name === 'description' ? 'meta-description' : 'og-description')
    }

    for (const script of this.parts.jsonLd) this.readJsonLd(script)
  }

  private addOutside(prose: HtmlProse, outside: OutsideCopy): void {
    const built = prose.finish()
    if (!built) return
    this.reading.blocks.push({
      kind: 'paragraph',
      start: built.start,
      end: built.end,
      prose: this.withoutBareUrls(built.prose, built.start),
      quoted: false,
      footnote: false,
      startsWithEmphasis: false,
      outside,
      hidden: built.hidden
    })
  }

  private readJsonLd(script: Element): void {
    const content = script.children[0]
    const span = content ? spanOf(content) : undefined
    if (!content || content.type !== 'text' || !span) return
    let entries
    try {
      entries = faqEntries(this.text, span.start, span.end)
    } catch (error) {
      if (!(error instanceof JsonError)) throw error
      const line = this.text.slice(0, error.offset).split('\n').length
      this.notes.push(`the JSON-LD structured data on line ${line} could not be read (${error.message}): its FAQ answers, if any, are not checked`)
      return
    }

    for (const entry of entries) {
      const strings: PlacedString[] = entry.question ? [entry.question, ...entry.answers] : entry.answers
      for (const string of strings) {
        const prose = new HtmlProse(this.text, string.start, string.end)
        for (const {offset, code} of visibleCharacters(string)) prose.put(offset, code === 0x0a || code === 0x09 || code === 0x0d ? 0x20 : code)
        this.addOutside(prose, 'structured-data')
      }
    }
  }

  /** Where an attribute's value is in an element's start tag. */
  private attributeValue(element: Element, name: string): {start: number; end: number} | undefined {
    const span = spanOf(element)
    if (!span) return undefined
    const attribute = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
    const tagEnd = this.text.indexOf('>', span.start)
    const tag = this.text.slice(span.start, tagEnd === -1 ? span.end : tagEnd)
    attribute.lastIndex = tag.search(/[\s/]/) === -1 ? tag.length : tag.search(/[\s/]/)
    let match: RegExpExecArray | null
    while ((match = attribute.exec(tag))) {
      if (match[1].toLowerCase() !== name) continue
      const value = match[2] ?? match[3] ?? match[4]
      if (value === undefined) return undefined
      const valueStart = span.start + match.index + match[0].length - value.length - (match[4] === undefined ? 1 : 0)
      return {start: valueStart, end: valueStart + value.length}
    }

    return undefined
  }

  /** Blocks in file order (the copy outside the body may sit anywhere), with the comments' block indices to match. */
  private finish(): BlockReading {
    const {blocks} = this.reading
    const order = blocks.map((_, index) => index).sort((a, b) => blocks[a].start - blocks[b].start || a - b)
    const newIndex = new Map<number, number>()
    const sorted: RawBlock[] = []
    let reached = -1
    for (const index of order) {
      const block = blocks[index]
      // The parser may move content (text in a table goes before it): overlapping blocks are dropped.
      if (block.start < reached) continue
      newIndex.set(index, sorted.length)
      sorted.push(block)
      reached = block.end
    }

    this.reading.blocks = sorted
    this.reading.links.sort((a, b) => a.start - b.start)
    const remap = (indices: number[]) => indices.flatMap((index) => (newIndex.has(index) ? [newIndex.get(index)!] : []))
    const areas = this.areas.filter((area) => area.end > area.start)
    const comments = this.commentsFound.map((comment) => ({...comment, blocks: remap(comment.blocks)})).filter((comment) => comment.blocks.length > 0)
    if (areas.length > 0 && comments.length > 0) {
      const start = Math.min(...areas.map((area) => area.start))
      const end = Math.max(...areas.map((area) => area.end))
      const marker = sorted.findIndex((block) => block.start >= start && block.start < end)
      if (marker >= 0) this.reading.comments = {start, end, marker, comments}
    }

    return this.reading
  }
}

/** Read an HTML page (see `HtmlReader`); `notes` collects what could not be read. */
export function readHtml(text: string, notes: string[] = []): BlockReading {
  const tree = parser.parse(text)
  return new HtmlReader(text, tree, notes).read(tree)
}

function spanOfAll(nodes: readonly Nodes[]): {start: number; end: number} | undefined {
  let start: number | undefined
  let end: number | undefined
  for (const node of nodes) {
    const span = spanOf(node)
    if (!span) continue
    start = start === undefined ? span.start : Math.min(start, span.start)
    end = end === undefined ? span.end : Math.max(end, span.end)
  }

  return start === undefined || end === undefined ? undefined : {start, end}
}

function startsWithEmphasis(nodes: readonly ElementContent[]): boolean {
  for (const node of nodes) {
    if (node.type === 'comment') continue
    if (node.type === 'text') {
      if (node.value.trim() === '') continue
      return false
    }

    if (node.type === 'element') return ['strong', 'b', 'em', 'i'].includes(node.tagName)
  }

  return false
}

function hasClass(element: Element, pattern: RegExp): boolean {
  return classNames(element).some((name) => pattern.test(name))
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  return node.children.map((child) => textOf(child)).join('')
}

function onlyLink(element: Element): Element | undefined {
  const children = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const only = children.length === 1 ? children[0] : undefined
  return only?.type === 'element' && only.tagName === 'a' ? only : undefined
}

/** A link whose text is its address: not words. */
function isUrlText(element: Element): boolean {
  const value = textOf(element).trim()
  return /^(?:https?:\/\/|www\.)\S+$/.test(value) || value === String(element.properties.href ?? '').replace(/^mailto:/, '')
}
