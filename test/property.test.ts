import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {ConfigLoader} from '../src/config/load.js'
import {applyFixes, fixText, maxFixPasses} from '../src/engine/fix.js'
import {lintText} from '../src/engine/lint-text.js'
import type {Fix} from '../src/rule/types.js'
import {lint, type LintResult} from '../src/index.js'

/**
 * Property tests: random Unicode, Markdown-shaped and plain-text-shaped
 * input, linted and fixed with every rule on. FUZZ_RUNS is the number of
 * cases over all the properties together: `npm test` runs a few hundred,
 * `npm run fuzz` 100,000.
 */
const total = Number(process.env.FUZZ_RUNS ?? 200)
const long = total > 2000
const timeout = long ? 0 : 120_000
let cases = 0
const started = performance.now()
afterAll(() => {
  console.log(`property tests: ${cases.toLocaleString('en')} random cases in ${((performance.now() - started) / 1000).toFixed(1)} s`)
})

/** Each property's share of the cases. */
const share = (fraction: number) => Math.max(10, Math.round(total * fraction))

// Pieces of text ------------------------------------------------------------

const markup = fc.constantFrom(
  '# ', '## ', '- ', '* ', '1. ', '> ', '>> ', '  • ', '**', '_', '`', '```\n', '---\n', '|a|b|\n|-|-|\n',
  '[a source](https://example.org/study)', '[^1]', '[^1]: A note.\n', '<!-- mindlint-disable -->',
  '<!-- mindlint-disable-next-line -->\n', '<script>alert(1)</script>', '\n', '\n\n', '\r\n', '\r', '\t'
)
const unicode = fc.constantFrom(
  '\u00a0', '\u2019', '\u201c', '\u201d', '\u2014', '\u2011', '\ud83d\ude00', '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67',
  'e\u0301', '\u0645\u0631\u062d\u0628\u0627', '\u05e9\u05dc\u05d5\u05dd', '\u200f', '\u202e', '\u0000', '\u0007',
  '\u001b[31m', '\ufeff', '\u200b', '\u00ad', '\ud800', '\udfff', '\u4f60\u597d', '\u2028', '\u0085'
)
/** Words and phrases the rules act on, fixable ones among them, in several cases. */
const phrases = fc.constantFrom(
  'Ketamine', 'ketamine', 'cure', 'cures depression', 'no side effects', 'minimal side effects', 'revolutionary',
  'breakthrough', 'committed suicide', 'Committed Suicide', 'COMMITTED SUICIDE', 'commits suicide', 'attempted to commit suicide',
  'suffers from', 'Suffering from', 'suffered from', 'happy pills', 'a clean drug test', 'dirty urine sample', 'addict', 'addicts',
  'suicide', '988', '19 Likes', '3 Comments', 'Leave a Reply', 'studies show', '90%', '9 out of 10', 'relief within hours',
  'instant relief', 'may help', 'is not a cure', 'Results may vary.', 'Dr. Smith explains, "it works."', 'Supervisionining',
  'at-home ketamine', 'stop taking your antidepressants', '(Smith et al., 2020)', 'doi:10.1000/xyz', 'NCT01234567',
  '"he committed suicide"', '\u201cshe suffers from it\u201d', '.', '?', ':', ','
)
const plainWords = fc.constantFrom(
  'the', 'a', 'our', 'clinic', 'nurse', 'visit', 'patients', 'many', 'people', 'with', 'depression', 'anxiety', 'therapy',
  'treatment', 'after', 'each', 'session', 'research', 'suggests', 'some', 'adults', 'feel', 'better', 'is', 'are', 'was',
  'we', 'offer', 'infusions', 'TMS', 'esketamine', 'Spravato', 'her', 'brother', 'family', 'years', 'help', 'call', 'today'
)
const word = fc.oneof({weight: 6, arbitrary: plainWords}, {weight: 3, arbitrary: phrases}, {weight: 1, arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 12})})
const space = fc.constantFrom(' ', ' ', ' ', '\u00a0', '  ', '\t')

const sentence = fc
  .tuple(fc.array(fc.tuple(word, space), {minLength: 1, maxLength: 18}), fc.constantFrom('.', '.', '!', '?', '...', ''))
  .map(([parts, end]) => {
    const body = parts.map(([text, gap]) => text + gap).join('').trim()
    return body.charAt(0).toUpperCase() + body.slice(1) + end
  })
const sentences = fc.array(sentence, {minLength: 1, maxLength: 4}).map((list) => list.join(' '))

// Markdown-shaped documents ----------------------------------------------------

