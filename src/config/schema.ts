import {optionSpecsOf} from '../rule/options.js'
import type {AnyRule, OptionSpec} from '../rule/types.js'
import {presetNames} from './presets.js'
import {severityNames} from './severity.js'

/** A JSON Schema (draft-07) node, as plain data. */
export type SchemaNode = {[key: string]: unknown}

const stringList: SchemaNode = {type: 'array', items: {type: 'string'}}

/**
 * The JSON Schema of a config file (`.mindlintrc.json`, `.jsonc`, `.yaml`,
 * `package.json#mindlint`), built from the rules: every rule id, its
 * description, and its options with their types, bounds and defaults.
 * `scripts/config-schema.js` writes it to `schema/mindlintrc.schema.json`
 * (for editors, through `"$schema"`) and compiles it into the validator the
 * configuration is checked with. Rule settings use if/then/else rather than
 * anyOf so that a wrong value gets one precise error.
 */
export function configSchema(rules: readonly AnyRule[]): SchemaNode {
  const definitions: Record<string, SchemaNode> = {
    severity: {
      enum: severityNames,
      description: '"off"; "info" (or "note"): shown, never fails a run; "warn" (or "warning"): fails with --max-warnings; "error": exit code 1.'
    },
    globs: {
      description: 'A glob, or a list of globs, relative to the config file.',
      if: {type: 'string'},
      then: {},
      else: stringList
    },
    rules: {
      type: 'object',
      description: 'Rule settings: a severity, or [severity, options].',
      additionalProperties: false,
      properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, {$ref: `#/definitions/rule:${rule.meta.id}`}]))
    }
  }

  for (const rule of rules) definitions[`rule:${rule.meta.id}`] = ruleSchema(rule)

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'mindlint configuration',
    description: 'Configuration for mindlint, the linter for mental-health marketing copy.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string', description: 'The address of this schema, for editors: completion and checks as you type. mindlint itself ignores it.'},
      root: {
        type: 'boolean',
        description: 'Accepted for compatibility with other linters and ignored: the nearest config file always applies alone; configs in parent folders are never merged in (use "extends").'
      },
      extends: {
        description: `A preset (${presetNames.join(', ')}) or a path to another config file, relative to this one, or a list of them applied in order. Without "extends" a config builds on recommended; [] starts from nothing.`,
        examples: [...presetNames],
        if: {type: 'string'},
        then: {},
        else: stringList
      },
      rules: {$ref: '#/definitions/rules'},
      ignores: {...stringList, description: 'Globs, relative to this file, of files not to lint.'},
      overrides: {
        type: 'array',
        description: 'Settings for the files that match, applied in order after "rules".',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: {
            files: {$ref: '#/definitions/globs'},
            rules: {$ref: '#/definitions/rules'},
            reportHedged: {type: 'boolean'}
          }
        }
      },
      reportHedged: {type: 'boolean', description: 'Report claims softened by a hedge ("may help") as notes (the strict preset does).'}
    },
    definitions
  }
}

function ruleSchema(rule: AnyRule): SchemaNode {
  const specs = optionSpecsOf(rule)
  const options: SchemaNode = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, optionSchema(spec)]))
  }
  return {
    description: `${rule.meta.description} (default: ${rule.meta.severity}${rule.meta.recommended === false ? ', not in recommended' : ''})`,
    if: {type: 'string'},
    then: {$ref: '#/definitions/severity'},
    else: {type: 'array', minItems: 1, maxItems: 2, items: [{$ref: '#/definitions/severity'}, options]}
  }
}

function optionSchema(spec: OptionSpec): SchemaNode {
  const common = {description: spec.description, default: spec.default}
  switch (spec.type) {
    case 'number': {
      return {
        type: spec.integer ? 'integer' : 'number',
        ...(spec.min === undefined ? {} : {minimum: spec.min}),
        ...(spec.max === undefined ? {} : {maximum: spec.max}),
        ...common
      }
    }

    case 'boolean': {
      return {type: 'boolean', ...common}
    }

    case 'string': {
      return {type: 'string', ...(spec.values ? {enum: [...spec.values]} : {}), ...common}
    }

    case 'string[]': {
      return {...stringList, ...common}
    }

    case 'record': {
      return {type: 'object', additionalProperties: stringList, ...common}
    }
  }
}
