import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The built CLI (`npm test` builds first). */
export const cliPath = fileURLToPath(new URL('../bin/mindlint.js', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `mindlint` as a user would: a child process, CI-like (no TTY, CI unset unless given). */
export function runCli(args: readonly string[], options: {cwd?: string; input?: string; env?: NodeJS.ProcessEnv} = {}): CliRun {
  const env = {...process.env, NO_COLOR: '1', ...options.env}
  if (!options.env || !('CI' in options.env)) delete env.CI
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? fileURLToPath(new URL('..', import.meta.url)),
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60_000
  })
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

/** A throwaway project folder holding `files` (paths relative to it). */
export function tempProject(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'mindlint-test-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), content)
  }

  return root
}
