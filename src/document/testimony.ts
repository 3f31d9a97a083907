import {findExperts, hasRoleWord} from '../text/attribution.js'
import {type Quote, findQuotes, quoteAround} from './quotes.js'
import type {Document, Sentence, Token} from './types.js'

/**
 * A patient's own words: a quotation in the first person (or signed with a
 * name after a dash) that no expert or member of staff speaks. The
 * testimonial rule asks for a typical-results statement for these; the claim
 * rules leave the outcomes a patient tells of to it, and still read what
 * staff and experts say ("I have watched it cure depression", says the
 * medical director).
 */

const firstPerson = new Set(['i', "i'm", "i've", "i'd", "i'll", 'my', 'me', 'myself', 'im', 'ive'])

/** Whether `quote` is a patient speaking of themselves. */
export function isPatientQuote(document: Document, quote: Quote): boolean {
  const inside = tokensOf(quote.block.sentences, quote.start, quote.end)
  if (!inside.some((token) => firstPerson.has(token.lower)) && !signedByName(document, quote)) return false
  return !spokenByStaff(document, quote)
}

/** The patient quotation holding `start..end`, if there is one. */
export function patientQuoteAround(document: Document, start: number, end: number): Quote | undefined {
  const quote = quoteAround(document, start, end)
  if (!quote) return undefined
  const verdicts = document.shared('testimony:patient-quotes', () => new Map<Quote, boolean>())
  let verdict = verdicts.get(quote)
  if (verdict === undefined) verdicts.set(quote, (verdict = isPatientQuote(document, quote)))
  return verdict ? quote : undefined
}

/** Every patient quotation, in document order. */
export function findPatientQuotes(document: Document): Quote[] {
  return findQuotes(document).filter((quote) => patientQuoteAround(document, quote.start, quote.end) === quote)
}

/** "“Life-changing.” – Mark T.": a quotation signed with a name after a dash. */
function signedByName(document: Document, quote: Quote): boolean {
  return /^\W{0,2}\s*[\u2014\u2013-]\s*\p{Lu}/u.test(document.text.slice(quote.end, Math.min(quote.block.end, quote.end + 12)))
}

/** Quoted staff or experts ("says Dr. Hale", "our nurse Jo explains") are not patients. */
function spokenByStaff(document: Document, quote: Quote): boolean {
  const outside = [
    ...tokensOf(quote.block.sentences, quote.block.start, quote.start),
    ...tokensOf(quote.block.sentences, quote.end, quote.block.end)
  ]
  // A quotation that opens its paragraph may be introduced by the one before.
  const previous = document.blocks[quote.block.index - 1]
  if (previous && quote.start - quote.block.start <= 2 && previous.kind !== 'heading') {
    outside.push(...tokensOf(previous.sentences, previous.start, previous.end))
  }

  return findExperts(outside).length > 0 || hasRoleWord(outside)
}

export function tokensOf(sentences: readonly Sentence[], start: number, end: number): Token[] {
  return sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.start >= start && token.end <= end))
}
