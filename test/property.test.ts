import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint, type LintResult} from '../src/index.js'

/**
 * Property tests: random Unicode, Markdown-shaped and plain-text-shaped
 * input, linted with every rule on. `npm run fuzz` runs many more cases
 * (FUZZ_RUNS) than `npm test` does.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 120)
const timeout = runs > 1000 ? 0 : 60_000

const markup = fc.constantFrom(
  '# ', '## ', '- ', '* ', '1. ', '> ', '>> ', '  • ', '**', '_', '`', '```\n', '---\n', '|a|b|\n|-|-|\n',
  '[a source](https://example.org/study)', '[^1]', '[^1]: A note.\n', '<!-- mindlint-disable -->',
  '<!-- mindlint-disable-next-line -->\n', '<script>alert(1)</script>', '\n', '\n\n', '\r\n', '\r', '\t'
)
const unicode = fc.constantFrom(
  '\u00a0', '\u2019', '\u201c', '\u201d', '\u2014', '\u2011', '\ud83d\ude00', '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67',
  'e\u0301', '\u0645\u0631\u062d\u0628\u0627', '\u05e9\u05dc\u05d5\u05dd', '\u200f', '\u202e', '\u0000', '\u0007',
  '\u001b[31m', '\ufeff', '\u200b', '\u00ad', '\ud800', '\udfff', '\u4f60\u597d'
)
const words = fc.constantFrom(
  'Ketamine', 'ketamine', 'cure', 'cures depression', 'no side effects', 'minimal side effects', 'revolutionary',
  'breakthrough', 'committed suicide', 'suicide', '988', '19 Likes', '3 Comments', 'Leave a Reply', 'studies show',
  '90%', '9 out of 10', 'relief within hours', 'instant relief', 'may help', 'is not a cure', 'Results may vary.',
  'Dr. Smith explains, "it works."', 'suffers from', 'addict', 'Supervisionining', 'at-home ketamine',
  'stop taking your antidepressants', '(Smith et al., 2020)', 'doi:10.1000/xyz', 'NCT01234567', '.', '?', ':', ','
)
const fragment = fc.oneof(
  {weight: 3, arbitrary: words},
  {weight: 2, arbitrary: markup},
  {weight: 2, arbitrary: unicode},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 24})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 24})},
  {weight: 1, arbitrary: fc.constantFrom(' ', '  ', ' ')}
)
const article = fc.array(fragment, {maxLength: 80}).map((parts) => parts.join(''))
const longLine = fc.tuple(fc.constantFrom('a', 'ketamine ', 'x-', '\u00a0', '.'), fc.integer({min: 500, max: 4000})).map(
  ([unit, count]) => unit.repeat(count)
)
const input = fc.oneof({weight: 9, arbitrary: article}, {weight: 1, arbitrary: longLine})
const format = fc.constantFrom('draft.md', 'draft.txt')

const strict = {extends: 'strict'} as const

function lintStrict(text: string, path: string): LintResult {
  return lint(text, {path, config: strict})
}

/** Offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = nextLineStart(text, offset)
    offset = next
  }

  return offset + column - 1
}

/** Lines end at LF, CRLF or a lone CR, as vfile-location counts them. */
function nextLineStart(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) return index + 1
    if (code === 13) return text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
  }

  return text.length
}

describe('linting random input', () => {
  it('never throws, and every message lies inside the text with agreeing line and column', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (text, path) => {
        const result = lintStrict(text, path)
        expect(result.messages.every((message) => !('fatal' in message) || !message.fatal)).toBe(true)
        for (const message of result.messages) {
          if (message.offset === undefined) continue
          expect(message.offset).toBeGreaterThanOrEqual(0)
          expect(message.endOffset!).toBeGreaterThanOrEqual(message.offset)
          expect(message.endOffset!).toBeLessThanOrEqual(text.length)
          expect(offsetOf(text, message.line!, message.column!)).toBe(message.offset)
          expect(offsetOf(text, message.endLine!, message.endColumn!)).toBe(message.endOffset)
        }
      }),
      {numRuns: runs}
    )
  })

  it('is deterministic', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (text, path) => {
        expect(JSON.stringify(lintStrict(text, path))).toBe(JSON.stringify(lintStrict(text, path)))
      }),
      {numRuns: Math.max(20, Math.floor(runs / 4))}
    )
  })
})
