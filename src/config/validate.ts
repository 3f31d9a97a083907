import {describeValue, optionSpecsOf, validateOptions} from '../rule/options.js'
import type {AnyRule} from '../rule/types.js'
import {validate as matchesSchema, schemaRuleIds} from './schema-check.js'
import {configSeverity} from './severity.js'
import {ConfigError, type ConfigData, type RuleSetting} from './types.js'

/** An error of the compiled schema validator (ajv, `messages: false`). */
interface SchemaError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
}

const expectedSeverity = '"off", "info" (or "note"), "warn" (or "warning") or "error"'
/** Rules whose settings the schema checked (the built-in ones); others are checked here. Made on first use: the validator loads with the first config file. */
let schemaChecked: ReadonlySet<string> | undefined
const topLevelKeys = ['$schema', 'root', 'extends', 'rules', 'ignores', 'overrides', 'reportHedged']

/**
 * Check config data before any file is linted, against the config's JSON
 * Schema (`schema/mindlintrc.schema.json`, compiled at build time), then
 * for what a schema cannot say: the phrase syntax of lexicon options, and
 * rules given through the API beside or instead of the built-in ones.
 * Throws a `ConfigError` naming the file and the key path of the first
 * problem.
 */
export function validateConfig(data: unknown, file: string, rules: ReadonlyMap<string, AnyRule>): ConfigData {
  const check = matchesSchema as unknown as ((value: unknown) => boolean) & {errors?: SchemaError[] | null}
  if (!check(data)) {
    for (const error of check.errors ?? []) {
      const problem = describeError(error, data, rules)
      if (problem) throw new ConfigError(file, problem[0], problem[1])
    }
  }

  const config = data as ConfigData
  checkRuleSettings(config.rules, 'rules', file, rules)
  for (const [index, override] of (config.overrides ?? []).entries()) checkRuleSettings(override.rules, `overrides[${index}].rules`, file, rules)
  return config
}

/** After the schema: rules outside the built-in set, and phrases that do not compile. */
function checkRuleSettings(settings: Record<string, RuleSetting> | undefined, where: string, file: string, rules: ReadonlyMap<string, AnyRule>): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const key = `${where}.${id}`
    const rule = rules.get(id)
    if (!rule) throw new ConfigError(file, key, `unknown rule${didYouMean(id, [...rules.keys()])}`)
    const list = Array.isArray(setting) ? setting : [setting]
    schemaChecked ??= new Set<string>(schemaRuleIds)
    if (!schemaChecked.has(id)) {
      // A rule the schema does not know: its setting is checked here.
      if (list.length === 0 || list.length > 2) throw new ConfigError(file, key, `expected ${expectedSeverity}, or [severity, options]`)
      if (configSeverity(list[0]) === undefined) {
        throw new ConfigError(file, Array.isArray(setting) ? `${key}[0]` : key, `expected ${expectedSeverity}, got ${JSON.stringify(list[0])}`)
      }
    }

    if (list.length === 2) {
      const [option, problem] = validateOptions(rule, list[1])[0] ?? []
      if (problem !== undefined) throw new ConfigError(file, option ? `${key}[1].${option}` : `${key}[1]`, problem)
    }
  }
}

/**
 * The key path and problem for a schema error, in the words the rest of
 * mindlint uses; undefined for an error to pass over (a summary such as
 * `if`, or a rule given through the API that the schema cannot know).
 */
