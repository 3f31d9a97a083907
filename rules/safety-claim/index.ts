import {defineClaimRule} from '../../src/rule/claims.js'

const advice: Record<string, string> = {
  absolute: 'states safety as fact: name the common side effects (for ketamine: dissociation, sedation, nausea, raised blood pressure, misuse), or cite the trial that measured them',
  'natural-safe': 'treats "natural" as proof of safety: name the known side effects and who should not use it',
  minimiser: 'plays the risks down: name the common side effects, or cite the trial that measured them',
  comparison: 'compares safety with no source: cite the head-to-head study, or name the risks instead'
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
    contextTags: ['natural', 'named-risk'],
    // Regulators read "may have fewer side effects" as a safety promise: a hedge never excuses it.
    hedgeable: false,
    requires: {'natural-safe': {tag: 'natural', scope: 'sentence'}},
    excuse: ({tag, match, hasContext}) =>
      (tag === 'minimiser' || tag === 'comparison') &&
      (hasContext('named-risk', 'block') || (match.text.toLowerCase().includes('tolerated') && match.sentence.tokens.some((token) => token.kind === 'number'))),
    message: ({phrase, tag}) => `'${phrase}' ${advice[tag ?? ''] ?? advice.absolute}`
  }
})
