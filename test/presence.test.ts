import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {findPhrases, findTaggedPhrases, inArticle} from '../src/document/presence.js'
import {findQuotes, quoteAround} from '../src/document/quotes.js'

describe('findPhrases', () => {
  const text = [
    'Ketamine Clinic Notes',
    'Our nurses explain every step of the infusion to you and your family before it starts, and answer questions.',
    '2 Comments',
    'Jo',
    'I had a headache afterwards, is that normal?'
  ].join('\n')

  it('finds configured phrases in the article but not in the comments', () => {
    const document = buildDocument(text, {path: 'a.txt'})
    expect(findPhrases(document, ['infusion']).map((found) => found.sentence.prose)).toHaveLength(1)
    expect(findPhrases(document, ['headache'])).toEqual([])
  })

  it('tags record phrases with their key', () => {
    const document = buildDocument(text, {path: 'a.txt'})
    expect(findTaggedPhrases(document, {ketamine: ['infusion']}, 'treatment').map((found) => found.tag)).toEqual(['treatment:ketamine'])
  })

  it('names a bad configured phrase', () => {
    const document = buildDocument(text, {path: 'a.txt'})
    expect(() => findPhrases(document, ['{nope}'])).toThrow(/phrase "\{nope\}" in the rule's options/)
  })

  it('leaves negated matches out when asked', () => {
    const document = buildDocument('There is no nausea with this treatment. Some people feel nausea.', {path: 'a.txt'})
    const found = findPhrases(document, ['nausea'])
    expect(found).toHaveLength(2)
    expect(inArticle(document, found, {skipNegated: true}).map((item) => item.start)).toEqual([found[1].start])
  })
})

describe('quotes', () => {
  it('pairs curly and straight quote marks and keeps apostrophes out', () => {
    const text = 'Sam told us, “I didn’t expect it to help.” Then she said "it did" and smiled.'
    const document = buildDocument(text, {path: 'a.txt'})
    const quoted = findQuotes(document).map((quote) => text.slice(quote.start, quote.end))
    expect(quoted).toEqual(['I didn’t expect it to help.', 'it did'])
    expect(quoteAround(document, text.indexOf('expect'))).toBeDefined()
    expect(quoteAround(document, text.indexOf('smiled'))).toBeUndefined()
  })

  it('treats a Markdown blockquote as a quotation', () => {
    const text = 'Intro paragraph here.\n\n> I feel like myself again. — Ana, 33\n'
    const document = buildDocument(text, {path: 'a.md'})
    expect(quoteAround(document, text.indexOf('myself'))?.blockquote).toBe(true)
  })
})