const inline = fc.oneof(
  {weight: 6, arbitrary: sentences},
  {weight: 1, arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `**${a}** ${b}`)},
  {weight: 1, arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `${a} [${b}](https://example.org/study?id=${b.length})`)},
  {weight: 1, arbitrary: fc.tuple(sentence, sentence).map(([a, b]) => `_${a}_ \`${b}\`[^1]`)}
)
const markdownBlock = fc.oneof(
  {weight: 6, arbitrary: inline},
  {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), sentence).map(([level, text]) => `${'#'.repeat(level)} ${text}`)},
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '+ '), fc.array(inline, {minLength: 1, maxLength: 5})).map(([marker, items]) => items.map((item, index) => `${index % 3 === 2 ? '  ' : ''}${marker}${item}`).join('\n'))},
  {weight: 1, arbitrary: fc.array(inline, {minLength: 1, maxLength: 3}).map((lines) => lines.map((line, index) => `${'>'.repeat(1 + (index % 2))} ${line}`).join('\n'))},
  {weight: 1, arbitrary: fc.array(sentence, {minLength: 2, maxLength: 6}).map((cells) => `| ${cells.slice(0, 2).join(' | ')} |\n|---|---|\n| ${cells.slice(2, 4).join(' | ')} |`)},
  {weight: 1, arbitrary: sentence.map((text) => `\`\`\`\n${text}\n\`\`\``)},
  {weight: 1, arbitrary: fc.constantFrom('---', '<!-- mindlint-disable suicide-language -->', '<!-- mindlint-enable -->', '<!-- mindlint-disable-next-line -->', '[^1]: Smith J. A trial. 2020.', '<div>html block</div>')}
)
const lineEnding = fc.constantFrom('\n', '\n', '\r\n', 'mixed')
function withEndings(lines: string, ending: string): string {
  if (ending === '\n') return lines
  if (ending === '\r\n') return lines.replaceAll('\n', '\r\n')
  let index = 0
  return lines.replace(/\n/g, () => (index++ % 2 === 0 ? '\r\n' : '\n'))
}

const markdownDocument = fc
  .tuple(
    fc.option(sentence.map((title) => `---\ntitle: ${JSON.stringify(title)}\n---`)),
    fc.array(markdownBlock, {minLength: 1, maxLength: 12}),
    lineEnding,
    fc.boolean()
  )
  .map(([front, blocks, ending, bom]) => (bom ? '\uFEFF' : '') + withEndings([...(front ? [front] : []), ...blocks].join('\n\n') + '\n', ending))

// Plain-text-shaped documents (scraped pages) -----------------------------------------

const plainBlock = fc.oneof(
  {weight: 6, arbitrary: sentences},
  {weight: 2, arbitrary: sentence.map((text) => text.replace(/[.!?]+$/, ''))},
  {weight: 1, arbitrary: fc.array(sentence, {minLength: 1, maxLength: 4}).map((items) => items.map((item) => `\u2022 ${item}`).join('\n'))},
  {weight: 1, arbitrary: fc.tuple(plainWords, sentences).map(([name, text]) => `${name.charAt(0).toUpperCase()}${name.slice(1)} says:\n${text}\nReply`)},
  {weight: 1, arbitrary: fc.constantFrom('3 Comments', 'Leave a Reply', 'Share this', '19 Likes', 'Posted in Ketamine | Share', 'By Jane Doe, RN')}
)
const plainDocument = fc
  .tuple(fc.array(plainBlock, {minLength: 1, maxLength: 14}), fc.constantFrom('\n\n', '\n', '\n\n\n'), lineEnding, fc.boolean())
  .map(([blocks, gap, ending, bom]) => (bom ? '\uFEFF' : '') + withEndings(blocks.join(gap), ending))

// Random soup (anything at all) -----------------------------------------------------

const fragment = fc.oneof(
  {weight: 3, arbitrary: phrases},
  {weight: 2, arbitrary: markup},
  {weight: 2, arbitrary: unicode},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 24})},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 24})},
  {weight: 1, arbitrary: fc.constantFrom(' ', '  ', ' ')}
)
const soup = fc.array(fragment, {maxLength: 80}).map((parts) => parts.join(''))
const longLine = fc.tuple(fc.constantFrom('a', 'ketamine ', 'x-', '\u00a0', '.', 'suffers from '), fc.integer({min: 500, max: 4000})).map(
  ([unit, count]) => unit.repeat(count)
)

const input = fc.oneof({weight: 4, arbitrary: soup}, {weight: 3, arbitrary: markdownDocument}, {weight: 3, arbitrary: plainDocument}, {weight: 1, arbitrary: longLine})
const format = fc.constantFrom('draft.md', 'draft.txt')

