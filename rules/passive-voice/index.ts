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
        message: `Passive voice ('${verb}'): say who does it, e.g. "a nurse gives..." or "you take..."`
      })
    }

    const share = sentences.length > 0 ? passive.length / sentences.length : 0
    if (sentences.length >= options.minSentences && share > options.maxShare) {
      report({
        severity: 'warning',
        message: `${Math.round(share * 100)}% of sentences are passive (${passive.length} of ${sentences.length}; at most ${Math.round(options.maxShare * 100)}% read well): rewrite them to say who does what`
      })
    }
  }
})
