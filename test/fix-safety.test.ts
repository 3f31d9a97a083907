import {type ChildProcess, spawn, spawnSync} from 'node:child_process'
import {chmodSync, chownSync, existsSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixFiles, writeFixedFile} from '../src/engine/fix.js'
import {defineRule} from '../src/rule/define-rule.js'
import {allRules} from '../rules/index.js'
import type {LintResult} from '../src/index.js'
import {otherUser} from './as-other-user.js'
import {cliPath, projectsRemovedAfterEach, runCli} from './helpers.js'

/**
 * `--fix` must never lose text: it writes a temporary file beside the
 * original and renames it over, so a kill at any moment leaves either the
 * old file or the new one; it refuses files changed since they were read
 * and files the user may not write; and with --stdin it writes nothing to
 * disk at all.
 */

const draft = 'Family Stories\n\nHer brother committed suicide after his third stay in rehab.\n\nMany adults suffer from depression for years.\n'
const fixed = 'Family Stories\n\nHer brother died by suicide after his third stay in rehab.\n\nMany adults have depression for years.\n'

/** Temporary projects, removed after each test. */
const project = projectsRemovedAfterEach()

/** Start `mindlint` paused between writing its temporary file and renaming it (a test-only hook). */
function startPaused(args: string[], cwd: string, resume: string): {child: ChildProcess; paused: Promise<string>; exited: Promise<{code: number | null; signal: string | null; stderr: string}>} {
  const child = spawn(process.execPath, [cliPath, ...args], {cwd, env: {...process.env, NO_COLOR: '1', MINDLINT_TEST_PAUSE_BEFORE_RENAME: resume}})
  let stderr = ''
  let onPause: (path: string) => void = () => {}
  const paused = new Promise<string>((resolve, reject) => {
    onPause = resolve
    child.on('exit', () => reject(new Error(`mindlint exited before pausing:\n${stderr}`)))
  })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    const match = /mindlint-test: paused before rename (.+)\n/.exec(stderr)
    if (match) onPause(match[1])
  })
  child.stdout!.resume()
  const exited = new Promise<{code: number | null; signal: string | null; stderr: string}>((resolve) => {
    child.on('exit', (code, signal) => resolve({code, signal, stderr}))
  })
  return {child, paused, exited}
}

