import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {runCli, tempProject} from './helpers.js'
import {sampleConfig, sampleDraft, sampleFiles} from './sample-project.js'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/** Run a module in a child Node process from the repository, importing the built package by its name. */
function runModule(source: string, cwd = repoRoot): string {
  // Results for the whole fixtures folder pass execFileSync's 1 MiB default.
  return execFileSync(process.execPath, ['--input-type=module', '-e', source], {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
}

describe('API', () => {
  // The whole fixtures folder (over a thousand files) is linted twice, while the other test files run: a minute or more is allowed.
  it("import {lintFiles} from 'mindlint' returns the same results as the CLI's JSON", () => {
    const fromApi = JSON.parse(runModule("import {lintFiles} from 'mindlint'; const {results} = await lintFiles(['fixtures']); process.stdout.write(JSON.stringify(results))")) as LintResult[]
    const fromCli = JSON.parse(runCli(['fixtures', '--format', 'json']).stdout) as LintResult[]
    expect(fromApi.length).toBeGreaterThanOrEqual(15)
    expect(fromApi).toEqual(fromCli)
  }, 120_000)

  it("import {lint} from 'mindlint' agrees with the CLI on one file, config included", () => {
    const root = tempProject(sampleFiles)
    const script = `import {lint} from 'mindlint'
      const result = lint(${JSON.stringify(sampleDraft)}, {path: 'posts/draft.md', config: ${sampleConfig}})
      process.stdout.write(JSON.stringify(result))`
    const fromApi = JSON.parse(runModule(script)) as LintResult
    const fromCli = JSON.parse(runCli(['posts/draft.md', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    expect(fromApi).toEqual(fromCli[0])
    expect(fromApi.errorCount).toBe(1)
  })

  it('has typed exports for results, rules and configuration (checked by tsc against the built package)', () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
    const run = spawnSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'consumer.ts'],
      {cwd: join(repoRoot, 'test/types'), encoding: 'utf8'}
    )
    // consumer.ts also holds @ts-expect-error lines: were the types loose, those would fail.
    expect(run.stdout + run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})

describe('remark plugin', () => {
  it("remark().use(remarkMindlint) adds mindlint's messages to the vfile, the same as the CLI finds", async () => {
    const {default: remarkMindlint} = (await import('mindlint/remark')) as typeof import('../src/remark.js')
    const root = tempProject(sampleFiles)
    const file = new VFile({path: join(root, 'posts/draft.md'), value: readFileSync(join(root, 'posts/draft.md'), 'utf8'), cwd: root})
    await remark().use(remarkMindlint).process(file)

    const fromCli = JSON.parse(runCli(['posts/draft.md', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    const expected = fromCli[0].messages
    expect(file.messages.map((message) => [message.ruleId, message.source, message.line, message.column, message.reason, message.fatal])).toEqual(
      expected.map((message) => [message.ruleId, 'mindlint', message.line, message.column, message.message, message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined])
    )
    // The help is vfile's long-form `note`, which vfile-reporter prints under the message.
    expect(file.messages.map((message) => message.note)).toEqual(expected.map((message) => message.help))
    expect(file.messages.every((message) => typeof message.note === 'string' && message.note.includes('Source: '))).toBe(true)
    // The project's config (hard-sentence: error) applied because the plugin found it from the file's path.
    expect(file.messages.some((message) => message.ruleId === 'hard-sentence' && message.fatal === true)).toBe(true)
    expect(file.messages.every((message) => message.file === file.path)).toBe(true)
  })

  it('takes configuration as options, and sits beside other remark plugins', async () => {
    const {default: remarkMindlint} = (await import('mindlint/remark')) as typeof import('../src/remark.js')
    const seen: string[] = []
    const other = () => (_tree: unknown, file: VFile) => {
      seen.push(...file.messages.map((message) => message.ruleId ?? ''))
      file.message('from another plugin', {ruleId: 'other', source: 'other'})
    }

    const file = await remark()
      .use(remarkMindlint, {config: {extends: [], rules: {'page-chrome': 'warn'}}})
      .use(other)
      .process(sampleDraft)
    expect(seen).toEqual(['page-chrome', 'page-chrome'])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['page-chrome', 'page-chrome', 'other'])
    expect(String(file)).toContain('Share this')
  })
})

describe('mindlint rules <id>', () => {
  it("prints the rule's documentation: what, why, examples, options, sources", () => {
    const run = runCli(['rules', 'hard-sentence'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(readFileSync(join(repoRoot, 'rules/hard-sentence/README.md'), 'utf8'))
    for (const section of ['# hard-sentence', '## Why', '## Examples', '## Options', '## Sources']) expect(run.stdout).toContain(section)
  })

  it('lists every rule, and refuses an unknown id with exit 2', () => {
    const list = runCli(['rules'])
    expect(list.stdout).toMatch(/^page-chrome\s+comments\s+warning/m)
    expect(list.stdout).toMatch(/^hard-sentence\s+readability\s+warning/m)
    // As JSON, each rule with its messages by id, as its meta holds them.
    const [speed] = JSON.parse(runCli(['rules', '--format', 'json']).stdout).filter((rule: {id: string}) => rule.id === 'speed-claim') as Array<{messages: Record<string, {message: string; help: string}>}>
    expect(speed.messages.speed).toEqual({message: "'{phrase}' promises fast relief as fact", help: expect.stringMatching(/^Say how soon some people noticed a change with \{treatment\}/)})
    const unknown = runCli(['rules', 'no-such-rule'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown rule "no-such-rule"')
  })
})
