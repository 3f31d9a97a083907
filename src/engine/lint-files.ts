import {resolve} from 'node:path'
import {ConfigLoader} from '../config/load.js'
import type {AnyRule} from '../rule/types.js'
import {allRules} from '../../rules/index.js'
import {discoverFiles} from './discover.js'
import type {LintResult} from './messages.js'
import {readSource, defaultMaxFileSize} from './read-source.js'
import {lintText} from './lint-text.js'

export interface LintFilesOptions {
  cwd?: string
  /** `--config`: one config file for every file. */
  configFile?: string
  /** `--ignore-pattern`. */
  ignorePatterns?: readonly string[]
  /** Defaults to every built-in rule. */
  rules?: readonly AnyRule[]
  /** Skip files larger than this many bytes. */
  maxFileSize?: number
  /** Called as each file starts (for a progress display): files started so far, of `total`. */
  onFile?: (started: number, total: number, path: string) => void
}

export interface LintFilesOutcome {
  /** One result per file, sorted by path; unreadable files carry a fatal message. */
  results: LintResult[]
  /** Files named on the command line but ignored by an ignore file or pattern. */
  ignored: string[]
}

/**
 * Lint files, folders and globs. Configuration for every file is loaded
 * and checked before any file is linted (a `ConfigError` is thrown).
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const cwd = options.cwd ?? process.cwd()
  const rules = options.rules ?? allRules
  const discovery = await discoverFiles(patterns, {cwd, ignorePatterns: options.ignorePatterns ?? []})
  const loader = new ConfigLoader(rules, {cwd, ...(options.configFile ? {configFile: options.configFile} : {})})

  const ignored = [...discovery.ignored]
  const files: string[] = []
  for (const file of discovery.files) {
    if (loader.isIgnored(file)) {
      if (patterns.includes(file)) ignored.push(file)
    } else {
      files.push(file)
    }
  }

  loader.check(files)

  const results: LintResult[] = discovery.problems.map(({path, problem}) => fatalResult(path, problem))
  for (const [index, path] of files.entries()) {
    options.onFile?.(index + 1, files.length, path)
    const reading = await readSource(resolve(cwd, path), options.maxFileSize ?? defaultMaxFileSize)
    if (!reading.ok) {
      results.push(fatalResult(path, reading.problem))
      continue
    }

    try {
      results.push(lintText(reading.text, {path, config: loader.forFile(path), rules}).result)
    } catch (error) {
      // A bug must cost one file, not the run.
      results.push(fatalResult(path, `internal error while linting: ${(error as Error).message}`))
    }
  }

  return {results, ignored}
}

/** The result for a file that could not be linted. */
export function fatalResult(path: string, problem: string): LintResult {
  return {
    path,
    messages: [{ruleId: null, category: null, severity: 'error', message: problem, fatal: true}],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableCount: 0,
    stats: {words: 0, sentences: 0, paragraphs: 0},
    fatal: true
  }
}
