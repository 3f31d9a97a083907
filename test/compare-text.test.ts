import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {compareText} from '../src/text/compare.js'

/** Every ordered pair of `words`, compared both ways. */
function signs(words: readonly string[], compare: (a: string, b: string) => number): number[] {
  return words.flatMap((a) => words.map((b) => Math.sign(compare(a, b))))
}

describe('compareText: the sort order of rule ids and suggestions', () => {
  it('orders every rule id as localeCompare did (summary tables, ties at one offset)', () => {
    const ids = allRules.map((rule) => rule.meta.id)
    expect(signs(ids, compareText)).toEqual(signs(ids, (a, b) => a.localeCompare(b, 'en')))
  })

  it('orders dictionary words as localeCompare did: case-blind, lower case first, hyphens and apostrophes before letters', () => {
    const words = ['apple', 'Apple', 'APPLE', 'apples', 'banana', 'Banana', "can't", 'cant', 'canto', 'side-effect', 'sideeffect', 'side', 'SSRI', 'ssris', 'x2', 'xa', 'a', '']
    expect(signs(words, compareText)).toEqual(signs(words, (a, b) => a.localeCompare(b, 'en')))
  })

  it('sorts a list into one order, whatever order it came in', () => {
    const words = ['Banana', 'apple', 'side-effect', 'Apple', 'banana', 'side']
    expect([...words].sort(compareText)).toEqual(['apple', 'Apple', 'banana', 'Banana', 'side', 'side-effect'])
    expect([...words].reverse().sort(compareText)).toEqual(['apple', 'Apple', 'banana', 'Banana', 'side', 'side-effect'])
  })
})
