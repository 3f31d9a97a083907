import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {filesPerThread} from '../src/runtime/plan.js'
import {runCli, tempProject} from './helpers.js'

/** A folder of small articles, each with something to flag. */
function articles(count: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++) {
    files[`posts/post-${String(index).padStart(3, '0')}.md`] =
      `# Visit ${index}\n\nOur ketamine infusions are a revolutionary treatment with minimal side effects.\n\n- ${index + 2} Likes\n`
  }

  return files
}

function results(stdout: string): LintResult[] {
  return JSON.parse(stdout) as LintResult[]
}

describe('--jobs', () => {
  it('gives the same results, in the same order, with worker threads as without', () => {
    const root = tempProject(articles(60))
    const single = runCli(['posts', '--jobs', '1', '--format', 'json'], {cwd: root})
    expect(results(single.stdout)).toHaveLength(60)
    for (const jobs of ['2', '3']) {
      const workers = runCli(['posts', '--jobs', jobs, '--format', 'json'], {cwd: root})
      expect(workers.code).toBe(single.code)
      expect(workers.stdout).toBe(single.stdout)
    }
  })

  it('gives the same results with --jobs auto over enough files for workers (which lint while this thread hands out files)', () => {
    const root = tempProject(articles(filesPerThread))
    const single = runCli(['posts', '--jobs', '1', '--format', 'json'], {cwd: root})
    const auto = runCli(['posts', '--format', 'json'], {cwd: root})
    expect(results(single.stdout)).toHaveLength(filesPerThread)
    expect(auto.code).toBe(single.code)
    expect(auto.stdout).toBe(single.stdout)
  })

  it('lints a file too large for a worker\'s heap in the main thread instead, with the same results', () => {
    const paragraph = (index: number) =>
      `## Week ${index}\n\nDuring week ${index} the care team checked blood pressure before and after each infusion, and patients rested for an hour. Our ketamine infusions are a revolutionary treatment with minimal side effects.\n\n`
    const big = `# A year of visits\n\n${Array.from({length: 2500}, (_, index) => paragraph(index)).join('')}`
    // The main thread takes queued files too: several large files, spread
    // out, so that the workers are sure to be handed some of them.
    const files: Record<string, string> = articles(40)
    for (const index of [5, 15, 25, 35]) files[`posts/post-${String(index).padStart(3, '0')}-journal.md`] = big
    const root = tempProject(files)
    // A worker heap far too small for the large files (but not for the others).
    const env = {MINDLINT_WORKER_HEAP_MB: '32'}
    const single = runCli(['posts', '--jobs', '1', '--format', 'json'], {cwd: root})
    const workers = runCli(['posts', '--jobs', '3', '--format', 'json'], {cwd: root, env})
    expect(results(single.stdout)).toHaveLength(44)
    expect(workers.stderr).not.toMatch(/internal error/)
    expect(workers.code).toBe(single.code)
    expect(workers.stdout).toBe(single.stdout)
    // Two runs over four 0.6 MB articles, one of them retrying each in the
    // main thread: 18-28 s alone, 61 s once beside the other test files.
  }, 120_000)

  it('refuses a job count that is not a whole number', () => {
    const run = runCli(['.', '--jobs', 'many'], {cwd: tempProject(articles(1))})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--jobs expects a whole number')
  })
})

describe('--shard', () => {
  it('splits the files into disjoint slices that together cover them all', () => {
    const root = tempProject(articles(10))
    const all = results(runCli(['posts', '--format', 'json'], {cwd: root}).stdout).map((result) => result.path)
    const slices = [1, 2, 3].map((index) => results(runCli(['posts', '--shard', `${index}/3`, '--format', 'json'], {cwd: root}).stdout).map((result) => result.path))
    expect(slices.map((slice) => slice.length)).toEqual([4, 3, 3])
    expect(slices.flat().sort()).toEqual([...all].sort())
    expect(runCli(['posts', '--shard', '2/3', '--format', 'json'], {cwd: root}).stdout).toBe(
      runCli(['posts', '--shard', '2/3', '--format', 'json'], {cwd: root}).stdout
    )
  })

  it('refuses a malformed shard', () => {
    const root = tempProject(articles(1))
    for (const shard of ['3', '0/2', '3/2', 'a/b']) {
      const run = runCli(['posts', '--shard', shard], {cwd: root})
      expect(run.code, shard).toBe(2)
      expect(run.stderr).toMatch(/--shard/)
    }
  })
})

