import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {lintedExtensions} from '../src/engine/discover.js'
import {repositoryWebUrl} from '../src/engine/tool-info.js'
import {checkoutCopy, runCli, tempProject} from './helpers.js'
import {sampleFiles} from './sample-project.js'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {bin: Record<string, string>; engines: {node: string}; repository: {url: string}}

interface Step {
  uses?: string
  name?: string
  shell?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, string>
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, {default?: string}>
  runs: {using: string; steps: Step[]}
}

/**
 * Run one `run:` step of the composite action the way the runner would:
 * bash -e, inputs given through the step's env (with `${{ inputs.x }}`
 * replaced by the value), and GITHUB_ACTION_PATH the action's checkout
 * (by default this one, built by `npm test`).
 */
function runStep(step: Step, inputs: Record<string, string>, cwd: string, actionPath = repoRoot): {code: number | null; stdout: string; stderr: string} {
  const values = {...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...inputs}
  const env: NodeJS.ProcessEnv = {...process.env, GITHUB_ACTION_PATH: actionPath, NO_COLOR: '1', npm_config_prefer_offline: 'true'}
  delete env.CI
  for (const [name, value] of Object.entries(step.env ?? {})) {
    env[name] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => values[input] ?? '')
  }

  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], {cwd, env, encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024})
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

describe('action.yml', () => {
  const steps = action.runs.steps
  const installStep = steps.find((step) => step.name === 'Install mindlint') as Step
  const lintStep = steps.find((step) => step.name === 'Run mindlint') as Step

  it('is a composite action that sets up a current Node LTS and runs the mindlint of its own checkout with --format github', () => {
    expect(action.runs.using).toBe('composite')
    expect(steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/)
    expect(steps[0].with?.['node-version']).toBe('${{ inputs.node-version }}')
    // An even major is an LTS line; 24 is the active one while 20 (end of life April 2026) is still accepted.
    expect(Number(action.inputs['node-version'].default) % 2).toBe(0)
    expect(Number(action.inputs['node-version'].default)).toBeGreaterThanOrEqual(24)
    expect(packageJson.engines.node).toBe('>=20')
    // Nothing comes from the npm registry by the name mindlint (it is not published there).
    for (const step of steps) expect(step.run ?? '').not.toMatch(/(?<![\w/])mindlint@|npm (?:install|exec|x) .*mindlint|npx mindlint/)
    expect(installStep.run).toMatch(/npm ci\b/)
    expect(action.inputs.format.default).toBe('github')
    for (const input of ['paths', 'format', 'output-file', 'config', 'baseline', 'args', 'version', 'node-version']) expect(action.inputs).toHaveProperty(input)
    for (const step of steps.filter((step) => step.run)) {
      expect(step.shell).toBe('bash')
      // Inputs never spliced into scripts (script injection): only through env.
      expect(step.run).not.toContain('${{')
    }
  })

  it('installs from its lock file and builds in a fresh checkout of the action, then lints the workspace with it', () => {
    const checkout = checkoutCopy('mindlint-action-')
    const install = runStep(installStep, {}, checkout, checkout)
    expect(install.stderr).not.toMatch(/npm error/)
    expect(install.code).toBe(0)
    expect(existsSync(join(checkout, 'dist', 'cli', 'mindlint.js'))).toBe(true)

    const root = tempProject(sampleFiles)
    const run = runStep(lintStep, {paths: 'posts'}, root, checkout)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error file=posts\/draft\.md,line=5,col=1,.*title=hard-sentence::/m)
    // The workspace is left as it was: no package.json, no node_modules.
    expect(existsSync(join(root, 'node_modules'))).toBe(false)
    expect(existsSync(join(root, 'package.json'))).toBe(false)

    const old = runStep(installStep, {version: '0.1.0'}, checkout, checkout)
    expect(old.code).toBe(0)
    expect(old.stdout).toMatch(/^::warning title=mindlint::the version input is not used/m)
  }, 300_000)

  it('annotates and fails on errors, with inputs passed through safely', () => {
    const root = tempProject(sampleFiles)
    const run = runStep(lintStep, {paths: 'posts/draft.md\nposts/clean.txt'}, root)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error file=posts\/draft\.md,line=5,col=1,.*title=hard-sentence::/m)
    expect(run.stdout).toMatch(/^::warning file=posts\/draft\.md,line=3,col=1,.*title=page-chrome::/m)

    const hostile = runStep(lintStep, {paths: 'posts/clean.txt; touch injected', args: '--max-warnings 0'}, root)
    expect(hostile.code).toBe(2)
    expect(hostile.stderr).toContain('posts/clean.txt;')
    expect(existsSync(join(root, 'injected'))).toBe(false)

    const baseline = runStep(lintStep, {paths: 'posts', baseline: 'b.json', args: '--update-baseline'}, root)
    expect(baseline.code).toBe(0)
    expect(runStep(lintStep, {paths: 'posts', baseline: 'b.json', format: 'sarif', 'output-file': 'out.sarif'}, root).code).toBe(0)
    expect(JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8')).runs[0].results).toEqual([])
  })
})

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{id: string; entry: string; language: string; files: string; types: string[]}>

  it('declares the mindlint hook for the files mindlint lints, running the package bin', () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['mindlint'])
    const [hook] = hooks
    expect(hook.language).toBe('node')
    expect(Object.keys(packageJson.bin)).toContain(hook.entry)
    const files = new RegExp(hook.files)
    for (const extension of lintedExtensions) expect(files.test(`content/post.${extension}`)).toBe(true)
    for (const other of ['src/index.ts', 'package.json', 'notes.md.bak', 'README']) expect(files.test(other)).toBe(false)
  })
})

