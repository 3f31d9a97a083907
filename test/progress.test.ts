import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {createProgress, progressThreshold, showsProgress} from '../src/report/progress.js'
import {cliPath, runCli, tempProject} from './helpers.js'

function fakeTerminal(isTTY = true): {isTTY: boolean; columns: number; written: string[]; write(text: string): void} {
  const written: string[] = []
  return {isTTY, columns: 60, written, write: (text: string) => written.push(text)}
}

const manyFiles = Object.fromEntries(
  Array.from({length: progressThreshold + 20}, (_, index) => [`posts/post-${String(index).padStart(3, '0')}.md`, `Post ${index}. A nurse stays with you.\n`])
)

const hasScript = spawnSync('script', ['--version'], {encoding: 'utf8'}).status === 0

describe('progress on large folders', () => {
  it('shows only on an interactive terminal, outside CI, past the threshold', () => {
    expect(showsProgress({isTTY: true, write() {}}, {}, progressThreshold)).toBe(true)
    expect(showsProgress({isTTY: true, write() {}}, {}, progressThreshold - 1)).toBe(false)
    expect(showsProgress({isTTY: false, write() {}}, {}, 5000)).toBe(false)
    expect(showsProgress({isTTY: true, write() {}}, {CI: 'true'}, 5000)).toBe(false)
    expect(showsProgress({isTTY: true, write() {}}, {CI: '1'}, 5000)).toBe(false)
    expect(showsProgress({isTTY: true, write() {}}, {TERM: 'dumb'}, 5000)).toBe(false)
  })

  it('redraws one line, fits the terminal width, and clears it at the end', () => {
    const terminal = fakeTerminal()
    const progress = createProgress(terminal, {}, 400, 0)
    progress?.update(1, 'posts/a.md')
    progress?.update(400, `posts/${'very-long-folder-name/'.repeat(5)}last.md`)
    progress?.end()
    expect(terminal.written[0]).toBe('\r\u001B[2Kmindlint: 1/400 files (0%) posts/a.md')
    const last = terminal.written[1].replace('\r\u001B[2K', '')
    expect(last.startsWith('mindlint: 400/400 files (100%) …')).toBe(true)
    expect(last.endsWith('last.md')).toBe(true)
    expect(last.length).toBeLessThanOrEqual(59)
    expect(terminal.written.at(-1)).toBe('\r\u001B[2K')
    expect(createProgress(fakeTerminal(false), {}, 400)).toBeUndefined()
  })

  it('never writes progress when stderr is piped', () => {
    const root = tempProject(manyFiles)
    const piped = runCli(['posts'], {cwd: root})
    expect(piped.code).toBe(0)
    expect(piped.stderr).toBe('')
  })

  it.skipIf(!hasScript)('writes a progress line on a real terminal, and none there when CI is set', () => {
    const root = tempProject(manyFiles)
    const onTerminal = (env: NodeJS.ProcessEnv) => {
      const environment: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', COLUMNS: '100', TERM: 'xterm', ...env}
      if (!('CI' in env)) delete environment.CI
      // `script` gives the command a pseudo-terminal, as a person's shell would.
      return spawnSync('script', ['-qec', `"${process.execPath}" "${cliPath}" posts`, '/dev/null'], {cwd: root, env: environment, encoding: 'utf8', timeout: 60_000}).stdout
    }

    expect(onTerminal({})).toMatch(new RegExp(`mindlint: \\d+/${progressThreshold + 20} files \\(\\d+%\\)`))
    expect(onTerminal({CI: 'true'})).not.toContain('files (')
  })
})
