import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'

describe('a full stop after a number', () => {
  const sentences = (text: string) => buildDocument(text, {path: 'test.txt'}).sentences.map((sentence) => sentence.prose)

  it('ends the sentence when a capitalised word follows', () => {
    expect(sentences('Infusions cost $450. We accept HSA cards.')).toEqual(['Infusions cost $450.', 'We accept HSA cards.'])
    expect(sentences('Nine out of 10. Results vary.')).toEqual(['Nine out of 10.', 'Results vary.'])
  })

  it('leaves decimals, thousands and mid-sentence numbers alone', () => {
    expect(sentences('About 2.5 percent of 1,000 people. Then more.')).toEqual(['About 2.5 percent of 1,000 people.', 'Then more.'])
    const [first] = buildDocument('It was 10. and then it was not.', {path: 'test.txt'}).sentences
    expect(first.tokens.map((token) => token.text)).toEqual(['It', 'was', '10', '.', 'and', 'then', 'it', 'was', 'not', '.'])
  })
})
