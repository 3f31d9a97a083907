import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, mkfifoSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {lintFiles} from '../src/index.js'
import type {LintResult} from '../src/index.js'
import {otherUser} from './as-other-user.js'
import {cliPath, projectsRemovedAfterEach} from './helpers.js'

/**
 * Pathological files, each linted by the CLI as a user would: every one
 * gets a clear message, a note, or a skip with its reason; the run goes on;
 * the exit code stays 0, 1 or 2; and each finishes within a loose bound
 * (many times what it takes on a quiet machine, so a busy one never fails
 * it). The times are printed at the end.
 */

const timings: Array<[string, number]> = []
afterAll(() => {
  const rows = [...timings].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `  ${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`)
  console.log(`pathological files, slowest first (CLI wall time, Node start-up included):\n${rows.join('\n')}`)
})

/** Temporary projects, removed after each test. */
const project = projectsRemovedAfterEach()

interface Run {
  code: number | null
  stdout: string
  stderr: string
  results: LintResult[]
  seconds: number
}

/** Run the CLI with JSON output, timed, and record the time under `name`. */
function timedRun(name: string, args: string[], cwd: string, options: {timeoutSeconds?: number; command?: (args: readonly string[]) => [string, string[]]} = {}): Run {
  const [command, commandArgs] = (options.command ?? ((rest) => [process.execPath, [cliPath, ...rest]]))([...args, '--format', 'json'])
  const started = performance.now()
  const run = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
    timeout: (options.timeoutSeconds ?? 120) * 1000,
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = (performance.now() - started) / 1000
  timings.push([name, seconds * 1000])
  if (run.error) throw run.error
  expect([0, 1, 2]).toContain(run.status)
  expect(run.stderr).not.toMatch(/internal error|\n\s+at |FATAL ERROR|heap out of memory/)
  return {code: run.status, stdout: run.stdout, stderr: run.stderr, results: JSON.parse(run.stdout) as LintResult[], seconds}
}

/** A bound many times what the case takes on a quiet machine. */
const loose = 60

const problemOf = (run: Run) => run.results[0]?.messages[0]?.message
const notesOf = (run: Run) => run.results.flatMap((result) => result.messages.filter((message) => message.ruleId === null).map((message) => message.message))

function fifoOrUndefined(path: string): string | undefined {
  try {
    mkfifoSync(path)
    return path
  } catch {
    return undefined // No named pipes on this platform.
  }
}

