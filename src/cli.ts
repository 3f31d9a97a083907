import {existsSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import yargs from 'yargs'
import {ConfigError} from './config/types.js'
import {fixFiles, type FixFilesOutcome, unifiedDiff} from './engine/fix.js'
import {lintFiles, type LintFilesOptions} from './engine/lint-files.js'
import type {LintResult} from './engine/messages.js'
import {formatNames, loadFormatter} from './report/index.js'
import {allRules} from '../rules/index.js'
import {ruleList, ruleReadme} from './engine/rule-info.js'
import {writeOutput} from './report/write-output.js'
import {BaselineError, baselineSummary, useBaseline} from './engine/baseline.js'
import {fixStdinText, lintStdinText, readStdin, stdinPath, unreadableStdin} from './engine/lint-stdin.js'
import {createSourceReader} from './engine/source-reader.js'
import {printable} from './report/printable.js'
import {createProgress} from './report/progress.js'
import type {LintFilesOutcome} from './engine/lint-files.js'

/** Exit codes. */
export const exitCodes = {ok: 0, lintErrors: 1, usage: 2} as const

interface LintArguments {
  paths: string[]
  format: string
  outputFile?: string
  quiet: boolean
  maxWarnings: number
  color?: boolean
  config?: string
  ignorePattern: string[]
  maxFileSize: number
  // Workflow options (CI, baseline, editors).
  stdin: boolean
  stdinFilename?: string
  baseline?: string
  updateBaseline: boolean
  fix: boolean
  fixDryRun: boolean
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code: number = exitCodes.ok
  let failed: string | undefined

  const parser = yargs([...argv])
    .scriptName('mindlint')
    .usage('$0 [paths..]\n\nLint mental-health marketing copy for unsupported claims, missing disclosures, unsafe language, spam comments and readability.')
    .command(
      '$0 [paths..]',
      'Lint files, folders and globs (default: the current folder)',
      (command) =>
        command
          .positional('paths', {type: 'string', array: true, default: [], defaultDescription: '.', describe: 'Files, folders or globs'})
          .option('format', {alias: 'f', type: 'string', default: 'stylish', describe: `Output format: ${formatNames.join(', ')}`})
          .option('output-file', {alias: 'o', type: 'string', describe: 'Write the report to a file'})
          .option('quiet', {type: 'boolean', default: false, describe: 'Report errors only'})
          .option('max-warnings', {type: 'number', default: -1, describe: 'Fail when there are more warnings than this'})
          .option('color', {type: 'boolean', describe: 'Force colours on or off (--no-color)'})
          .option('config', {alias: 'c', type: 'string', describe: 'Use this config file for every file'})
          .option('ignore-pattern', {type: 'string', array: true, default: [], describe: 'Skip files matching this gitignore-style pattern'})
          .option('max-file-size', {type: 'number', default: 8, describe: 'Skip files larger than this many megabytes'})
          // Workflow options (CI, baseline, editors).
          .option('stdin', {type: 'boolean', default: false, describe: 'Lint text read from standard input'})
          .option('stdin-filename', {type: 'string', describe: 'The name of the --stdin text (chooses Markdown or text and the config)'})
          .option('baseline', {type: 'string', describe: 'Report only problems not recorded in this baseline file'})
          .option('update-baseline', {type: 'boolean', default: false, describe: 'Record the current problems in the --baseline file'})
          .option('fix', {type: 'boolean', default: false, describe: 'Apply the certain fixes to the files, then report what is left'})
          .option('fix-dry-run', {type: 'boolean', default: false, describe: 'Print the fixes as a unified diff instead of writing them'}),
      async (args) => {
        code = await runLint(args as unknown as LintArguments)
      }
    )
    .command(
      'rules [id]',
      'List every rule, or print one rule\'s documentation',
      (command) =>
        command
          .positional('id', {type: 'string', describe: 'A rule id'})
          .option('format', {alias: 'f', type: 'string', choices: ['text', 'json'], default: 'text'}),
      async (args) => {
        code = await runRules(args.id, args.format)
      }
    )
    .command(
      'init',
      'Write a starter .mindlintrc.json that extends recommended',
      (command) => command.option('force', {type: 'boolean', default: false, describe: 'Overwrite an existing file'}),
      (args) => {
        code = runInit(args.force)
      }
    )
    .strict()
    .help()
    .alias('h', 'help')
    .version()
    .alias('v', 'version')
    .wrap(Math.min(100, process.stdout.columns || 80))
    .exitProcess(false)
    .fail((message, error) => {
      failed = message || error?.message || 'invalid command line'
    })

  try {
    await parser.parseAsync()
  } catch (error) {
    failed ??= (error as Error).message
  }

  if (failed) {
    process.stderr.write(`mindlint: ${printable(failed)}\nRun "mindlint --help" for usage.\n`)
    return exitCodes.usage
  }

  return code
}

async function runLint(args: LintArguments): Promise<number> {
  const formatter = await loadFormatter(args.format)
  if (!formatter) {
    process.stderr.write(`mindlint: unknown format "${printable(args.format)}" (choose from ${formatNames.join(', ')})\n`)
    return exitCodes.usage
  }

  if (!Number.isFinite(args.maxFileSize) || args.maxFileSize <= 0) {
    process.stderr.write('mindlint: --max-file-size must be a positive number of megabytes\n')
    return exitCodes.usage
  }

  const usage = workflowUsageProblem(args)
  if (usage) {
    process.stderr.write(`mindlint: ${usage}\n`)
    return exitCodes.usage
  }

  if (args.fix && args.fixDryRun) {
    process.stderr.write('mindlint: choose either --fix or --fix-dry-run\n')
    return exitCodes.usage
  }

  let results: LintResult[]
  const given = new Map<string, string>()
  try {
    const options = {
      ...(args.config ? {configFile: args.config} : {}),
      ignorePatterns: args.ignorePattern,
      maxFileSize: Math.round(args.maxFileSize * 1024 * 1024),
      ...progressOption()
    }
    const outcome = args.stdin
      ? args.fix || args.fixDryRun
        ? await fixStdin(args, given)
        : await lintStdin(args, given)
      : args.fix || args.fixDryRun
        ? await runFix(args.paths, options, args.fix)
        : await lintFiles(args.paths, options)
    results = outcome.results
    for (const path of outcome.ignored) {
      process.stderr.write(`mindlint: ${printable(path)}: ignored by an ignore file, pattern or config "ignores"\n`)
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`mindlint: configuration error: ${printable(error.message)}\n`)
      return exitCodes.usage
    }

    throw error
  }

  const source = createSourceReader(process.cwd(), given)
  if (args.baseline) {
    try {
      const run = await useBaseline(results, {cwd: process.cwd(), file: args.baseline, source, update: args.updateBaseline})
      results = run.results
      process.stderr.write(baselineSummary(run, args.baseline))
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error
      process.stderr.write(`mindlint: ${printable(error.message)}\n`)
      return exitCodes.usage
    }
  }

  let ioFailure = false
  for (const result of results) {
    if (!result.fatal) continue
    ioFailure = true
    process.stderr.write(`mindlint: ${printable(result.path)}: ${printable(result.messages[0].message)}\n`)
  }

  const shown = args.quiet ? results.map(errorsOnly) : results
  const color = args.color ?? (!process.env.NO_COLOR && !args.outputFile && Boolean(process.stdout.isTTY))
  const output = formatter(shown, {cwd: process.cwd(), color, rules: new Map(allRules.map((rule) => [rule.meta.id, rule.meta])), source})

  // A dry run prints its diff on stdout, and --stdin --fix the fixed text; the report goes only to a file asked for.
  const reportOnStdout = !args.fixDryRun && !(args.stdin && args.fix)
  if ((reportOnStdout || args.outputFile) && !(await writeOutput(output, args.outputFile))) return exitCodes.usage

  if (ioFailure) return exitCodes.usage
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  if (errors > 0) return exitCodes.lintErrors
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    process.stderr.write(`mindlint: too many warnings (${warnings}; --max-warnings is ${args.maxWarnings})\n`)
    return exitCodes.lintErrors
  }

  return exitCodes.ok
}

