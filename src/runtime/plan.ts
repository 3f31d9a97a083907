import {availableParallelism} from 'node:os'
import type {ResourceLimits} from 'node:worker_threads'
import {compileCacheDir} from './compile-cache.js'

/**
 * How a run uses threads and memory, decided once before the first file is
 * linted and applied by the engine as it starts its threads. Only knobs
 * Node documents: how many worker threads, each worker's `resourceLimits`,
 * and the compile cache (`module`'s, Node 22.1 and later). Nothing here
 * changes V8 while it runs.
 */
export interface RuntimePlan {
  /** Worker threads to start (0: this thread lints alone). */
  workers: number
  /** Whether this thread lints files too, between handing files to the workers. */
  mainThreadLints: boolean
  /** Each worker's heap limits. A file that needs more is linted again on this thread, which has none. */
  resourceLimits: ResourceLimits
  /** The compile cache this thread uses (bin/mindlint.js turns it on), for the workers' modules too. */
  compileCacheDir?: string
}

export interface RuntimeRequest {
  /** `--jobs`: linting threads wanted, this one included, or `'auto'`. */
  jobs: number | 'auto'
  /** Files the run will lint. */
  files: number
  /** Whether workers can run at all (the rules come from a module they can import, and the worker module exists). */
  workersPossible: boolean
  /** Cores to plan for; default: what Node reports. */
  cores?: number
  /** Where `MINDLINT_WORKER_HEAP_MB` is read; default `process.env`. */
  env?: NodeJS.ProcessEnv
}

/**
 * Files each linting thread should have before another thread pays for
 * itself: a worker loads the rules on its own and its first files run
 * before its code is optimised.
 */
export const filesPerThread = 150

/**
 * A worker's old generation, in MB: a bound, several times what a worker
 * keeps alive between files (the rules, their word lists and the file being
 * linted), so that V8 rarely meets it. Near its limit V8 marks again and
 * again, which costs more time than the few MB it saves; a file that needs
 * more is linted on this thread instead.
 */
export const workerOldGenerationMb = 128

/**
 * A worker's young generation, in MB: room for one file's short-lived
 * objects (its trees, model and findings). Node's documentation defines it
 * as the whole young generation; V8 makes it two semi-spaces and a space
 * for large objects, so 48 is two 16 MB semi-spaces, V8's usual maximum on
 * 64-bit machines. Half that doubles the young collections and promotes
 * more of each file, which cost far more time than the memory it saves.
 */
export const workerYoungGenerationMb = 48

/**
 * The plan for a run.
 *
 * `--jobs N` is N linting threads, this one included: `--jobs 2` is this
 * thread and one worker, each linting.
 *
 * `'auto'` lints a short run (under `filesPerThread` files) on this thread
 * alone. A longer one is linted by workers, one a core but one (at least
 * one, and no more than `filesPerThread` files each), while this thread only
 * hands out files and writes the report. The core left over runs V8's own
 * threads (the optimising compiler, the garbage collector's helpers), which
 * linting threads on every core would compete with; and every linting heap
 * is then a worker's, capped, so memory stays flat however long the run.
 */
export function runtimePlan(request: RuntimeRequest): RuntimePlan {
  const cores = request.cores ?? availableParallelism()
  const cacheDir = compileCacheDir()
  const plan = (workers: number, mainThreadLints: boolean): RuntimePlan => ({
    workers,
    mainThreadLints,
    resourceLimits: workerLimits(request.env ?? process.env),
    ...(cacheDir ? {compileCacheDir: cacheDir} : {})
  })

  if (!request.workersPossible) return plan(0, true)
  if (request.jobs !== 'auto') return plan(Math.max(1, Math.min(request.jobs, request.files)) - 1, true)
  if (request.files < filesPerThread) return plan(0, true)
  return plan(Math.max(1, Math.min(cores - 1, Math.floor(request.files / filesPerThread))), false)
}

/** `MINDLINT_WORKER_HEAP_MB` sets the old generation (for machines short of memory, or to test the fallback). */
function workerLimits(env: NodeJS.ProcessEnv): ResourceLimits {
  const old = Number(env.MINDLINT_WORKER_HEAP_MB)
  return {
    maxOldGenerationSizeMb: Number.isFinite(old) && old > 0 ? old : workerOldGenerationMb,
    maxYoungGenerationSizeMb: workerYoungGenerationMb
  }
}
