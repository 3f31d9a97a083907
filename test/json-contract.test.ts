import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {runCli} from './helpers.js'

const messageIds = new Map(allRules.map((rule) => [rule.meta.id, Object.keys(rule.meta.messages ?? {})]))

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url))
const sharedCorpus = fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url))

/** Offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

function checkContract(folder: string): number {
  const run = runCli([folder, '--format', 'json'])
  expect(run.code === 0 || run.code === 1).toBe(true)
  const results = JSON.parse(run.stdout) as Array<{path: string; messages: Array<Record<string, any>>; stats: Record<string, number>}>
  let checked = 0
  for (const result of results) {
    const text = readFileSync(result.path, 'utf8')
    expect(typeof result.stats.words).toBe('number')
    expect(typeof result.stats.sentences).toBe('number')
    for (const message of result.messages) {
      expect(['error', 'warning', 'info']).toContain(message.severity)
      expect(message.ruleId === null || typeof message.ruleId === 'string').toBe(true)
      if (message.ruleId !== null) expect(typeof message.url).toBe('string')
      // A rule's message: which of its messages it is, a one-line statement and the help apart.
      if (message.ruleId !== null && !message.fatal) {
        expect(messageIds.get(message.ruleId)).toContain(message.messageId)
        expect(message.message).not.toMatch(/\n/)
        expect(message.help).toMatch(/Source: \S/)
      }
      if (message.line === undefined) continue
      expect(offsetOf(text, message.line, message.column)).toBe(message.offset)
      expect(offsetOf(text, message.endLine, message.endColumn)).toBe(message.endOffset)
      expect(message.endOffset).toBeGreaterThanOrEqual(message.offset)
      expect(message.endOffset).toBeLessThanOrEqual(text.length)
      checked++
    }
  }

  return checked
}

describe('the JSON contract holds on real articles', () => {
  it('on the bundled fixtures: offsets agree with line and column', () => {
    expect(checkContract(fixtures)).toBeGreaterThan(0)
  })

  it.skipIf(!existsSync(sharedCorpus))('on the shared corpus (when present beside the project)', () => {
    expect(checkContract(sharedCorpus)).toBeGreaterThan(0)
  })
})
