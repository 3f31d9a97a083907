import {resolve} from 'node:path'
import type {ConfigLoader} from '../config/load.js'
import type {AnyRule} from '../rule/types.js'
import {type RuntimePlan, runtimePlan} from '../runtime/plan.js'
import {hash, LintCache} from './cache.js'
import {fatalResult, type LintResult} from './messages.js'
import {type LintPlan, type PlanOptions, planLint} from './plan.js'
import {defaultMaxFileSize, readSource} from './read-source.js'
import {lintText} from './lint-text.js'
import {lintUrls} from './lint-urls.js'
import {WorkerPool, type WorkerSettings, workersAvailable} from './worker-pool.js'

export interface RunOptions {
  /** Skip files larger than this many bytes. */
  maxFileSize?: number
  /**
   * Threads: a number, or `'auto'` (the core count when there are enough
   * files to pay for starting workers, else one). This thread is one of
   * them: `jobs: 2` starts one worker. Default 1. Workers need the rules
   * as a module (`rules: './my-rules.js'`); rule objects run on one thread.
   */
  jobs?: number | 'auto'
  /** `--cache`: the cache file or folder (relative to the plan's cwd). */
  cacheLocation?: string
  /** Called as each file's result is ready: results so far, of `total`. */
  onFile?: (done: number, total: number, path: string) => void
  /** Milliseconds to wait for each web page (`--url-timeout`). */
  urlTimeoutMs?: number
  /** A problem that costs no result (the cache could not be written); default: a process warning. */
  onWarning?: (problem: string) => void
}

export interface LintFilesOptions extends PlanOptions, RunOptions {}

export interface LintFilesOutcome {
  /** One result per file, in plan order; unreadable files carry a fatal message. */
  results: LintResult[]
  /** Files named on the command line but ignored by an ignore file or pattern. */
  ignored: string[]
}

/** Files queued ahead per thread: a slow file does not leave the others idle. */
const filesAheadPerThread = 16

/**
 * Lint files, folders and globs. Configuration for every file is loaded
 * and checked before any file is linted (a `ConfigError` is thrown).
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions): Promise<LintFilesOutcome> {
  const plan = await planLint(patterns, options)
  const results: LintResult[] = []
  for await (const result of lintEach(plan, options)) results.push(result)
  return {results, ignored: plan.ignored}
}

/**
 * The results of a plan, one file at a time and always in plan order, so a
 * caller can write each as it comes and hold none: memory stays flat
 * however many files there are. Paths that could not be used come first.
 */
export async function* lintEach(plan: LintPlan, options: RunOptions = {}): AsyncGenerator<LintResult> {
  for (const {path, problem} of plan.problems) yield fatalResult(path, problem)

  const total = plan.files.length
  const maxFileSize = options.maxFileSize ?? defaultMaxFileSize
  const cache = options.cacheLocation === undefined ? undefined : new LintCache(options.cacheLocation, plan.cwd)
  const runtime = planThreads(plan, options.jobs ?? 1)
  let done = 0
  const report = (result: LintResult) => options.onFile?.(++done, total, result.path)

  try {
    if (runtime.workers === 0) {
      for (const path of plan.files) {
        const result = await lintPath(plan, path, maxFileSize, cache)
        report(result)
        yield result
      }

      yield* pagesOf(plan, maxFileSize, options)
      return
    }

    const settings: WorkerSettings = {
      cwd: plan.cwd,
      maxFileSize,
      rulesModule: plan.rulesModule!,
      ...(plan.configFile ? {configFile: plan.configFile} : {}),
      ...(plan.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: true} : {}),
      ...(runtime.compileCacheDir ? {compileCacheDir: runtime.compileCacheDir} : {})
    }
    const local = runtime.mainThreadLints ? async (path: string) => lintPath(plan, path, maxFileSize, undefined) : undefined
    const pool = new WorkerPool(runtime.workers, settings, runtime.resourceLimits, local)
    try {
      // A window of files is queued ahead, enough to keep every thread busy;
      // results are handed out in plan order and then let go, so the
      // results of a long run are never all held at once.
      const ahead = (runtime.workers + (runtime.mainThreadLints ? 1 : 0)) * filesAheadPerThread
      const pending: Array<Promise<LintResult>> = []
      let next = 0
      const queueMore = () => {
        while (next < total && pending.length < ahead) pending.push(cachedOrLinted(plan, plan.files[next++], maxFileSize, cache, pool))
      }

      queueMore()
      while (pending.length > 0) {
        const result = await pending.shift()!
        queueMore()
        report(result)
        yield result
      }
    } finally {
      await pool.close()
    }

    yield* pagesOf(plan, maxFileSize, options)
  } finally {
    const problem = cache?.save()
    if (problem && options.onWarning) options.onWarning(problem)
    else if (problem) process.emitWarning(problem)
  }
}

