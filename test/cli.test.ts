import {chmodSync, existsSync, mkfifoSync, readFileSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, tempProject} from './helpers.js'

const chrome = 'Ketamine Clinics Explained\n- 19 Likes\nMany people ask what happens during a ketamine visit, so here is a short guide.\n'
const clean = 'Ketamine Clinics Explained\nMany people ask what happens during a visit. Here is a short guide.\n'

interface JsonResult {
  path: string
  messages: Array<Record<string, unknown>>
  errorCount: number
  warningCount: number
  stats: {words: number; sentences: number}
}

function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[]
}

describe('exit codes', () => {
  it('exits 0 on clean files and prints nothing', () => {
    const root = tempProject({'clean.txt': clean})
    const run = runCli(['clean.txt'], {cwd: root})
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
  })

  it('exits 0 with warnings, and 1 when they exceed --max-warnings', () => {
    const root = tempProject({'post.txt': chrome})
    const run = runCli(['post.txt'], {cwd: root})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('page-chrome')
    expect(run.stdout).toMatch(/2:3\s+warning\s+'19 Likes' is page furniture/)
    const strict = runCli(['post.txt', '--max-warnings', '0'], {cwd: root})
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('too many warnings')
  })

  it('exits 1 on lint errors', () => {
    const root = tempProject({'post.txt': chrome, '.mindlintrc.json': JSON.stringify({rules: {'page-chrome': 'error'}})})
    const run = runCli(['post.txt'], {cwd: root})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/error\s+'19 Likes'/)
  })

  it("prints mindlint's own version with --version and -v, not the linted project's", () => {
    const own = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
    const root = tempProject({'package.json': JSON.stringify({name: 'clinic-blog', version: '9.9.9'})})
    for (const flag of ['--version', '-v']) {
      const run = runCli([flag], {cwd: root})
      expect(run.code).toBe(0)
      expect(run.stdout.trim()).toBe(own)
    }
  })

  it('exits 2 on a bad option, naming it', () => {
    const run = runCli(['--bogus-option'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/bogus-option/)
  })

  it('refuses a mistyped option before any file is read or written', () => {
    const draft = 'He committed suicide last spring.\n'
    const root = tempProject({'post.md': draft})
    const fix = runCli(['post.md', '--fix', '--dry-run'], {cwd: root})
    expect(fix.code).toBe(2)
    expect(fix.stdout).toBe('')
    expect(fix.stderr).toContain('unknown option --dry-run (did you mean "--fix-dry-run"?)')
    expect(readFileSync(join(root, 'post.md'), 'utf8')).toBe(draft)

    const init = runCli(['init', '--bogus'], {cwd: root})
    expect(init.code).toBe(2)
    expect(init.stderr).toContain('unknown option --bogus')
    expect(existsSync(join(root, '.mindlintrc.json'))).toBe(false)

    const lint = runCli(['post.md', '--rule'], {cwd: root})
    expect(lint.code).toBe(2)
    expect(lint.stdout).toBe('')
    expect(lint.stderr).toContain('unknown option --rule')

    const typo = runCli(['post.md', '--fxi'], {cwd: root})
    expect(typo.stderr).toContain('unknown option --fxi (did you mean "--fix"?)')
    expect(readFileSync(join(root, 'post.md'), 'utf8')).toBe(draft)
  })

  it('refuses a bad option value in one line', () => {
    const root = tempProject({'post.md': 'A short note.\n'})
    const warnings = runCli(['post.md', '--max-warnings', 'many'], {cwd: root})
    expect(warnings.code).toBe(2)
    expect(warnings.stderr).toContain('--max-warnings expects a whole number')
    const rules = runCli(['rules', '--format', 'xml'], {cwd: root})
    expect(rules.code).toBe(2)
    expect(rules.stderr.split('\n')[0]).toMatch(/Invalid values: .*"xml"/)
  })

  it('exits 2 on an unknown format', () => {
    const root = tempProject({'a.txt': clean})
    const run = runCli(['a.txt', '--format', 'yaml'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('unknown format "yaml"')
  })
})

describe('files, folders and globs', () => {
  const project = {
    'content/a.md': '# Title\n\nMany people ask about ketamine visits and what they involve.\n',
    'content/b.txt': chrome,
    'content/notes.json': '{"not": "linted"}',
    'content/drafts/c.md': 'Draft text about a visit, written last week for the blog.\n',
    'content/node_modules/pkg/readme.md': '- 5 Likes\n',
    'content/private/d.txt': '- 7 Likes\n',
    'content/.gitignore': 'private/\n',
    '.mindlintignore': 'content/drafts/\n'
  }

  it('walks folders for Markdown and text, skipping node_modules and ignored files', () => {
    const root = tempProject(project)
    const run = runCli(['content', '--format', 'json'], {cwd: root})
    expect(run.code).toBe(0)
    expect(parseJson(run.stdout).map((result) => result.path)).toEqual([join('content', 'a.md'), join('content', 'b.txt')])
  })

  it('honours --ignore-pattern', () => {
    const root = tempProject(project)
    const run = runCli(['content', '--format', 'json', '--ignore-pattern', '*.txt'], {cwd: root})
    expect(parseJson(run.stdout).map((result) => result.path)).toEqual([join('content', 'a.md')])
  })

  it('lints the current folder by default and expands globs', () => {
    const root = tempProject(project)
    expect(parseJson(runCli(['--format', 'json'], {cwd: root}).stdout).map((result) => result.path)).toEqual([
      'content/a.md',
      'content/b.txt'
    ])
    expect(parseJson(runCli(['content/*.txt', '--format', 'json'], {cwd: root}).stdout).map((result) => result.path)).toEqual([
      'content/b.txt'
    ])
  })

  it('reports a missing path, exits 2, and still lints the other files', () => {
    const root = tempProject({'b.txt': chrome})
    const run = runCli(['missing.md', 'b.txt', '--format', 'json'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('missing.md: no such file or folder')
    const results = parseJson(run.stdout)
    expect(results.find((result) => result.path === 'b.txt')!.warningCount).toBe(1)
    expect(results.find((result) => result.path === 'missing.md')!.messages[0]).toMatchObject({fatal: true, severity: 'error'})
  })

  it('counts a missing path or a glob that matches nothing as not linted, never as a file checked (exit 2)', () => {
    const root = tempProject({'b.txt': chrome})
    const run = runCli(['missing.md', 'b.txt'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('mindlint: missing.md: no such file or folder')
    const tail = run.stdout.trimEnd().split('\n').slice(-4)
    expect(tail).toEqual(['⚠ 1 problem (0 errors, 1 warning)', '✖ 1 path not linted (named above)', '  1 file checked, 1 with problems', '  page-chrome  1  comments'])

    const glob = runCli(['posts/**/*.md'], {cwd: root})
    expect(glob.code).toBe(2)
    expect(glob.stderr).toBe('mindlint: posts/**/*.md: no files match this pattern\n')
    expect(glob.stdout).toContain('0 files checked')
    expect(glob.stdout).not.toMatch(/[1-9]\d* files? checked|\d+ problems? \(/)

    const github = runCli(['missing.md', 'b.txt', '--format', 'github'], {cwd: root})
    expect(github.code).toBe(2)
    expect(github.stdout).toMatch(/in 1 file\(s\); 1 path\(s\) not linted\n$/)
  })
})

describe('bad input', () => {
  it('names binary, invalid UTF-8, UTF-16 and non-regular files without a stack trace, and lints the rest', () => {
    const root = tempProject({
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      'utf16.txt': new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
      'empty.txt': '',
      'good.txt': chrome
    })
    mkfifoOrSkip(join(root, 'pipe.txt'))
    const run = runCli(['.', '--format', 'json'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('binary.txt: binary file')
    expect(run.stderr).toContain('latin1.txt: invalid UTF-8 at byte 3')
    expect(run.stderr).toContain('utf16.txt: UTF-16 text is not supported')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    const results = parseJson(run.stdout)
    expect(results.find((result) => result.path === 'good.txt')!.warningCount).toBe(1)
    expect(results.find((result) => result.path === 'empty.txt')!.messages).toEqual([])
  })

  it('skips a symbolic link loop instead of hanging', () => {
    const root = tempProject({'docs/a.txt': clean})
    symlinkSync(root, join(root, 'docs', 'loop'))
    const run = runCli(['docs', '--format', 'json'], {cwd: root})
    expect(run.code).toBe(0)
    expect(parseJson(run.stdout).map((result) => result.path)).toEqual([join('docs', 'a.txt')])
  })

  it('reports an unreadable file (when not running as root)', () => {
    if (process.getuid?.() === 0) return
    const root = tempProject({'secret.txt': clean})
    chmodSync(join(root, 'secret.txt'), 0o000)
    const run = runCli(['secret.txt'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('permission denied')
  })
})

function mkfifoOrSkip(path: string): void {
  try {
    mkfifoSync(path)
  } catch {
    // No FIFOs on this platform: nothing to test.
  }
}

describe('JSON contract', () => {
  it('gives 1-based line/column and 0-based offsets that agree with the text', () => {
    const root = tempProject({'post.txt': 'Title Line\r\n- 19\u00a0Likes\r\nSome text about a visit that is long enough to count.\r\n'})
    const run = runCli(['post.txt', '--format', 'json'], {cwd: root})
    const [result] = parseJson(run.stdout)
    const text = readFileSync(join(root, 'post.txt'), 'utf8')
    expect(result.stats.words).toBeGreaterThan(5)
    expect(result.stats.sentences).toBeGreaterThan(0)
    const message = result.messages[0]
    expect(message).toMatchObject({ruleId: 'page-chrome', category: 'comments', severity: 'warning', line: 2, column: 3, endLine: 2})
    expect(text.slice(message.offset as number, message.endOffset as number)).toBe('19\u00a0Likes')
    expect(message.url).toMatch(/rules\/page-chrome/)
    const lines = text.split('\n')
    const offsetOfLine = lines.slice(0, (message.line as number) - 1).reduce((sum, line) => sum + line.length + 1, 0)
    expect(offsetOfLine + (message.column as number) - 1).toBe(message.offset)
  })
})

describe('output options', () => {
  it('--quiet shows errors only; --output-file writes the report', () => {
    const root = tempProject({'post.txt': chrome})
    expect(runCli(['post.txt', '--quiet'], {cwd: root}).stdout).toBe('')
    const run = runCli(['post.txt', '--format', 'json', '--output-file', 'out/report.json'], {cwd: root})
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(root, 'out', 'report.json'), 'utf8'))[0].warningCount).toBe(1)
  })

  it('uses no colour codes with --no-color or NO_COLOR, and colours with --color', () => {
    const root = tempProject({'post.txt': chrome})
    expect(runCli(['post.txt', '--no-color'], {cwd: root}).stdout).not.toContain('\u001b[')
    expect(runCli(['post.txt', '--color'], {cwd: root, env: {NO_COLOR: ''}}).stdout).toContain('\u001b[')
  })

  it('honours FORCE_COLOR on piped output (0 or false turn colours off; --no-color still wins)', () => {
    const root = tempProject({'post.txt': chrome})
    for (const value of ['1', '3', 'true', '']) {
      expect(runCli(['post.txt'], {cwd: root, env: {NO_COLOR: '', FORCE_COLOR: value}}).stdout).toContain('\u001b[')
    }

    expect(runCli(['post.txt'], {cwd: root, env: {NO_COLOR: '1', FORCE_COLOR: '1'}}).stdout).toContain('\u001b[')
    for (const value of ['0', 'false']) expect(runCli(['post.txt'], {cwd: root, env: {NO_COLOR: '', FORCE_COLOR: value}}).stdout).not.toContain('\u001b[')
    expect(runCli(['post.txt', '--no-color'], {cwd: root, env: {FORCE_COLOR: '1'}}).stdout).not.toContain('\u001b[')
    runCli(['post.txt', '--output-file', 'report.txt'], {cwd: root, env: {FORCE_COLOR: '1'}})
    expect(readFileSync(join(root, 'report.txt'), 'utf8')).not.toContain('\u001b[')
  })
})

describe('rules and init commands', () => {
  it('lists every rule with id, category, severity, fixable, description and url', () => {
    const run = runCli(['rules', '--format', 'json'])
    expect(run.code).toBe(0)
    const rules = JSON.parse(run.stdout) as Array<Record<string, unknown>>
    expect(rules.length).toBeGreaterThanOrEqual(2)
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(expect.arrayContaining(['id', 'category', 'severity', 'fixable', 'description', 'url']))
      expect(['claims', 'disclosures', 'language', 'comments', 'readability']).toContain(rule.category)
    }
  })

  it('prints one rule\'s documentation, and exits 2 for an unknown rule', () => {
    expect(runCli(['rules', 'page-chrome']).stdout).toContain('# page-chrome')
    expect(runCli(['rules', 'no-such-rule']).code).toBe(2)
  })

  it('writes a starter config that extends recommended, and will not overwrite it', () => {
    const root = tempProject({})
    expect(runCli(['init'], {cwd: root}).code).toBe(0)
    const config = JSON.parse(readFileSync(join(root, '.mindlintrc.json'), 'utf8'))
    expect(config.extends).toBe('recommended')
    expect(runCli(['init'], {cwd: root}).code).toBe(2)
    expect(existsSync(join(root, '.mindlintrc.json'))).toBe(true)
  })
})
