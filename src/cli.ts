import type {Options} from 'yargs'
import {runInit} from './commands/init.js'
import {didYouMean} from './config/validate.js'
import {exitCodes} from './commands/exit-codes.js'
import {type LintArguments, runLint} from './commands/lint.js'
import {runLsp} from './commands/lsp.js'
import {runRules} from './commands/rules.js'
import {toolInfo} from './engine/tool-info.js'
import {formatNames} from './report/index.js'
import {printable} from './report/printable.js'
import {quickLintArguments} from './quick-args.js'

export {exitCodes}

export const lintOptions = {
  format: {alias: 'f', type: 'string', default: 'stylish', describe: `Output format: ${formatNames.join(', ')}`},
  'output-file': {alias: 'o', type: 'string', describe: 'Write the report to a file'},
  quiet: {type: 'boolean', default: false, describe: 'Report errors only'},
  verbose: {type: 'boolean', default: false, describe: 'Show the help under each message (stylish): what to do, and the source'},
  'max-warnings': {type: 'number', default: -1, describe: 'Fail when there are more warnings than this'},
  color: {type: 'boolean', describe: 'Force colours on or off (--no-color)'},
  config: {alias: 'c', type: 'string', describe: 'Use this config file for every file'},
  'ignore-pattern': {type: 'string', array: true, default: [], describe: 'Skip files matching this gitignore-style pattern'},
  'max-file-size': {type: 'number', default: 8, describe: 'Skip files larger than this many megabytes'},
  stdin: {type: 'boolean', default: false, describe: 'Lint text read from standard input'},
  'stdin-filename': {type: 'string', describe: 'The name of the --stdin text (chooses Markdown, MDX, HTML or text, and the config)'},
  baseline: {type: 'string', describe: 'Report only problems not recorded in this baseline file'},
  'update-baseline': {type: 'boolean', default: false, describe: 'Record the current problems in the --baseline file'},
  fix: {type: 'boolean', default: false, describe: 'Apply the certain fixes to the files, then report what is left'},
  'fix-dry-run': {type: 'boolean', default: false, describe: 'Print the fixes as a unified diff instead of writing them'},
  jobs: {alias: 'j', type: 'string', describe: 'Linting threads, this one included: a number, or auto (for many files, workers on every core but one)', defaultDescription: 'auto'},
  cache: {type: 'boolean', default: false, describe: 'Skip files unchanged since the last run (same content, config and version)'},
  'cache-location': {type: 'string', describe: 'Cache file or folder (default node_modules/.cache/mindlint/ when node_modules exists, else .mindlintcache); implies --cache'},
  shard: {type: 'string', describe: 'Lint only the i-th of n slices of the files, e.g. 2/4 (for a CI matrix)'},
  'url-list': {type: 'string', describe: 'Lint the web pages listed in this file (one URL a line)'},
  'url-timeout': {type: 'number', default: 10, describe: 'Seconds to wait for each web page'},
  'report-unused-disable-directives': {type: 'boolean', default: false, describe: 'Report mindlint-disable comments that switched nothing off (as errors)'},
  'print-config': {type: 'string', describe: 'Print the configuration that applies to this file (JSON) and where it came from; lint nothing'}
} as const satisfies Record<string, Options>

const rulesOptions = {format: {alias: 'f', type: 'string', choices: ['text', 'json'], default: 'text'}} as const satisfies Record<string, Options>

const initOptions = {force: {type: 'boolean', default: false, describe: 'Overwrite an existing file'}} as const satisfies Record<string, Options>

// Editors' LSP clients add --stdio; standard input and output are the only transport.
const lspOptions = {stdio: {type: 'boolean', default: true, describe: 'Talk to the editor over standard input and output (the only transport)'}} as const satisfies Record<string, Options>

