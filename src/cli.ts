import yargs from 'yargs'
import {runInit} from './commands/init.js'
import {exitCodes} from './commands/exit-codes.js'
import {type LintArguments, runLint} from './commands/lint.js'
import {runRules} from './commands/rules.js'
import {toolInfo} from './engine/tool-info.js'
import {formatNames} from './report/index.js'
import {printable} from './report/printable.js'

export {exitCodes}

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
          .option('stdin', {type: 'boolean', default: false, describe: 'Lint text read from standard input'})
          .option('stdin-filename', {type: 'string', describe: 'The name of the --stdin text (chooses Markdown or text and the config)'})
          .option('baseline', {type: 'string', describe: 'Report only problems not recorded in this baseline file'})
          .option('update-baseline', {type: 'boolean', default: false, describe: 'Record the current problems in the --baseline file'})
          .option('fix', {type: 'boolean', default: false, describe: 'Apply the certain fixes to the files, then report what is left'})
          .option('fix-dry-run', {type: 'boolean', default: false, describe: 'Print the fixes as a unified diff instead of writing them'})
          .option('jobs', {alias: 'j', type: 'string', describe: 'Threads, this one included: a number, or auto (the cores, when there are enough files)', defaultDescription: 'auto'})
          .option('cache', {type: 'boolean', default: false, describe: 'Skip files unchanged since the last run (same content, config and version)'})
          .option('cache-location', {type: 'string', describe: 'Cache file or folder (default node_modules/.cache/mindlint); implies --cache'})
          .option('shard', {type: 'string', describe: 'Lint only the i-th of n slices of the files, e.g. 2/4 (for a CI matrix)'}),
      async (args) => {
        code = await runLint(args as unknown as LintArguments)
      }
    )
    .command(
      'rules [id]',
      "List every rule, or print one rule's documentation",
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
    // Given, not looked up: yargs would search for package.json itself (7.5 ms of a 0.33 s cold start).
    .version(toolInfo().version)
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
