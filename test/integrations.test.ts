import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {lintedExtensions} from '../src/engine/discover.js'
import {cliPath, tempProject} from './helpers.js'
import {sampleFiles} from './sample-project.js'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {bin: Record<string, string>}

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
 * replaced by the value), and `mindlint` on the PATH.
 */
function runStep(step: Step, inputs: Record<string, string>, cwd: string): {code: number | null; stdout: string; stderr: string} {
  const bin = join(cwd, '.bin')
  mkdirSync(bin, {recursive: true})
  writeFileSync(join(bin, 'mindlint'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`)
  chmodSync(join(bin, 'mindlint'), 0o755)
  const values = {...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...inputs}
  const env: NodeJS.ProcessEnv = {...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1'}
  delete env.CI
  for (const [name, value] of Object.entries(step.env ?? {})) {
    env[name] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => values[input] ?? '')
  }

  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], {cwd, env, encoding: 'utf8'})
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

describe('action.yml', () => {
  const steps = action.runs.steps
  const lintStep = steps.find((step) => step.run?.includes('mindlint $MINDLINT_PATHS')) as Step

  it('is a composite action that sets up Node, installs mindlint from npm and runs it with --format github', () => {
    expect(action.runs.using).toBe('composite')
    expect(steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/)
    expect(steps.some((step) => /npm install .*"mindlint@\$MINDLINT_VERSION"/.test(step.run ?? ''))).toBe(true)
    expect(action.inputs.format.default).toBe('github')
    for (const step of steps.filter((step) => step.run)) {
      expect(step.shell).toBe('bash')
      // Inputs never spliced into scripts (script injection): only through env.
      expect(step.run).not.toContain('${{')
    }
  })

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
