import {type TreatmentExtras, type TreatmentMatch, treatmentMatcher} from '../text/treatments.js'
import type {Document, Sentence} from './types.js'

/** A treatment's name or one of its risks, found in a sentence of the document. */
export interface TreatmentMention extends TreatmentMatch {
  sentence: Sentence
}

/**
 * Every treatment name and risk in the document (comments included: filter
 * with `inArticle`), from the treatment data and any names or risks a
 * rule's options add. Found once per document and set of extras, so every
 * rule that asks shares one pass.
 */
export function findTreatmentMentions(document: Document, extras: TreatmentExtras = {}): readonly TreatmentMention[] {
  const key = `treatments:${JSON.stringify([extras.names ?? {}, extras.risks ?? {}])}`
  return document.shared(key, () => {
    const matcher = treatmentMatcher(extras)
    const found: TreatmentMention[] = []
    for (const sentence of document.sentences) {
      if (sentence.tokens.length === 0) continue
      for (const match of matcher.match(sentence.tokens)) found.push({...match, sentence})
    }

    return found
  })
}
