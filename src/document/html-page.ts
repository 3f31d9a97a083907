import type {Element, Nodes, Parents, Root} from 'hast'

/**
 * What the parts of an HTML page are: prose, page chrome (navigation,
 * banners, footers, cookie notices, share buttons), content that is not
 * prose (scripts, code), the article, and the comments under it. Read from
 * tag names, ARIA roles, schema.org microdata and the class names that
 * WordPress and common themes give.
 */

/** Elements whose content is never prose. */
export const notProse = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'pre', 'code', 'kbd', 'samp', 'var', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'input', 'form', 'dialog', 'map', 'area',
  'img', 'picture', 'source', 'track', 'head', 'meta', 'link', 'base', 'title'
])

/** Phrasing elements: inside a sentence, their tags are not seen. */
export const phrasing = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 'ruby', 'rt', 'rp', 's', 'small', 'span',
  'strong', 'sub', 'sup', 'time', 'u', 'del', 'ins', 'font', 'label', 'button', 'output', 'meter', 'progress', 'big', 'tt',
  'strike', 'nobr', 'acronym', 'wbr', 'br', 'img', 'code', 'kbd', 'samp', 'var', 'svg', 'math', 'input', 'select', 'textarea',
  'script', 'noscript', 'template', 'picture', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'map', 'area'
])

/** ARIA landmark and widget roles that are page chrome. */
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog', 'alertdialog'])

/** Cookie and consent banners, by the names their tools give them. */
const cookieBanner = /cookie|consent|gdpr|ccpa|onetrust|cookiebot|cmplz|cky-|iubenda|termly|osano|truste/i

/** Class and id names of chrome inside a page's content area. */
const chromeName =
  /^(?:site-(?:header|footer|nav(?:igation)?|branding)|masthead|colophon|navbar|nav-?menu|main-navigation|menu-(?:main|primary|header|footer)|breadcrumbs?|skip-link|screen-reader-text|sr-only|visually-hidden|visuallyhidden|sidebar|widget-area|widget|share|sharing|share-buttons|social-(?:share|sharing|links|icons|media|buttons)|sharedaddy|addtoany|a2a_kit|ssba|shareaholic|jp-relatedposts|related-posts|yarpp-related|post-navigation|nav-links|pagination|comment-respond|comment-reply-title|comment-navigation|slick-cloned|swiper-slide-duplicate|newsletter-(?:popup|modal))$/i

/** One comment in a list: the element that holds it. */
const commentUnitName =
  /^(?:comment|comment-(?:item|wrap|wrapper|container|entry|block|box|card|inner)|single-comment|user-comment|c-comment|js-comment|comment__item)$/i

/** The text of one comment. */
const commentTextName = /^(?:comment-(?:content|text|message|entry-content)|comment__(?:content|text|body|message)|commenttext|comment-body-text)$/i

/** The whole comments area: list, title and form. */
const commentsAreaName =
  /^(?:comments|comments-(?:area|list|section|wrapper|container|block|thread|wrap)|comment-(?:list|section|thread)|commentlist|article-comments|post-comments|user-comments)$/i

/** The name of a comment's author, strongest first. */
const authorNames: RegExp[] = [/^fn$/i, /^(?:comment-author-name|comment__author(?:-name)?|author-name|comment-username|username)$/i, /^(?:comment-author|author)$/i]

/** Parts of a comment that are not its text: date, meta line, reply button, avatar, "says:". */
const commentFurniture = /^(?:comment-(?:meta|metadata|date|time|reply|reply-link|actions|footer|awaiting-moderation|edit-link)|reply|says|avatar|comment__(?:meta|date|actions|footer)|vcard|edit-link)$/i

