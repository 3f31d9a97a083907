import {defineRule} from '../../src/rule/define-rule.js'

/** A cookie notice longer than this is probably an article about cookies. */
const maxNoticeWords = 60

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
    const flagged = new Set<number>()
    for (const match of matches) {
      const block = match.sentence.block
      if (flagged.has(block.index)) continue

      const words = block.sentences.reduce((sum, sentence) => sum + sentence.wordCount, 0)
      if (match.entry.tag === 'notice' ? words > maxNoticeWords : !coversBlock(match.sentence.tokens, match.startToken, match.endToken, block.sentences.length)) {
        continue
      }

      flagged.add(block.index)
      const start = block.sentences[0].tokens[0].start
      const end = block.sentences.at(-1)!.tokens.at(-1)!.end
      const text = document.text.slice(start, end)
      report({
        start,
        end,
        message: `'${shorten(text)}' is page furniture (${match.entry.note ?? 'page chrome'}) scraped with the article: remove it from the draft`
      })
    }
  }
})

/** The match is all the words of a one-sentence block (punctuation aside). */
function coversBlock(tokens: ReadonlyArray<{kind: string}>, start: number, end: number, sentences: number): boolean {
  if (sentences !== 1) return false
  for (const [index, token] of tokens.entries()) {
    if ((index < start || index >= end) && token.kind !== 'punctuation' && token.kind !== 'symbol') return false
  }

  return true
}

function shorten(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '...' : text
}
