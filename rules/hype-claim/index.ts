import {defineClaimRule} from '../../src/rule/claims.js'

const sources = 'Source: FDA, 21 CFR 202.1(e)(6); FTC, Health Products Compliance Guidance (2022).'

export default defineClaimRule({
  meta: {
    id: 'hype-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Hype and unsourced superiority: revolutionary, breakthrough, miracle, game-changer, the best, #1, the only treatment, better than antidepressants.',
    messages: {
      hype: {
        message: "'{phrase}' is promotional hype",
        help: `Say plainly what the treatment does and for whom, with a source. ${sources}`
      },
      superlative: {
        message: "'{phrase}' is a superlative no study can show",
        help: `Describe the treatment and its evidence instead. ${sources}`
      },
      comparison: {
        message: "'{phrase}' claims superiority with no source",
        help: `Cite the head-to-head trial, or remove the comparison. ${sources}`
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    hedgeable: true,
    message: ({tag}) => ({messageId: tag === 'superlative' || tag === 'comparison' ? tag : 'hype'})
  }
})
