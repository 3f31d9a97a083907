import {sentenceTreatments, treatmentsOf} from '../document/referents.js'
import {inComments} from '../document/presence.js'
import {shownText} from '../document/shown-text.js'
import {findTreatmentMentions} from '../document/treatments.js'
import type {Document, Sentence} from '../document/types.js'
import {treatmentKind} from '../text/treatments.js'
import type {ClaimSituation} from './claims.js'

/** The treatment a claim is about, as its message names it. */
export interface ClaimTreatment {
  /** The name as the page writes it ("Spravato", "ashwagandha"). */
  name: string
  /** Its risks, as one clause (from src/text/data/treatments.yml). */
  risks: string
  source: string
}

/**
 * What a claim's advice should name: the treatment its sentence is about
 * (named there or carried from the sentence before, the lead-in or the
 * heading), else the first treatment the article names as its subject.
 * Undefined on a page that names none: the advice then speaks of "the
 * treatment". Worked out only when a message is written.
 */
export function claimTreatment(document: Document, sentence: Sentence): ClaimTreatment | undefined {
  const about = treatmentsOf(sentenceTreatments(document), sentence).about
  const kind = about[0] ?? pageTreatmentKind(document)
  if (!kind) return undefined
  const data = treatmentKind(kind)
  if (!data) return undefined
  const mention = findTreatmentMentions(document).find((found) => found.role === 'name' && found.kind === kind)
  const name = mention ? shownText(document, mention.start, mention.end).replace(/\s+/g, ' ').trim() : kind
  return {name, risks: data.advice, source: data.source}
}

/** The first kind the article names as its subject (not as what it is compared with). */
function pageTreatmentKind(document: Document): string | undefined {
  return document.shared('claims:page-treatment', () => {
    const map = sentenceTreatments(document)
    for (const sentence of document.sentences) {
      if (inComments(document, sentence.start)) continue
      const named = treatmentsOf(map, sentence).named
      if (named.length > 0) return named[0]
    }

    return undefined
  })
}

/** The name of the treatment a claim is about, or `fallback` ("it", "the treatment") on a page that names none. */
export function treatmentName(situation: ClaimSituation, fallback: string): string {
  return claimTreatment(situation.document, situation.match.sentence)?.name ?? fallback
}
