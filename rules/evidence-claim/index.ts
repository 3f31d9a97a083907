import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'evidence-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Research invoked without a citation: "studies show", "clinically proven", "experts agree", "mounting data".'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    // "Studies suggest" is not in the lexicon; "studies show that it may help" still claims evidence.
    hedgeable: false,
    boostable: true,
    message: ({phrase, tag, booster}) =>
      tag === 'proof' || booster
        ? `'${phrase}' claims proof with no source: cite the study (journal, year or link) in this sentence or the next, and say what it found`
        : `'${phrase}' appeals to research without citing it: name or link the study (journal, year) in this sentence or the next`
  }
})
