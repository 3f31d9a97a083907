import {readFileSync} from 'node:fs'
import type {Code, Heading, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {toConfigSeverity} from '../src/config/presets.js'
import {actionable, lintWith} from './helpers.js'

/**
 * Every rule's README holds flagged and not-flagged examples; this runs
 * them, so the docs and the behaviour cannot drift apart.
 *
 * A fenced block under "### Flagged" must give at least one warning or error
 * from the rule (a note, for a rule whose severity is info); one under
 * "### Not flagged" must give none. The fence's
 * language picks the format (`text` or `markdown`); JSON after it sets the
 * rule's options, e.g. ```text {"targetAge": 12}
 */
interface Example {
  flagged: boolean
  code: Code
}

function examplesOf(readme: string): Example[] {
  const tree = unified().use(remarkParse).parse(readme) as Root
  const examples: Example[] = []
  let flagged: boolean | undefined
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = (node as Heading).children.map((child) => ('value' in child ? child.value : '')).join('').trim().toLowerCase()
      flagged = title === 'flagged' ? true : title === 'not flagged' ? false : (node as Heading).depth <= 2 ? undefined : flagged
    } else if (node.type === 'code' && flagged !== undefined) {
      examples.push({flagged, code: node})
    }
  }

  return examples
}

for (const rule of allRules) {
  const id = rule.meta.id
  const readme = readFileSync(new URL(`../rules/${id}/README.md`, import.meta.url), 'utf8')

  describe(`rules/${id}/README.md`, () => {
    it('documents what, why, examples and sources, matching the metadata', () => {
      expect(readme.startsWith(`# ${id}\n`)).toBe(true)
      for (const section of ['## Why', '## Examples', '## Sources']) expect(readme).toContain(section)
      expect(readme).toContain(`Category: \`${rule.meta.category}\``)
      const examples = examplesOf(readme)
      expect(examples.some((example) => example.flagged)).toBe(true)
      expect(examples.some((example) => !example.flagged)).toBe(true)
    })

    for (const [index, {flagged, code}] of examplesOf(readme).entries()) {
      const options = code.meta ? (JSON.parse(code.meta) as Record<string, unknown>) : undefined
      const path = code.lang === 'markdown' || code.lang === 'md' ? 'example.md' : 'example.txt'
      const title = `${flagged ? 'flags' : 'does not flag'} example ${index + 1}: ${code.value.slice(0, 50).replace(/\s+/g, ' ')}`
      it(title, () => {
        const severity = toConfigSeverity(rule.meta.severity)
        const setting = options ? [severity, options] : severity
        const found = lintWith(code.value, {[id]: setting}, {path})
        // A rule whose findings are notes (info) is judged by its notes.
        const messages = rule.meta.severity === 'info' ? found.filter((message) => message.ruleId === id) : actionable(found, id)
        if (flagged) expect(messages.length, `expected ${id} to flag:\n${code.value}`).toBeGreaterThan(0)
        else expect(messages.map((message) => message.message)).toEqual([])
      })
    }
  })
}
