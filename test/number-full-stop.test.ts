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

  it('keeps "No. 1" and "Fig. 2" inside their sentence', () => {
    expect(sentences("Ohio's No. 1 Ketamine Clinic. Book today.")).toEqual(["Ohio's No. 1 Ketamine Clinic.", 'Book today.'])
    expect(sentences('See Fig. 2 for the trial design.')).toEqual(['See Fig. 2 for the trial design.'])
    expect(sentences('We said no. 12 people came.')).toEqual(['We said no.', '12 people came.'])
  })
})
