import {claimTreatment} from '../../src/rule/claim-treatment.js'
import {type ClaimSituation, defineClaimRule} from '../../src/rule/claims.js'

/** What to do, for each kind of safety claim; `risks` names the side effects of the page's treatment. */
const advice: Record<string, (risks: string) => string> = {
  absolute: (risks) => `states safety as fact: name the common side effects${risks}, or cite the trial that measured them`,
  'natural-safe': (risks) => `treats "natural" as proof of safety: name the known side effects${risks} and who should not use it`,
  'safe-effective': (risks) => `promises safety along with the benefit: name the common side effects${risks}, or cite the trial that measured them`,
  minimiser: (risks) => `plays the risks down: name the common side effects${risks}, or cite the trial that measured them`,
  'plain-safe': (risks) => `states safety as fact: say what the risks are${risks} and how the clinic watches for them, or cite the evidence`,
  comparison: (risks) => `compares safety with no source: cite the head-to-head study, or name the risks instead${risks}`
}

/** " of Spravato (sedation, dissociation, ...)": the risks of the treatment the claim is about, when the page names one. */
function risksOf(situation: ClaimSituation): string {
  const treatment = claimTreatment(situation.document, situation.match.sentence)
  return treatment ? ` of ${treatment.name} (${treatment.risks})` : ''
}

/** Claims that play risks down rather than deny them. */
const softTags = new Set(['minimiser', 'comparison', 'plain-safe', 'asks-if-safe', 'asks-about-risk', 'risk-topic'])

/**
 * A softer claim stands when concrete risks are named right there (in the
 * paragraph, or anywhere in the Risks section it sits in), and "well
 * tolerated" stands beside figures.
 */
function isBalancedBySpecifics({tag, match, hasContext, inRiskSection}: ClaimSituation): boolean {
  if (tag === undefined || !softTags.has(tag)) return false
  if (hasContext('named-risk', 'block') || (inRiskSection && hasContext('named-risk', 'section'))) return true
  return /tolerated/i.test(match.text) && match.sentence.tokens.some((token) => token.kind === 'number')
}

export default defineClaimRule({
  meta: {
    id: 'safety-claim',
    category: 'claims',
    severity: 'error',
    fixable: false,
    description: 'Safety stated as fact ("no side effects", "completely safe", "non-addictive") or risks played down ("minimal side effects", "well tolerated").'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['natural', 'named-risk', 'effective'],
    scanRiskSections: true,
    // Regulators read "may have fewer side effects" as a safety promise: a hedge never excuses it.
    hedgeable: false,
    answers: {'asks-if-safe': 'yes', 'asks-about-risk': 'no', 'risk-topic': 'no'},
    requires: {
      'natural-safe': {tag: 'natural', scope: 'sentence'},
      'safe-effective': {tag: 'effective', scope: 'clause'}
    },
    excuse: isBalancedBySpecifics,
    message: (situation) => `'${situation.phrase}' ${(advice[situation.tag ?? ''] ?? advice.absolute)(risksOf(situation))}`
  }
})