describe('pathological files, one at a time', () => {
  const quiet: Array<[string, string, string | Uint8Array]> = [
    ['an empty file', 'empty.md', ''],
    ['whitespace only', 'blank.md', ' \n\t\n\r\n\u00a0\n'.repeat(5000)],
    ['front matter only', 'front.md', '---\ntitle: Ketamine cures depression in one visit\ndescription: "Guaranteed results, no side effects"\n---\n'],
    ['a byte order mark only', 'bom.txt', '\uFEFF']
  ]
  for (const [name, file, content] of quiet) {
    it(`${name}: exit 0, no message`, () => {
      const run = timedRun(name, [file], project({[file]: content}))
      expect(run.code).toBe(0)
      expect(run.results).toHaveLength(1)
      expect(run.results[0].messages).toEqual([])
      expect(run.seconds).toBeLessThan(loose)
    })
  }

  const unusable: Array<[string, string, Uint8Array, RegExp]> = [
    ['a binary file', 'photo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Buffer.from('IHDR ketamine cures')]), /^binary file \(it contains NUL bytes\); skipped$/],
    ['invalid UTF-8 (Latin-1)', 'latin1.txt', Buffer.from('Caf\xe9 cr\xe8me: ketamine cures depression.\n', 'latin1'), /^invalid UTF-8 at byte 3: save the file as UTF-8$/],
    ['a truncated UTF-8 sequence at the end', 'cut.txt', Buffer.concat([Buffer.from('Ketamine cures depression \u2014'), Buffer.from([0xe2, 0x80])]), /^invalid UTF-8 at byte 29: save the file as UTF-8$/],
    ['UTF-16 little-endian with BOM', 'utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ketamine cures depression.\n', 'utf16le')]), /^UTF-16 text is not supported: save the file as UTF-8$/],
    ['UTF-16 big-endian with BOM', 'utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Ketamine cures depression.\n', 'utf16le').swap16()]), /^UTF-16 text is not supported: save the file as UTF-8$/]
  ]
  for (const [name, file, content, expected] of unusable) {
    it(`${name}: skipped with the reason, exit 2`, () => {
      const run = timedRun(name, [file], project({[file]: content}))
      expect(run.code).toBe(2)
      expect(problemOf(run)).toMatch(expected)
      expect(run.stderr).toContain(`mindlint: ${file}: `)
      expect(run.seconds).toBeLessThan(loose)
    })
  }

  it('UTF-8 with a BOM is linted, offsets counting the BOM', () => {
    const text = '\uFEFFKetamine Clinics Explained\n- 19 Likes\nMany people ask what happens during a visit.\n'
    const run = timedRun('UTF-8 with BOM', ['bom.txt'], project({'bom.txt': text}))
    const message = run.results[0].messages.find((item) => item.ruleId === 'page-chrome')!
    expect(text.slice(message.offset, message.endOffset)).toBe('19 Likes')
  })

  it('a 10 MB single line is skipped with the reason by default', () => {
    const root = project()
    writeFileSync(join(root, 'line.md'), tenMegabyteLine())
    const run = timedRun('10 MB single line (skipped by default)', ['line.md'], root)
    expect(run.code).toBe(2)
    expect(problemOf(run)).toBe('file is too large (10.0 MB; the limit is 8.0 MB, see --max-file-size); skipped')
    expect(run.seconds).toBeLessThan(loose)
  })

  it('a 10 MB single line is linted with --max-file-size 20, in linear time, as plain text with a note', {timeout: 900_000}, () => {
    const root = project()
    const text = tenMegabyteLine()
    writeFileSync(join(root, 'line.md'), text)
    // About 50 s on a quiet two-core machine (minutes and gigabytes more before: quadratic Markdown and spelling).
    const run = timedRun('10 MB single line with --max-file-size 20', ['line.md', '--max-file-size', '20'], root, {timeoutSeconds: 800})
    expect([0, 1]).toContain(run.code)
    expect(notesOf(run)).toEqual(['a Markdown paragraph longer than 1,000,000 characters (no blank line): read as plain text'])
    const [result] = run.results
    expect(result.stats.words).toBeGreaterThan(1_500_000)
    for (const message of result.messages) {
      if (message.offset !== undefined) expect(message.endOffset).toBeLessThanOrEqual(text.length)
    }

    expect(run.seconds).toBeLessThan(600)
  })

  const deep: Array<[string, string, string]> = [
    ['10,000 nested blockquotes on one line', 'quotes.md', '>'.repeat(10_000) + ' Ketamine cures depression.\n'],
    ['10,000 nested blockquotes, spaced', 'quotes-spaced.md', '> '.repeat(10_000) + 'Ketamine cures depression.\n'],
    ['10,000 nested list levels on one line', 'lists.md', '- '.repeat(10_000) + 'Ketamine cures depression.\n'],
    ['10,000 nested numbered lists and quotes on one line', 'mixed.md', '1. > '.repeat(10_000) + 'Ketamine cures depression.\n'],
    ['1,000 list levels by indentation (10,000 would be 100 MB)', 'indented.md', Array.from({length: 1000}, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n') + '\n'],
    ['1,000 blockquote levels over 1,000 lines', 'quote-lines.md', Array.from({length: 1000}, (_, level) => `${'>'.repeat(level + 1)} level ${level}`).join('\n') + '\n'],
    ['a paragraph of 33,000 emphasis markers', 'stars.md', '**a'.repeat(33_000) + '\n'],
    ['a paragraph of 20,000 unclosed links', 'links.md', '[a]('.repeat(20_000) + '\n']
  ]
  for (const [name, file, content] of deep) {
    it(`${name}: read as plain text with a note`, () => {
      const run = timedRun(name, [file], project({[file]: content}))
      expect([0, 1]).toContain(run.code)
      expect(notesOf(run)).toEqual([expect.stringMatching(/^(?:Markdown nested more than 100 levels deep|a Markdown paragraph with more than 10,000 markup characters .*): read as plain text$/)])
      expect(run.seconds).toBeLessThan(loose)
    })
  }

  for (const file of ['lines.md', 'lines.txt']) {
    it(`100,000 short lines (${file})`, () => {
      const text = Array.from({length: 100_000}, (_, index) => (index % 10 === 9 ? '' : `Line ${index} of the notes`)).join('\n')
      const run = timedRun(`100,000 short lines (${file})`, [file], project({[file]: text}))
      expect([0, 1]).toContain(run.code)
      expect(run.results[0].stats.words).toBeGreaterThan(400_000)
      expect(run.seconds).toBeLessThan(loose)
    })
  }

  it('a symbolic link loop named on the command line', () => {
    const root = project()
    symlinkSync('b.md', join(root, 'a.md'))
    symlinkSync('a.md', join(root, 'b.md'))
    const run = timedRun('symbolic link loop', ['a.md'], root)
    expect(run.code).toBe(2)
    expect(problemOf(run)).toBe('a symbolic link loop (the link points back to itself); skipped')
    expect(run.seconds).toBeLessThan(loose)
  })

  it('a named pipe with no writer, and a device that never ends, are skipped without waiting', () => {
    const root = project()
    const fifo = fifoOrUndefined(join(root, 'pipe.md'))
    const args = [...(fifo ? ['pipe.md'] : []), '/dev/zero']
    const run = timedRun('named pipe and /dev/zero', args, root)
    expect(run.code).toBe(2)
    const problems = Object.fromEntries(run.results.map((result) => [result.path, result.messages[0]?.message]))
    if (fifo) expect(problems['pipe.md']).toBe('not a regular file (a named pipe); skipped')
    expect(problems['/dev/zero']).toBe('not a regular file (a device); skipped')
    expect(run.seconds).toBeLessThan(loose)
  })
})

