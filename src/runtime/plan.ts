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
  /** Worker threads to start beside this one, which lints too (0: this thread alone). */
  workers: number
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
 * A worker's old generation, in MB: about four times what one keeps alive
 * between files (the rules, their word lists and the file being linted).
 * Less makes the garbage collector run far more often as the heap nears
 * its limit; more only lets garbage wait longer.
 */
export const workerOldGenerationMb = 64

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
 * The plan for a run. `jobs` counts this thread: `--jobs 2` is this thread
 * and one worker. `'auto'` asks for one thread a core once there are
 * `filesPerThread` files a thread, else this thread alone.
 */
export function runtimePlan(request: RuntimeRequest): RuntimePlan {
  const cores = request.cores ?? availableParallelism()
  const wanted = request.jobs === 'auto' ? Math.min(cores, Math.floor(request.files / filesPerThread)) : request.jobs
  const threads = request.workersPossible ? Math.max(1, Math.min(wanted, request.files)) : 1
  const cacheDir = compileCacheDir()
  return {
    workers: threads - 1,
    resourceLimits: workerLimits(request.env ?? process.env),
    ...(cacheDir ? {compileCacheDir: cacheDir} : {})
  }
}

/** `MINDLINT_WORKER_HEAP_MB` sets the old generation (for machines short of memory, or to test the fallback). */
function workerLimits(env: NodeJS.ProcessEnv): ResourceLimits {
  const old = Number(env.MINDLINT_WORKER_HEAP_MB)
  return {
    maxOldGenerationSizeMb: Number.isFinite(old) && old > 0 ? old : workerOldGenerationMb,
    maxYoungGenerationSizeMb: workerYoungGenerationMb
  }
}
