import {type TreatmentExtras, type TreatmentMatch, builtInTreatmentPhrases, extrasKey, hasExtras, keptTreatmentMatches, treatmentMatcher} from '../text/treatments.js'
import type {PhraseMatch} from '../text/phrase-matcher.js'
import type {Document, Sentence} from './types.js'

/** A treatment's name or one of its risks, found in a sentence of the document. */
export interface TreatmentMention extends TreatmentMatch {
  sentence: Sentence
}

const builtInKey = `treatments:${extrasKey({})}`

function sharedKey(extras: TreatmentExtras): string {
  return hasExtras(extras) ? `treatments:${extrasKey(extras)}` : builtInKey
}

/**
 * Every treatment name and risk in the document (comments included: filter
 * with `inArticle`), from the treatment data and any names or risks a
 * rule's options add. Found once per document and set of extras, so every
 * rule that asks shares one pass. The built-in names and risks are usually
 * found already, in the engine's one pass over the document for every
 * lexicon (`recordTreatmentMentions`); a rule's extras take a pass of their own.
 */
export function findTreatmentMentions(document: Document, extras: TreatmentExtras = {}): readonly TreatmentMention[] {
  return document.shared(sharedKey(extras), () => {
    const matcher = treatmentMatcher(extras)
    const found: TreatmentMention[] = []
    for (const sentence of document.sentences) {
      if (sentence.tokens.length === 0) continue
      for (const match of matcher.match(sentence.tokens)) found.push(mention(match, sentence))
    }

    return found
  })
}

/**
 * Keep the built-in treatment mentions of a sentence, from a matcher's
 * results for the built-in phrases (`builtInTreatmentPhrases`, numbered
 * from `first`), adding them to `into`.
 */
export function addTreatmentMentions(into: TreatmentMention[], found: readonly PhraseMatch[], sentence: Sentence, first: number): void {
  const {owners} = builtInTreatmentPhrases()
  for (const match of keptTreatmentMatches(found, owners, sentence.tokens, first)) {
    const {kind, role} = owners[match.phrase - first]
    into.push(mention({kind, role, startToken: match.startToken, endToken: match.endToken, start: match.start, end: match.end}, sentence))
  }
}

/**
 * Record the built-in treatment mentions found over every sentence of the
 * document (`addTreatmentMentions`), so `findTreatmentMentions` does not
 * look for them again.
 */
export function recordTreatmentMentions(document: Document, mentions: readonly TreatmentMention[]): void {
  document.shared(builtInKey, () => mentions)
}

function mention(match: TreatmentMatch, sentence: Sentence): TreatmentMention {
  return {kind: match.kind, role: match.role, startToken: match.startToken, endToken: match.endToken, start: match.start, end: match.end, sentence}
}
