/**
 * mindlint's programmatic interface: the same results as the CLI.
 *
 *   import {lint, lintFiles} from 'mindlint'
 *   const result = lint(text, {path: 'draft.md'})
 */
import {allRules, rulesModule} from '../rules/index.js'
import {ConfigLoader} from './config/load.js'
import type {ConfigData} from './config/types.js'
import type {DocumentFormat} from './document/types.js'
import {type LintFilesOptions as EngineOptions, type LintFilesOutcome, lintFiles as lintFilesWith} from './engine/lint-files.js'
import {lintText} from './engine/lint-text.js'
import type {LintResult} from './engine/messages.js'
import type {RuleInput} from './engine/rule-module.js'
import type {AnyRule} from './rule/types.js'

export type {LintFilesOutcome} from './engine/lint-files.js'
export type {RuleInput} from './engine/rule-module.js'
export type {LintMessage, LintResult} from './engine/messages.js'
export type {ConfigData, ResolvedConfig, RuleSetting} from './config/types.js'
export {ConfigError} from './config/types.js'
export type {Document, Sentence, Block, Token, Citation, Section} from './document/types.js'
export type {Rule, RuleMeta, RuleContext, Report, Severity, Category, Fix} from './rule/types.js'
export {buildDocument} from './document/build.js'
export {allRules as rules}
export {ruleList, type RuleInfo} from './commands/rule-info.js'
export {categories, type ConfigSeverity} from './rule/types.js'
export {default as remarkMindlint, type RemarkMindlintOptions} from './remark.js'

/** Type-check a configuration written in code (the shape of `.mindlintrc.json`). */
export function defineConfig(config: ConfigData): ConfigData {
  return config
}

export interface LintOptions {
  /** The file's name: chooses Markdown, MDX, HTML or plain text and appears in results. */
  path?: string
  format?: DocumentFormat
  /** Configuration as data (the shape of `.mindlintrc.json`); default `recommended`. */
  config?: ConfigData
  /** Where relative `extends` paths start. */
  cwd?: string
  /** The rules to check; default: every built-in rule (`rules`). */
  rules?: readonly AnyRule[]
}

/** Lint one text. Throws a `ConfigError` for invalid configuration. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? allRules
  const loader = new ConfigLoader(rules, {cwd: options.cwd ?? process.cwd()})
  const path = options.path ?? '<text>'
  const config = loader.resolveData(options.config ?? {extends: 'recommended'}, 'configuration passed to lint()', path)
  return lintText(text, {path, config, rules, ...(options.format ? {format: options.format} : {})}).result
}

export interface LintFilesOptions extends Omit<EngineOptions, 'rules'> {
  /**
   * The rules to check; default: every built-in rule. A module that exports
   * them (`'./my-rules.js'` from `cwd`, or a URL; its `rules` export or
   * default export) runs on worker threads with `jobs`; rule objects run on
   * this thread only.
   */
  rules?: RuleInput
}

/**
 * Lint files, folders and globs: the same results as the CLI's JSON.
 * Configuration for every file is loaded and checked before any file is
 * linted (a `ConfigError` is thrown).
 */
export function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  return lintFilesWith(patterns, {...options, rules: options.rules ?? rulesModule})
}
