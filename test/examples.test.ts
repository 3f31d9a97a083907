import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {categories} from '../src/index.js'
import {runCli} from './helpers.js'

/**
 * The quick start, `npx mindlint examples`: one screen that shows every
 * rule family and ends with the summary. The examples are for reading, not
 * measuring: the rules' tests use fixtures/.
 */
describe('npx mindlint examples', () => {
  it('fits one screen, ends with the summary, and shows every rule family', () => {
    const run = runCli(['examples'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.length).toBeLessThanOrEqual(60)
    const summary = lines.findIndex((line) => /^✖ \d+ problems \(\d+ errors?, \d+ warnings?/.test(line))
    expect(summary).toBeGreaterThan(0)
    expect(lines[summary + 1]).toBe('  4 files checked, 3 with problems')
    // The by-rule table runs to the end (and the --fix hint).
    for (const line of lines.slice(summary + 2)) expect(line).toMatch(/^  [a-z-]+\s+\d+(  [a-z]+(, \d+ errors?)?)?$|^  \d+ problems? can be fixed with --fix$/)

    const results = JSON.parse(runCli(['examples', '--format', 'json']).stdout) as LintResult[]
    const shown = new Set(results.flatMap((result) => result.messages.map((message) => message.category)))
    for (const category of categories) expect(shown, category).toContain(category)
  })

  it('stays quiet on the careful page, and leaves the folder README out', () => {
    const results = JSON.parse(runCli(['examples', '--format', 'json']).stdout) as LintResult[]
    expect(results.map((result) => result.path).sort()).toEqual([
      'examples/hospital-esketamine-guide.md',
      'examples/ketamine-clinic.md',
      'examples/nad-drip-landing.html',
      'examples/scraped-tms-post.txt'
    ])
    expect(results.find((result) => result.path.includes('hospital'))!.messages).toEqual([])
  })
})
