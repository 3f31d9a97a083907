import {spawnSync} from 'node:child_process'
import {chmodSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {ConfigLoader} from '../src/config/load.js'
import {applyFixes, fixText, writeFixedFile} from '../src/engine/fix.js'

const cli = fileURLToPath(new URL('../bin/mindlint.js', import.meta.url))

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const draft = [
  'Family Stories',
  '',
  'Her brother committed suicide after his third stay in rehab, and she wants other families to know where to find help.',
  '',
  'Millions of adults suffer from depression, and many are still told to wait for the next prescription.',
  ''
].join('\n')

describe('applyFixes', () => {
  it('applies fixes from the end so earlier offsets stay right', () => {
    const text = 'one two three'
    const {text: fixed} = applyFixes(text, [
      {start: 0, end: 3, text: 'ONE'},
      {start: 8, end: 13, text: 'THREE'}
    ])
    expect(fixed).toBe('ONE two THREE')
  })

  it('skips a fix that overlaps an earlier one', () => {
    const {text, applied} = applyFixes('committed suicide', [
      {start: 0, end: 17, text: 'died by suicide'},
      {start: 10, end: 17, text: 'SUICIDE'}
    ])
    expect(text).toBe('died by suicide')
    expect(applied).toHaveLength(1)
  })

  it('writes line breaks in a replacement with the file\'s own line ending', () => {
    const {text} = applyFixes('a\r\nb\r\n', [{start: 0, end: 1, text: 'x\ny'}])
    expect(text).toBe('x\r\ny\r\nb\r\n')
  })
})

describe('fixText', () => {
  const config = new ConfigLoader(allRules, {cwd: process.cwd()}).resolveData({extends: 'recommended'}, 'test', 'draft.txt')

  it('fixes until nothing changes, and a second run changes nothing', () => {
    const first = fixText(draft, {path: 'draft.txt', config, rules: allRules})
    expect(first.output).toContain('Her brother died by suicide after')
    expect(first.output).toContain('Millions of adults have depression')
    expect(first.applied).toBe(2)
    expect(first.result.messages.some((message) => message.fix)).toBe(false)

    const second = fixText(first.output, {path: 'draft.txt', config, rules: allRules})
    expect(second.output).toBe(first.output)
    expect(second.applied).toBe(0)
  })

  it('keeps a byte order mark and CRLF line endings', () => {
    const text = '\uFEFF' + draft.replaceAll('\n', '\r\n')
    const {output} = fixText(text, {path: 'draft.txt', config, rules: allRules})
    expect(output.startsWith('\uFEFF')).toBe(true)
    expect(output.split('\r\n')).toHaveLength(text.split('\r\n').length)
    expect(output).not.toMatch(/[^\r]\n/)
  })
})

describe('writing fixed files', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mindlint-fix-'))
  })
  afterEach(() => {
    rmSync(folder, {recursive: true, force: true})
  })

  it('refuses to overwrite a file that changed on disk since it was read', async () => {
    const file = join(folder, 'draft.txt')
    writeFileSync(file, draft)
    writeFileSync(file, draft + 'An editor added this line.\n')
    const problem = await writeFixedFile(file, draft, draft.replace('committed suicide', 'died by suicide'))
    expect(problem).toMatch(/changed on disk/)
    expect(readFileSync(file, 'utf8')).toContain('An editor added this line.')
    expect(readdirSync(folder)).toEqual(['draft.txt'])
  })

  it('writes through a symbolic link and keeps the link', async () => {
    const file = join(folder, 'draft.txt')
    const link = join(folder, 'link.txt')
    writeFileSync(file, draft)
    symlinkSync(file, link)
    expect(await writeFixedFile(link, draft, 'fixed\n')).toBeUndefined()
    expect(readFileSync(file, 'utf8')).toBe('fixed\n')
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(['draft.txt', 'link.txt'])
  })

  describe('mindlint --fix (CLI)', () => {
    it('fixes files in place, keeping CRLF, BOM and permissions, and reports what is left', () => {
      const crlf = join(folder, 'crlf.txt')
      const bom = join(folder, 'bom.md')
      writeFileSync(crlf, draft.replaceAll('\n', '\r\n'))
      writeFileSync(bom, '\uFEFF' + draft)
      chmodSync(crlf, 0o640)

      const result = run(['--fix', '--format', 'json', '.'], folder)
      expect(result.stderr).toContain('applied 4 fixes to 2 files')
      const fixedCrlf = readFileSync(crlf, 'utf8')
      expect(fixedCrlf).toContain('Her brother died by suicide after')
      expect(fixedCrlf).not.toMatch(/[^\r]\n/)
      expect(readFileSync(bom, 'utf8').startsWith('\uFEFFFamily Stories')).toBe(true)
      expect(statSync(crlf).mode & 0o777).toBe(0o640)
      expect(readdirSync(folder).sort()).toEqual(['bom.md', 'crlf.txt'])

      // The report is of the fixed text: no fixable message is left.
      const report = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; fix?: unknown}>}>
      expect(report.flatMap((file) => file.messages).some((message) => message.fix)).toBe(false)
      expect(report.flatMap((file) => file.messages).some((message) => message.ruleId === 'crisis-resource')).toBe(true)
      expect(result.code).toBe(1)
    })

    it('changes nothing on a second run', () => {
      const file = join(folder, 'draft.txt')
      writeFileSync(file, draft)
      run(['--fix', file], folder)
      const once = readFileSync(file)
      const second = run(['--fix', file], folder)
      expect(readFileSync(file).equals(once)).toBe(true)
      expect(second.stderr).not.toContain('applied')
    })

    it('prints a unified diff with --fix-dry-run and writes nothing', () => {
      const file = join(folder, 'draft.txt')
      writeFileSync(file, draft)
      const result = run(['--fix-dry-run', 'draft.txt'], folder)
      expect(readFileSync(file, 'utf8')).toBe(draft)
      expect(result.stdout).toContain('--- a/draft.txt')
      expect(result.stdout).toContain('+++ b/draft.txt')
      expect(result.stdout).toContain('-Her brother committed suicide after')
      expect(result.stdout).toContain('+Her brother died by suicide after')
      expect(result.stdout).toContain('+Millions of adults have depression')
      expect(result.stderr).toContain('2 fixes in 1 file (dry run: nothing written)')
    })

    it('leaves a file with nothing to fix untouched', () => {
      const file = join(folder, 'clean.txt')
      const text = 'Ketamine is used in hospitals as an anesthetic for surgery.\n'
      writeFileSync(file, text)
      const before = statSync(file).mtimeMs
      const result = run(['--fix', file], folder)
      expect(result.code).toBe(0)
      expect(readFileSync(file, 'utf8')).toBe(text)
      expect(statSync(file).mtimeMs).toBe(before)
    })

    it('refuses --fix together with --fix-dry-run', () => {
      const result = run(['--fix', '--fix-dry-run', '.'], folder)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('choose either --fix or --fix-dry-run')
    })
  })
})
