import {allRules, rulesModule} from '../../rules/index.js'
import {ConfigError} from '../config/types.js'
import {BaselineError, baselineSummary, useBaseline} from '../engine/baseline.js'
import {defaultCacheLocation} from '../engine/cache.js'
import {isUrl} from '../engine/fetch-page.js'
import {fixFiles, type FixFilesOutcome, unifiedDiff} from '../engine/fix.js'
import {lintEach, type LintFilesOutcome, type RunOptions} from '../engine/lint-files.js'
import {fixStdinText, lintStdinText, type LintStdinOptions, readStdin, stdinPath, unreadableStdin} from '../engine/lint-stdin.js'
import type {LintResult} from '../engine/messages.js'
import {parseShard, planLint, type PlanOptions} from '../engine/plan.js'
import {createSourceReader} from '../engine/source-reader.js'
import {formatNames, loadFormat} from '../report/index.js'
import {printable} from '../report/printable.js'
import {createProgress, type Progress} from '../report/progress.js'
import {addResult, emptyTotals, type RunTotals} from '../report/totals.js'
import type {Format, FormatContext} from '../report/types.js'
import {openOutput, writeOutput} from '../report/write-output.js'
import {exitCodes} from './exit-codes.js'
import {runPrintConfig} from './print-config.js'
import {ruleReadmeSync} from './rule-info.js'

export interface LintArguments {
  paths: string[]
  format: string
  outputFile?: string
  quiet: boolean
  verbose: boolean
  maxWarnings: number
  color?: boolean
  config?: string
  ignorePattern: string[]
  maxFileSize: number
  stdin: boolean
  stdinFilename?: string
  baseline?: string
  updateBaseline: boolean
  fix: boolean
  fixDryRun: boolean
  jobs?: string
  cache: boolean
  cacheLocation?: string
  shard?: string
  urlList?: string
  urlTimeout: number
  printConfig?: string
  reportUnusedDisableDirectives: boolean
}

/** The lint command: check the arguments, lint, report, and choose the exit code. */
export async function runLint(args: LintArguments): Promise<number> {
  if (args.printConfig !== undefined) {
    if (args.paths.length > 0 || args.stdin) return usage('--print-config FILE prints the configuration of one file: give no other paths and no --stdin')
    if (args.printConfig === '') return usage('--print-config needs a file name')
    return runPrintConfig(args.printConfig, args.config)
  }

  const format = await loadFormat(args.format)
  if (!format) return usage(`unknown format "${printable(args.format)}" (choose from ${formatNames.join(', ')})`)
  const problem = usageProblem(args)
  if (problem) return usage(problem)

  const shard = args.shard === undefined ? undefined : parseShard(args.shard)
  if (typeof shard === 'string') return usage(shard)
  const planOptions: PlanOptions = {
    rules: rulesModule,
    ...(args.config ? {configFile: args.config} : {}),
    ignorePatterns: args.ignorePattern,
    ...(shard ? {shard} : {}),
    ...(args.urlList ? {urlList: args.urlList} : {}),
    ...(args.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: true} : {})
  }
  const runOptions: RunOptions = {
    maxFileSize: Math.round(args.maxFileSize * 1024 * 1024),
    jobs: args.jobs === undefined || args.jobs === 'auto' ? 'auto' : Number(args.jobs),
    urlTimeoutMs: Math.round(args.urlTimeout * 1000),
    ...(args.cache || args.cacheLocation ? {cacheLocation: args.cacheLocation ?? defaultCacheLocation(process.cwd())} : {}),
    onWarning: (problem) => process.stderr.write(`mindlint: ${printable(problem)}\n`)
  }
  const context: FormatContext = {
    cwd: process.cwd(),
    color: useColor(args.color, process.env, args.outputFile !== undefined, Boolean(process.stdout.isTTY)),
    rules: new Map(allRules.map((rule) => [rule.meta.id, rule.meta])),
    ruleDocs: ruleReadmeSync,
    verbose: args.verbose
  }

  try {
    // Streamed file by file when nothing needs the whole run at once.
    if (format.stream && !args.stdin && !args.fix && !args.fixDryRun && !args.baseline) {
      return await streamRun(args, format, context, planOptions, runOptions)
    }

    return await wholeRun(args, format, context, planOptions, runOptions)
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`mindlint: configuration error: ${printable(error.message)}\n`)
      return exitCodes.usage
    }

    if (error instanceof BaselineError) return usage(error.message)
    throw error
  }
}

