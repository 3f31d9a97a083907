import {defineClaimRule} from '../../src/rule/claims.js'

const advice: Record<string, string> = {
  hype: 'is promotional hype: say plainly what the treatment does and for whom, with a source',
  superlative: 'is a superlative no study can show: describe the treatment and its evidence instead',
  comparison: 'claims superiority with no source: cite the head-to-head trial, or remove the comparison'
}

export default defineClaimRule({
  meta: {
    id: 'hype-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Hype and unsourced superiority: revolutionary, breakthrough, miracle, game-changer, the best, #1, the only treatment, better than antidepressants.'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    hedgeable: true,
    message: ({phrase, tag}) => `'${phrase}' ${advice[tag ?? ''] ?? advice.hype}`
  }
})
