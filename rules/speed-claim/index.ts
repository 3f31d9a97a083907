import {treatmentName} from '../../src/rule/claim-treatment.js'
import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'speed-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Fast relief promised as fact: instant relief, relief within hours or overnight, "fastest-acting", "one session is all you need".'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['benefit'],
    hedgeable: true,
    boostable: true,
    requires: {time: {tag: 'benefit', scope: 'clause'}},
    message: (situation) =>
      `'${situation.phrase}' promises fast relief as fact: say how soon some people noticed a change with ${treatmentName(situation, 'the treatment')} in a cited study, and that many need several sessions or do not improve`
  }
})