/** Lint and write each file's report as its result arrives, keeping only counts. */
async function streamRun(args: LintArguments, format: Format, context: FormatContext, planOptions: PlanOptions, runOptions: RunOptions): Promise<number> {
  const plan = await planLint(args.paths, planOptions)
  reportIgnored(plan.ignored)
  const output = openOutput(args.outputFile)
  if (!output) return exitCodes.usage

  const progress = createProgress(process.stderr, process.env, plan.files.length)
  const writer = format.stream!({...context, source: createSourceReader(context.cwd)})
  const totals = emptyTotals()
  let ioFailure = false
  output.write(writer.start())
  for await (const result of lintEach(plan, withProgress(runOptions, progress))) {
    ioFailure = reportFatal(result) || ioFailure
    addResult(totals, result)
    const text = writer.file(args.quiet ? errorsOnly(result) : result)
    if (text && output.terminal) progress?.end()
    output.write(text)
  }

  progress?.end()
  output.write(writer.end(args.quiet ? quietTotals(totals) : totals))
  if (!output.close()) return exitCodes.usage
  return exitCode(totals, ioFailure, args.maxWarnings)
}

/** Lint everything, then report: for formats and features that need the whole run. */
async function wholeRun(args: LintArguments, format: Format, context: FormatContext, planOptions: PlanOptions, runOptions: RunOptions): Promise<number> {
  const given = new Map<string, string>()
  let outcome: LintFilesOutcome
  if (args.stdin) outcome = args.fix || args.fixDryRun ? await fixStdin(args, given) : await lintStdin(args, given)
  else if (args.fix || args.fixDryRun) outcome = await runFix(args.paths, {...planOptions, ...runOptions}, args.fix)
  else {
    const plan = await planLint(args.paths, planOptions)
    const progress = createProgress(process.stderr, process.env, plan.files.length)
    const results: LintResult[] = []
    for await (const result of lintEach(plan, withProgress(runOptions, progress))) results.push(result)
    progress?.end()
    outcome = {results, ignored: plan.ignored}
  }

  reportIgnored(outcome.ignored)
  let results = outcome.results
  const source = createSourceReader(context.cwd, given)
  if (args.baseline) {
    const run = await useBaseline(results, {cwd: context.cwd, file: args.baseline, source, update: args.updateBaseline})
    results = run.results
    process.stderr.write(baselineSummary(run, args.baseline))
  }

  const totals = emptyTotals()
  let ioFailure = false
  for (const result of results) {
    ioFailure = reportFatal(result) || ioFailure
    addResult(totals, result)
  }

  const shown = args.quiet ? results.map(errorsOnly) : results
  const output = format.format(shown, {...context, source})
  // A dry run prints its diff on stdout, and --stdin --fix the fixed text; the report goes only to a file asked for.
  const reportOnStdout = !args.fixDryRun && !(args.stdin && args.fix)
  if ((reportOnStdout || args.outputFile) && !writeOutput(output, args.outputFile)) return exitCodes.usage
  return exitCode(totals, ioFailure, args.maxWarnings)
}

/**
 * Colours: `--color` / `--no-color` first; then, for the terminal (never an
 * `--output-file`), `FORCE_COLOR` (on, even when piped; `0` or `false` off;
 * it outranks `NO_COLOR`, as in Node), then `NO_COLOR` (off when set and not
 * empty), then whether stdout is a terminal.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, toFile: boolean, terminal: boolean): boolean {
  if (flag !== undefined) return flag
  if (toFile) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return !/^(?:0|false)$/i.test(force.trim())
  if (env.NO_COLOR) return false
  return terminal
}

function exitCode(totals: RunTotals, ioFailure: boolean, maxWarnings: number): number {
  if (ioFailure) return exitCodes.usage
  if (totals.errors > 0) return exitCodes.lintErrors
  if (maxWarnings >= 0 && totals.warnings > maxWarnings) {
    process.stderr.write(`mindlint: too many warnings (${totals.warnings}; --max-warnings is ${maxWarnings})\n`)
    return exitCodes.lintErrors
  }

  return exitCodes.ok
}

/** A combination of options that makes no sense, or undefined. */
function usageProblem(args: LintArguments): string | undefined {
  if (!Number.isFinite(args.maxFileSize) || args.maxFileSize <= 0) return '--max-file-size must be a positive number of megabytes'
  if (!Number.isInteger(args.maxWarnings) || args.maxWarnings < -1) return '--max-warnings expects a whole number (-1 for no limit)'
  if (args.stdin && args.paths.length > 0) return '--stdin reads the text from standard input: give no paths with it (name it with --stdin-filename)'
  if (args.stdinFilename !== undefined && !args.stdin) return '--stdin-filename names the text read with --stdin: add --stdin'
  if (args.updateBaseline && !args.baseline) return '--update-baseline needs --baseline FILE (where to record the problems)'
  if (args.fix && args.fixDryRun) return 'choose either --fix or --fix-dry-run'
  if ((args.fix || args.fixDryRun) && (args.urlList || args.paths.some((path) => isUrl(path)))) {
    return `${args.fix ? '--fix' : '--fix-dry-run'} changes files, not web pages: lint URLs without it, and fix the page's source`
  }

  if (args.stdin && args.urlList) return '--stdin reads the text from standard input: give no --url-list with it'
  if (!Number.isFinite(args.urlTimeout) || args.urlTimeout <= 0) return '--url-timeout must be a positive number of seconds'
  if (args.jobs !== undefined && args.jobs !== 'auto' && !(Number.isInteger(Number(args.jobs)) && Number(args.jobs) >= 1)) {
    return `--jobs expects a whole number of at least 1, or auto, got "${args.jobs}"`
  }

  return undefined
}