const knownOptions = [...new Set([...Object.keys(lintOptions), ...Object.keys(rulesOptions), ...Object.keys(initOptions), ...Object.keys(lspOptions), 'help', 'version'])]

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // Most runs lint a few paths with plain options: read those without loading yargs.
  const quick = quickLintArguments(argv, lintOptions)
  if (quick) return runLint(quick)
  const read = await readCommandLine(argv)
  if (read.failed) {
    process.stderr.write(`mindlint: ${printable(read.failed)}\nRun "mindlint --help" for usage.\n`)
    return exitCodes.usage
  }

  return read.chosen ? await read.chosen() : exitCodes.ok
}

/** The command line as yargs reads it: the command to run (and the lint command's arguments), or what is wrong with it. */
export async function readCommandLine(argv: readonly string[]): Promise<{failed?: string; chosen?: () => Promise<number> | number; lint?: LintArguments}> {
  const {default: yargs} = await import('yargs')
  let failed: string | undefined
  let lint: LintArguments | undefined
  // Handlers only choose the command; it runs once yargs has checked every argument, so a
  // mistyped option stops the run before any file is read or written.
  let chosen: (() => Promise<number> | number) | undefined
  const parser = yargs([...argv])
    .scriptName('mindlint')
    .usage('$0 [paths..]\n\nLint mental-health marketing copy for unsupported claims, missing disclosures, unsafe language, spam comments and readability.')
    .command(
      '$0 [paths..]',
      'Lint files, folders and globs (default: the current folder)',
      (command) =>
        command
          .positional('paths', {type: 'string', array: true, default: [], defaultDescription: '.', describe: 'Files, folders, globs or http(s) URLs'})
          .options(lintOptions),
      (args) => {
        lint = args as unknown as LintArguments
        chosen = () => runLint(lint!)
      }
    )
    .command(
      'rules [id]',
      "List every rule, or print one rule's documentation",
      (command) =>
        command
          .positional('id', {type: 'string', describe: 'A rule id'})
          .options(rulesOptions),
      (args) => {
        chosen = () => runRules(args.id, args.format)
      }
    )
    .command(
      'init',
      'Write a starter .mindlintrc.json that extends recommended',
      (command) => command.options(initOptions),
      (args) => {
        chosen = () => runInit(args.force)
      }
    )
    .command(
      'lsp',
      'Start the language server for editors (diagnostics, fixes, hover) on standard input and output',
      (command) => command.options(lspOptions),
      () => {
        chosen = () => runLsp()
      }
    )
    .strict()
    .help()
    .alias('h', 'help')
    // Given, not looked up: yargs would search for package.json itself on every start.
    .version(toolInfo().version)
    .alias('v', 'version')
    .wrap(Math.min(100, process.stdout.columns || 80))
    .exitProcess(false)
    .fail((message, error) => {
      failed = withSuggestion(message || error?.message || 'invalid command line')
    })

  try {
    await parser.parseAsync()
  } catch (error) {
    failed ??= (error as Error).message
  }

  return failed ? {failed} : {chosen, lint}
}

/** yargs names unknown options ("Unknown arguments: dry-run, dryRun"); add the nearest real one. */
function withSuggestion(message: string): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message)
  if (!unknown) return message.split('\n').map((line) => line.trim()).filter(Boolean).join(' ')
  // yargs lists each unknown option twice, as typed and camel-cased.
  const names = unknown[1]!.split(', ').filter((name) => !/[A-Z]/.test(name))
  return names
    .map((name) => `unknown option ${name.length > 1 ? '--' : '-'}${name}${nearestOption(name, knownOptions)}`)
    .join('; ')
}

/** A close spelling ("--fxi"), or a longer option that holds the name ("--dry-run": "--fix-dry-run"). */
function nearestOption(name: string, known: readonly string[]): string {
  const close = didYouMean(name, known)
  if (close) return close.replace(/"(.+)"/, '"--$1"')
  const holding = name.length >= 3 ? known.find((option) => option.includes(name)) : undefined
  return holding ? ` (did you mean "--${holding}"?)` : ''
}
