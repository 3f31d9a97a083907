import {treatmentName} from '../../src/rule/claim-treatment.js'
import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'mechanism-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'How a treatment works told as settled fact: resets or rewires the brain, restores chemical balance, regrows neurons, fixes the root cause.',
    messages: {
      mechanism: {
        message: "'{phrase}' tells how the treatment works as settled fact",
        help: 'Say what {treatment} is thought to do, in those words ("is thought to act on..."), and cite the research. Source: FTC, Health Products Compliance Guidance (2022); the Spravato label says its mechanism is unknown.'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['agent'],
    requires: {'body-effect': {tag: 'agent', scope: 'discourse'}},
    productSubjects: true,
    hedgeable: true,
    message: (situation) => ({messageId: 'mechanism', data: {treatment: treatmentName(situation, 'it')}})
  }
})
