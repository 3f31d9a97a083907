import {claimTreatment} from '../../src/rule/claim-treatment.js'
import {type ClaimSituation, defineClaimRule} from '../../src/rule/claims.js'

const sources = 'Source: FDA, 21 CFR 202.1(e)(5); FTC, Health Products Compliance Guidance (2022).'

/** Tags with a message of their own; other safety claims are `absolute`. */
const tagged = new Set(['absolute', 'natural-safe', 'safe-effective', 'minimiser', 'plain-safe', 'comparison'])

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
    description: 'Safety stated as fact ("no side effects", "completely safe", "non-addictive") or risks played down ("minimal side effects", "well tolerated").',
    // `{risks}` names the side effects of the page's treatment: " of Spravato (sedation, ...)", or nothing.
    messages: {
      absolute: {
        message: "'{phrase}' states safety as fact",
        help: `Name the common side effects{risks}, or cite the trial that measured them. ${sources}`
      },
      'natural-safe': {
        message: `'{phrase}' treats "natural" as proof of safety`,
        help: `Name the known side effects{risks} and who should not use it. ${sources}`
      },
      'safe-effective': {
        message: "'{phrase}' promises safety along with the benefit",
        help: `Name the common side effects{risks}, or cite the trial that measured them. ${sources}`
      },
      minimiser: {
        message: "'{phrase}' plays the risks down",
        help: `Name the common side effects{risks}, or cite the trial that measured them. ${sources}`
      },
      'plain-safe': {
        message: "'{phrase}' states safety as fact",
        help: `Say what the risks are{risks} and how the clinic watches for them, or cite the evidence. ${sources}`
      },
      comparison: {
        message: "'{phrase}' compares safety with no source",
        help: `Cite the head-to-head study, or name the risks instead{risks}. ${sources}`
      },
      'answers-safe': {
        message: "'{phrase}' answers whether the treatment is safe with a plain yes",
        help: `Name the common side effects and who should not have it, or cite the trial that measured them. ${sources}`
      },
      'answers-risk': {
        message: "'{phrase}' answers a question about risks with a plain no",
        help: `Name the common side effects and the risk of misuse, or cite the trial that measured them. ${sources}`
      },
      'answers-risk-row': {
        message: "'{phrase}' answers a question or table row on risks with a plain no",
        help: `Name the common side effects and the risk of misuse, or cite the trial that measured them. ${sources}`
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['natural', 'named-risk', 'effective'],
    scanRiskSections: true,
    // Regulators read "may have fewer side effects" as a safety promise: a hedge never excuses it.
    hedgeable: false,
    preclinicalExcused: false,
    reportedStoriesExcused: false,
    answers: {'asks-if-safe': 'yes', 'asks-about-risk': 'no', 'risk-topic': 'no'},
    requires: {
      'natural-safe': {tag: 'natural', scope: 'sentence'},
      'safe-effective': {tag: 'effective', scope: 'clause'}
    },
    excuse: isBalancedBySpecifics,
    message: (situation) => ({
      messageId: situation.tag !== undefined && tagged.has(situation.tag) ? situation.tag : 'absolute',
      data: {risks: risksOf(situation)}
    })
  }
})