/** The plan's web pages, after its files (never cached: a page may change at any time). */
function pagesOf(plan: LintPlan, maxFileSize: number, options: RunOptions): AsyncGenerator<LintResult> {
  return lintUrls(plan.urls, {
    cwd: plan.cwd,
    loader: plan.loader,
    rules: plan.rules,
    maxFileSize,
    ...(options.urlTimeoutMs === undefined ? {} : {timeoutMs: options.urlTimeoutMs})
  })
}

/** Lint one file in this thread, through the cache when there is one. */
async function lintPath(plan: LintPlan, path: string, maxFileSize: number, cache: LintCache | undefined): Promise<LintResult> {
  const absolute = resolve(plan.cwd, path)
  const reading = await readSource(absolute, maxFileSize)
  if (!reading.ok) return fatalResult(path, reading.problem)
  const config = plan.loader.forFile(path)
  if (!cache) return lintReadText(reading.text, path, plan.loader, plan.rules)

  const content = hash(reading.text)
  const key = cache.configKey(config)
  const cached = cache.lookup(absolute, path, content, key)
  if (cached) return cached
  const result = lintReadText(reading.text, path, plan.loader, plan.rules)
  cache.store(absolute, content, key, result)
  return result
}

/**
 * Lint one file in a worker; a file the worker stopped on (out of memory:
 * workers have a capped heap, and a huge article can need more) is linted
 * again in this thread, which has no such cap.
 */
async function inWorker(plan: LintPlan, path: string, maxFileSize: number, pool: WorkerPool): Promise<LintResult> {
  return (await pool.lint(path)) ?? lintPath(plan, path, maxFileSize, undefined)
}

/** With workers: a cache hit is answered here, anything else goes to a worker. */
async function cachedOrLinted(plan: LintPlan, path: string, maxFileSize: number, cache: LintCache | undefined, pool: WorkerPool): Promise<LintResult> {
  if (!cache) return inWorker(plan, path, maxFileSize, pool)
  const absolute = resolve(plan.cwd, path)
  const reading = await readSource(absolute, maxFileSize)
  if (!reading.ok) return fatalResult(path, reading.problem)
  const content = hash(reading.text)
  const key = cache.configKey(plan.loader.forFile(path))
  const cached = cache.lookup(absolute, path, content, key)
  if (cached) return cached
  const result = await inWorker(plan, path, maxFileSize, pool)
  cache.store(absolute, content, key, result)
  return result
}

/** Read and lint one file: what a worker does for each path it is given. */
export async function lintOneFile(path: string, cwd: string, loader: ConfigLoader, rules: readonly AnyRule[], maxFileSize: number): Promise<LintResult> {
  const reading = await readSource(resolve(cwd, path), maxFileSize)
  if (!reading.ok) return fatalResult(path, reading.problem)
  return lintReadText(reading.text, path, loader, rules)
}

function lintReadText(text: string, path: string, loader: ConfigLoader, rules: readonly AnyRule[]): LintResult {
  try {
    return lintText(text, {path, config: loader.forFile(path), rules}).result
  } catch (error) {
    // A bug must cost one file, not the run.
    return fatalResult(path, `internal error while linting: ${(error as Error).message}`)
  }
}

/** Threads and heap limits for a plan: workers only for rules from a module, and where the worker module exists. */
function planThreads(plan: LintPlan, jobs: number | 'auto'): RuntimePlan {
  return runtimePlan({jobs, files: plan.files.length, workersPossible: plan.rulesModule !== undefined && workersAvailable()})
}

export {fatalResult} from './messages.js'
