import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint, type LintMessage} from '../src/index.js'

/**
 * Every fixture article (plain text and Markdown) against its labels: the
 * document-level verdict of each disclosure rule, and the exact phrases the
 * language and standard-care rules must flag (and nothing else).
 * `shared/tools/score.mjs` reads only `.txt`; this covers both formats.
 */
interface Label {
  id: string
  format: 'txt' | 'md'
  kind: 'hype' | 'careful' | 'mixed'
  names_concrete_risks: boolean
  mentions_suicide: boolean
  crisis_resource: boolean
  testimonial: boolean
  typical_results_disclaimer: boolean
  unsourced_expert_quote: boolean
  stigma: string[]
  off_label_promotion: boolean
  unmonitored_at_home: boolean
  standard_care: string[]
}

const labels = JSON.parse(readFileSync(new URL('../fixtures/labels.json', import.meta.url), 'utf8')) as Label[]

/** What each document-level rule should say, from the labels (as the shared scorer reads them). */
const verdicts: Record<string, (label: Label) => boolean> = {
  'risk-disclosure': (label) => !label.names_concrete_risks && label.kind !== 'careful',
  'crisis-resource': (label) => label.mentions_suicide && !label.crisis_resource,
  'testimonial-disclosure': (label) => label.testimonial && !label.typical_results_disclaimer,
  'unsourced-quote': (label) => label.unsourced_expert_quote,
  'off-label-disclosure': (label) => label.off_label_promotion,
  'supervision-disclosure': (label) => label.unmonitored_at_home
}

const linted = new Map<string, {text: string; messages: LintMessage[]}>()

function lintFixture(label: Label): {text: string; messages: LintMessage[]} {
  const cached = linted.get(label.id)
  if (cached) return cached
  const path = `${label.id}.${label.format}`
  const text = readFileSync(new URL(`../fixtures/articles/${path}`, import.meta.url), 'utf8')
  const messages = lint(text, {path}).messages.filter((message) => message.severity !== 'info')
  linted.set(label.id, {text, messages})
  return {text, messages}
}

/** Each labelled phrase is flagged, and each message of the rules falls on a labelled phrase. */
function expectPhrases(text: string, messages: LintMessage[], phrases: string[]) {
  const spans = phrases.map((phrase) => {
    const start = text.indexOf(phrase)
    expect(start, `labelled phrase not in the article: ${phrase}`).toBeGreaterThanOrEqual(0)
    return {phrase, start, end: start + phrase.length}
  })
  const overlaps = (message: LintMessage, span: {start: number; end: number}) =>
    message.offset !== undefined && message.endOffset !== undefined && message.offset < span.end && span.start < message.endOffset

  const missed = spans.filter((span) => !messages.some((message) => overlaps(message, span))).map((span) => span.phrase)
  const extra = messages.filter((message) => !spans.some((span) => overlaps(message, span))).map((message) => text.slice(message.offset, message.endOffset))
  expect({missed, extra}).toEqual({missed: [], extra: []})
}

describe('fixture articles: disclosures and language', () => {
  it('has at least 12 labelled articles in both formats', () => {
    expect(labels.length).toBeGreaterThanOrEqual(12)
    expect(labels.some((label) => label.format === 'md')).toBe(true)
    expect(labels.some((label) => label.format === 'txt')).toBe(true)
  })

  for (const [ruleId, expected] of Object.entries(verdicts)) {
    it(`${ruleId}: fires and stays quiet where the labels say`, () => {
      expect(labels.some(expected), `no fixture where ${ruleId} should fire`).toBe(true)
      expect(labels.some((label) => !expected(label)), `no fixture where ${ruleId} should stay quiet`).toBe(true)
      const wrong: string[] = []
      for (const label of labels) {
        const fired = lintFixture(label).messages.some((message) => message.ruleId === ruleId)
        if (fired !== expected(label)) wrong.push(`${label.id}: ${fired ? 'false alarm' : 'missed'}`)
      }

      expect(wrong).toEqual([])
    })
  }

  for (const label of labels) {
    it(`${label.id}: flags exactly the labelled stigma and standard-care phrases`, () => {
      const {text, messages} = lintFixture(label)
      const language = messages.filter((message) => message.category === 'language' && message.ruleId !== 'spelling')
      expectPhrases(text, language, label.stigma)
      expectPhrases(text, messages.filter((message) => message.ruleId === 'standard-care'), label.standard_care)
    })
  }
})
