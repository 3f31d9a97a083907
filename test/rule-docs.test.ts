import {readFileSync} from 'node:fs'
import type {Code, Heading, List, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {toConfigSeverity} from '../src/config/presets.js'
import type {LintMessage} from '../src/index.js'
import {loadLexicon} from '../src/rule/lexicon.js'
import {placeholdersOf} from '../src/rule/messages.js'
import {actionable, lintWith} from './helpers.js'

/**
 * Every rule's README holds flagged and not-flagged examples; this runs
 * them, so the docs and the behaviour cannot drift apart.
 *
 * A fenced block under "### Flagged" is followed by a list of the exact
 * messages the rule gives on it, one item each, in the order reported:
 *
 *     - 1:6-1:20 warning speed-claim (speed): 'instant relief' promises fast relief as fact
 *
 * that is the place (`line:column-line:column` in the example, or
 * `document` for a message about the whole text), the severity as the
 * stylish output prints it (error, warning, note), the rule id, the message
 * id from the rule's `meta.messages`, and the short statement (a note is
 * listed as such). A block under "### Not flagged" gives no warning or error
 * (no note either, for a rule whose severity is info). The fence's language picks
 * the format (`text` or `markdown`); JSON after it sets the rule's options,
 * e.g. ```text {"targetAge": 12}
 */
interface Example {
  flagged: boolean
  code: Code
  /** The list after a flagged example, as written (one string per item). */
  expected?: string[]
}

function examplesOf(readme: string): Example[] {
  const tree = unified().use(remarkParse).parse(readme) as Root
  const examples: Example[] = []
  let flagged: boolean | undefined
  for (const [index, node] of tree.children.entries()) {
    if (node.type === 'heading') {
      const title = (node as Heading).children.map((child) => ('value' in child ? child.value : '')).join('').trim().toLowerCase()
      flagged = title === 'flagged' ? true : title === 'not flagged' ? false : (node as Heading).depth <= 2 ? undefined : flagged
    } else if (node.type === 'code' && flagged !== undefined) {
      const next = tree.children[index + 1]
      const example: Example = {flagged, code: node}
      if (next?.type === 'list') example.expected = itemsOf(readme, next)
      examples.push(example)
    }
  }

  return examples
}

/** A list's items as written in the source (not as Markdown renders them: quotes and underscores stay). */
function itemsOf(readme: string, list: List): string[] {
  return list.children.map((item) => {
    const text = readme.slice(item.position!.start.offset, item.position!.end.offset)
    return text.replace(/^[-*+]\s+/, '').replace(/\s*\n\s*/g, ' ').trim()
  })
}

const severityWords = {error: 'error', warning: 'warning', info: 'note'} as const

/** A message in the docs' form. */
function docsLine(message: LintMessage): string {
  const place = message.line === undefined ? 'document' : `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`
  return `${place} ${severityWords[message.severity]} ${message.ruleId} (${message.messageId ?? '?'}): ${message.message}`
}

for (const rule of allRules) {
  const id = rule.meta.id
  const readme = readFileSync(new URL(`../rules/${id}/README.md`, import.meta.url), 'utf8')
  const examples = examplesOf(readme)

  describe(`rules/${id}/README.md`, () => {
    it('documents what, why, examples and sources, matching the metadata', () => {
      expect(readme.startsWith(`# ${id}\n`)).toBe(true)
      for (const section of ['## Why', '## Examples', '## Sources']) expect(readme).toContain(section)
      expect(readme).toContain(`Category: \`${rule.meta.category}\``)
      expect(examples.some((example) => example.flagged)).toBe(true)
      expect(examples.some((example) => !example.flagged)).toBe(true)
    })

    it('shows every message of the rule in a flagged example', () => {
      const shown = new Set(examples.flatMap((example) => example.expected ?? []).map((line) => /\(([\w-]+)\):/.exec(line)?.[1]))
      expect(Object.keys(rule.meta.messages ?? {}).filter((messageId) => !shown.has(messageId))).toEqual([])
    })

    for (const [index, {flagged, code, expected}] of examples.entries()) {
      const options = code.meta ? (JSON.parse(code.meta) as Record<string, unknown>) : undefined
      const path = code.lang === 'markdown' || code.lang === 'md' ? 'example.md' : 'example.txt'
      const title = `${flagged ? 'flags' : 'does not flag'} example ${index + 1}: ${code.value.slice(0, 50).replace(/\s+/g, ' ')}`
      it(title, () => {
        const severity = toConfigSeverity(rule.meta.severity)
        const setting = options ? [severity, options] : severity
        const found = lintWith(code.value, {[id]: setting}, {path})
        if (flagged) {
          const messages = found.filter((message) => message.ruleId === id)
          expect(expected, `the example at line ${code.position!.start.line} needs the list of its messages after it`).toBeDefined()
          expect(messages.map(docsLine), `the messages ${id} gives on:\n${code.value}`).toEqual(expected)
          expect(messages.length, `expected ${id} to flag:\n${code.value}`).toBeGreaterThan(0)
        } else {
          const messages = rule.meta.severity === 'info' ? found.filter((message) => message.ruleId === id) : actionable(found, id)
          expect(messages.map((message) => message.message)).toEqual([])
        }
      })
    }
  })
}

describe('rule messages', () => {
  for (const rule of allRules) {
    const {id, messages} = rule.meta
    it(`${id} states each message briefly and gives help with a source`, () => {
      expect(Object.keys(messages ?? {}).length).toBeGreaterThan(0)
      for (const [messageId, spec] of Object.entries(messages ?? {})) {
        expect(messageId).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
        // The template without its placeholders: the data (quoted words, figures) adds the rest.
        expect(spec.message.replace(/\{[\w-]+\}/g, '').length, `${id}/${messageId}`).toBeLessThanOrEqual(90)
        expect(spec.message, `${id}/${messageId}: one line`).not.toMatch(/\n/)
        expect(spec.help, `${id}/${messageId}`).toMatch(/Source: \S/)
        expect(spec.help.charAt(0), `${id}/${messageId}: help is a sentence`).toMatch(/[A-Z{]/)
        for (const name of placeholdersOf(spec.message + spec.help)) expect(name).toMatch(/^[A-Za-z]+$/)
      }
    })

    if (rule.lexicon) {
      it(`${id}: every lexicon entry's messageId is one of the rule's messages`, () => {
        const lexicon = loadLexicon(rule.lexicon!)
        for (const entry of lexicon.phrases) {
          if (entry.messageId !== undefined) expect(Object.keys(messages ?? {})).toContain(entry.messageId)
        }
      })
    }
  }
})
