import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {junit} from '../src/report/junit.js'
import {allRules} from '../rules/index.js'
import {runCli, tempProject} from './helpers.js'
import {sampleFiles} from './sample-project.js'

const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name)})

interface TestCase {
  name: string
  classname: string
  failure?: {message: string; type: string; '#text': string}
  error?: {message: string; type: string}
  'system-out'?: string
}

interface Suite {
  name: string
  tests: string
  failures: string
  errors: string
  testcase: TestCase[]
}

function parse(xml: string): {testsuites: {tests: string; failures: string; errors: string; testsuite: Suite[]}} {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml) as never
}

describe('--format junit', () => {
  it('writes a testsuite per file and a failure per error, with totals that add up', () => {
    const root = tempProject({...sampleFiles, 'posts/photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])})
    const run = runCli(['posts', '--format', 'junit'], {cwd: root})
    expect(run.code).toBe(2)
    const json = JSON.parse(runCli(['posts', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    const {testsuites} = parse(run.stdout)

    expect(testsuites.testsuite.map((suite) => suite.name)).toEqual(json.map((result) => result.path))
    for (const [index, suite] of testsuites.testsuite.entries()) {
      const result = json[index]
      const failures = suite.testcase.filter((test) => test.failure)
      if (result.fatal) {
        expect(suite.errors).toBe('1')
        expect(suite.testcase[0].error?.message).toContain('binary file')
        continue
      }

      expect(failures.length).toBe(result.errorCount)
      expect(suite.failures).toBe(String(result.errorCount))
      expect(suite.tests).toBe(String(suite.testcase.length))
      const errors = result.messages.filter((message) => message.severity === 'error')
      expect(failures.map((test) => [test.failure?.type, test.failure?.message])).toEqual(errors.map((message) => [message.ruleId, message.message]))
      expect(failures.map((test) => test.name)).toEqual(errors.map((message) => `${message.ruleId} at ${message.line}:${message.column}`))
      // The body gives the statement, then the help on its own line.
      // (The parser leaves character references as written.)
      const text = (value: string | undefined) => (value ?? '').replace(/&#10;/g, '\n')
      for (const [at, test] of failures.entries()) expect(text(test.failure?.['#text'])).toContain(`${errors[at].message} (${errors[at].ruleId})\n${errors[at].help}\n`)
      // Warnings are listed but pass, with their help too.
      const passing = suite.testcase.filter((test) => test['system-out'])
      expect(passing.length).toBe(result.warningCount + result.infoCount)
      const others = result.messages.filter((message) => message.severity !== 'error')
      for (const [at, test] of passing.entries()) expect(text(test['system-out'])).toContain(`\n${others[at].help}\n`)
    }

    const draft = json.find((result) => result.path === 'posts/draft.md')
    expect(draft?.errorCount).toBeGreaterThan(0)
    expect(testsuites.failures).toBe(String(json.reduce((sum, result) => sum + (result.fatal ? 0 : result.errorCount), 0)))
    expect(testsuites.errors).toBe('1')
  })

  it('escapes markup and drops characters XML cannot hold, so scraped text keeps the report well formed', () => {
    const message = 'Quoted \'<script>alert("x")</script> & co\' \u0001\u001B here\uD800'
    const results: LintResult[] = [
      {
        path: 'posts/<odd> & "name".md',
        messages: [{ruleId: 'page-chrome', category: 'comments', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 4, offset: 0, endOffset: 3}],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        fixableCount: 0,
        stats: {words: 1, sentences: 1, paragraphs: 1}
      }
    ]
    const xml = junit(results, {cwd: '/work', color: false, rules: new Map(allRules.map((rule) => [rule.meta.id, rule.meta]))})
    expect(xml).not.toContain('<script>')
    parse(xml)
    const decoded = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true}).parse(xml).testsuites.testsuite
    expect(decoded.name).toBe('posts/<odd> & "name".md')
    expect(decoded.testcase.failure.message).toBe(
      'Quoted \'<script>alert("x")</script> & co\' \uFFFD\uFFFD here\uFFFD'
    )
  })
})
