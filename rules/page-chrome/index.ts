import {type ChromeKind, findChrome} from '../../src/document/chrome.js'
import {findPhrases} from '../../src/document/presence.js'
import {shownText} from '../../src/document/shown-text.js'
import type {Block, Token} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'

/** A cookie notice longer than this is probably an article about cookies. */
const maxNoticeWords = 60

/** A meta bar is a short line; a longer block with a "|" in it is prose. */
const maxMetaBarWords = 25

/** Marks that separate the items of a meta bar ("Posted in TMS | Share this"). */
const separators = new Set(['|', '||', '·', '•', '¦', '∙', '‧', '⋅'])

export default defineRule({
  meta: {
    id: 'page-chrome',
    category: 'comments',
    severity: 'warning',
    fixable: false,
    description:
      'Page furniture scraped with the article: menus, breadcrumbs, bylines and dates, share bars, calls to action, cookie notices, photo credits, footer lines.',
    messages: {
      chrome: {
        message: "'{text}' is page furniture: {what}",
        help: 'It was scraped with the article: remove it from the draft. Source: Federal Plain Language Guidelines (remove what the reader does not need).'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, options, report}) {
    const hasComments = (document.commentsSection?.comments.length ?? 0) > 0
    const found: Found[] = []
    const flagged = new Set<number>()
    for (const match of matches) {
      const block = match.sentence.block
      const tag = match.entry.tag
      // "3 Comments" heads the comments when they are in the draft; without them it is a stale counter.
      if (tag === 'comment-counter' && hasComments) continue

      const span = tag === 'notice' ? noticeSpan(block) : segmentSpan(block, match.start, match.end)
      if (!span || flagged.has(span.start)) continue
      flagged.add(span.start)
      found.push({...span, note: match.entry.note ?? 'page chrome'})
    }

    // Lexicon phrases first: when a line is both, the phrase names it better.
    // A phrase the configuration allows keeps the line it is in from being flagged by its shape.
    const allowed = findPhrases(document, (options.allowPhrases as string[] | undefined) ?? [])
    for (const span of findChrome(document)) {
      if (allowed.some((match) => match.start < span.end && span.start < match.end)) continue
      const item: Found = {start: span.start, end: span.end, note: kindNotes[span.kind]}
      // Markup is named by its tags: its attributes (a src, an onerror) are no text to show.
      if (span.kind === 'markup') item.quote = tagNames(document.text.slice(span.start, span.end))
      found.push(item)
    }
    // One message for each stretch: a phrase inside a line the structure found is that line.
    found.sort((a, b) => a.start - b.start || b.end - a.end)
    let reachedEnd = -1
    // The buttons of the comments or a forum thread repeated (a Reply under every post) are one
    // finding, reported where they last appear, with their count; elsewhere each line is its own.
    const commentsStart = document.commentsSection?.start ?? document.threadPosts?.[0]?.start ?? Number.POSITIVE_INFINITY
    const byText = new Map<string, {item: Found; text: string; earlier: number}>()
    for (const item of found) {
      if (item.start < reachedEnd) continue
      reachedEnd = item.end
      const text = item.quote ?? shorten(shownText(document, item.start, item.end))
      const key = item.start >= commentsStart ? `comments:${text.toLowerCase()}` : `${item.start}`
      const seen = byText.get(key)
      // Deleted and set again, so the map keeps its findings in the order they are reported.
      byText.delete(key)
      byText.set(key, {item, text, earlier: seen ? seen.earlier + 1 : 0})
    }
    const reports = [...byText.values()].sort((a, b) => a.item.start - b.item.start)
    for (const {item, text, earlier} of reports) {
      report({
        start: item.start,
        end: item.end,
        messageId: 'chrome',
        data: {text, what: earlier === 0 ? item.note : `${item.note} (and ${earlier} more ${earlier === 1 ? 'line' : 'lines'} like it above)`}
      })
    }
  }
})

interface Found {
  start: number
  end: number
  note: string
  /** What the message quotes, when not the text itself. */
  quote?: string
}

/** "<div>, <h3>, <p>...": the first few elements of a stretch of markup. */
function tagNames(markup: string): string {
  const names: string[] = []
  for (const found of markup.matchAll(/<([A-Za-z][A-Za-z0-9-]*)/g)) {
    const name = `<${found[1].toLowerCase()}>`
    if (!names.includes(name)) names.push(name)
  }

  return names.length > 3 ? `${names.slice(0, 3).join(', ')}...` : names.join(', ')
}

/** What each kind of chrome is, as the message names it. */
const kindNotes: Record<ChromeKind, string> = {
  menu: 'a navigation menu',
  breadcrumb: 'a breadcrumb trail',
  'meta-bar': "the page's meta bar",
  byline: 'a byline',
  date: 'a publication date',
  'read-time': 'a reading-time counter',
  'mail-header': "an e-mail's header field",
  store: "an app store listing's heading or field",
  buttons: 'buttons',
  'call-to-action': 'a call-to-action button',
  copyright: 'a copyright line',
  'legal-links': "the footer's legal links",
  address: 'a street address from the page footer or header',
  phone: "a phone number from the page's header or footer",
  contact: "contact details from the page's header or footer",
  tags: "the page's tags and categories",
  related: 'a link to another story',
  caption: 'a photo caption or credit',
  'alt-text': "an image's alt text",
  markup: 'raw HTML markup',
  'cms-field': "a content system's field",
  price: "a shop's price tag",
  offer: "a shop's offer or payment banner",
  press: "a press release's wire marks",
  newsletter: "an e-mail newsletter's links",
  feedback: 'a feedback widget',
  social: "a link to the site's social media",
  rating: 'a rating widget',
  repeated: 'a banner or tab label scraped twice',
  'site-name': "the site's name before the title",
  registration: "the site owner's registration line"
}

function wordsOf(block: Block): Token[] {
  return block.sentences.flatMap((sentence) => sentence.tokens)
}

/** A short block holding a cookie notice: the whole block. */
function noticeSpan(block: Block): {start: number; end: number} | undefined {
  const tokens = wordsOf(block)
  const words = tokens.filter(isWord).length
  if (words > maxNoticeWords || tokens.length === 0) return undefined
  return {start: tokens[0].start, end: tokens.at(-1)!.end}
}

/**
 * The block, or the item of a meta bar, that the match fills on its own
 * (punctuation aside); nothing when other words share it, so "share this
 * guide with a friend" in a sentence stays quiet.
 */
function segmentSpan(block: Block, start: number, end: number): {start: number; end: number} | undefined {
  const tokens = wordsOf(block)
  const split = tokens.filter(isWord).length <= maxMetaBarWords
  let segment: Token[] = []
  for (const token of tokens) {
    if (split && separators.has(token.text)) {
      if (token.start >= end) break
      segment = []
    } else {
      segment.push(token)
    }
  }

  const words = segment.filter(isWord)
  if (words.length === 0 || words.some((token) => token.start < start || token.end > end)) return undefined
  return {start: segment[0].start, end: segment.at(-1)!.end}
}

function isWord(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number'
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 60 ? line.slice(0, 57) + '...' : line
}
