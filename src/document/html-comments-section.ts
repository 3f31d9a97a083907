import type {MarkupComments} from './raw-block.js'
import type {Block, Comment, CommentsSection, Link, Token} from './types.js'

/**
 * The comments section of an HTML page, from the comments its markup marks
 * (read by `html.ts`): each comment's text blocks, author and links. Kept
 * apart from the HTML reader so that building it needs no HTML parser.
 */
export function markupComments(found: MarkupComments, blocks: readonly Block[], links: readonly Link[]): CommentsSection | undefined {
  const marker = blocks[found.marker]
  if (!marker) return undefined
  const comments: Comment[] = []
  for (const item of found.comments) {
    const own = item.blocks.map((index) => blocks[index]).filter((block) => block !== undefined && block.sentences.length > 0)
    if (own.length === 0) continue
    const start = own[0].start
    const end = own.at(-1)!.end
    const tokens: Token[] = []
    for (const block of own) for (const sentence of block.sentences) tokens.push(...sentence.tokens)
    const comment: Comment = {
      index: comments.length,
      start,
      end,
      text: own.map((block) => block.prose.replace(/\s+/g, ' ').trim()).join('\n'),
      blocks: own,
      tokens,
      links: links.filter((link) => link.start >= start && link.end <= end)
    }
    if (item.author) {
      comment.author = item.author.value
      comment.authorStart = item.author.start
      comment.authorEnd = item.author.end
    }

    comments.push(comment)
  }

  return {
    start: found.start,
    end: found.end,
    marker,
    blocks: blocks.filter((block) => block.start > marker.start && block.start < found.end),
    comments
  }
}