// Helpers -----------------------------------------------------------------------------

const strict = {extends: 'strict'} as const
const strictConfig = (path: string) => new ConfigLoader(allRules, {cwd: process.cwd()}).resolveData(strict, 'strict', path)
const configs = {'draft.md': strictConfig('draft.md'), 'draft.txt': strictConfig('draft.txt')} as const

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

function count(text: string, character: string): number {
  return text.split(character).length - 1
}

// Properties ---------------------------------------------------------------------------

describe('linting random input', () => {
  it('never throws, and every message lies inside the text with agreeing line and column', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (text, path) => {
        cases++
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
      {numRuns: share(0.45)}
    )
  })

  it('is deterministic', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (text, path) => {
        cases++
        expect(JSON.stringify(lintStrict(text, path))).toBe(JSON.stringify(lintStrict(text, path)))
      }),
      {numRuns: share(0.1)}
    )
  })
})

describe('fixing random input', () => {
  it('changes only the flagged words, pass by pass, and keeps every other byte, line break and the BOM', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (text, path) => {
        cases++
        const config = configs[path as keyof typeof configs]
        // The passes of --fix, replayed one at a time and checked as they go.
        let current = text
        for (let pass = 0; pass < maxFixPasses; pass++) {
          const {messages} = lintText(current, {path, config, rules: allRules}).result
          const offered = messages.flatMap((message) => (message.fix ? [{message, fix: message.fix}] : []))
          if (offered.length === 0) break
          const {text: next, applied} = applyFixes(current, offered.map(({fix}) => fix))
          if (applied.length === 0) break

          // Each applied fix replaces exactly the words its message flagged, and no two overlap.
          let rebuilt = ''
          let from = 0
          for (const fix of applied) {
            const {message} = offered.find((item) => item.fix === fix)!
            expect([fix.start, fix.end]).toEqual([message.offset, message.endOffset])
            expect(fix.start).toBeGreaterThanOrEqual(from)
            expect(fix.text).not.toMatch(/[\r\n]/)
            rebuilt += current.slice(from, fix.start) + fix.text
            from = fix.end
          }

          // Everything outside the fixed spans is byte-identical.
          expect(next).toBe(rebuilt + current.slice(from))
          current = next
        }

        const fixed = fixText(text, {path, config, rules: allRules})
        expect(fixed.output).toBe(current)
        for (const character of ['\n', '\r', '\u2028']) expect(count(fixed.output, character)).toBe(count(text, character))
        expect(fixed.output.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'))
      }),
      {numRuns: share(0.25)}
    )
  })

  it('leaves no fixable message, and a second fix changes nothing', {timeout}, () => {
    fc.assert(
      fc.property(input, format, (text, path) => {
        cases++
        const config = configs[path as keyof typeof configs]
        const first = fixText(text, {path, config, rules: allRules})
        const left: Fix[] = first.result.messages.flatMap((message) => (message.fix ? [message.fix] : []))
        expect(left).toEqual([])
        expect(first.passes).toBeLessThanOrEqual(maxFixPasses)
        const second = fixText(first.output, {path, config, rules: allRules})
        expect(second.output).toBe(first.output)
        expect(second.applied).toBe(0)
        expect(JSON.stringify(second.result)).toBe(JSON.stringify(first.result))
      }),
      {numRuns: share(0.2)}
    )
  })
})

describe('the generators make the text they promise', () => {
  it('Markdown- and plain-text-shaped documents carry fixable phrases, line-ending mixes and BOMs', () => {
    const samples = fc.sample(fc.tuple(markdownDocument, plainDocument), {numRuns: 300, seed: 7})
    const all = samples.flat()
    expect(all.filter((text) => /committed suicide|suffers from|happy pills/i.test(text)).length).toBeGreaterThan(30)
    expect(all.filter((text) => text.includes('\r\n') && /[^\r]\n/.test(text)).length).toBeGreaterThan(10)
    expect(all.filter((text) => text.startsWith('\uFEFF')).length).toBeGreaterThan(30)
    expect(samples.filter(([markdown]) => /^#{1,6} /m.test(markdown) && /^> /m.test(markdown)).length).toBeGreaterThan(10)
    expect(samples.filter(([, plain]) => /says:\r?\n/.test(plain)).length).toBeGreaterThan(10)
    // Fixing them does something: most samples with a fixable phrase get fixed.
    const fixedCount = all.slice(0, 40).filter((text) => fixText(text, {path: 'draft.md', config: configs['draft.md'], rules: allRules}).applied > 0).length
    expect(fixedCount).toBeGreaterThan(4)
  })
})
