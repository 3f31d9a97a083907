import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {allRules} from '../../rules/index.js'
import {optionSpecsOf} from '../rule/options.js'
import type {Category, MessageSpec, Severity} from '../rule/types.js'
import {ruleUrl} from '../engine/tool-info.js'

/** A rule as `mindlint rules --format json` lists it. */
export interface RuleInfo {
  id: string
  category: Category
  severity: Severity
  fixable: boolean
  recommended: boolean
  description: string
  url: string
  options: Record<string, {type: string; default: unknown; description: string}>
  /** What the rule says, by message id: the statement and the help, with `{placeholders}` for the words found. */
  messages: Record<string, MessageSpec>
}

export function ruleList(): RuleInfo[] {
  return allRules.map((rule) => ({
    id: rule.meta.id,
    category: rule.meta.category,
    severity: rule.meta.severity,
    fixable: rule.meta.fixable,
    recommended: rule.meta.recommended !== false,
    description: rule.meta.description,
    url: ruleUrl(rule.meta.id),
    options: Object.fromEntries(
      Object.entries(optionSpecsOf(rule)).map(([name, spec]) => [name, {type: spec.type, default: spec.default, description: spec.description}])
    ),
    messages: Object.fromEntries(Object.entries(rule.meta.messages ?? {}).map(([id, spec]) => [id, {message: spec.message, help: spec.help}]))
  }))
}

/** The rule's README (its documentation), or undefined for an unknown id. */
export async function ruleReadme(id: string): Promise<string | undefined> {
  if (!allRules.some((rule) => rule.meta.id === id)) return undefined
  // rules/<id>/README.md sits beside the rule's module, in source and in dist.
  const url = new URL(`../../rules/${id}/README.md`, import.meta.url)
  try {
    return await readFile(fileURLToPath(url), 'utf8')
  } catch {
    return `${id}: no documentation found at ${fileURLToPath(url)}\n`
  }
}

/** The rule's README, read synchronously (for reports that embed rule help); undefined when missing. */
export function ruleReadmeSync(id: string): string | undefined {
  try {
    return readFileSync(fileURLToPath(new URL(`../../rules/${id}/README.md`, import.meta.url)), 'utf8')
  } catch {
    return undefined
  }
}
