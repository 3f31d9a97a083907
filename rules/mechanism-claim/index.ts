import {treatmentName} from '../../src/rule/claim-treatment.js'
import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'mechanism-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'How a treatment works told as settled fact: resets or rewires the brain, restores chemical balance, regrows neurons, fixes the root cause.'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['agent'],
    requires: {'body-effect': {tag: 'agent', scope: 'discourse'}},
    hedgeable: true,
    message: (situation) =>
      `'${situation.phrase}' tells how the treatment works as settled fact: say what ${treatmentName(situation, 'it')} is thought to do, in those words ("is thought to act on..."), and cite the research`
  }
})
