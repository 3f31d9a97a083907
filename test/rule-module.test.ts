import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {tempProject} from './helpers.js'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * A rule module of the kind an API user writes: one rule that flags the
 * word "miracle". Each thread that imports it adds its thread id to
 * threads.log beside it, so the test can tell which threads ran it.
 */
const ruleModule = `import {appendFileSync} from 'node:fs'
import {threadId} from 'node:worker_threads'
appendFileSync(new URL('threads.log', import.meta.url), threadId + '\\n')

export const rules = [{
  meta: {id: 'no-miracle', category: 'claims', severity: 'warning', fixable: false, description: 'Flags the word miracle.'},
  check({document, report}) {
    for (const sentence of document.sentences) {
      const at = sentence.prose.toLowerCase().indexOf('miracle')
      if (at >= 0) report({start: sentence.start, end: sentence.end, message: 'a miracle is promised: say what the treatment does and for whom'})
    }
  }
}]
`

/** Articles, every third of which promises a miracle. */
function project(count: number): string {
  const files: Record<string, string> = {'rules/miracle.mjs': ruleModule}
  for (let index = 0; index < count; index++) {
    const claim = index % 3 === 0 ? 'Our infusions are a miracle for low mood.' : 'Our infusions are one option for low mood.'
    files[`posts/post-${String(index).padStart(2, '0')}.md`] = `# Visit ${index}\n\n${claim} Ask your doctor whether they suit you.\n`
  }

  return tempProject(files)
}

/** Run a module in a child Node process from the repository, importing the built package by its name. */
function runModule(source: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', source], {cwd: repoRoot, encoding: 'utf8'})
}

function lintWithJobs(root: string, jobs: number, rules: string): LintResult[] {
  const script = `import {lintFiles} from 'mindlint'
    const {results} = await lintFiles(['posts'], {cwd: ${JSON.stringify(root)}, jobs: ${jobs}, rules: ${rules}})
    process.stdout.write(JSON.stringify(results))`
  return JSON.parse(runModule(script)) as LintResult[]
}

/** The compiled modules `file` imports (statically, or by a plain `import('./x.js')`), itself included. */
function importedModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const found of readFileSync(file, 'utf8').matchAll(/\b(?:import|export)\b[^'"]*?from\s*'(\.[^']+)'|\bimport\s*'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
    importedModules(resolve(dirname(file), found[1] ?? found[2] ?? found[3]!), seen)
  }

  return seen
}

describe('rules passed to lintFiles', () => {
  it('are all a worker loads: the engine and the config layer import none of the built-in rules', () => {
    for (const entry of ['dist/src/engine/lint-worker.js', 'dist/src/engine/lint-thread.js', 'dist/src/config/load.js']) {
      const loaded = [...importedModules(join(repoRoot, entry))]
      expect(loaded.length, entry).toBeGreaterThan(3)
      expect(loaded.filter((file) => file.includes(`${join('dist', 'rules')}`)), entry).toEqual([])
    }
  })

  it('run on worker threads when given as a module, with the same results as on one thread', () => {
    const root = project(30)
    const single = lintWithJobs(root, 1, "'./rules/miracle.mjs'")
    const log = join(root, 'rules', 'threads.log')
    expect(readFileSync(log, 'utf8')).toBe('0\n')

    const threaded = lintWithJobs(root, 3, "'./rules/miracle.mjs'")
    expect(threaded).toEqual(single)
    expect(single).toHaveLength(30)
    const flagged = single.filter((result) => result.messages.length > 0)
    expect(flagged.map((result) => result.path)).toEqual(single.filter((_, index) => index % 3 === 0).map((result) => result.path))
    expect(single.flatMap((result) => result.messages.map((message) => message.ruleId))).toEqual(Array(10).fill('no-miracle'))
    // The main thread (0) again, and two workers that imported the module themselves.
    const threads = readFileSync(log, 'utf8').trim().split('\n').slice(1)
    expect(threads).toContain('0')
    expect(new Set(threads).size).toBe(3)
  })

  it('accept the module as a file URL too', () => {
    const root = project(12)
    const url = pathToFileURL(join(root, 'rules', 'miracle.mjs')).href
    const results = lintWithJobs(root, 2, JSON.stringify(url))
    expect(results.filter((result) => result.messages.length > 0)).toHaveLength(4)
    expect(new Set(readFileSync(join(root, 'rules', 'threads.log'), 'utf8').trim().split('\n')).size).toBe(2)
  })

  it('run on this thread alone when given as rule objects, whatever jobs asks for', () => {
    const root = project(12)
    const script = `import {lintFiles} from 'mindlint'
      const {rules} = await import(${JSON.stringify(pathToFileURL(join(root, 'rules', 'miracle.mjs')).href)})
      const {results} = await lintFiles(['posts'], {cwd: ${JSON.stringify(root)}, jobs: 3, rules})
      process.stdout.write(JSON.stringify(results))`
    const results = JSON.parse(runModule(script)) as LintResult[]
    expect(results.filter((result) => result.messages.length > 0)).toHaveLength(4)
    expect(readFileSync(join(root, 'rules', 'threads.log'), 'utf8')).toBe('0\n')
  })

  it('name the module when it cannot be loaded or holds no rules', () => {
    const root = tempProject({'posts/a.md': '# A\n\nText.\n', 'rules/empty.mjs': 'export const nothing = 1\n'})
    const attempt = (rules: string) => {
      const script = `import {lintFiles} from 'mindlint'
        try { await lintFiles(['posts'], {cwd: ${JSON.stringify(root)}, rules: ${rules}}) } catch (error) { process.stdout.write(error.message) }`
      return spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: repoRoot, encoding: 'utf8'}).stdout
    }

    expect(attempt("'./rules/missing.mjs'")).toMatch(/^cannot load the rule module file:\/\/.*\/rules\/missing\.mjs: /)
    expect(attempt("'./rules/empty.mjs'")).toMatch(/^the rule module file:\/\/.*\/rules\/empty\.mjs exports no rules/)
  })
})
