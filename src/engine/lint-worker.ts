/**
 * The entry of a `--jobs` worker thread: turns on the compile cache the
 * main thread uses, when there is one, before the engine and the rules load
 * (`lint-thread.ts` does the linting).
 */
import {workerData} from 'node:worker_threads'
import {enableCompileCache} from '../runtime/compile-cache.js'
import type {WorkerSettings} from './worker-pool.js'

const {compileCacheDir} = workerData as WorkerSettings
if (compileCacheDir) enableCompileCache(compileCacheDir)
await import('./lint-thread.js')