export function classNames(element: Element): string[] {
  const value: unknown = element.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

function names(element: Element): string[] {
  const id = element.properties.id
  return typeof id === 'string' && id !== '' ? [...classNames(element), id] : classNames(element)
}

function listProperty(element: Element, name: 'role' | 'itemProp' | 'itemType'): string[] {
  const value = element.properties[name]
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

export function hasName(element: Element, pattern: RegExp): boolean {
  return names(element).some((name) => pattern.test(name))
}

export function itemProps(element: Element): string[] {
  return listProperty(element, 'itemProp')
}

function isCommentType(element: Element): boolean {
  return listProperty(element, 'itemType').some((type) => /schema\.org\/(?:Comment|UserComments)$/i.test(type))
}

/** Ancestors that change how chrome is read. */
export interface Scope {
  /** Inside article, main or section: a `header` there is the article's own. */
  sectioning: boolean
  /** Inside a blockquote or figure: a `footer` there attributes the quote. */
  quote: boolean
  /** Inside a comment: its header and footer are the comment's. */
  comment: boolean
}

/** Whether `element` is page chrome, not article copy. */
export function isChrome(element: Element, scope: Scope): boolean {
  const tag = element.tagName
  if (tag === 'nav' || tag === 'aside') return true
  if (tag === 'header' && !scope.sectioning && !scope.comment) return true
  if (tag === 'footer' && !scope.quote && !scope.comment) return true
  if (listProperty(element, 'role').some((role) => chromeRoles.has(role))) return true
  const all = names(element)
  if (all.length === 0) return false
  return all.some((name) => chromeName.test(name) || cookieBanner.test(name))
}

/** What the first pass found: the article, the comments, the copy outside the body. */
export interface PageParts {
  /** Where the article is: `main` elements, else `article` elements, else the body. */
  roots: Set<Element>
  title?: Element
  descriptions: Element[]
  jsonLd: Element[]
  /** Comments: their areas, and the element holding each comment's text. */
  comments: CommentParts
}

export interface CommentParts {
  areas: Set<Element>
  /** Element holding a comment's text -> the element that holds the whole comment. */
  texts: Map<Element, Element>
  /** Comments with no text element: their text is the unit less its furniture. */
  bare: Set<Element>
  /** Comment units (and areas' lists) whose subtrees hold a comment. */
  holding: Set<Element>
  units: Set<Element>
}

interface Frame {
  element: Element
  unit: boolean
}

/** One pass over the tree: find the page's parts. */
export function findParts(tree: Root): PageParts {
  const mains: Element[] = []
  const articles: Element[] = []
  const descriptions: Element[] = []
  const jsonLd: Element[] = []
  let title: Element | undefined
  const units = new Set<Element>()
  const textCandidates: Array<{element: Element; body: boolean; stack: Frame[]}> = []
  const holdsText = new Set<Element>()
  const areaCandidates: Element[] = []
  const parents = new Map<Element, Element | undefined>()

  const visit = (parent: Parents, stack: Frame[], inArticle: boolean, inSvg: boolean, inComment: boolean) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue
      const element = node
      parents.set(element, stack.at(-1)?.element)
      const tag = element.tagName
      if (tag === 'title' && !inSvg && !title) title = element
      if (tag === 'meta') {
        const name = String(element.properties.name ?? element.properties.property ?? '').toLowerCase()
        if ((name === 'description' || name === 'og:description') && typeof element.properties.content === 'string') descriptions.push(element)
      }

      if (tag === 'script' && String(element.properties.type ?? '').toLowerCase() === 'application/ld+json') jsonLd.push(element)
      if (tag === 'template' || tag === 'script' || tag === 'style') continue
      if ((tag === 'main' || listProperty(element, 'role').includes('main')) && !mains.some((main) => contains(parents, main, element))) mains.push(element)
      if (tag === 'article' && !inArticle && !inComment) articles.push(element)

      const commentType = isCommentType(element)
      const parentElement = stack.at(-1)?.element
      const inList = parentElement !== undefined && tag === 'li' && hasName(parentElement, /^(?:comment-?list|comments-list|commentlist)$/i)
      const unit = commentType || inList || hasName(element, commentUnitName)
      if (unit) units.add(element)
      const inCommentType = inComment || commentType
      const textByProp = inComment && itemProps(element).some((prop) => prop === 'text' || prop === 'commentText')
      if (textByProp || hasName(element, commentTextName)) textCandidates.push({element, body: false, stack: [...stack]})
      else if (hasName(element, /^comment-body$/i)) textCandidates.push({element, body: true, stack: [...stack]})
      if (hasName(element, commentsAreaName) || element.properties.id === 'comments') areaCandidates.push(element)

      stack.push({element, unit})
      visit(element, stack, inArticle || tag === 'article', inSvg || tag === 'svg', inCommentType || unit)
      stack.pop()
    }
  }

  visit(tree, [], false, false, false)

  // A "comment-body" is the comment's text unless a text element lies inside it (then it holds the whole comment).
  const direct = textCandidates.filter((candidate) => !candidate.body)
  for (const candidate of direct) for (const frame of candidate.stack) holdsText.add(frame.element)
  const texts = new Map<Element, Element>()
  for (const candidate of textCandidates) {
    if (candidate.body && holdsText.has(candidate.element)) {
      units.add(candidate.element)
      continue
    }

    // Its comment: the nearest unit around it, or its parent.
    const unit = [...candidate.stack].reverse().find((frame) => units.has(frame.element))?.element ?? candidate.stack.at(-1)?.element
    if (!unit) continue
    texts.set(candidate.element, unit)
  }

  for (const candidate of textCandidates) {
    if (candidate.body && !holdsText.has(candidate.element)) for (const frame of candidate.stack) holdsText.add(frame.element)
  }

  // Units with no text element inside: their own content is the comment.
  const bare = new Set<Element>()
  for (const unit of units) if (!holdsText.has(unit) && !texts.has(unit)) bare.add(unit)
  const holding = new Set(holdsText)
  for (const unit of bare) {
    for (let parent = parents.get(unit); parent; parent = parents.get(parent)) holding.add(parent)
  }

  const roots = new Set<Element>(mains)
  // Articles are the article when they hold most of the page's words; cards
  // on a landing page ("<article class=testimonial>") are not.
  if (roots.size === 0 && articles.length > 0) {
    const inArticles = articles.reduce((sum, article) => sum + wordsIn(article), 0)
    if (inArticles * 2 >= wordsIn(tree)) for (const article of articles) roots.add(article)
  }

  const comments = commentAreas({texts, bare, holding, units, areas: new Set()}, areaCandidates, parents, roots)
  return {roots, ...(title ? {title} : {}), descriptions, jsonLd, comments}
}

