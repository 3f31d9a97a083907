import {readingOf} from '../../src/document/readability.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {acronymOf, isSpelledOutAt} from '../../src/text/acronyms.js'
import {longWords, readerAges} from '../../src/text/readability.js'

interface Options {
  targetAge: number
  minWords: number
  threshold: number
  skipDefinitions: boolean
}

export default defineRule<Options>({
  meta: {
    id: 'hard-sentence',
    category: 'readability',
    severity: 'warning',
    fixable: false,
    description: 'Sentences that most readability formulas rate at college level: long and built from long words.',
    messages: {
      hard: {
        message: 'Hard to read: {above} of {formulas} readability formulas rate this {words}-word sentence above age {age}',
        help: `Swap long words ({longWords}) for everyday ones, or split it. Source: Federal Plain Language Guidelines; CDC Clear Communication Index.`
      },
      'hard-no-long-words': {
        message: 'Hard to read: {above} of {formulas} readability formulas rate this {words}-word sentence above age {age}',
        help: `Use shorter, everyday words, or split it. Source: Federal Plain Language Guidelines; CDC Clear Communication Index.`
      }
    },
    options: {
      targetAge: {type: 'number', default: 18, min: 5, max: 25, description: 'A formula calls the sentence hard above this reader age (18: first year of college).'},
      minWords: {type: 'number', default: 12, min: 1, integer: true, description: 'Skip shorter sentences: one long word skews a short one.'},
      threshold: {type: 'number', default: 5 / 7, min: 0, max: 1, description: 'Share of the seven formulas that must agree.'},
      skipDefinitions: {type: 'boolean', default: true, description: 'Skip a sentence that spells out an acronym: its long words are the term being defined.'}
    }
  },
  check({document, options, report}) {
    for (const {sentence, counts} of readingOf(document).sentences) {
      if (counts.word < options.minWords) continue
      const tokens = sentence.tokens
      if (options.skipDefinitions && tokens.some((token, index) => acronymOf(token) && isSpelledOutAt(tokens, index))) continue
      const ages = readerAges(counts)
      const above = ages.filter((age) => age > options.targetAge).length
      if (above / ages.length < options.threshold) continue

      const words = longWords(tokens)
      const data = {above, formulas: ages.length, words: sentence.wordCount, age: options.targetAge}
      report({
        start: sentence.start,
        end: sentence.end,
        ...(words.length > 0
          ? {messageId: 'hard', data: {...data, longWords: words.map((word) => `'${word}'`).join(', ')}}
          : {messageId: 'hard-no-long-words', data})
      })
    }
  }
})
