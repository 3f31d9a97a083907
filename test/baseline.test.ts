import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {runCli, tempProject} from './helpers.js'
import {sampleDraft, sampleFiles} from './sample-project.js'

const hardSentence =
  'Ketamine infusion therapy represents an innovative pharmacological intervention for individuals experiencing treatment-resistant depressive disorders.'

function jsonRun(root: string, args: string[]): {code: number | null; results: LintResult[]; stderr: string} {
  const run = runCli([...args, '--format', 'json'], {cwd: root})
  return {code: run.code, results: JSON.parse(run.stdout || '[]') as LintResult[], stderr: run.stderr}
}

function messagesOf(results: readonly LintResult[]): Array<[string, string, number | undefined]> {
  return results.flatMap((result) => result.messages.map((message): [string, string, number | undefined] => [result.path, message.ruleId ?? '', message.line]))
}

describe('--baseline', () => {
  it('records today\'s problems, then stays quiet about them after edits that move their lines', () => {
    const root = tempProject(sampleFiles)
    const before = jsonRun(root, ['posts'])
    expect(before.code).toBe(1)
    const total = messagesOf(before.results).length
    expect(total).toBe(3)

    const update = runCli(['posts', '--baseline', 'mindlint-baseline.json', '--update-baseline'], {cwd: root})
    expect(update.code).toBe(0)
    expect(update.stdout).toBe('')
    expect(update.stderr).toContain(`wrote 3 problems to mindlint-baseline.json`)
    expect(update.stderr).toContain('3 problems in the baseline still present (not reported)')

    // Keyed by file, rule and flagged text: no line numbers in the file.
    const baseline = JSON.parse(readFileSync(join(root, 'mindlint-baseline.json'), 'utf8')) as {version: number; files: Record<string, Array<Record<string, unknown>>>}
    expect(Object.keys(baseline.files)).toEqual(['posts/draft.md'])
    expect(baseline.files['posts/draft.md']).toContainEqual({rule: 'page-chrome', text: 'Share this', count: 1})
    expect(baseline.files['posts/draft.md']).toContainEqual({rule: 'hard-sentence', text: hardSentence, count: 1})
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/)

    // New paragraphs above, and the hard sentence re-wrapped over two lines.
    const moved = ['A new opening paragraph for readers.', '', 'Another short paragraph.', '', sampleDraft.replace('intervention for', 'intervention\nfor')].join('\n')
    writeFileSync(join(root, 'posts/draft.md'), moved)
    const after = jsonRun(root, ['posts', '--baseline', 'mindlint-baseline.json'])
    expect(jsonRun(root, ['posts']).results.flatMap((result) => result.messages).map((message) => message.line)).toEqual([7, 9, 14])
    expect(after.code).toBe(0)
    expect(messagesOf(after.results)).toEqual([])
    expect(after.stderr).toContain('3 problems in the baseline still present (not reported)')
  })

  it('reports only new problems, counting duplicates of a baselined one, and says which were fixed', () => {
    const root = tempProject(sampleFiles)
    runCli(['posts', '--baseline', 'b.json', '--update-baseline'], {cwd: root})

    // A second "Share this" is new even though the first is known; the cookie banner is gone.
    const edited = sampleDraft.replace('We use cookies to improve this site.\n', '') + '\nShare this\n\nTreatment-resistant depressive disorders necessitate comprehensive multidisciplinary pharmacological management strategies.\n'
    writeFileSync(join(root, 'posts/draft.md'), edited)
    const run = jsonRun(root, ['posts', '--baseline', 'b.json'])
    expect(run.code).toBe(1)
    const reported = run.results.flatMap((result) => result.messages)
    expect(reported.map((message) => message.ruleId)).toEqual(['page-chrome', 'hard-sentence'])
    expect(reported[0].line).toBe(edited.split('\n').lastIndexOf('Share this') + 1)
    expect(run.results.find((result) => result.path === 'posts/draft.md')).toMatchObject({errorCount: 1, warningCount: 1})
    expect(run.stderr).toContain('2 problems in the baseline still present (not reported)')
    expect(run.stderr).toContain('1 problem in the baseline no longer found: run with --update-baseline to drop them')

    // Stylish output shows the new ones only.
    const stylish = runCli(['posts', '--baseline', 'b.json'], {cwd: root})
    expect(stylish.stdout).toContain('2 problems (1 error, 1 warning)')
  })

  it('keeps other files\' entries when updated from a partial run, and works from a subfolder', () => {
    const root = tempProject({...sampleFiles, 'pages/about.md': 'Share this\n\nWe use cookies to improve this site.\n'})
    runCli(['.', '--baseline', 'b.json', '--update-baseline'], {cwd: root})
    const full = JSON.parse(readFileSync(join(root, 'b.json'), 'utf8')) as {files: Record<string, unknown>}
    expect(Object.keys(full.files)).toEqual(['pages/about.md', 'posts/draft.md'])

    writeFileSync(join(root, 'posts/draft.md'), 'Most visits take about an hour.\n')
    runCli(['posts', '--baseline', 'b.json', '--update-baseline'], {cwd: root})
    const partial = JSON.parse(readFileSync(join(root, 'b.json'), 'utf8')) as {files: Record<string, unknown>}
    expect(partial.files).toEqual({'pages/about.md': full.files['pages/about.md']})

    // Paths are relative to the baseline's folder, whatever folder mindlint runs in.
    const sub = runCli(['about.md', '--baseline', '../b.json'], {cwd: join(root, 'pages')})
    expect(sub.code).toBe(0)
    expect(sub.stderr).toContain('2 problems in the baseline still present')
  })

  it('keys a document-level finding by rule and "(document)", so a reading grade that moves does not bring it back', () => {
    const sentences = [
      'Individuals experiencing persistent depressive symptomatology frequently encounter considerable difficulty identifying appropriate therapeutic alternatives, particularly following unsuccessful medication trials.',
      'Contemporary psychiatric practice increasingly incorporates interventional modalities, including ketamine administration under continuous clinical observation.',
      'Comprehensive assessment typically precedes any recommendation, encompassing psychiatric history, cardiovascular evaluation, concurrent medication review, and substance utilization patterns.',
      'Subsequent treatment planning considers individual circumstances, anticipated benefits, potential adverse experiences, and practical logistical requirements.'
    ]
    const root = tempProject({
      '.mindlintrc.json': JSON.stringify({extends: [], rules: {'reading-level': ['warn', {minWords: 40}]}}),
      'posts/infusions.md': `# Infusions\n\n${sentences.join(' ')}\n`
    })
    const before = jsonRun(root, ['posts'])
    expect(before.results[0].messages.map((message) => [message.ruleId, message.line])).toEqual([['reading-level', undefined]])
    runCli(['posts', '--baseline', 'b.json', '--update-baseline'], {cwd: root})
    const baseline = JSON.parse(readFileSync(join(root, 'b.json'), 'utf8')) as {files: Record<string, unknown>}
    expect(baseline.files).toEqual({'posts/infusions.md': [{rule: 'reading-level', text: '(document)', count: 1}]})

    // One sentence fewer: a different grade, so a different message, but the same finding.
    writeFileSync(join(root, 'posts/infusions.md'), `# Infusions\n\n${sentences.slice(1).join(' ')}\n`)
    const moved = jsonRun(root, ['posts'])
    expect(moved.results[0].messages[0].message).not.toBe(before.results[0].messages[0].message)
    const after = jsonRun(root, ['posts', '--baseline', 'b.json'])
    expect(after.code).toBe(0)
    expect(messagesOf(after.results)).toEqual([])
    expect(after.stderr).toContain('1 problem in the baseline still present (not reported)')

    // A baseline written before these keys (the message as its text) still matches that message.
    const legacy = {version: 1, files: {'posts/infusions.md': [{rule: 'reading-level', text: moved.results[0].messages[0].message, count: 1}]}}
    writeFileSync(join(root, 'old.json'), JSON.stringify(legacy))
    expect(messagesOf(jsonRun(root, ['posts', '--baseline', 'old.json']).results)).toEqual([])
  })

  it('refuses a missing or broken baseline, or --update-baseline without a file, with exit 2', () => {
    const root = tempProject(sampleFiles)
    const missing = runCli(['posts', '--baseline', 'nope.json'], {cwd: root})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('baseline nope.json does not exist (create it with --update-baseline)')

    writeFileSync(join(root, 'broken.json'), '{"version": 1, "files": {"a.md": [{"rule": "x"}]}}')
    const broken = runCli(['posts', '--baseline', 'broken.json'], {cwd: root})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('is not a mindlint baseline')

    mkdirSync(join(root, 'folder.json'))
    expect(runCli(['posts', '--baseline', 'folder.json'], {cwd: root}).code).toBe(2)
    const unwritable = runCli(['posts', '--baseline', 'folder.json', '--update-baseline'], {cwd: root})
    expect(unwritable.code).toBe(2)
    expect(unwritable.stderr).toContain('baseline folder.json')

    const noFile = runCli(['posts', '--update-baseline'], {cwd: root})
    expect(noFile.code).toBe(2)
    expect(noFile.stderr).toContain('--update-baseline needs --baseline FILE')
  })
})
