import {compilePhrase} from '../text/phrase-matcher.js'
import type {AnyRule, OptionSpec, OptionSpecs} from './types.js'

/** Options every lexicon rule takes, so users can extend or trim its phrases. */
export const lexiconOptionSpecs: OptionSpecs = {
  extraPhrases: {
    type: 'string[]',
    default: [],
    description: 'More phrases to flag, in the lexicon phrase syntax.',
    phrases: true
  },
  allowPhrases: {
    type: 'string[]',
    default: [],
    description: 'Phrases never to flag for this rule (a flagged phrase inside one is allowed too).',
    phrases: true
  }
}

/** All option specs of a rule, the lexicon ones included. */
export function optionSpecsOf(rule: AnyRule): OptionSpecs {
  return rule.lexicon ? {...lexiconOptionSpecs, ...rule.meta.options} : (rule.meta.options ?? {})
}

/** The defaults of every option. */
export function defaultOptions(rule: AnyRule): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(optionSpecsOf(rule))) result[name] = spec.default
  return result
}

/**
 * Check user options against a rule's specs. Returns problems as
 * `[keyPath, message]` pairs (empty when valid).
 */
export function validateOptions(rule: AnyRule, value: unknown): Array<[string, string]> {
  const problems: Array<[string, string]> = []
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [['', 'options must be an object']]
  }

  const specs = optionSpecsOf(rule)
  for (const [name, option] of Object.entries(value)) {
    const spec = specs[name]
    if (!spec) {
      const known = Object.keys(specs)
      problems.push([name, known.length > 0 ? `unknown option (known: ${known.join(', ')})` : 'this rule takes no options'])
      continue
    }

    const problem = checkValue(spec, option)
    if (problem) problems.push([name, problem])
  }

  return problems
}

function checkValue(spec: OptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${describeValue(value)}`
      if (spec.integer && !Number.isInteger(value)) return `expected a whole number, got ${value}`
      if (spec.min !== undefined && value < spec.min) return `expected at least ${spec.min}, got ${value}`
      if (spec.max !== undefined && value > spec.max) return `expected at most ${spec.max}, got ${value}`
      return undefined
    }

    case 'boolean': {
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${describeValue(value)}`
    }

    case 'string': {
      if (typeof value !== 'string') return `expected a string, got ${describeValue(value)}`
      if (spec.values && !spec.values.includes(value)) return `expected one of ${spec.values.join(', ')}, got "${value}"`
      return undefined
    }

    case 'string[]': {
      if (!isStringList(value)) return `expected a list of strings, got ${describeValue(value)}`
      return spec.phrases ? phraseProblem(value) : undefined
    }

    case 'record': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return `expected an object of string lists, got ${describeValue(value)}`
      }

      for (const [key, item] of Object.entries(value)) {
        if (!isStringList(item)) return `"${key}": expected a list of strings, got ${describeValue(item)}`
        const problem = spec.phrases ? phraseProblem(item) : undefined
        if (problem) return `"${key}": ${problem}`
      }

      return undefined
    }

    default: {
      return undefined
    }
  }
}

/** The first phrase that does not compile, with what is wrong with it. */
function phraseProblem(phrases: readonly string[]): string | undefined {
  for (const phrase of phrases) {
    try {
      compilePhrase(phrase)
    } catch (error) {
      return `phrase "${phrase}": ${(error as Error).message}`
    }
  }

  return undefined
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** A config value as an error message shows it after "got": `"text"`, `a list`, `an object`, `null`, `3`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'object') return 'an object'
  return String(value)
}
