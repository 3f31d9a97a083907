// Compiled by test/api.test.ts against the built package (`mindlint` resolves
// to this package by self-reference), as a TypeScript user would import it.
import {defineConfig, lint, lintFiles, rules, ruleList, type LintMessage, type LintResult, type Rule, type RuleMeta} from 'mindlint'
import remarkMindlint, {type RemarkMindlintOptions} from 'mindlint/remark'

const config = defineConfig({extends: 'recommended', rules: {'hard-sentence': ['warn', {targetAge: 14}], 'page-chrome': 'off'}})
const result: LintResult = lint('Share this', {path: 'a.md', config})
const first: LintMessage | undefined = result.messages[0]
const line: number | undefined = first?.line
const help: string | undefined = first?.help
const messageId: string | undefined = first?.messageId
const metas: RuleMeta[] = rules.map((rule) => rule.meta)
const ids: string[] = ruleList().map((rule) => rule.id)
const outcome: Promise<{results: LintResult[]; ignored: string[]}> = lintFiles(['fixtures'])
const options: RemarkMindlintOptions = {config}
const plugin: typeof remarkMindlint = remarkMindlint

// @ts-expect-error: "loud" is not a severity
defineConfig({rules: {'hard-sentence': 'loud'}})
// @ts-expect-error: severity must come first
defineConfig({rules: {'hard-sentence': [{targetAge: 14}, 'warn']}})
// @ts-expect-error: messages carry a 1-based line number, not a string
const wrong: string = first?.line

// A rule of one's own: messages by id in its meta, reports by id with data.
const custom: Rule = {
  meta: {
    id: 'house-style',
    category: 'language',
    severity: 'warning',
    fixable: false,
    description: 'Words the house style avoids.',
    messages: {avoid: {message: "'{word}' is not house style", help: 'Write {preferred}. Source: the style guide.'}}
  },
  check({report}) {
    report({messageId: 'avoid', data: {word: 'utilize', preferred: 'use'}, start: 0, end: 7})
    report({message: 'a free message, with no id', help: 'optional advice'})
    // @ts-expect-error: a report gives a message id or a free message, not both
    report({messageId: 'avoid', message: 'both'})
  }
}

export {line, help, messageId, metas, ids, outcome, options, plugin, wrong, custom}
