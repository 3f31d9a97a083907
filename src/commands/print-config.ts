import {isAbsolute, relative, sep} from 'node:path'
import {allRules} from '../../rules/index.js'
import {ConfigLoader} from '../config/load.js'
import {ConfigError} from '../config/types.js'
import {printable} from '../report/printable.js'
import {exitCodes} from './exit-codes.js'

/**
 * `--print-config FILE`: the configuration that applies to FILE (the file
 * need not exist), as JSON: every rule with its severity (config spelling)
 * and options, defaults included, and the presets, config files and
 * overrides it came from. Lints nothing.
 */
export function runPrintConfig(file: string, configFile: string | undefined): number {
  const cwd = process.cwd()
  let explanation
  try {
    explanation = new ConfigLoader(allRules, {cwd, ...(configFile ? {configFile} : {})}).explain(file)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`mindlint: configuration error: ${printable(error.message)}\n`)
    return exitCodes.usage
  }

  const shown = (source: string) => (isAbsolute(source) ? shortPath(cwd, source) : source)
  const rules: Record<string, unknown> = {}
  for (const [id, rule] of explanation.config.rules) {
    rules[id] = rule.severity === 'off' || Object.keys(rule.options).length === 0 ? rule.severity : [rule.severity, rule.options]
  }

  const printed = {
    file,
    configFiles: explanation.sources.map(shown),
    overrides: explanation.overrides.map(shown),
    ignored: explanation.ignored,
    reportHedged: explanation.config.reportHedged,
    rules
  }
  // One rule a line: the whole configuration reads at a glance and still parses as JSON.
  const text = JSON.stringify({...printed, rules: {}}, null, 2).replace(
    '"rules": {}',
    `"rules": {\n${Object.entries(rules).map(([id, setting]) => `    ${JSON.stringify(id)}: ${JSON.stringify(setting)}`).join(',\n')}\n  }`
  )
  process.stdout.write(text + '\n')
  return exitCodes.ok
}

/** A path relative to the working folder when inside it, with forward slashes. */
function shortPath(cwd: string, path: string): string {
  const inside = relative(cwd, path)
  const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path
  return sep === '/' ? shown : shown.split(sep).join('/')
}