describe('--cache', () => {
  it('reuses the stored result of an unchanged file, and lints it again when it, or the config, changes', () => {
    // A project with node_modules keeps the cache with other tools' caches.
    const root = tempProject({...articles(2), 'node_modules/.package-lock.json': '{}'})
    const first = runCli(['posts', '--cache', '--format', 'json'], {cwd: root})
    const cacheFile = join(root, 'node_modules', '.cache', 'mindlint', 'cache.json')
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as {entries: Record<string, {result: LintResult}>}
    expect(Object.keys(cache.entries)).toHaveLength(2)

    // Mark the stored results: a cached answer shows the mark.
    for (const entry of Object.values(cache.entries)) entry.result.messages[0].message = 'from the cache'
    writeFileSync(cacheFile, JSON.stringify(cache))
    const second = results(runCli(['posts', '--cache', '--format', 'json'], {cwd: root}).stdout)
    expect(second.map((result) => result.messages[0].message)).toEqual(['from the cache', 'from the cache'])
    expect(second.map((result) => result.path)).toEqual(results(first.stdout).map((result) => result.path))

    // An edited file is linted again; the other stays cached.
    writeFileSync(join(root, 'posts/post-000.md'), '# Visit\n\nOur infusions offer instant relief.\n')
    const third = results(runCli(['posts', '--cache', '--format', 'json'], {cwd: root}).stdout)
    expect(third[0].messages[0].message).not.toBe('from the cache')
    expect(third[1].messages[0].message).toBe('from the cache')

    // A different configuration invalidates every entry.
    writeFileSync(join(root, '.mindlintrc.json'), JSON.stringify({rules: {'page-chrome': 'off'}}))
    const fourth = results(runCli(['posts', '--cache', '--format', 'json'], {cwd: root}).stdout)
    expect(fourth.flatMap((result) => result.messages).map((message) => message.message)).not.toContain('from the cache')
  })

  it('writes .mindlintcache in a folder without node_modules, never creating node_modules', () => {
    const root = tempProject(articles(1))
    const run = runCli(['posts', '--cache'], {cwd: root})
    expect(run.stderr).toBe('')
    expect(existsSync(join(root, 'node_modules'))).toBe(false)
    expect(Object.keys(JSON.parse(readFileSync(join(root, '.mindlintcache'), 'utf8')).entries)).toHaveLength(1)
  })

  it('says in one line when the cache cannot be written, and still reports', () => {
    const root = tempProject({...articles(1), 'blocker': 'a file where the cache folder would go'})
    const run = runCli(['posts', '--cache-location', 'blocker/cache.json', '--format', 'json'], {cwd: root})
    expect(results(run.stdout)).toHaveLength(1)
    expect(run.stderr).toBe(`mindlint: cannot write the cache ${join(root, 'blocker', 'cache.json')} (a file stands where a folder is needed); this run's results are not cached\n`)
  })

  it('writes the cache where --cache-location says', () => {
    const root = tempProject(articles(1))
    runCli(['posts', '--cache-location', '.mindlint-cache/'], {cwd: root})
    expect(JSON.parse(readFileSync(join(root, '.mindlint-cache', 'cache.json'), 'utf8')).entries).toBeDefined()
  })
})

describe('streamed output', () => {
  it('writes the same JSON and stylish reports as a whole-run formatter would', async () => {
    const root = tempProject(articles(3))
    const {json} = await import('../src/report/json.js')
    const {stylish} = await import('../src/report/stylish.js')
    const streamedJson = runCli(['posts', '--format', 'json'], {cwd: root}).stdout
    const all = results(streamedJson)
    expect(streamedJson).toBe(json(all, {cwd: root, color: false, rules: new Map()}))
    const streamedStylish = runCli(['posts'], {cwd: root}).stdout
    expect(streamedStylish).toBe(stylish(all, {cwd: root, color: false, rules: new Map()}))
  })
})
