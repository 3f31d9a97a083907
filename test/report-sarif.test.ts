import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type * as Sarif from 'sarif'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {fatalResult} from '../src/engine/messages.js'
import {allRules} from '../rules/index.js'
import {sarif} from '../src/report/sarif.js'
import {runCli, tempProject} from './helpers.js'
import {sampleDraft, sampleFiles} from './sample-project.js'

/**
 * The SARIF 2.1.0 schema, vendored from the npm package @microsoft/jest-sarif
 * 1.0.0-beta.0 (MIT; lib/schemas/sarif-2.1.0-rtm.5.json), so the test needs
 * no network.
 */
const schema = JSON.parse(readFileSync(new URL('schemas/sarif-2.1.0.json', import.meta.url), 'utf8')) as object
// The published schema has a pattern that is invalid as a Unicode regular expression.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
addFormats(ajv)
const validate = ajv.compile(schema)

function expectValid(log: unknown): void {
  const valid = validate(log)
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([])
  expect(valid).toBe(true)
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

describe('--format sarif', () => {
  // The whole fixtures folder (over a thousand files) is linted twice, while the other test files run: a minute or more is allowed.
  it('validates against the SARIF 2.1.0 schema for the whole fixtures folder, agreeing with the JSON output', () => {
    const run = runCli(['fixtures', '--format', 'sarif'])
    expect([0, 1]).toContain(run.code)
    const log = JSON.parse(run.stdout) as Sarif.Log
    expectValid(log)

    const json = JSON.parse(runCli(['fixtures', '--format', 'json']).stdout) as LintResult[]
    const expected = json.flatMap((result) => result.messages.map((message) => ({path: result.path, ...message})))
    const results = log.runs[0].results ?? []
    expect(results.length).toBe(expected.length)
    expect(expected.length).toBeGreaterThan(10)
    for (const [index, result] of results.entries()) {
      const message = expected[index]
      const region = result.locations?.[0].physicalLocation?.region
      expect(result.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe(message.path)
      expect(result.ruleId).toBe(message.ruleId)
      expect(result.message.text.startsWith(message.message)).toBe(true)
      // The short statement is the message; the help and the message id ride along as properties.
      expect(result.properties?.help).toBe(message.help)
      expect(result.properties?.messageId).toBe(message.messageId)
      if (message.line === undefined) {
        // Document-level: GitHub needs a line, so the file's first.
        expect(region).toEqual({startLine: 1})
        continue
      }

      expect(region).toMatchObject({startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn})
      expect(region?.snippet?.text).toBe(readFileSync(join(repoRoot, message.path), 'utf8').slice(message.offset, message.endOffset))
    }
  }, 120_000)

  it('describes every rule with its help URI, description and default level, and points results at them', () => {
    const root = tempProject(sampleFiles)
    const run = runCli(['posts', '--format', 'sarif'], {cwd: root})
    expect(run.code).toBe(1)
    const log = JSON.parse(run.stdout) as Sarif.Log
    expectValid(log)
    const {driver} = log.runs[0].tool
    expect(driver.name).toBe('mindlint')
    expect(driver.rules?.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.meta.id))
    for (const rule of driver.rules ?? []) {
      expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}/README\\.md$`))
      expect(rule.shortDescription?.text.length).toBeGreaterThan(10)
      expect(rule.help?.markdown).toContain(`# ${rule.id}`)
      // The plain help lists what to do for each of the rule's messages, read from its meta.
      const meta = allRules.find((candidate) => candidate.meta.id === rule.id)!.meta
      for (const spec of Object.values(meta.messages ?? {})) {
        expect(rule.help?.text).toContain(spec.help.replace(/\{[A-Za-z]+\}/g, '…'))
      }
    }

    const results = log.runs[0].results ?? []
    expect(new Set(results.map((result) => result.ruleId))).toEqual(new Set(['page-chrome', 'hard-sentence']))
    for (const result of results) {
      expect(driver.rules?.[result.ruleIndex ?? -1].id).toBe(result.ruleId)
      // The config raised hard-sentence to an error; page-chrome stays a warning.
      expect(result.level).toBe(result.ruleId === 'hard-sentence' ? 'error' : 'warning')
    }

    // Relative URIs resolve against %SRCROOT%, the folder mindlint ran in.
    const base = log.runs[0].originalUriBaseIds?.['%SRCROOT%']?.uri ?? ''
    const location = results[0].locations?.[0].physicalLocation?.artifactLocation
    expect(location?.uriBaseId).toBe('%SRCROOT%')
    expect(readFileSync(new URL(location?.uri ?? '', base), 'utf8')).toBe(sampleDraft)
  })

  it('keeps each result\'s fingerprint when lines above it move', () => {
    const root = tempProject(sampleFiles)
    const fingerprints = () => {
      const log = JSON.parse(runCli(['posts', '--format', 'sarif'], {cwd: root}).stdout) as Sarif.Log
      return (log.runs[0].results ?? []).map((result) => ({
        line: result.locations?.[0].physicalLocation?.region?.startLine,
        fingerprint: result.partialFingerprints?.['mindlintFlaggedText/v1']
      }))
    }

    const before = fingerprints()
    writeFileSync(join(root, 'posts/draft.md'), 'A new first paragraph.\n\nAnd a second one.\n\n' + sampleDraft)
    const after = fingerprints()
    expect(after.map((result) => result.fingerprint)).toEqual(before.map((result) => result.fingerprint))
    expect(after.map((result) => result.line)).toEqual(before.map((result) => (result.line ?? 0) + 4))
    expect(new Set(before.map((result) => result.fingerprint)).size).toBe(before.length)
  })

  it('reports unreadable files as tool notifications and document-level problems at the file', () => {
    const results: LintResult[] = [
      {
        path: 'docs/a b#1.md',
        messages: [{ruleId: 'page-chrome', category: 'comments', severity: 'info', message: 'The whole page is furniture'}],
        errorCount: 0,
        warningCount: 0,
        infoCount: 1,
        fixableCount: 0,
        stats: {words: 1, sentences: 1, paragraphs: 1}
      },
      fatalResult('docs/picture.md', 'binary file (it contains NUL bytes); skipped')
    ]
    const log = JSON.parse(sarif(results, {cwd: '/work/site', color: false, rules: new Map(allRules.map((rule) => [rule.meta.id, rule.meta]))})) as Sarif.Log
    expectValid(log)
    const [run] = log.runs
    expect(run.results).toHaveLength(1)
    expect(run.results?.[0]).toMatchObject({level: 'note', ruleId: 'page-chrome'})
    expect(run.results?.[0].locations?.[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'docs/a%20b%231.md', uriBaseId: '%SRCROOT%', index: 0},
      region: {startLine: 1}
    })
    expect(run.invocations?.[0].executionSuccessful).toBe(false)
    expect(run.invocations?.[0].toolExecutionNotifications?.[0].message.text).toContain('binary file')
  })
})
