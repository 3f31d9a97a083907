import {treatmentName} from '../../src/rule/claim-treatment.js'
import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'speed-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Fast relief promised as fact: instant relief, relief within hours or overnight, "fastest-acting", "one session is all you need".',
    messages: {
      speed: {
        message: "'{phrase}' promises fast relief as fact",
        help: 'Say how soon some people noticed a change with {treatment} in a cited study, and that many need several sessions or do not improve. Source: FTC, Health Products Compliance Guidance (2022).'
      },
      'why-wait': {
        message: "'{phrase}' asks why anyone would wait, which promises faster relief than other care",
        help: 'Say how soon some people noticed a change in a cited study, and that many need several sessions. Source: FTC, Health Products Compliance Guidance (2022).'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['benefit'],
    hedgeable: true,
    boostable: true,
    requires: {time: {tag: 'benefit', scope: 'clause'}, alone: {tag: 'benefit', scope: 'clause'}},
    // "Time to results | Days": a bare time only as a sentence or table cell of its own.
    placement: {alone: 'alone'},
    ownStoriesExcused: true,
    message: (situation) => ({messageId: 'speed', data: {treatment: treatmentName(situation, 'the treatment')}})
  }
})