describe('--fix writes a temporary file in the same folder and renames it over the original', () => {
  it('leaves the original intact when killed after the temporary file is written', {timeout: 120_000}, async () => {
    const root = project({'draft.txt': draft, 'notes.md': 'A nurse stays with you.\n'})
    const file = join(root, 'draft.txt')
    const inode = statSync(file).ino
    const {child, paused, exited} = startPaused(['--fix', 'draft.txt'], root, join(root, 'never-created'))

    const temporary = await paused
    // The fixed text is complete in a hidden file beside the original; the original is untouched.
    expect(dirname(temporary)).toBe(realpathSync(root))
    expect(basename(temporary)).toMatch(/^\.draft\.txt\..+\.mindlint-tmp$/)
    expect(readFileSync(temporary, 'utf8')).toBe(fixed)
    expect(readFileSync(file, 'utf8')).toBe(draft)

    child.kill('SIGKILL')
    expect((await exited).signal).toBe('SIGKILL')
    expect(readFileSync(file, 'utf8')).toBe(draft)
    expect(statSync(file).ino).toBe(inode)

    // The leftover is not linted, and the next --fix works.
    const lint = runCli(['.', '--format', 'json'], {cwd: root})
    expect((JSON.parse(lint.stdout) as LintResult[]).map((result) => result.path)).toEqual(['draft.txt', 'notes.md'])
    expect(runCli(['--fix', 'draft.txt'], {cwd: root}).stderr).toContain('applied 2 fixes to 1 file')
    expect(readFileSync(file, 'utf8')).toBe(fixed)
  })

  it('does not overwrite a file an editor saved while it was being fixed', {timeout: 120_000}, async () => {
    const root = project({'draft.txt': draft})
    const file = join(root, 'draft.txt')
    const resume = join(root, 'resume')
    const {paused, exited} = startPaused(['--fix', 'draft.txt'], root, resume)

    await paused
    const edited = draft + '\nA paragraph the editor added.\n'
    writeFileSync(file, edited)
    writeFileSync(resume, '')
    const run = await exited
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('draft.txt: not fixed: the file changed on disk while it was being fixed; run --fix again')
    expect(readFileSync(file, 'utf8')).toBe(edited)
    expect(readdirSync(root).sort()).toEqual(['draft.txt', 'resume'])
  })

  it('replaces the file (a new inode) keeping its mode and, as root, its owner', () => {
    const root = project({'draft.txt': draft, 'script.txt': draft})
    const file = join(root, 'draft.txt')
    chmodSync(file, 0o604)
    chmodSync(join(root, 'script.txt'), 0o751)
    const asRoot = process.getuid?.() === 0
    if (asRoot) chownSync(file, 65534, 65534)
    const before = statSync(file)

    const run = runCli(['--fix', '.'], {cwd: root})
    expect(run.stderr).toContain('applied 4 fixes to 2 files')
    const after = statSync(file)
    expect(readFileSync(file, 'utf8')).toBe(fixed)
    expect(after.ino).not.toBe(before.ino)
    expect(after.mode & 0o7777).toBe(0o604)
    expect(statSync(join(root, 'script.txt')).mode & 0o7777).toBe(0o751)
    if (asRoot) expect([after.uid, after.gid]).toEqual([65534, 65534])
    expect(readdirSync(root).sort()).toEqual(['draft.txt', 'script.txt'])
  })

  it('changes only the fixed words: BOM, CRLF, lone CR, mixed line endings, NBSP, tabs and emoji stay byte for byte', () => {
    const parts = ['\uFEFFFamily Stories\r\n\r\nHer brother ', 'committed suicide', ' in 2019 \u{1F494}.\nShe ', 'suffers from', '\u00a0anxiety.\r\rA\ttab and a line with no end']
    const original = parts.join('')
    const expected = [parts[0], 'died by suicide', parts[2], 'has', parts[4]].join('')
    const root = project({'draft.txt': original})
    runCli(['--fix', 'draft.txt'], {cwd: root})
    expect(readFileSync(join(root, 'draft.txt')).equals(Buffer.from(expected, 'utf8'))).toBe(true)
  })

  it('says a file vanished rather than recreating it', async () => {
    const root = project({'draft.txt': draft})
    const file = join(root, 'draft.txt')
    rmSync(file)
    expect(await writeFixedFile(file, draft, fixed)).toBe('the file was moved or deleted while it was being fixed')
    expect(existsSync(file)).toBe(false)
    expect(readdirSync(root)).toEqual([])
  })
})

describe('a bug while fixing costs one file, left as it was', () => {
  it('reports the internal error for that file and fixes the others', async () => {
    const root = project({'a.txt': draft, 'b.txt': draft})
    // A rule whose lexicon is missing fails outside its own check, in the shared matcher.
    const broken = defineRule({
      meta: {id: 'broken', category: 'language', severity: 'warning', fixable: false, description: 'Fails for b.txt only.'},
      lexicon: new URL('file:///nonexistent/mindlint/lexicon.yml'),
      check() {}
    })
    const rules = allRules.filter((rule) => ['suicide-language', 'stigmatizing-language'].includes(rule.meta.id))
    const withBroken = [...rules, broken]
    const outcome = await fixFiles(['a.txt', 'b.txt'], {
      cwd: root,
      write: true,
      rules: withBroken,
      ignorePatterns: [],
      // b.txt gets the broken rule through an override; a.txt does not.
      configFile: writeConfig(root, {overrides: [{files: 'a.txt', rules: {broken: 'off'}}]})
    })
    const [a, b] = outcome.results
    expect(a.fatal).toBeUndefined()
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(fixed)
    expect(b.messages[0].message).toMatch(/^internal error while fixing \(file left as it was\): /)
    expect(readFileSync(join(root, 'b.txt'), 'utf8')).toBe(draft)
  })
})

function writeConfig(root: string, data: object): string {
  const file = join(root, 'config.json')
  writeFileSync(file, JSON.stringify(data))
  return file
}

