import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkoutCopy} from './helpers.js'

/**
 * The pre-commit hook as a user meets it: a throwaway repository whose
 * `.pre-commit-config.yaml` points at a copy of this one. pre-commit 3
 * (Debian's 3.0.4, installed by `.ci/run`) installs a node hook with
 * `npm install` in the clone, then `npm pack` (its stdout read as the
 * tarball's name), then `npm install -g` of that tarball; current
 * pre-commit runs `npm install -g git+file://<clone>`. Both build mindlint
 * from source through `prepare`. Dependencies come from npm's cache where
 * it has them (`npm ci` filled it).
 */
const hasPreCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0
const title = hasPreCommit
  ? 'pre-commit hook with the installed pre-commit'
  : 'pre-commit hook with the installed pre-commit (skipped: pre-commit is not installed; apt-get install pre-commit)'

const claim = '# Our clinic\n\nOur ketamine therapy is a guaranteed cure for depression with zero side effects.\n'
const clean = '# Visiting us\n\nMost visits take about an hour. A nurse stays with you the whole time.\n'

const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  NO_COLOR: '1'
}
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'CI']) delete gitEnv[name]

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = gitEnv): SpawnSyncReturns<string> {
  return spawnSync(command, args, {cwd, env, encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024})
}

function git(cwd: string, ...args: string[]): string {
  const result = run('git', args, cwd)
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

/** This checkout as a fresh one-commit repository. */
function hookRepository(): string {
  const copy = checkoutCopy('mindlint-hook-repo-')
  git(copy, 'init', '-q')
  git(copy, 'add', '-A')
  git(copy, 'commit', '-q', '-m', 'mindlint under test')
  return copy
}

let hookRepo: string
beforeAll(() => {
  hookRepo = hookRepository()
})

describe.skipIf(!hasPreCommit)(title, () => {
  it('installs the hook, which fails a commit of a claim and passes a clean one', () => {
    const project = mkdtempSync(join(tmpdir(), 'mindlint-hook-user-'))
    const env = {...gitEnv, PRE_COMMIT_HOME: join(project, '.pre-commit-home')}
    git(project, 'init', '-q')
    writeFileSync(join(project, '.gitignore'), '.pre-commit-home/\n')
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${git(hookRepo, 'rev-parse', 'HEAD')}\n    hooks:\n      - id: mindlint\n`
    )
    git(project, 'add', '-A')
    git(project, 'commit', '-q', '-m', 'set up pre-commit')

    const install = run('pre-commit', ['install', '--install-hooks'], project, env)
    expect(install.stdout + install.stderr).not.toMatch(/corrupted|error/i)
    expect(install.status).toBe(0)

    writeFileSync(join(project, 'claim.md'), claim)
    git(project, 'add', 'claim.md')
    const refused = run('git', ['commit', '-m', 'a claim'], project, env)
    expect(refused.status).toBe(1)
    // git hands a hook's stdout to stderr.
    expect(refused.stderr).toMatch(/mindlint\.+Failed/)
    expect(refused.stderr).toMatch(/claim\.md[\s\S]*safety-claim/)
    expect(git(project, 'rev-list', '--count', 'HEAD')).toBe('1')

    git(project, 'rm', '-q', '--cached', 'claim.md')
    writeFileSync(join(project, 'visit.md'), clean)
    git(project, 'add', 'visit.md')
    const accepted = run('git', ['commit', '-m', 'a clean page'], project, env)
    expect(accepted.stderr).toMatch(/mindlint\.+Passed/)
    expect(accepted.status).toBe(0)
    expect(git(project, 'rev-list', '--count', 'HEAD')).toBe('2')
  }, 300_000)
})

describe('pre-commit hook as current pre-commit installs it (npm install -g git+file://)', () => {
  it('builds mindlint from the clone and runs it', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'mindlint-hook-prefix-'))
    const install = run('npm', ['install', '--allow-git=root', '--install-links', '-g', '--prefix', prefix, `git+file://${hookRepo}`], tmpdir())
    expect(install.stderr).not.toMatch(/npm error/)
    expect(install.status).toBe(0)

    const project = mkdtempSync(join(tmpdir(), 'mindlint-hook-files-'))
    writeFileSync(join(project, 'claim.md'), claim)
    writeFileSync(join(project, 'visit.md'), clean)
    const bin = join(prefix, 'bin', 'mindlint')
    const flagged = run(bin, ['claim.md'], project)
    expect(flagged.status).toBe(1)
    expect(flagged.stdout).toContain('safety-claim')
    expect(run(bin, ['visit.md'], project).status).toBe(0)
  }, 300_000)
})
