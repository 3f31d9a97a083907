import {readingOf} from '../../src/document/readability.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {findSplit} from '../../src/text/sentence-split.js'

interface Options {
  noteAbove: number
  warnAbove: number
}

export default defineRule<Options>({
  meta: {
    id: 'long-sentence',
    category: 'readability',
    severity: 'warning',
    fixable: false,
    description: 'Sentences too long to follow in one go, with a place to split them.',
    messages: {
      long: {
        message: '{words} words: patient copy reads best under 20 words a sentence',
        help: `Split after '{after}' (word {position}). Source: Federal Plain Language Guidelines: short sentences, one idea each.`
      },
      'long-no-split': {
        message: '{words} words: patient copy reads best under 20 words a sentence',
        help: `Split it into two sentences, one idea each. Source: Federal Plain Language Guidelines: short sentences, one idea each.`
      }
    },
    options: {
      noteAbove: {type: 'number', default: 25, min: 5, integer: true, description: 'Words above which a sentence gets a note.'},
      warnAbove: {type: 'number', default: 35, min: 5, integer: true, description: 'Words above which it gets a warning.'}
    }
  },
  check({document, options, report}) {
    for (const {sentence} of readingOf(document).sentences) {
      const words = sentence.wordCount
      if (words <= options.noteAbove && words <= options.warnAbove) continue

      const split = findSplit(sentence.tokens)
      report({
        start: sentence.start,
        end: sentence.end,
        severity: words > options.warnAbove ? 'warning' : 'info',
        ...(split
          ? {messageId: 'long', data: {words, after: sentence.tokens[split.token].text, position: split.wordsBefore}}
          : {messageId: 'long-no-split', data: {words}})
      })
    }
  }
})
