import type {Block, Token} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {shownText} from '../../src/document/shown-text.js'

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
    description: 'Page furniture scraped with the article: like and view counters, share buttons, comment forms, cookie notices.'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, report}) {
    const section = document.commentsSection
    const hasComments = (section?.comments.length ?? 0) > 0
    const flagged = new Set<number>()
    for (const match of matches) {
      const block = match.sentence.block
      const tag = match.entry.tag
      // "3 Comments" heads the comments when they are in the draft; without them it is a stale counter.
      if (tag === 'comment-counter' && hasComments) continue
      // A Reply button belongs to its comment, which spam-comment judges.
      if (tag === 'button' && section && block.start >= section.start) continue

      const span = tag === 'notice' ? noticeSpan(block) : segmentSpan(block, match.start, match.end)
      if (!span || flagged.has(span.start)) continue
      flagged.add(span.start)
      const text = shownText(document, span.start, span.end)
      report({
        start: span.start,
        end: span.end,
        message: `'${shorten(text)}' is page furniture (${match.entry.note ?? 'page chrome'}) scraped with the article: remove it from the draft`
      })
    }
  }
})

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
  return text.length > 60 ? text.slice(0, 57) + '...' : text
}
