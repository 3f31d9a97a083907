import {describe, expect, it} from 'vitest'
import {lintOptions, readCommandLine} from '../src/cli.js'
import type {LintArguments} from '../src/commands/lint.js'
import {quickLintArguments} from '../src/quick-args.js'

const keys = [
  'paths', 'format', 'outputFile', 'quiet', 'verbose', 'maxWarnings', 'color', 'config', 'ignorePattern', 'maxFileSize', 'stdin', 'stdinFilename', 'baseline',
  'updateBaseline', 'fix', 'fixDryRun', 'jobs', 'cache', 'cacheLocation', 'shard', 'urlList', 'urlTimeout', 'printConfig', 'reportUnusedDisableDirectives'
] as const satisfies ReadonlyArray<keyof LintArguments>

/** The lint command's arguments as the command sees them. */
function fields(args: LintArguments | undefined): Record<string, unknown> | undefined {
  if (!args) return undefined
  return Object.fromEntries(keys.filter((key) => args[key] !== undefined).map((key) => [key, args[key]]))
}

/** The lint arguments yargs reads from `argv` (undefined when it runs another command, prints help, or fails). */
async function byYargs(argv: string[]): Promise<Record<string, unknown> | undefined> {
  const write = process.stdout.write
  process.stdout.write = () => true
  try {
    return fields((await readCommandLine(argv)).lint)
  } finally {
    process.stdout.write = write
  }
}

describe('the quick reading of a plain lint command line', () => {
  it('gives the lint command what yargs gives it', async () => {
    const lines = [
      [],
      ['article.md'],
      ['docs', 'blog/post.md', '**/*.mdx'],
      ['article.md', '--format', 'json'],
      ['article.md', '-f', 'sarif', '-o', 'report.sarif'],
      ['--stdin', '--stdin-filename', 'page.html', '--format=json'],
      ['a.md', '--quiet', '--verbose', '--max-warnings', '3', '--jobs', '2', '--config', 'strict.json', '--cache'],
      ['a.md', '--max-file-size', '2.5', '--url-timeout', '30', '--report-unused-disable-directives', '-j', 'auto'],
      ['a.md', '--baseline', 'b.json', '--update-baseline', '--fix'],
      ['--print-config', 'a.md'],
      ['https://example.com/page?a=1', 'a=b.md', 'Infinity']
    ]
    for (const argv of lines) {
      const quick = quickLintArguments(argv, lintOptions)
      expect(quick, argv.join(' ')).toBeDefined()
      expect(fields(quick), argv.join(' ')).toEqual(await byYargs(argv))
    }
  })

  it('leaves to yargs what it might read otherwise: help, other commands, unknown or repeated options, numbers, odd values', () => {
    const lines = [
      ['--help'], ['-h'], ['--version'], ['rules'], ['a.md', 'rules'], ['init'], ['lsp', '--stdio'], ['a.md', 'help'],
      ['--fxi'], ['-q'], ['--format', 'json', '--format', 'sarif'], ['--ignore-pattern', 'x', 'a.md'], ['--no-color'],
      ['--quiet', 'true'], ['--quiet=false'], ['--max-warnings', '-1'], ['--max-warnings', 'many'], ['--format'], ['--format='],
      ['-o', '-'], ['123'], ['0x1f'], ['--'], ['-'], [' ']
    ]
    for (const argv of lines) expect(quickLintArguments(argv, lintOptions), argv.join(' ')).toBeUndefined()
  })

  it('agrees with yargs on command lines mixed from many pieces', async () => {
    const pieces = [
      'a.md', 'docs', 'rules', '12', 'true', '-', '--', 'json', 'x.mdx', 'auto', '2', '2.5', '-1', 'c.json', '--format', '-f', '--format=json', '-o', '--quiet',
      '--verbose', '--max-warnings', '--color', '--no-color', '-c', '--stdin', '--stdin-filename', '--jobs=auto', '-j', '--fix', '--fix-dry-run', '--cache',
      '--shard', '1/2', '--max-file-size', '--baseline', '--update-baseline', '--print-config', '--ignore-pattern', '--help', '--fomat', 'help', 'a=b.md'
    ]
    let seed = 2024
    const next = (count: number) => {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7f_ff_ff_ff
      return seed % count
    }

    let quick = 0
    for (let line = 0; line < 400; line++) {
      const argv = Array.from({length: next(6)}, () => pieces[next(pieces.length)])
      const read = quickLintArguments(argv, lintOptions)
      if (!read) continue
      quick++
      expect(fields(read), argv.join(' ')).toEqual(await byYargs(argv))
    }

    expect(quick).toBeGreaterThan(50)
  })
})
