import {readingOf} from '../../src/document/readability.js'
import {defineRule} from '../../src/rule/define-rule.js'

interface Options {
  maxShare: number
  minSentences: number
}

export default defineRule<Options>({
  meta: {
    id: 'passive-voice',
    category: 'readability',
    severity: 'info',
    fixable: false,
    description: 'Passive sentences that hide who does what, and documents with too many of them.',
    messages: {
      passive: {
        message: "Passive voice ('{verb}')",
        help: `Say who does it, e.g. "a nurse gives..." or "you take...". Source: Federal Plain Language Guidelines: use the active voice.`
      },
      'passive-share': {
        message: '{share}% of sentences are passive ({passive} of {sentences}; at most {max}% read well)',
        help: `Rewrite them to say who does what. Source: Federal Plain Language Guidelines: use the active voice; Yoast readability analysis (at most 10%).`
      }
    },
    recommended: false,
    options: {
      maxShare: {type: 'number', default: 0.1, min: 0, max: 1, description: 'Share of passive sentences above which the document gets a warning.'},
      minSentences: {type: 'number', default: 10, min: 1, integer: true, description: 'Prose sentences a document needs before its share is judged.'}
    }
  },
  check({document, options, report}) {
    const sentences = readingOf(document).sentences
    const passive = sentences.filter((item) => item.passive >= 0)

    for (const {sentence, passive: participle} of passive) {
      const verb = sentence.tokens.slice(participle - 1, participle + 1).map((token) => token.text).join(' ')
      report({
        start: sentence.start,
        end: sentence.end,
        messageId: 'passive',
        data: {verb}
      })
    }

    const share = sentences.length > 0 ? passive.length / sentences.length : 0
    if (sentences.length >= options.minSentences && share > options.maxShare) {
      report({
        severity: 'warning',
        messageId: 'passive-share',
        data: {share: Math.round(share * 100), passive: passive.length, sentences: sentences.length, max: Math.round(options.maxShare * 100)}
      })
    }
  }
})