/** A combination of the workflow options that makes no sense, or undefined. */
function workflowUsageProblem(args: LintArguments): string | undefined {
  if (args.stdin && args.paths.length > 0) return '--stdin reads the text from standard input: give no paths with it (name it with --stdin-filename)'
  if (args.stdinFilename !== undefined && !args.stdin) return '--stdin-filename names the text read with --stdin: add --stdin'
  if (args.updateBaseline && !args.baseline) return '--update-baseline needs --baseline FILE (where to record the problems)'
  return undefined
}

/** `--stdin`: lint standard input as `--stdin-filename`; keep its text for the reports. */
async function lintStdin(args: LintArguments, given: Map<string, string>): Promise<LintFilesOutcome> {
  const reading = await readStdin(process.stdin, Math.round(args.maxFileSize * 1024 * 1024))
  if (!reading.ok) return unreadableStdin(reading.problem, args.stdinFilename)
  const outcome = lintStdinText(reading.text, {
    ...(args.stdinFilename ? {filename: args.stdinFilename} : {}),
    ...(args.config ? {configFile: args.config} : {})
  })
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
  const fixed = fixStdinText(reading.text, {
    ...(args.stdinFilename ? {filename: args.stdinFilename} : {}),
    ...(args.config ? {configFile: args.config} : {})
  })
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

/** A progress line on an interactive stderr for long runs (see report/progress). */
function progressOption(): {onFile?: (started: number, total: number, path: string) => void} {
  let progress: ReturnType<typeof createProgress> | null = null
  return {
    onFile(started, total, path) {
      if (progress === null) progress = createProgress(process.stderr, process.env, total)
      progress?.update(started, path)
      if (started === total) progress?.end()
    }
  }
}

/** `--fix` and `--fix-dry-run`: fix, then write the files or print the diff. */
async function runFix(paths: string[], options: LintFilesOptions, write: boolean): Promise<FixFilesOutcome> {
  const outcome = await fixFiles(paths, {...options, write})
  const fixes = outcome.changed.filter((change) => !change.problem)
  const count = fixes.reduce((sum, change) => sum + change.applied, 0)
  if (write) {
    if (count > 0) process.stderr.write(`mindlint: applied ${count} fix${count === 1 ? '' : 'es'} to ${fixes.length} file${fixes.length === 1 ? '' : 's'}\n`)
    return outcome
  }

  for (const change of fixes) process.stdout.write(await unifiedDiff(change.path, change.before, change.after))
  process.stderr.write(`mindlint: ${count} fix${count === 1 ? '' : 'es'} in ${fixes.length} file${fixes.length === 1 ? '' : 's'} (dry run: nothing written)\n`)
  return outcome
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 'error')
  return {...result, messages, warningCount: 0, infoCount: 0}
}

