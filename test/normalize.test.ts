import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalizeCharAt, normalizeText} from '../src/text/normalize.js'

describe('normalizeText', () => {
  it('straightens quotes, spaces and hyphens and keeps every offset', () => {
    const text = 'It\u2019s \u201Cside\u2011effect\u00A0free\u201D\rnow\r\n'
    const normalized = normalizeText(text)
    expect(normalized).toBe('It\'s "side-effect free"\nnow \n')
    expect(normalized).toHaveLength(text.length)
  })

  it('gives back plain text unchanged', () => {
    expect(normalizeText('No side effects at all.')).toBe('No side effects at all.')
    expect(normalizeText('')).toBe('')
  })

  it('is the character-by-character normalisation, on any text and at any length', () => {
    const piece = fc.oneof(fc.string({unit: 'binary'}), fc.constantFrom('\u2019', '\u00A0', '\r', '\r\n', '\u2011', '\u201C', 'a'))
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), fc.nat(20_000), (pieces, padding) => {
        const text = 'x'.repeat(padding) + pieces.join('')
        const expected = Array.from({length: text.length}, (_, index) => normalizeCharAt(text, index)).join('')
        expect(normalizeText(text)).toBe(expected)
      }),
      {numRuns: 200}
    )
  })
})