describe('a folder of pathological files in one run', () => {
  it('names each problem, lints the rest and exits 2', () => {
    const root = project({
      'good.md': 'Ketamine Clinics Explained\n\n- 19 Likes\n\nMany people ask what happens during a visit.\n',
      'empty.md': '',
      'front.md': '---\ntitle: x\n---\n',
      'photo.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'latin1.txt': Buffer.from('Caf\xe9\n', 'latin1'),
      'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Text\n', 'utf16le')]),
      'deep.md': '- '.repeat(10_000) + 'deep\n',
      'sub/loop/.keep': ''
    })
    symlinkSync(root, join(root, 'sub', 'loop', 'back'))
    symlinkSync('self.md', join(root, 'self.md'))
    fifoOrUndefined(join(root, 'pipe.md'))

    const run = timedRun('a folder of them at once', ['.'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('mindlint: photo.md: binary file')
    expect(run.stderr).toContain('mindlint: latin1.txt: invalid UTF-8 at byte 3')
    expect(run.stderr).toContain('mindlint: utf16.md: UTF-16 text is not supported')
    const byPath = Object.fromEntries(run.results.map((result) => [result.path, result]))
    // Found by the walk, links and pipes are passed over (the walk follows no links, lists only files).
    expect(Object.keys(byPath).sort()).toEqual(['deep.md', 'empty.md', 'front.md', 'good.md', 'latin1.txt', 'photo.md', 'utf16.md'])
    expect(byPath['good.md'].messages.map((message) => message.ruleId)).toContain('page-chrome')
    expect(byPath['deep.md'].messages.map((message) => message.message)).toContain('Markdown nested more than 100 levels deep: read as plain text')
    expect(byPath['empty.md'].messages).toEqual([])
    expect(run.seconds).toBeLessThan(loose)
  })
})

describe('a file that vanishes between discovery and reading', () => {
  it('is reported as moved or deleted, and the run goes on', async () => {
    const root = project({'a.md': 'First file.\n', 'b.md': 'Second file, deleted before it is read.\n', 'c.md': '- 19 Likes\n'})
    const started = performance.now()
    const {results} = await lintFiles(['.'], {
      cwd: root,
      // Called as each file starts: delete b.md while a.md is being linted.
      onFile: (_, __, path) => {
        if (path === 'a.md') unlinkSync(join(root, 'b.md'))
      }
    })
    timings.push(['file vanishing mid-run (in process)', performance.now() - started])
    expect(results.map((result) => [result.path, result.fatal ?? false])).toEqual([
      ['a.md', false],
      ['b.md', true],
      ['c.md', false]
    ])
    expect(results[1].messages[0].message).toBe('no such file (it may have been moved or deleted)')
    expect(results[2].messages.map((message) => message.ruleId)).toContain('page-chrome')
  })
})

describe.skipIf(otherUser.skipReason !== undefined)(`unreadable files and folders${otherUser.skipReason ? ` (skipped: ${otherUser.skipReason})` : ''}`, () => {
  it('names the unreadable file and folder, lints the rest, exit 2', () => {
    const root = project({'open/a.md': '- 19 Likes\n', 'open/secret.md': 'Hidden.\n', 'closed/b.md': 'Hidden too.\n'})
    chmodSync(root, 0o755)
    chmodSync(join(root, 'open/secret.md'), 0o000)
    chmodSync(join(root, 'closed'), 0o000)
    try {
      const run = timedRun('unreadable file and folder (as nobody)', ['.'], root, {command: otherUser.command})
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('mindlint: open/secret.md: permission denied: the file cannot be read')
      expect(run.stderr).toContain('mindlint: closed: permission denied: the folder cannot be read; skipped')
      const byPath = Object.fromEntries(run.results.map((result) => [result.path, result]))
      expect(byPath['open/a.md'].messages.map((message) => message.ruleId)).toContain('page-chrome')
      expect(run.seconds).toBeLessThan(loose)
    } finally {
      chmodSync(join(root, 'closed'), 0o755)
    }
  })
})

describe('output faults', () => {
  it('a reader that stops early (| head) does not change the exit code', async () => {
    const root = project(Object.fromEntries(Array.from({length: 40}, (_, index) => [`post-${index}.md`, `# Post ${index}\n\nHer brother committed suicide after rehab. Ketamine cures depression in one visit.\n`])))
    const child = spawn(process.execPath, [cliPath, '.', '--format', 'json'], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    // Read one chunk of the report (it is far larger than a pipe holds), then hang up.
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)))
    expect(code).toBe(1)
    expect(stderr).toBe('')
  })

  it('a report that cannot be written: exit 2 naming it', () => {
    const root = project({'a.md': 'A nurse stays with you.\n', 'taken/.keep': ''})
    const run = spawnSync(process.execPath, [cliPath, 'a.md', '-o', 'taken'], {cwd: root, encoding: 'utf8'})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('mindlint: cannot write taken: EISDIR')
  })
})

/** About 10 MB of article sentences on one line (no line break at all). */
function tenMegabyteLine(): string {
  const sentence = 'Ketamine therapy may help some adults with depression, and a nurse stays with you during each visit. '
  return sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length)).trimEnd()
}
