import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import type {LintMessage} from '../src/index.js'

/**
 * Our own readability fixtures, linted with the recommended preset: plain
 * copy at grade 6 to 8 gets no readability warning; dense copy gets them on
 * the sentences a reader stumbles on, and not on its plain sentences.
 */
interface Label {
  file: string
  kind: 'plain' | 'dense'
  longParagraph?: boolean
  stumbles?: string[]
  easy?: string[]
}

const folder = new URL('../fixtures/readability/', import.meta.url)
const labels = JSON.parse(readFileSync(new URL('labels.json', folder), 'utf8')) as Label[]
const sentenceRules = new Set(['hard-sentence', 'long-sentence'])

function run(label: Label): {text: string; result: ReturnType<typeof lint>; warnings: LintMessage[]} {
  const text = readFileSync(new URL(label.file, folder), 'utf8')
  const result = lint(text, {path: label.file})
  const warnings = result.messages.filter((message) => message.category === 'readability' && message.severity !== 'info')
  return {text, result, warnings}
}

/** Offsets of the sentence holding `quote`: the message must fall inside. */
function covers(text: string, quote: string, message: LintMessage): boolean {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`quote not found: ${quote}`)
  return message.offset !== undefined && message.offset <= start && (message.endOffset ?? 0) >= start + quote.length
}

describe('plain copy gets no readability warning', () => {
  for (const label of labels.filter((item) => item.kind === 'plain')) {
    it(label.file, () => {
      const {result, warnings} = run(label)
      expect(result.stats.fleschKincaidGrade).toBeGreaterThanOrEqual(6)
      expect(result.stats.fleschKincaidGrade).toBeLessThanOrEqual(8)
      expect(warnings.map((message) => `${message.ruleId}: ${message.message}`)).toEqual([])
    })
  }
})

describe('dense copy gets warnings where a reader stumbles', () => {
  for (const label of labels.filter((item) => item.kind === 'dense')) {
    it(label.file, () => {
      const {text, result, warnings} = run(label)
      expect(result.stats.fleschKincaidGrade).toBeGreaterThan(11)
      expect(warnings.some((message) => message.ruleId === 'reading-level' && message.severity === 'error')).toBe(true)
      expect(warnings.some((message) => message.ruleId === 'long-paragraph')).toBe(label.longParagraph ?? false)

      const sentenceWarnings = warnings.filter((message) => sentenceRules.has(message.ruleId ?? ''))
      for (const quote of label.stumbles ?? []) {
        expect(sentenceWarnings.some((message) => covers(text, quote, message)), `stumble not flagged: ${quote}`).toBe(true)
      }

      for (const quote of label.easy ?? []) {
        expect(sentenceWarnings.filter((message) => covers(text, quote, message)), `plain sentence flagged: ${quote}`).toEqual([])
      }

      // Every sentence warning is on a labelled stumble.
      for (const message of sentenceWarnings) {
        const flagged = text.slice(message.offset, message.endOffset)
        expect((label.stumbles ?? []).some((quote) => flagged.includes(quote)), `unexpected warning on: ${flagged}`).toBe(true)
      }
    })
  }
})
