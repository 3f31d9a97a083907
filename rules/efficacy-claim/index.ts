import {treatmentName} from '../../src/rule/claim-treatment.js'
import {type ClaimSituation, defineClaimRule} from '../../src/rule/claims.js'

const advice: Record<string, string> = {
  cure: 'promises a cure no treatment here is shown to give: say what it may do for some people, and cite the evidence',
  guarantee: 'guarantees a result no treatment can promise: describe typical results from a cited study, and say they vary',
  universal: 'claims it works for everyone: no treatment does; give the share of people who improved in a cited study',
  lasting: 'promises lasting relief as fact: say how long benefits lasted in a cited study, and that they often fade without more treatment',
  permanence: 'promises a permanent result: say what people may expect and for how long, with a source',
  promise: 'promises the reader how they will feel: say what some people notice, and that results vary, with a source',
  'comparative-outcome': 'promises a better outcome than other care with no source: cite the head-to-head study, or say what the treatment may do',
  'bare-works': 'says the treatment works, with nothing to show it: say for how many people it worked in a cited study'
}

/** "Because it works." counts only where nothing follows in the sentence to say for what or whom. */
function isQualifiedWorks({tag, match}: ClaimSituation): boolean {
  if (tag !== 'bare-works') return false
  return match.sentence.tokens.slice(match.endToken).some((token) => token.kind === 'word' || token.kind === 'number')
}

export default defineClaimRule({
  meta: {
    id: 'efficacy-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Treatment benefits stated as fact with no source: cures, guarantees, "works for everyone", lasting relief, "is an effective treatment".'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['change'],
    hedgeable: true,
    quantifierHedges: true,
    answers: {'asks-if-works': 'yes'},
    boostable: true,
    requires: {permanence: {tag: 'change', scope: 'clause'}},
    excuse: isQualifiedWorks,
    message: (situation) =>
      `'${situation.phrase}' ${advice[situation.tag ?? ''] ?? `states a treatment benefit as fact: cite the study that shows it, or say what ${treatmentName(situation, 'it')} may do for some people`}`
  }
})
