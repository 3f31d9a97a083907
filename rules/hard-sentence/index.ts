import {defineRule} from '../../src/rule/define-rule.js'
import {countSentence, readerAges} from '../../src/text/readability.js'

interface Options {
  targetAge: number
  minWords: number
  threshold: number
}

export default defineRule<Options>({
  meta: {
    id: 'hard-sentence',
    category: 'readability',
    severity: 'warning',
    fixable: false,
    description: 'Sentences that most readability formulas rate above the target reader age.',
    options: {
      targetAge: {type: 'number', default: 16, min: 5, max: 25, description: 'Reader age to write for (grade 8 is about 14).'},
      minWords: {type: 'number', default: 5, min: 1, integer: true, description: 'Skip sentences with fewer words: one long word skews a short one.'},
      threshold: {type: 'number', default: 4 / 7, min: 0, max: 1, description: 'Share of the seven formulas that must agree.'}
    }
  },
  check({document, options, report}) {
    for (const sentence of document.sentences) {
      if (sentence.role !== 'body' || sentence.wordCount < options.minWords) continue
      const role = document.sections[sentence.block.section].role
      if (role === 'comments' || role === 'references') continue

      const ages = readerAges(countSentence(sentence.tokens))
      const above = ages.filter((age) => age > options.targetAge).length
      if (above / ages.length < options.threshold) continue

      report({
        start: sentence.start,
        end: sentence.end,
        message: `Hard to read: ${above} of ${ages.length} readability formulas put this sentence above a ${options.targetAge}-year-old reader (${sentence.wordCount} words); split it or use shorter, everyday words`
      })
    }
  }
})
