import {validateOptions} from '../rule/options.js'
import type {AnyRule} from '../rule/types.js'
import {configSeverity} from './severity.js'
import {ConfigError, type ConfigData} from './types.js'

const topLevelKeys = new Set(['$schema', 'root', 'extends', 'rules', 'ignores', 'overrides', 'reportHedged'])
const overrideKeys = new Set(['files', 'rules', 'reportHedged'])
const expectedSeverity = '"off", "info" (or "note"), "warn" (or "warning") or "error"'

/**
 * Check config data before any file is linted. Throws a `ConfigError`
 * naming the file and the key path of the first problem.
 */
export function validateConfig(data: unknown, file: string, rules: ReadonlyMap<string, AnyRule>): ConfigData {
  if (!isObject(data)) throw new ConfigError(file, '', 'a configuration must be an object')

  for (const key of Object.keys(data)) {
    if (!topLevelKeys.has(key)) {
      throw new ConfigError(file, key, `unknown key${didYouMean(key, [...topLevelKeys])}`)
    }
  }

  if (data.root !== undefined && typeof data.root !== 'boolean') {
    throw new ConfigError(file, 'root', 'expected true or false')
  }

  if (data.reportHedged !== undefined && typeof data.reportHedged !== 'boolean') {
    throw new ConfigError(file, 'reportHedged', 'expected true or false')
  }

  if (data.extends !== undefined) {
    const list = typeof data.extends === 'string' ? [data.extends] : data.extends
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
      throw new ConfigError(file, 'extends', 'expected a preset name or path, or a list of them')
    }
  }

  if (data.ignores !== undefined) checkStringList(data.ignores, file, 'ignores')
  if (data.rules !== undefined) checkRules(data.rules, file, 'rules', rules)

  if (data.overrides !== undefined) {
    if (!Array.isArray(data.overrides)) throw new ConfigError(file, 'overrides', 'expected a list')
    for (const [index, override] of data.overrides.entries()) {
      const where = `overrides[${index}]`
      if (!isObject(override)) throw new ConfigError(file, where, 'expected an object with "files" and "rules"')
      for (const key of Object.keys(override)) {
        if (!overrideKeys.has(key)) throw new ConfigError(file, `${where}.${key}`, 'unknown key')
      }

      const files = typeof override.files === 'string' ? [override.files] : override.files
      if (files === undefined) throw new ConfigError(file, `${where}.files`, 'is required')
      checkStringList(files, file, `${where}.files`)
      if (override.rules !== undefined) checkRules(override.rules, file, `${where}.rules`, rules)
      if (override.reportHedged !== undefined && typeof override.reportHedged !== 'boolean') {
        throw new ConfigError(file, `${where}.reportHedged`, 'expected true or false')
      }
    }
  }

  return data as ConfigData
}

function checkRules(value: unknown, file: string, where: string, rules: ReadonlyMap<string, AnyRule>): void {
  if (!isObject(value)) throw new ConfigError(file, where, 'expected an object of rule settings')
  for (const [id, setting] of Object.entries(value)) {
    const key = `${where}.${id}`
    const rule = rules.get(id)
    if (!rule) throw new ConfigError(file, key, `unknown rule${didYouMean(id, [...rules.keys()])}`)

    const list = Array.isArray(setting) ? setting : [setting]
    if (list.length === 0 || list.length > 2) {
      throw new ConfigError(file, key, `expected ${expectedSeverity}, or [severity, options]`)
    }

    const [severity, options] = list
    if (configSeverity(severity) === undefined) {
      const where = Array.isArray(setting) ? `${key}[0]` : key
      throw new ConfigError(file, where, `expected ${expectedSeverity}, got ${JSON.stringify(severity)}`)
    }

    if (list.length === 2) {
      const problems = validateOptions(rule, options)
      if (problems.length > 0) {
        const [option, problem] = problems[0]
        throw new ConfigError(file, option ? `${key}[1].${option}` : `${key}[1]`, problem)
      }
    }
  }
}

function checkStringList(value: unknown, file: string, where: string): void {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new ConfigError(file, where, 'expected a list of strings')
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** ` (did you mean "x"?)` when a close name exists. */
export function didYouMean(value: string, names: readonly string[]): string {
  const best = closestName(value, names)
  return best ? ` (did you mean "${best}"?)` : ''
}

/** The name nearest to `value` (edit distance), when it is close enough to be a typo of it. */
export function closestName(value: string, names: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const name of names) {
    const distance = levenshtein(value.toLowerCase(), name.toLowerCase())
    if (distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }

  return best && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)
      )
    }

    previous = current
  }

  return previous[b.length]
}
