import type {LintArguments} from './commands/lint.js'

/** What the quick reader needs of an option of the lint command (the yargs options in `cli.ts`). */
export interface QuickOption {
  type: 'string' | 'boolean' | 'number'
  alias?: string
  array?: boolean
  default?: unknown
}

/** Words yargs may read as a command (or help) rather than as a path, wherever they stand. */
const commandWords = new Set(['rules', 'init', 'lsp', 'help', 'version', 'completion'])

/**
 * The lint command's arguments for a plain command line (paths, and each
 * known option once, written `--name value`, `--name=value`, `-x value` or
 * `--flag`), read without yargs: loading and setting up yargs is a
 * noticeable part of a one-file run. Undefined for anything else (another
 * command, --help or --version, an option it does not know, one given
 * twice, a value that yargs might read another way): yargs then reads the
 * command line, so its checks and messages stay the only ones.
 */
export function quickLintArguments(argv: readonly string[], options: Readonly<Record<string, QuickOption>>): LintArguments | undefined {
  const byName = new Map<string, [string, QuickOption]>()
  for (const [name, option] of Object.entries(options)) {
    byName.set(`--${name}`, [name, option])
    if (option.alias) byName.set(`-${option.alias}`, [name, option])
  }

  const values = new Map<string, unknown>()
  const paths: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    if (!argument.startsWith('-')) {
      if (!isPlainPath(argument) || commandWords.has(argument)) return undefined
      paths.push(argument)
      continue
    }

    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1
    const written = equals < 0 ? argument : argument.slice(0, equals)
    const known = byName.get(written)
    if (!known) return undefined
    const [name, option] = known
    if (values.has(name) || option.array) return undefined
    if (option.type === 'boolean') {
      // yargs takes a following "true" or "false" as the flag's value.
      const next = argv[index + 1]
      if (equals >= 0 || next === 'true' || next === 'false') return undefined
      values.set(name, true)
      continue
    }

    const value = equals < 0 ? argv[++index] : argument.slice(equals + 1)
    if (value === undefined || value === '' || value.startsWith('-')) return undefined
    if (option.type === 'number') {
      if (!/^\d+(?:\.\d+)?$/.test(value)) return undefined
      values.set(name, Number(value))
    } else {
      values.set(name, value)
    }
  }

  const read: Record<string, unknown> = {paths}
  for (const [name, option] of Object.entries(options)) {
    const value = values.has(name) ? values.get(name) : option.default
    if (value !== undefined) read[name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())] = Array.isArray(value) ? [...value] : value
  }

  return read as unknown as LintArguments
}

/** A path yargs keeps as written: not a number (which it would read as one), nothing it treats specially. */
function isPlainPath(argument: string): boolean {
  return argument.trim() !== '' && !Number.isFinite(Number(argument)) && !/^0[xob]/i.test(argument)
}
