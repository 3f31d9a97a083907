import {describe, expect, it} from 'vitest'
import {SortedLines, toSortedLines} from '../src/text/sorted-lines.js'

describe('SortedLines: a sorted word list searched by bisection', () => {
  const entries: Array<[string, string]> = [
    ['cat', 'SM'],
    ['cats', ''],
    ['ca', 'X'],
    ['catalogue', 'DS'],
    ['zebra', ''],
    ['éclair', 'S'],
    ['a', ''],
    ["don't", '']
  ]
  const lines = new SortedLines(toSortedLines(entries))

  it('finds every listed key with its value, and nothing else', () => {
    for (const [key, value] of entries) expect(lines.get(key)).toBe(value)
    for (const missing of ['', 'c', 'catz', 'cat ', 'cats\t', 'zebras', 'b', 'éclairs', 'dont']) expect(lines.has(missing)).toBe(false)
    expect(lines.size).toBe(entries.length)
  })

  it('lists the keys that start with a prefix, in order, without their values', () => {
    const keys = (prefix: string) => {
      const found: string[] = []
      lines.forEachKeyStartingWith(prefix, (key) => found.push(key))
      return found
    }

    expect(keys('cat')).toEqual(['cat', 'catalogue', 'cats'])
    expect(keys('c')).toEqual(['ca', 'cat', 'catalogue', 'cats'])
    expect(keys('b')).toEqual([])
    expect(keys('zz')).toEqual([])
    expect(keys('é')).toEqual(['éclair'])
  })

  it('agrees with a Map on many random words, prefixes of each other included', () => {
    const letters = 'abc'
    const map = new Map<string, string>()
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let count = 0; count < 400; count++) {
      const word = Array.from({length: 1 + Math.floor(random() * 5)}, () => letters[Math.floor(random() * 3)]).join('')
      map.set(word, random() < 0.5 ? '' : 'F')
    }

    const sorted = new SortedLines(toSortedLines(map))
    for (let count = 0; count < 2000; count++) {
      const probe = Array.from({length: 1 + Math.floor(random() * 6)}, () => letters[Math.floor(random() * 3)]).join('')
      expect(sorted.get(probe)).toBe(map.get(probe))
    }
  })
})