/** Roughly how many words a subtree shows (scripts, styles and chrome left out). */
function wordsIn(node: Parents): number {
  let count = 0
  for (const child of node.children) {
    if (child.type === 'text') count += child.value.split(/\s+/).filter(Boolean).length
    else if (child.type === 'element' && !notProse.has(child.tagName) && !isChrome(child, {sectioning: true, quote: true, comment: false})) count += wordsIn(child)
  }

  return count
}

/** Whether `inner` lies inside `outer`. */
function contains(parents: Map<Element, Element | undefined>, outer: Element, inner: Element): boolean {
  for (let current: Element | undefined = inner; current; current = parents.get(current)) if (current === outer) return true
  return false
}

/**
 * The comments areas: for each comment, its outermost marked area ("#comments",
 * ".comments-area", ".comment-list"), or the list that holds it. An area
 * that would hold the article (or is the body) is no comments area.
 */
function commentAreas(parts: CommentParts, candidates: Element[], parents: Map<Element, Element | undefined>, roots: Set<Element>): CommentParts {
  const comments = [...parts.texts.values(), ...parts.bare]
  for (const unit of comments) {
    let area: Element | undefined
    for (let current = parents.get(unit); current; current = parents.get(current)) {
      if (current.tagName === 'body' || current.tagName === 'main' || current.tagName === 'article' || roots.has(current)) break
      if (candidates.includes(current)) area = current
    }

    if (!area) {
      // No marked area: the list the comments are in, or the comment alone.
      let top = unit
      for (let current = parents.get(unit); current && (parts.units.has(current) || /^(?:ol|ul)$/.test(current.tagName)); current = parents.get(current)) top = current
      area = top
    }

    // A comment inside another's area is already counted.
    if (![...parts.areas].some((other) => contains(parents, other, area))) {
      for (const other of [...parts.areas]) if (contains(parents, area, other)) parts.areas.delete(other)
      parts.areas.add(area)
    }
  }

  return parts
}

/** The first element of `names` (strongest first) inside `unit`, not inside a nested comment. */
export function authorElement(unit: Element, parts: CommentParts): Element | undefined {
  for (const pattern of authorNames) {
    const found = findInside(unit, parts, (element) => hasName(element, pattern))
    if (found) return found
  }

  const byProp = findInside(unit, parts, (element) => itemProps(element).includes('author'))
  if (byProp) return findInside(byProp, parts, (element) => itemProps(element).includes('name')) ?? byProp
  return undefined
}

function findInside(root: Element, parts: CommentParts, test: (element: Element) => boolean): Element | undefined {
  for (const node of root.children) {
    if (node.type !== 'element') continue
    if (parts.units.has(node) || parts.texts.has(node)) continue
    if (test(node)) return node
    const found = findInside(node, parts, test)
    if (found) return found
  }

  return undefined
}

/** A part of a comment that is not its text. */
export function isCommentFurniture(element: Element): boolean {
  return element.tagName === 'time' || element.tagName === 'img' || hasName(element, commentFurniture) || authorNames.some((pattern) => hasName(element, pattern))
}

/** The source span of a node: its own position, or its children's when the parser implied the tag. */
export function spanOf(node: Nodes): {start: number; end: number} | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start !== undefined && end !== undefined) return {start, end}
  if (!('children' in node)) return undefined
  let first: number | undefined
  let last: number | undefined
  for (const child of node.children) {
    const span = spanOf(child)
    if (!span) continue
    first = first === undefined ? span.start : Math.min(first, span.start)
    last = last === undefined ? span.end : Math.max(last, span.end)
  }

  return first === undefined || last === undefined ? undefined : {start: first, end: last}
}
