import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'evidence-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Research invoked without a citation: "studies show", "clinically proven", "experts agree", "mounting data".',
    messages: {
      evidence: {
        message: "'{phrase}' appeals to research without citing it",
        help: 'Name or link the study (journal, year) in this sentence or the next. Source: FTC, Health Products Compliance Guidance (2022).'
      },
      proof: {
        message: "'{phrase}' claims proof with no source",
        help: 'Cite the study (journal, year or link) in this sentence or the next, and say what it found. Source: FTC, Health Products Compliance Guidance (2022).'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    // "Studies suggest" is not in the lexicon; "studies show that it may help" still claims evidence.
    hedgeable: false,
    boostable: true,
    message: ({tag, booster}) => ({messageId: tag === 'proof' || booster ? 'proof' : 'evidence'})
  }
})
