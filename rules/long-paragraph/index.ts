import {readingOf} from '../../src/document/readability.js'
import {defineRule} from '../../src/rule/define-rule.js'

interface Options {
  maxWords: number
}

export default defineRule<Options>({
  meta: {
    id: 'long-paragraph',
    category: 'readability',
    severity: 'warning',
    fixable: false,
    description: 'Paragraphs too long to read on a phone screen, with a place to break them.',
    messages: {
      long: {
        message: '{words} words in one paragraph (at most {max} read well)',
        help: `Start a new paragraph at '{opening}'. Source: Federal Plain Language Guidelines; Yoast readability analysis (at most 150 words).`
      },
      'long-no-break': {
        message: '{words} words in one paragraph (at most {max} read well)',
        help: `Split it into shorter sentences and paragraphs. Source: Federal Plain Language Guidelines; Yoast readability analysis (at most 150 words).`
      }
    },
    options: {
      maxWords: {type: 'number', default: 150, min: 20, integer: true, description: 'Words a paragraph may hold.'}
    }
  },
  check({document, options, report}) {
    for (const paragraph of readingOf(document).paragraphs) {
      if (paragraph.words <= options.maxWords) continue

      // Break at the sentence that starts nearest the middle.
      let before = 0
      let breakAt = paragraph.sentences[1]
      let distance = Infinity
      for (const [index, item] of paragraph.sentences.entries()) {
        const offMiddle = Math.abs(before - paragraph.words / 2)
        if (index > 0 && offMiddle < distance) {
          breakAt = item
          distance = offMiddle
        }

        before += item.sentence.wordCount
      }

      const first = paragraph.sentences[0].sentence
      const data = {words: paragraph.words, max: options.maxWords}
      report({
        start: first.start,
        end: paragraph.sentences.at(-1)!.sentence.end,
        ...(breakAt ? {messageId: 'long', data: {...data, opening: opening(breakAt.sentence.prose)}} : {messageId: 'long-no-break', data})
      })
    }
  }
})

/** The first few words of a sentence, to name where to break. */
function opening(prose: string): string {
  const words = prose.trim().split(/\s+/)
  return words.slice(0, 4).join(' ') + (words.length > 4 ? '...' : '')
}
