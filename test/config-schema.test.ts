import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv'
import standaloneCode from 'ajv/dist/standalone/index.js'
import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {ConfigLoader} from '../src/config/load.js'
import {configSchema} from '../src/config/schema.js'
import {schemaRuleIds} from '../src/config/schema-check.js'
import {lint} from '../src/index.js'
import {defineRule} from '../src/rule/define-rule.js'
import {repoRoot, runCli, tempProject} from './helpers.js'

/**
 * The config's JSON Schema (schema/mindlintrc.schema.json) is what editors
 * read through "$schema" and what mindlint checks configs with: the shipped
 * file matches the rules, the validator is compiled from it, and a config
 * passes mindlint exactly when it passes the schema.
 */
const schemaFile = join(repoRoot, 'schema', 'mindlintrc.schema.json')
const shipped = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>
const ajv = new Ajv({strict: true, strictTuples: false, allErrors: true})
const schemaAccepts = ajv.compile(shipped)

const chrome = 'Ketamine Clinics Explained\n- 19 Likes\nMany people ask what happens during a ketamine visit.\n'

describe('the config JSON Schema', () => {
  it('is shipped in the package, describes every rule and its options, and is current with the rules', () => {
    const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {files: string[]}
    expect(packageJson.files).toContain('schema')
    expect(shipped).toEqual(configSchema(allRules))
    const definitions = shipped.definitions as Record<string, {description: string}>
    for (const rule of allRules) expect(definitions[`rule:${rule.meta.id}`].description).toContain(rule.meta.description)
  })

  it('is what the validation runs: the compiled validator is the ajv compilation of the shipped schema', () => {
    const compiler = new Ajv({code: {source: true, esm: true}, strict: true, strictTuples: false, allErrors: true, messages: false, inlineRefs: false})
    compiler.addSchema(shipped, 'config')
    const compiled = readFileSync(join(repoRoot, 'src', 'config', 'schema-check.ts'), 'utf8')
    expect(compiled).toContain(standaloneCode(compiler, {validate: 'config'}))
    // It names the rules whose settings it checks, so validation need not import the rule set.
    expect(schemaRuleIds).toEqual(allRules.map((rule) => rule.meta.id))
  })

  it('checks the setting of a rule it does not know (one given through the API) after the schema', () => {
    const rule = defineRule({
      meta: {id: 'house-style', category: 'language', severity: 'warning', fixable: false, description: 'House words.', messages: {word: {message: 'a house word', help: 'Use ours. Source: the style guide.'}}},
      check() {}
    })
    const loader = new ConfigLoader([...allRules, rule], {cwd: process.cwd()})
    expect(loader.resolveData({rules: {'house-style': 'error'}}, 'inline').rules.get('house-style')?.severity).toBe('error')
    expect(() => loader.resolveData({rules: {'house-style': 'loud'}}, 'inline')).toThrow(/rules\.house-style: expected "off", .* got "loud"/)
    expect(() => loader.resolveData({rules: {'house-style': ['warn', {}, 1]}}, 'inline')).toThrow(/rules\.house-style: expected .* or \[severity, options\]/)
  })

  const configs: Array<[string, unknown]> = [
    ['the README example', {extends: 'recommended', rules: {'hard-sentence': ['warn', {targetAge: 14}], 'page-chrome': 'off'}, ignores: ['drafts/archive/**'], overrides: [{files: 'press/**', rules: {'hard-sentence': 'off'}}]}],
    ['$schema and root', {$schema: './node_modules/mindlint/schema/mindlintrc.schema.json', root: true, rules: {}}],
    ['severity names reports print', {rules: {'page-chrome': 'warning', 'plain-words': ['note']}}],
    ['an unknown rule', {rules: {'page-crome': 'warn'}}],
    ['a bad severity', {rules: {'page-chrome': 'loud'}}],
    ['a setting of three items', {rules: {'page-chrome': ['warn', {}, 1]}}],
    ['an option of the wrong type', {rules: {'hard-sentence': ['warn', {targetAge: 'twelve'}]}}],
    ['an option out of range', {rules: {'reading-level': ['warn', {targetGrade: -3}]}}],
    ['an unknown option', {rules: {'long-sentence': ['warn', {maxWords: 30}]}}],
    ['an unknown key', {rule: {}}],
    ['an override without files', {overrides: [{rules: {}}]}],
    ['extends that is a number', {extends: 3}],
    ['root that is a string', {root: 'yes'}],
    ['a list', ['recommended']]
  ]

  for (const [name, config] of configs) {
    it(`agrees with mindlint on ${name}`, () => {
      let mindlintAccepts = true
      try {
        lint('Text.', {path: 'a.md', config: config as never})
      } catch {
        mindlintAccepts = false
      }

      expect(mindlintAccepts).toBe(schemaAccepts(config))
    })
  }

  it('names the key and the problem in mindlint words', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{rules: {'reading-level': ['warn', {targetGrade: -3}]}}, /rules\.reading-level\[1\]\.targetGrade: expected at least 1, got -3/],
      [{rules: {'long-sentence': ['warn', {maxWords: 30}]}}, /rules\.long-sentence\[1\]\.maxWords: unknown option \(known: noteAbove, warnAbove\)/],
      [{overrides: [{rules: {}}]}, /overrides\[0\]\.files: is required/],
      [{rules: {'page-chrome': ['warn', {}, 1]}}, /rules\.page-chrome: expected "off", "info" \(or "note"\), "warn" \(or "warning"\) or "error", or \[severity, options\]/],
      [{rules: {'page-chrome': ['loud']}}, /rules\.page-chrome\[0\]: expected .* got "loud"/],
      [{extends: 3}, /extends: expected a preset name or path, or a list of them, got 3/]
    ]
    for (const [config, expected] of cases) expect(() => lint('Text.', {path: 'a.md', config: config as never})).toThrow(expected)
  })
})

describe('config files with comments', () => {
  it('reads .mindlintrc.jsonc and comments in .mindlintrc.json, and still refuses a trailing comma with its place', () => {
    const jsonc = '// House style\n{\n  /* notes are fine */\n  "$schema": "./node_modules/mindlint/schema/mindlintrc.schema.json",\n  "rules": {"page-chrome": "error"} // counters are errors\n}\n'
    for (const name of ['.mindlintrc.jsonc', '.mindlintrc.json']) {
      const root = tempProject({[name]: jsonc, 'post.txt': chrome})
      const run = runCli(['post.txt', '--format', 'json'], {cwd: root})
      expect(run.stderr).toBe('')
      expect(run.code).toBe(1)
      expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ruleId: 'page-chrome', severity: 'error'})
    }

    const trailing = tempProject({'.mindlintrc.jsonc': '{\n  // a comment\n  "rules": {"page-chrome": "warn",}\n}\n', 'post.txt': chrome})
    const run = runCli(['post.txt'], {cwd: trailing})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/\.mindlintrc\.jsonc: line 3, column 35: invalid JSON/)
  })

  it('init writes a starter config that names the schema', () => {
    const root = tempProject({'node_modules/mindlint/schema/mindlintrc.schema.json': '{}'})
    expect(runCli(['init'], {cwd: root}).code).toBe(0)
    const config = JSON.parse(readFileSync(join(root, '.mindlintrc.json'), 'utf8')) as Record<string, unknown>
    expect(config.$schema).toBe('./node_modules/mindlint/schema/mindlintrc.schema.json')
    expect(schemaAccepts(config)).toBe(true)
    expect(runCli(['.'], {cwd: root}).code).toBe(0)
  })
})