function describeError(error: SchemaError, data: unknown, rules: ReadonlyMap<string, AnyRule>): [string, string] | undefined {
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  const value = valueAt(data, segments)
  const shape = shapeOf(segments)
  const key = keyPath(segments)

  switch (error.keyword) {
    case 'if': {
      return undefined
    }

    case 'additionalProperties': {
      const name = String(error.params.additionalProperty)
      const at = keyPath([...segments, name])
      if (shape.kind === 'top') return [at, `unknown key${didYouMean(name, topLevelKeys)}`]
      if (shape.kind === 'rules') return rules.has(name) ? undefined : [at, `unknown rule${didYouMean(name, [...rules.keys()])}`]
      if (shape.kind === 'options') {
        const rule = rules.get(shape.ruleId)
        const known = rule ? Object.keys(optionSpecsOf(rule)) : []
        return [at, known.length > 0 ? `unknown option (known: ${known.join(', ')})` : 'this rule takes no options']
      }

      return [at, 'unknown key']
    }

    case 'type': {
      return [key, typeProblem(String(error.params.type), shape, value)]
    }

    case 'enum': {
      if (shape.kind === 'setting' || shape.kind === 'severity') return [key, `expected ${expectedSeverity}, got ${JSON.stringify(value)}`]
      return [key, `expected one of ${(error.params.allowedValues as unknown[]).join(', ')}, got ${describeValue(value)}`]
    }

    case 'minItems':
    case 'maxItems': {
      return [key, `expected ${expectedSeverity}, or [severity, options]`]
    }

    case 'minimum':
    case 'maximum': {
      return [key, `expected ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params.limit)}, got ${describeValue(value)}`]
    }

    case 'required': {
      return [keyPath([...segments, String(error.params.missingProperty)]), 'is required']
    }

    default: {
      return [key, `not allowed here (${error.keyword})`]
    }
  }
}

type Shape =
  | {kind: 'top' | 'extends' | 'rules' | 'override' | 'overrides' | 'other'}
  | {kind: 'setting' | 'severity' | 'options'; ruleId: string}

/** What the value at a path is: the config, a rules object, one rule's setting, its severity or options… */
function shapeOf(segments: readonly string[]): Shape {
  // Rules sit at rules.<id> and at overrides[i].rules.<id>.
  const inRules = segments[0] === 'rules' ? 1 : segments[0] === 'overrides' && segments[2] === 'rules' ? 3 : -1
  if (segments.length === 0) return {kind: 'top'}
  if (inRules === -1) {
    if (segments[0] === 'extends' && segments.length === 1) return {kind: 'extends'}
    if (segments[0] === 'overrides') return {kind: segments.length === 1 ? 'overrides' : segments.length === 2 ? 'override' : 'other'}
    return {kind: 'other'}
  }

  const ruleId = segments[inRules]
  if (ruleId === undefined) return {kind: 'rules'}
  if (segments.length === inRules + 1) return {kind: 'setting', ruleId}
  if (segments.length === inRules + 2) return {kind: segments[inRules + 1] === '0' ? 'severity' : 'options', ruleId}
  return {kind: 'other'}
}

function typeProblem(type: string, shape: Shape, value: unknown): string {
  const got = `, got ${describeValue(value)}`
  if (shape.kind === 'top') return 'a configuration must be an object'
  if (shape.kind === 'extends') return `expected a preset name or path, or a list of them${got}`
  if (shape.kind === 'rules') return 'expected an object of rule settings'
  if (shape.kind === 'setting') return `expected ${expectedSeverity}, or [severity, options]`
  if (shape.kind === 'options') return 'options must be an object'
  if (shape.kind === 'overrides') return 'expected a list of {files, rules} objects'
  if (shape.kind === 'override') return 'expected an object with "files" and "rules"'
  // Elsewhere every list is of strings (globs, phrases, names) and every object maps names to such lists.
  if (type === 'array') return `expected a list of strings${got}`
  if (type === 'object') return `expected an object of string lists${got}`
  if (type === 'boolean') return `expected true or false${got}`
  if (type === 'integer') return `expected a whole number${got}`
  return `expected a ${type}${got}`
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let value = data
  for (const part of segments) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
  return value
}

/** `overrides[0].rules.hard-sentence[1].targetAge` from its segments. */
function keyPath(segments: readonly string[]): string {
  return segments.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '')
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
