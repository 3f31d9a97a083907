import {lint} from '../src/index.js'
import type {ConfigData, LintMessage} from '../src/index.js'
import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach} from 'vitest'

/** Lint `text` with only the given rules on (at their default severity unless set). */
export function lintWith(
  text: string,
  rules: Record<string, unknown>,
  options: {path?: string; reportHedged?: boolean} = {}
): LintMessage[] {
  const config: ConfigData = {
    extends: [],
    rules: Object.fromEntries(
      Object.entries(rules).map(([id, setting]) => [id, setting as never])
    ),
    reportHedged: options.reportHedged ?? false
  }
  return lint(text, {path: options.path ?? 'example.txt', config}).messages
}

/** Messages of one rule that an editor must act on (not notes). */
export function actionable(messages: readonly LintMessage[], ruleId?: string): LintMessage[] {
  return messages.filter((message) => message.severity !== 'info' && (!ruleId || message.ruleId === ruleId))
}

/** The built CLI (`npm test` builds before running the tests). */
export const cliPath = fileURLToPath(new URL('../bin/mindlint.js', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `mindlint` as a user would: a child process, CI-like (no TTY; `CI` unset unless given). */
export function runCli(args: readonly string[], options: {cwd?: string; env?: NodeJS.ProcessEnv; input?: string} = {}): CliRun {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', ...options.env}
  if (!options.env || !('CI' in options.env)) delete env.CI
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
    env,
    input: options.input ?? '',
    timeout: 60_000,
    // Reports on the whole fixtures folder pass spawnSync's 1 MiB default.
    maxBuffer: 64 * 1024 * 1024
  })
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

/** A fresh temporary folder holding `files` (path → content). */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'mindlint-test-'))
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path)
    mkdirSync(dirname(target), {recursive: true})
    writeFileSync(target, content)
  }

  return root
}

/**
 * `tempProject` for one test file, each project removed after the test that
 * made it (made writable first: permission tests lock some of them).
 */
export function projectsRemovedAfterEach(): (files?: Record<string, string | Uint8Array>) => string {
  const roots: string[] = []
  afterEach(() => {
    for (const root of roots.splice(0)) {
      chmodSync(root, 0o755)
      rmSync(root, {recursive: true, force: true})
    }
  })
  return (files = {}) => {
    const root = tempProject(files)
    roots.push(root)
    return root
  }
}

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * A fresh copy of this checkout's files, as a clone would hold them: tracked
 * and untracked files, never ignored ones (no node_modules, no dist).
 */
export function checkoutCopy(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix))
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: repoRoot, encoding: 'utf8'})
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`)
  for (const path of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(repoRoot, path))) continue
    mkdirSync(dirname(join(copy, path)), {recursive: true})
    copyFileSync(join(repoRoot, path), join(copy, path))
  }

  return copy
}
