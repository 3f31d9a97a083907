import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownTooHard, maxMarkdownNesting, maxParagraphLength, maxParagraphMarkup} from '../src/document/markdown-limits.js'
import {readPlainText} from '../src/document/plain-text.js'
import {keptMatches, type PhraseOwner, phraseOwner} from '../src/engine/phrases.js'
import {lint} from '../src/index.js'
import {lintWith} from './helpers.js'

/**
 * Inputs that used to take minutes or exhaust memory: thousands of phrase
 * matches in one pasted "sentence", pasted gibberish under the spelling
 * rule, and Markdown the parser cannot take (deep nesting on one line,
 * a paragraph full of emphasis markers). Bounds are loose (the machine may
 * be busy); before the fixes these took minutes.
 */

function seconds(run: () => unknown): number {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

describe('choosing the matches each rule gets', () => {
  const owners: PhraseOwner[] = [
    phraseOwner('a', {phrases: ['x'], tag: 'claim'}, false),
    phraseOwner('a', {phrases: ['x'], tag: 'context'}, false),
    phraseOwner('a', {phrases: ['x']}, false),
    phraseOwner('a', {phrases: ['x']}, true),
    phraseOwner('b', {phrases: ['x'], tag: 'claim'}, false),
    phraseOwner('b', {phrases: ['x']}, true)
  ]

  /** The rule as first written: every match against every other. */
  function pairwise<T extends {phrase: number; start: number; end: number}>(found: T[]): T[] {
    const allowed = found.filter((match) => owners[match.phrase].allow)
    const kept = found.filter((match) => {
      const owner = owners[match.phrase]
      if (owner.allow) return false
      return !allowed.some((allow) => owners[allow.phrase].ruleId === owner.ruleId && allow.start < match.end && match.start < allow.end)
    })
    return kept.filter((match) => {
      const owner = owners[match.phrase]
      return !kept.some(
        (other) =>
          other !== match &&
          owners[other.phrase].ruleId === owner.ruleId &&
          owners[other.phrase].entry.tag === owner.entry.tag &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start
      )
    })
  }

  const match = fc
    .tuple(fc.integer({min: 0, max: owners.length - 1}), fc.integer({min: 0, max: 30}), fc.integer({min: 1, max: 8}))
    .map(([phrase, start, length]) => ({phrase, start, end: start + length}))

  it('keeps exactly what comparing every pair keeps, in the same order', () => {
    fc.assert(
      fc.property(fc.array(match, {maxLength: 40}), (found) => {
        expect(keptMatches(found, owners)).toEqual(pairwise(found))
      }),
      {numRuns: 2000}
    )
  })

  it('handles tens of thousands of matches in one sentence quickly', () => {
    const found = Array.from({length: 40_000}, (_, index) => ({phrase: index % 3, start: index * 2, end: index * 2 + 1 + (index % 5)}))
    expect(seconds(() => keptMatches(found, owners))).toBeLessThan(5)
  })
})

describe('one pasted line of many thousand words', () => {
  it('lints "ketamine " 16,000 times over (one sentence, 16,000 matches) with every rule in seconds, not minutes', () => {
    const text = 'ketamine for depression '.repeat(16_000)
    let messages: ReturnType<typeof lint>['messages'] = []
    // Before: off-label-disclosure compared every ketamine match with every condition match (about 3 minutes).
    expect(seconds(() => (messages = lint(text, {path: 'paste.txt', config: {extends: 'strict'}}).messages))).toBeLessThan(60)
    expect(messages.some((message) => message.ruleId === 'off-label-disclosure')).toBe(true)
  })
})

describe('spelling on pasted junk', () => {
  it('skips a 5,000-letter "word" (no English word is longer than 45 letters) instead of running out of memory', () => {
    const text = `The code was ${'a'.repeat(5000)} and nothing else.`
    let messages: ReturnType<typeof lintWith> = []
    expect(seconds(() => (messages = lintWith(text, {spelling: 'warn'})))).toBeLessThan(20)
    expect(messages).toEqual([])
  })

  it('does not judge words in other scripts by an English dictionary', () => {
    expect(lintWith('The Hebrew שלום and the Arabic مرحبا are greetings, and so is 你好.', {spelling: 'warn'})).toEqual([])
  })

  it('reports every misspelling of a page of gibberish, with suggestions for the first 20 only, in bounded time', () => {
    const words = Array.from({length: 60}, (_, index) => `zq${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}vrt`)
    // Pasted junk among real sentences (a page that is mostly junk is not checked at all).
    const text = words.map((word) => `Our notes from the visit say ${word} at the end of the page.`).join(' ')
    let messages: ReturnType<typeof lintWith> = []
    expect(seconds(() => (messages = lintWith(text, {spelling: 'warn'})))).toBeLessThan(60)
    expect(messages).toHaveLength(60)
    expect(messages.slice(20).every((message) => !message.suggestions?.length)).toBe(true)
    // The same text gives the same messages whatever was cached before.
    expect(lintWith(text, {spelling: 'warn'})).toEqual(messages)
  })
})

describe('Markdown too hard to parse is read as plain text, with a note', () => {
  const note = (text: string) => lint(text, {path: 'a.md', config: {extends: 'recommended'}}).messages.filter((message) => message.ruleId === null)

  it('leaves real articles alone', () => {
    const article = [
      '---',
      'title: Ketamine care',
      '---',
      '# Ketamine care',
      '',
      '> A quote, **bold**, _emphasis_ and a [link](https://example.org).',
      '> > A nested quote.',
      '',
      '- A list',
      '  - nested once',
      '    1. and twice',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      ''
    ].join('\n')
    expect(markdownTooHard(article)).toBeUndefined()
    expect(markdownTooHard(article.repeat(2000))).toBeUndefined()
    expect(markdownTooHard('- '.repeat(maxMarkdownNesting) + 'deep')).toBeUndefined()
  })

  it('catches containers nested on one line, over lines, and by indentation', () => {
    expect(markdownTooHard('- '.repeat(maxMarkdownNesting + 1) + 'deep')).toMatch(/nested more than 100 levels/)
    expect(markdownTooHard('- > 1. '.repeat(40) + 'deep')).toMatch(/nested/)
    expect(markdownTooHard('>'.repeat(101))).toMatch(/nested/)
    expect(markdownTooHard(' '.repeat(404) + 'text')).toMatch(/nested/)
    expect(markdownTooHard('\t'.repeat(101) + 'text')).toMatch(/nested/)
  })

  it('catches a paragraph full of emphasis or link markers, or longer than a megabyte', () => {
    expect(markdownTooHard('**a'.repeat(maxParagraphMarkup / 2 + 1))).toMatch(/more than 10,000 markup characters/)
    // The same markers in paragraphs of their own are fine.
    expect(markdownTooHard('**a**\n\n'.repeat(maxParagraphMarkup))).toBeUndefined()
    expect(markdownTooHard('word '.repeat(maxParagraphLength / 5 + 1))).toMatch(/longer than 1,000,000 characters/)
    expect(markdownTooHard(('word '.repeat(1000) + '\n\n').repeat(500))).toBeUndefined()
  })

  it('lints 10,000 list levels, blockquotes or emphasis markers on one line in seconds (minutes and a stack overflow before)', () => {
    for (const text of ['- '.repeat(10_000) + 'Ketamine cures depression.', '- > '.repeat(10_000) + 'deep', '**a'.repeat(33_000)]) {
      let notes: ReturnType<typeof note> = []
      expect(seconds(() => (notes = note(text)))).toBeLessThan(30)
      expect(notes.map((message) => message.message)).toEqual([expect.stringMatching(/read as plain text$/)])
      expect(notes[0].severity).toBe('info')
    }
  })
})

describe('plain text read for tables flattened with bars', () => {
  it('reads 100,000 lines without a bar, and a table of 100,000 rows, in seconds (a search of the rest of the file from each line took minutes)', () => {
    const plain = Array.from({length: 100_000}, (_, index) => `Line ${index} of the notes`).join('\n')
    let lines = 0
    expect(seconds(() => (lines = readPlainText(plain).blocks.length))).toBeLessThan(10)
    expect(lines).toBe(100_000)

    const table = Array.from({length: 100_000}, (_, index) => `Row ${index} | None | Some`).join('\n')
    let cells: string[] = []
    expect(seconds(() => (cells = readPlainText(table).blocks.map((block) => block.kind)))).toBeLessThan(10)
    expect(cells).toHaveLength(300_000)
    expect(new Set(cells)).toEqual(new Set(['tableCell']))
  })
})
