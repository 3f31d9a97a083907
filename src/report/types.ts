import type {LintResult} from '../engine/messages.js'
import type {RuleMeta} from '../rule/types.js'

export interface FormatContext {
  cwd: string
  color: boolean
  /** Metadata of every rule, by id. */
  rules: ReadonlyMap<string, RuleMeta>
  /**
   * The text a result was linted from, by its `path` (undefined when it is
   * not available). Formats that show or fingerprint the flagged text use it;
   * results themselves stay the JSON contract, without the text.
   */
  source?: (path: string) => string | undefined
}

/** Turns results into the text written to stdout or `--output-file`. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string
