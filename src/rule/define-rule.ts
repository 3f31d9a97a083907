import type {Rule} from './types.js'

/**
 * Define a rule: metadata (read by `mindlint rules`, config validation and
 * the docs) plus a check over the document model.
 */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule
}

/** The documentation address of a rule. */
export function ruleUrl(id: string): string {
  return `https://github.com/mindlint/mindlint/blob/main/rules/${id}/README.md`
}