describe.skipIf(otherUser.skipReason !== undefined)(`--fix and permissions (as a user file modes restrict${otherUser.skipReason ? `; skipped: ${otherUser.skipReason}` : ''})`, () => {
  function runAsOther(args: string[], cwd: string) {
    const [command, commandArgs] = otherUser.command(args)
    const run = spawnSync(command, commandArgs, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 60_000})
    return {code: run.status, stdout: run.stdout, stderr: run.stderr}
  }

  it('leaves a read-only file alone, exit 2 naming it', () => {
    const root = project({'draft.txt': draft, 'other.txt': draft})
    chmodSync(root, 0o777)
    chmodSync(join(root, 'draft.txt'), 0o444)
    chmodSync(join(root, 'other.txt'), 0o666)
    const run = runAsOther(['--fix', '.'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('draft.txt: not fixed: permission denied: the file or its folder is read-only')
    expect(readFileSync(join(root, 'draft.txt'), 'utf8')).toBe(draft)
    // The run goes on: the writable file is fixed.
    expect(readFileSync(join(root, 'other.txt'), 'utf8')).toBe(fixed)
    expect(readdirSync(root).sort()).toEqual(['draft.txt', 'other.txt'])
  })

  it('leaves a file in a read-only folder alone, with no temporary file left', () => {
    const root = project({'draft.txt': draft})
    chmodSync(join(root, 'draft.txt'), 0o666)
    chmodSync(root, 0o555)
    const run = runAsOther(['--fix', 'draft.txt'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('draft.txt: not fixed: permission denied')
    expect(readFileSync(join(root, 'draft.txt'), 'utf8')).toBe(draft)
    expect(readdirSync(root)).toEqual(['draft.txt'])
  })
})

describe('--fix with --stdin writes the fixed text to stdout and nothing to disk', () => {
  it('prints exactly the fixed text, leaving a file of the same name untouched', () => {
    const onDisk = 'The saved version, which must not change.\n'
    const root = project({'posts/draft.txt': onDisk})
    const run = runCli(['--stdin', '--fix', '--stdin-filename', 'posts/draft.txt'], {cwd: root, input: draft.replaceAll('\n', '\r\n')})
    expect(run.stdout).toBe(fixed.replaceAll('\n', '\r\n'))
    expect(run.stderr).toMatch(/^mindlint: posts\/draft\.txt: applied 2 fixes; \d+ problems? left \(add --output-file for the report\)\n$/)
    expect(readFileSync(join(root, 'posts/draft.txt'), 'utf8')).toBe(onDisk)
    expect(readdirSync(root)).toEqual(['posts'])
    expect(readdirSync(join(root, 'posts'))).toEqual(['draft.txt'])
  })

  it('writes the report of the fixed text only to --output-file, and exits by what is left', () => {
    const root = project({})
    const run = runCli(['--stdin', '--fix', '--stdin-filename', 'draft.md', '-f', 'json', '-o', 'report.json'], {cwd: root, input: draft})
    expect(run.stdout).toBe(fixed)
    const [result] = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as LintResult[]
    expect(result.messages.some((message) => message.fix)).toBe(false)
    for (const message of result.messages) {
      if (message.offset !== undefined) expect(message.endOffset).toBeLessThanOrEqual(fixed.length)
    }

    expect(run.code).toBe(result.errorCount > 0 ? 1 : 0)
  })

  it('prints the text unchanged when there is nothing to fix or the name is ignored, and nothing when the input is unusable', () => {
    const clean = 'A nurse stays with you for the whole visit.\n'
    expect(runCli(['--stdin', '--fix'], {input: clean}).stdout).toBe(clean)

    const root = project({'.mindlintrc.json': JSON.stringify({ignores: ['vendor/**']})})
    const ignored = runCli(['--stdin', '--fix', '--stdin-filename', 'vendor/a.txt'], {cwd: root, input: draft})
    expect(ignored.stdout).toBe(draft)
    expect(ignored.code).toBe(0)

    const binary = runCli(['--stdin', '--fix', '--stdin-filename', 'a.txt'], {input: 'PNG\u0000\u0000 committed suicide'})
    expect(binary.code).toBe(2)
    expect(binary.stdout).toBe('')
    expect(binary.stderr).toContain('a.txt: binary file')
  })

  it('prints a diff with --fix-dry-run', () => {
    const run = runCli(['--stdin', '--fix-dry-run', '--stdin-filename', 'draft.txt'], {input: draft})
    expect(run.stdout).toContain('-Her brother committed suicide after')
    expect(run.stdout).toContain('+Her brother died by suicide after')
    expect(run.stderr).toContain('draft.txt: 2 fixes (dry run: nothing written)')
  })
})
