import type {Rule} from './types.js'

/**
 * Define a rule: metadata (read by `mindlint rules`, config validation and
 * the docs) plus a check over the document model.
 */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule
}