async function runRules(id: string | undefined, format: string): Promise<number> {
  if (id) {
    const readme = await ruleReadme(id)
    if (readme === undefined) {
      process.stderr.write(`mindlint: unknown rule "${printable(id)}"\n`)
      return exitCodes.usage
    }

    process.stdout.write(format === 'json' ? JSON.stringify(ruleList().find((rule) => rule.id === id)) + '\n' : readme)
    return exitCodes.ok
  }

  const list = ruleList()
  if (format === 'json') {
    process.stdout.write(JSON.stringify(list, null, 2) + '\n')
  } else {
    const width = Math.max(...list.map((rule) => rule.id.length))
    for (const rule of list) {
      process.stdout.write(`${rule.id.padEnd(width)}  ${rule.category.padEnd(11)}  ${rule.severity.padEnd(7)}  ${rule.fixable ? 'fix' : '   '}  ${rule.description}\n`)
    }
  }

  return exitCodes.ok
}

function runInit(force: boolean): number {
  const path = resolve('.mindlintrc.json')
  if (existsSync(path) && !force) {
    process.stderr.write(`mindlint: ${path} already exists (use --force to overwrite)\n`)
    return exitCodes.usage
  }

  const starter = {
    extends: 'recommended',
    rules: {},
    ignores: ['node_modules/**', 'dist/**']
  }
  try {
    writeFileSync(path, JSON.stringify(starter, null, 2) + '\n')
  } catch (error) {
    process.stderr.write(`mindlint: cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
    return exitCodes.usage
  }

  process.stdout.write(`Wrote ${path}\n`)
  return exitCodes.ok
}
