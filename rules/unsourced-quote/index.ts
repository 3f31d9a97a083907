import {looksLikeHeading} from '../../src/document/plain-text.js'
import {inComments} from '../../src/document/presence.js'
import {findQuotes, isScareQuote, quoteAround} from '../../src/document/quotes.js'
import type {Block, Document, Sentence} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {shownText} from '../../src/document/shown-text.js'
import {type Expert, findExpertGroups, findExperts, findSelfAttestation, findSpeechVerb, findSpeechVerbFor, findUnnamedExperts, hasPronounSpeech, opensWithExpert} from '../../src/text/attribution.js'

const check = 'and check that the expertise claimed is real. Source: FTC Endorsement Guides, 16 CFR 255.3.'

export default defineRule({
  meta: {
    id: 'unsourced-quote',
    category: 'disclosures',
    severity: 'warning',
    fixable: false,
    description: 'A named or titled expert quoted or paraphrased with no link or citation in the same paragraph.',
    messages: {
      quoted: {
        message: '{who} is quoted with no source',
        help: `Link to or cite where the words come from (the interview, paper or talk) in the same paragraph, ${check}`
      },
      group: {
        message: '"{who}" credits a statement to experts no reader can check',
        help: `Say who they are and link to or cite the source (the study, guideline or statement) in the same paragraph, ${check}`
      },
      self: {
        message: `"{who}" vouches for a claim on the writer's own expertise, with no source`,
        help: 'Link to or cite the evidence in the same paragraph, or say who the writer is and what the claim rests on. Source: FTC Endorsement Guides, 16 CFR 255.3.'
      }
    }
  },
  check({document, report}) {
    for (const block of document.blocks) {
      const role = document.sections[block.section]?.role
      if (role === 'comments' || role === 'references' || inComments(document, block.start) || block.footnote) continue

      for (const sentence of block.sentences) {
        const found = quotedExpert(document, sentence)
        if (!found || isSourced(document, block, found.expert)) continue

        const {expert, kind} = found
        // "Researchers Urge Patience", "questions experts say families should ask": a headline teases what the article sources.
        if (kind === 'group' && isHeadline(block)) continue
        const quote = kind === 'named' || kind === 'unnamed' ? findQuotes(document).find((item) => item.block === block && item.end > sentence.start && !item.blockquote) : undefined
        const start = quote?.start ?? sentence.start
        const end = quote?.end ?? sentence.end
        const who = shownText(document, expert.start, expert.end).replace(/\s+/g, ' ')
        report({start, end, messageId: kind === 'named' || kind === 'unnamed' ? 'quoted' : kind, data: {who}})
        break
      }
    }
  }
})

type Attribution = {expert: Expert; kind: 'named' | 'unnamed' | 'group' | 'self'}

/** A heading, or a title line: one short line shaped like a heading, or with most of its words capitalised. */
function isHeadline(block: Block): boolean {
  if (block.kind === 'heading') return true
  if (block.kind !== 'paragraph' || block.prose.includes('\n')) return false
  if (looksLikeHeading(block.prose)) return true
  const words = block.prose.match(/\p{L}{4,}/gu) ?? []
  return words.length >= 3 && words.length <= 14 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= words.length * 0.7
}


/**
 * The expert a sentence quotes or paraphrases: a named expert with a speech
 * verb or a quotation, or an unnamed one ("a leading psychiatrist") with
 * both. An expert named inside someone else's quotation does not count.
 */
function quotedExpert(document: Document, sentence: Sentence): Attribution | undefined {
  const tokens = sentence.tokens
  // Worked out only for a sentence that names an expert: most name none.
  // A word or two in scare quotes ('"Natural" remedies') quotes nobody.
  const quotes = () => findQuotes(document).some((quote) => quote.start < sentence.end && quote.end > sentence.start && !isScareQuote(document, quote))
  const outsideQuotes = (expert: Expert) => !quoteAround(document, expert.start, expert.end)

  const named = findExperts(tokens).find(outsideQuotes)
  if (named && (quotes() || findSpeechVerbFor(tokens, named) >= 0)) return {expert: named, kind: 'named'}
  // '"I have seen it work," she says.': the expert named in the paragraph's sentence before.
  if (!named && hasPronounSpeech(tokens) && quotes()) {
    const before = sentence.block.sentences[sentence.block.sentences.indexOf(sentence) - 1]
    const earlier = before ? findExperts(before.tokens).find(outsideQuotes) : undefined
    if (earlier && opensWithExpert(before!.tokens, earlier)) return {expert: earlier, kind: 'named'}
  }

  const unnamed = findUnnamedExperts(tokens).find(outsideQuotes)
  if (unnamed && findSpeechVerb(tokens) >= 0 && quotes()) return {expert: unnamed, kind: 'unnamed'}
  // "Experts say it works", "psychologists agree that ...": a group credited with a statement.
  if (tokens.at(-1)?.text === '?') return undefined
  const group = findExpertGroups(tokens).find(outsideQuotes)
  if (group) return {expert: group, kind: 'group'}
  const self = findSelfAttestation(tokens)
  return self ? {expert: self, kind: 'self'} : undefined
}

/** A link or citation in the paragraph, other than "according to <the expert>". */
function isSourced(document: Document, block: Block, expert: Expert): boolean {
  // "according to Dr. Hale", "According to Harvard psychiatrist Dr. Reyes": the expert's own name or
  // institution introducing them, not a source for what they say.
  const introducesExpert = (citation: {kind: string; start: number; end: number}) =>
    citation.kind === 'according-to' && citation.start <= expert.start && expert.start - citation.end <= 40 && !/[.!?]/.test(document.text.slice(citation.end, expert.start))
  const cited = block.sentences.some((sentence) => sentence.citations.some((citation) => !introducesExpert(citation)))
  return cited || document.links.some((link) => link.start >= block.start && link.end <= block.end)
}
