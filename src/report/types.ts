import type {LintResult} from '../engine/messages.js'
import type {RuleMeta} from '../rule/types.js'

export interface FormatContext {
  cwd: string
  color: boolean
  /** Metadata of every rule, by id. */
  rules: ReadonlyMap<string, RuleMeta>
}

/** Turns results into the text written to stdout or `--output-file`. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string
