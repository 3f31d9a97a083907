import {inComments} from '../../src/document/presence.js'
import {findQuotes, quoteAround} from '../../src/document/quotes.js'
import type {Block, Document, Sentence} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {type Expert, findExperts, findSpeechVerb, findUnnamedExperts} from '../../src/text/attribution.js'
import {shownText} from '../../src/document/shown-text.js'

export default defineRule({
  meta: {
    id: 'unsourced-quote',
    category: 'disclosures',
    severity: 'warning',
    fixable: false,
    description: 'A named or titled expert quoted or paraphrased with no link or citation in the same paragraph.'
  },
  check({document, report}) {
    for (const block of document.blocks) {
      const role = document.sections[block.section]?.role
      if (role === 'comments' || role === 'references' || inComments(document, block.start) || block.footnote) continue

      for (const sentence of block.sentences) {
        const expert = quotedExpert(document, sentence)
        if (!expert || isSourced(document, block, expert)) continue

        const quote = findQuotes(document).find((item) => item.block === block && item.end > sentence.start && !item.blockquote)
        const start = quote?.start ?? sentence.start
        const end = quote?.end ?? sentence.end
        const who = shownText(document, expert.start, expert.end).replace(/\s+/g, ' ')
        report({
          start,
          end,
          message:
            `${who} is quoted with no source: link to or cite where the words come from (the interview, paper or talk) in the same paragraph, ` +
            'and check that the expertise claimed is real (FTC Endorsement Guides, 16 CFR 255.3)'
        })
        break
      }
    }
  }
})

/**
 * The expert a sentence quotes or paraphrases: a named expert with a speech
 * verb or a quotation, or an unnamed one ("a leading psychiatrist") with
 * both. An expert named inside someone else's quotation does not count.
 */
function quotedExpert(document: Document, sentence: Sentence): Expert | undefined {
  const tokens = sentence.tokens
  const speaks = findSpeechVerb(tokens) >= 0
  const quotes = findQuotes(document).some((quote) => quote.start < sentence.end && quote.end > sentence.start)
  const outsideQuotes = (expert: Expert) => !quoteAround(document, expert.start, expert.end)

  const named = findExperts(tokens).find(outsideQuotes)
  if (named && (speaks || quotes)) return named
  const unnamed = findUnnamedExperts(tokens).find(outsideQuotes)
  if (unnamed && speaks && quotes) return unnamed
  return undefined
}

/** A link or citation in the paragraph, other than "according to <the expert>". */
function isSourced(document: Document, block: Block, expert: Expert): boolean {
  const cited = block.sentences.some((sentence) =>
    sentence.citations.some((citation) => !(citation.kind === 'according-to' && citation.start <= expert.start && citation.end >= expert.start))
  )
  return cited || document.links.some((link) => link.start >= block.start && link.end <= block.end)
}
