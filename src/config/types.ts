import type {ConfigSeverity} from '../rule/types.js'

/** A severity as a config may spell it: `warning` and `note` are read as `warn` and `info`. */
export type SeverityName = ConfigSeverity | 'warning' | 'note'

/** A rule's entry in a config file: a severity, or a severity and options. */
export type RuleSetting = SeverityName | [SeverityName] | [SeverityName, Record<string, unknown>]

/** A configuration file as written (`.mindlintrc.json`, `.yaml`, `package.json#mindlint`). */
export interface ConfigData {
  /** Accepted for compatibility: the nearest config file always wins. */
  root?: boolean
  /** `recommended`, `strict`, or a path to another config file. */
  extends?: string | string[]
  rules?: Record<string, RuleSetting>
  /** Globs (relative to the config file) of files not to lint. */
  ignores?: string[]
  overrides?: Array<{files: string | string[]; rules?: Record<string, RuleSetting>; reportHedged?: boolean}>
  /** Report claims softened by a hedge as `info` (the `strict` preset does). */
  reportHedged?: boolean
}

/** One rule as configured for a file. */
export interface RuleConfig {
  severity: ConfigSeverity
  options: Record<string, unknown>
}

/** The configuration that applies to one file. */
export interface ResolvedConfig {
  /** The file it came from, or a description ("recommended preset"). */
  source: string
  rules: Map<string, RuleConfig>
  reportHedged: boolean
  /** `--report-unused-disable-directives`: report disable comments that switched nothing off. */
  reportUnusedDisableDirectives?: boolean
}

/** A configuration problem: the file, the key path and what is wrong. */
export class ConfigError extends Error {
  readonly file: string
  readonly key: string

  constructor(file: string, key: string, problem: string) {
    super(`${file}${key ? `: ${key}` : ''}: ${problem}`)
    this.name = 'ConfigError'
    this.file = file
    this.key = key
  }
}