function usage(problem: string): number {
  process.stderr.write(`mindlint: ${printable(problem)}\n`)
  return exitCodes.usage
}

function reportIgnored(ignored: readonly string[]): void {
  for (const path of ignored) process.stderr.write(`mindlint: ${printable(path)}: ignored by an ignore file, pattern or config "ignores"\n`)
}

/** Name an unreadable file on stderr; true when the result is one. */
function reportFatal(result: LintResult): boolean {
  if (!result.fatal) return false
  process.stderr.write(`mindlint: ${printable(result.path)}: ${printable(result.messages[0].message)}\n`)
  return true
}

function withProgress(options: RunOptions, progress: Progress | undefined): RunOptions {
  return progress ? {...options, onFile: (done, _total, path) => progress.update(done, path)} : options
}

/** What `--stdin` and `--stdin --fix` pass on: the name to lint as and the config file. */
function stdinOptions(args: LintArguments): LintStdinOptions {
  return {
    rules: allRules,
    ...(args.stdinFilename ? {filename: args.stdinFilename} : {}),
    ...(args.config ? {configFile: args.config} : {}),
    ...(args.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: true} : {})
  }
}

/** `--stdin`: lint standard input as `--stdin-filename`; keep its text for the reports. */
async function lintStdin(args: LintArguments, given: Map<string, string>): Promise<LintFilesOutcome> {
  const reading = await readStdin(process.stdin, Math.round(args.maxFileSize * 1024 * 1024))
  if (!reading.ok) return unreadableStdin(reading.problem, args.stdinFilename)
  const outcome = lintStdinText(reading.text, stdinOptions(args))
  for (const result of outcome.results) given.set(result.path, reading.text)
  return outcome
}

/**
 * `--stdin --fix`: print the fixed text (all of it) on stdout and write
 * nothing to disk; `--stdin --fix-dry-run`: print the diff. Nothing is
 * printed when the input cannot be read, so a pipe never gets half a text.
 */
async function fixStdin(args: LintArguments, given: Map<string, string>): Promise<LintFilesOutcome> {
  const reading = await readStdin(process.stdin, Math.round(args.maxFileSize * 1024 * 1024))
  if (!reading.ok) return unreadableStdin(reading.problem, args.stdinFilename)
  const fixed = fixStdinText(reading.text, stdinOptions(args))
  const name = printable(args.stdinFilename ?? stdinPath)
  if (args.fix) process.stdout.write(fixed.output)
  else if (fixed.output !== reading.text) process.stdout.write(await unifiedDiff(name, reading.text, fixed.output))
  for (const result of fixed.results) given.set(result.path, fixed.output)

  const fixes = `${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}`
  const left = fixed.results.reduce((sum, result) => sum + result.messages.length, 0)
  const report = args.outputFile ? `report in ${args.outputFile}` : 'add --output-file for the report'
  if (args.fix && (fixed.applied > 0 || left > 0)) process.stderr.write(`mindlint: ${name}: applied ${fixes}; ${left} problem${left === 1 ? '' : 's'} left (${report})\n`)
  if (args.fixDryRun) process.stderr.write(`mindlint: ${name}: ${fixes} (dry run: nothing written)\n`)
  return fixed
}

/** `--fix` and `--fix-dry-run`: fix, then write the files or print the diff. */
async function runFix(paths: string[], options: PlanOptions & RunOptions, write: boolean): Promise<FixFilesOutcome> {
  const outcome = await fixFiles(paths, {...options, write})
  const fixes = outcome.changed.filter((change) => !change.problem)
  const count = fixes.reduce((sum, change) => sum + change.applied, 0)
  const summary = `${count} fix${count === 1 ? '' : 'es'} ${write ? 'to' : 'in'} ${fixes.length} file${fixes.length === 1 ? '' : 's'}`
  if (write) {
    if (count > 0) process.stderr.write(`mindlint: applied ${summary}\n`)
    return outcome
  }

  for (const change of fixes) process.stdout.write(await unifiedDiff(change.path, change.before, change.after))
  process.stderr.write(`mindlint: ${summary} (dry run: nothing written)\n`)
  return outcome
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 'error')
  return {...result, messages, warningCount: 0, infoCount: 0}
}

/** Totals as `--quiet` shows them: errors only. */
function quietTotals(totals: RunTotals): RunTotals {
  const byRule = new Map([...totals.byRule].filter(([, entry]) => entry.errors > 0).map(([id, entry]) => [id, {...entry, count: entry.errors}]))
  return {...totals, warnings: 0, notes: 0, byRule}
}

