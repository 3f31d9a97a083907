// Compiled by test/api.test.ts against the built package (`mindlint` resolves
// to this package by self-reference), as a TypeScript user would import it.
import {defineConfig, lint, lintFiles, rules, ruleList, type LintMessage, type LintResult, type RuleMeta} from 'mindlint'
import remarkMindlint, {type RemarkMindlintOptions} from 'mindlint/remark'

const config = defineConfig({extends: 'recommended', rules: {'hard-sentence': ['warn', {targetAge: 14}], 'page-chrome': 'off'}})
const result: LintResult = lint('Share this', {path: 'a.md', config})
const first: LintMessage | undefined = result.messages[0]
const line: number | undefined = first?.line
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

export {line, metas, ids, outcome, options, plugin, wrong}
