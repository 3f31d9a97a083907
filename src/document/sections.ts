import {type CommentSource, isCommentsMarker, isForumTrail, isThreadHeader, mayBeCommentsMarker, splitComments} from './comments.js'
import {stripEdges, trimEnd} from '../text/trim.js'
import {alternatives, loadWordLists} from '../text/word-lists.js'
import type {Block, Comment, CommentsSection, Section, SectionRole} from './types.js'

const words = loadWordLists('sections', ['referenceHeadings', 'claimsInHeading', 'cautionHeadings'] as const)

const referenceHeading = new RegExp(`^(?:${alternatives(words.referenceHeadings)})$`, 'i')

/**
 * A heading about risks, in any of the forms pages use: "Risks", "Possible
 * side effects", "What are the risks?", "Uncommon side effects", "Rare but
 * serious reactions", "Who should not take it?", "Is ketamine safe?".
 */
const riskHeading =
  /^(?:safety|warnings?|important safety information)\b|(?<!\bat[- ])\b(?:risks?(?! factors?)|side[- ]effects?|(?:adverse|serious|allergic) (?:events?|effects?|reactions?)|contraindications?|precautions?|complications?|dangers?|safety (?:information|concerns?|considerations?))\b|\bwho should (?:not|avoid)\b|^(?:is|are) (?:it|this|they|\S+(?: \S+)?) safe\b/i

/** A heading that warns the reader about other sellers' claims. */
const cautionHeading = new RegExp(`\\b(?:${alternatives(words.cautionHeadings)})\\b`, 'i')

/** Words that make a risk-looking heading a claim instead ("No Side Effects", "Minimal risk"). */
const claimInHeading = new RegExp(`\\b(?:${alternatives(words.claimsInHeading)})\\b`, 'i')

export function headingRole(title: string): SectionRole {
  const value = trimEnd(title.trim(), ' \t\n:?.!')
  if (referenceHeading.test(value)) return 'references'
  if (cautionHeading.test(value)) return 'cautions'
  if (riskHeading.test(value) && !claimInHeading.test(value)) return 'risks'
  return 'body'
}

export function blockText(block: Block): string {
  return block.prose.replace(/\s+/g, ' ').trim()
}

/** The marker's text without decoration ("— 3 Comments —", "Comments:"). */
function markerText(block: Block): string {
  // Most blocks are prose with no marker word: not rebuilt to be tested.
  if (!mayBeCommentsMarker(block.prose)) return ''
  return stripEdges(blockText(block), /[\p{L}\p{N}]/u, /[\p{L}\p{N})\]"'”’]/u)
}

/**
 * The posts of a forum thread, when the page is one: a header line near the
 * top ("Started by tired_mama · Jan 8 · 8 replies") and the posts after it.
 * The posts are the page itself, so they stay in the article for every rule;
 * spam-comment reads the replies as it reads comments.
 */
export function findThreadPosts(blocks: Block[], source: CommentSource): Comment[] | undefined {
  // A header line ("Started by X · 8 replies") heads the posts; failing one, a forum's
  // breadcrumb ("Forums › Sleep › CES") heads the thread's title, and the posts follow that.
  const top = blocks.slice(0, Math.min(blocks.length - 1, 8))
  const header = top.findIndex((block) => block.kind !== 'listItem' && isThreadHeader(block.prose))
  const trail = top.findIndex((block, index) => index < 4 && block.kind !== 'listItem' && isForumTrail(block.prose))
  const first = header >= 0 ? header + 1 : trail >= 0 ? trail + 2 : -1
  if (first < 0 || first >= blocks.length) return undefined
  // The opening post asks what the thread is about: it is the article the replies answer.
  const posts = splitComments(blocks.slice(first), source).comments.slice(1)
  return posts.length > 0 ? posts : undefined
}

/**
 * Find the comments section: a marker line after the article has begun
 * (so a "3 Comments" counter in the page header does not count), not itself
 * a list item, followed by at least one block, and split it into comments.
 * A weak marker ("Discussion", a heading research summaries use too) counts
 * only when comment cues follow it.
 */
export function findCommentsSection(blocks: Block[], source: CommentSource): CommentsSection | undefined {
  let articleStarted = false
  let early: number | undefined
  for (const [index, block] of blocks.entries()) {
    if (!articleStarted) {
      if (block.kind === 'paragraph' && wordsIn(block) >= 15) {
        articleStarted = true
      } else if (early === undefined && index < 3 && block.kind !== 'listItem' && !block.quoted && isCommentsMarker(markerText(block)) === 'strong') {
        early = index
      }

      continue
    }

    if (block.kind === 'listItem' || block.kind === 'tableCell' || block.quoted) continue
    const marker = isCommentsMarker(markerText(block))
    if (!marker) continue
    const rest = blocks.slice(index + 1)
    if (rest.length === 0) continue
    const split = splitComments(rest, source)
    if (marker === 'weak' && split.cues === 0) continue
    return {start: block.start, end: source.text.length, marker: block, blocks: rest, comments: split.comments}
  }

  return early === undefined ? undefined : pageOfComments(blocks, early, source)
}

function wordsIn(block: Block): number {
  return block.sentences.reduce((sum, sentence) => sum + sentence.wordCount, 0)
}

/**
 * A page that is only comments: a title at most, then "Comments", then the
 * comments. A "3 Comments" counter in a page header is followed by the
 * article's long paragraphs instead, so the blocks after the marker must be
 * short (a median under 12 words a line), as video comments are.
 */
function pageOfComments(blocks: Block[], index: number, source: CommentSource): CommentsSection | undefined {
  const rest = blocks.slice(index + 1)
  const sizes = rest
    .flatMap((block) => block.prose.split('\n'))
    .map((line) => line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0)
    .filter((count) => count > 0)
    .sort((a, b) => a - b)
  if (sizes.length < 2 || sizes[Math.floor(sizes.length / 2)] >= 12) return undefined
  const marker = blocks[index]
  return {start: marker.start, end: source.text.length, marker, blocks: rest, comments: splitComments(rest, source).comments}
}

/** Split the document into sections at headings and at the comments marker. */
export function buildSections(blocks: Block[], comments: CommentsSection | undefined, textLength: number): Section[] {
  const sections: Section[] = [{index: 0, title: '', role: 'body', start: 0, end: textLength}]

  // An HTML page may go on after its comments area: the text after it is a section of its own.
  let afterComments = comments !== undefined && comments.end < textLength
  for (const block of blocks) {
    const isMarker = comments?.marker === block
    const inComments = comments !== undefined && block.start >= comments.start && block.start < comments.end
    if (afterComments && block.start >= comments!.end) {
      afterComments = false
      if (block.kind !== 'heading') {
        sections.at(-1)!.end = block.start
        sections.push({index: sections.length, title: '', role: 'body', start: block.start, end: textLength})
      }
    }

    if (block.kind === 'heading' || isMarker) {
      const previous = sections.at(-1)!
      previous.end = block.start
      const title = blockText(block)
      sections.push({
        index: sections.length,
        heading: block,
        title,
        role: inComments ? 'comments' : headingRole(title),
        start: block.start,
        end: textLength
      })
    }

    block.section = sections.length - 1
  }

  return sections
}
