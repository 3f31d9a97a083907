import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {runCli, tempProject} from './helpers.js'
import {sampleDraft, sampleFiles} from './sample-project.js'

describe('--stdin', () => {
  it('lints standard input as the named file: same messages as linting the file, config found from its folder', () => {
    const root = tempProject({...sampleFiles, 'drafts/.mindlintrc.json': JSON.stringify({extends: [], rules: {'page-chrome': 'warn'}})})
    const fromFile = JSON.parse(runCli(['posts/draft.md', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    const run = runCli(['--stdin', '--stdin-filename', 'posts/draft.md', '--format', 'json'], {cwd: root, input: sampleDraft})
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual(fromFile)

    // The name need not exist; its folder's config applies (hard-sentence off in drafts/).
    const drafts = JSON.parse(runCli(['--stdin', '--stdin-filename', 'drafts/new.md', '--format', 'json'], {cwd: root, input: sampleDraft}).stdout) as LintResult[]
    expect(drafts[0].path).toBe('drafts/new.md')
    expect(drafts[0].messages.map((message) => message.ruleId)).toEqual(['page-chrome', 'page-chrome'])
  })

  it('chooses Markdown or plain text by the name', () => {
    // A fenced code block is markup in Markdown (not prose), but text in a .txt file.
    const text = '```\nShare this\n```\n'
    const lintAs = (name: string) => JSON.parse(runCli(['--stdin', '--stdin-filename', name, '-f', 'json'], {input: text}).stdout) as LintResult[]
    expect(lintAs('a.md')[0].messages).toEqual([])
    expect(lintAs('a.markdown')[0].messages).toEqual([])
    expect(lintAs('a.txt')[0].messages.map((message) => [message.ruleId, message.line])).toEqual([['page-chrome', 2]])
  })

  it('works without a name, in every format, and reads the text once for reports that show it', () => {
    const run = runCli(['--stdin', '-f', 'github'], {input: 'Share this\n'})
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toMatch(/^::warning file=<stdin>,line=1,col=1,endLine=1,endColumn=11,title=page-chrome::/)
    const sarif = JSON.parse(runCli(['--stdin', '--stdin-filename', 'x.txt', '-f', 'sarif'], {input: 'Share this\n'}).stdout)
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.snippet.text).toBe('Share this')
  })

  it('says plainly what is wrong with its use or its input', () => {
    const withPaths = runCli(['--stdin', 'posts'], {input: 'x'})
    expect(withPaths.code).toBe(2)
    expect(withPaths.stderr).toContain('give no paths with it')

    const nameOnly = runCli(['--stdin-filename', 'a.md'])
    expect(nameOnly.code).toBe(2)
    expect(nameOnly.stderr).toContain('add --stdin')

    const binary = runCli(['--stdin', '--stdin-filename', 'a.md'], {input: 'PNG\u0000\u0000data'})
    expect(binary.code).toBe(2)
    expect(binary.stderr).toContain('a.md: binary file')

    const root = tempProject({'.mindlintrc.json': JSON.stringify({ignores: ['vendor/**']})})
    const ignored = runCli(['--stdin', '--stdin-filename', 'vendor/a.md', '-f', 'json'], {cwd: root, input: 'Share this\n'})
    expect(ignored.code).toBe(0)
    expect(JSON.parse(ignored.stdout)).toEqual([])
    expect(ignored.stderr).toContain('vendor/a.md: ignored')
  })
})