describe('package.json repository: where rule docs links point', () => {
  it('reads every npm spelling of a repository as its web address', () => {
    expect(repositoryWebUrl({url: 'git+https://github.com/mindlint/mindlint.git'})).toBe('https://github.com/mindlint/mindlint')
    expect(repositoryWebUrl('github:someone/fork')).toBe('https://github.com/someone/fork')
    expect(repositoryWebUrl('someone/fork')).toBe('https://github.com/someone/fork')
    expect(repositoryWebUrl('gitlab:team/mindlint')).toBe('https://gitlab.com/team/mindlint')
    expect(repositoryWebUrl('git@git.example.org:copy/mindlint.git')).toBe('https://git.example.org/copy/mindlint')
    expect(repositoryWebUrl({url: 'ssh://git@github.com/someone/fork.git'})).toBe('https://github.com/someone/fork')
    expect(repositoryWebUrl({url: 'https://gitlab.com/team/mindlint/'})).toBe('https://gitlab.com/team/mindlint')
    expect(repositoryWebUrl(undefined)).toBeUndefined()
  })

  it("links every rule, message and SARIF driver to package.json's repository", () => {
    const web = repositoryWebUrl(packageJson.repository)!
    expect(web).toMatch(/^https:\/\//)
    const rules = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as Array<{id: string; url: string}>
    for (const rule of rules) expect(rule.url).toBe(`${web}/blob/main/rules/${rule.id}/README.md`)
    const root = tempProject(sampleFiles)
    const sarif = JSON.parse(runCli(['posts', '--format', 'sarif'], {cwd: root}).stdout)
    expect(sarif.runs[0].tool.driver.informationUri).toBe(web)
  })

  it('follows the repository of the copy that runs (a fork links to the fork)', () => {
    const fork = mkdtempSync(join(tmpdir(), 'mindlint-fork-'))
    cpSync(join(repoRoot, 'bin'), join(fork, 'bin'), {recursive: true})
    cpSync(join(repoRoot, 'dist'), join(fork, 'dist'), {recursive: true})
    symlinkSync(join(repoRoot, 'node_modules'), join(fork, 'node_modules'))
    writeFileSync(join(fork, 'package.json'), JSON.stringify({...packageJson, repository: 'github:someone/mindlint-fork'}))
    const root = tempProject(sampleFiles)
    const run = spawnSync(process.execPath, [join(fork, 'bin', 'mindlint.js'), 'posts', '--format', 'json'], {cwd: root, encoding: 'utf8'})
    const urls = (JSON.parse(run.stdout) as Array<{messages: Array<{url: string}>}>).flatMap((result) => result.messages.map((message) => message.url))
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^https:\/\/github\.com\/someone\/mindlint-fork\/blob\/main\/rules\/[a-z-]+\/README\.md$/)
  })
})
