import {type ClaimSituation, defineClaimRule} from '../../src/rule/claims.js'

const advice: Record<string, string> = {
  absolute: 'states safety as fact: name the common side effects (for ketamine: dissociation, sedation, nausea, raised blood pressure, misuse), or cite the trial that measured them',
  'natural-safe': 'treats "natural" as proof of safety: name the known side effects and who should not use it',
  'safe-effective': 'promises safety along with the benefit: name the common side effects, or cite the trial that measured them',
  minimiser: 'plays the risks down: name the common side effects, or cite the trial that measured them',
  'plain-safe': 'states safety as fact: say what the risks are and how the clinic watches for them, or cite the evidence',
  comparison: 'compares safety with no source: cite the head-to-head study, or name the risks instead'
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
    message: ({phrase, tag}) => `'${phrase}' ${advice[tag ?? ''] ?? advice.absolute}`
  }
})
