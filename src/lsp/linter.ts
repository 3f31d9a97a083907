import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {ConfigCache, type ConfigCacheOptions} from './config-cache.js'
import {lintDocument, type LintOutcome, type OpenDocument} from './lint-document.js'

/** What the server's thread sends the linting thread. */
export type WorkerRequest =
  | {type: 'lint'; id: number; document: OpenDocument}
  /** New workspace folders, or a config or ignore file changed: start from fresh settings. */
  | {type: 'settings'; settings: ConfigCacheOptions}

/**
 * The linting thread's young generation (`resourceLimits`): two 8 MB
 * semi-spaces and a large-object space as big as one, half V8's usual
 * maximum. A buffer's objects live for one lint, and at this size
 * re-linting an article costs no more CPU while the server holds less
 * (bench/lsp.mjs).
 */
const youngGenerationMb = 24

/** The linting thread sits beside this module (in dist/src/lsp, and in the dist/cli bundles). */
const workerUrl = new URL('./lsp-worker.js', import.meta.url)

/**
 * Lints buffers on a thread of their own, one at a time, in the order
 * asked, so the server's thread is free to take edits and answer the
 * editor. A thread that stops (out of memory on a huge text, a crash)
 * fails the buffers it held and is replaced at the next lint. Without a
 * worker module (the TypeScript sources under test) buffers are linted on
 * this thread.
 */
export class Linter {
  private worker: Worker | undefined
  private settings: ConfigCacheOptions
  private readonly waiting = new Map<number, (outcome: LintOutcome) => void>()
  private nextId = 0
  private localCache: ConfigCache | undefined
  private readonly useWorker = existsSync(fileURLToPath(workerUrl))

  constructor(settings: ConfigCacheOptions) {
    this.settings = settings
  }

  lint(document: OpenDocument): Promise<LintOutcome> {
    if (!this.useWorker) return this.lintHere(document)
    const worker = this.worker ?? this.startWorker()
    const id = this.nextId++
    return new Promise((resolve) => {
      this.waiting.set(id, resolve)
      worker.postMessage({type: 'lint', id, document} satisfies WorkerRequest)
    })
  }

  /** Use these settings from the next lint on (every config and ignore file is read again). */
  configure(settings: ConfigCacheOptions): void {
    this.settings = settings
    this.localCache = undefined
    this.worker?.postMessage({type: 'settings', settings} satisfies WorkerRequest)
  }

  dispose(): void {
    const worker = this.worker
    this.worker = undefined
    void worker?.terminate()
  }

  private startWorker(): Worker {
    const worker = new Worker(workerUrl, {workerData: this.settings, resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb}})
    // The editor's connection keeps the process alive; a thread idle between edits must not.
    worker.unref()
    worker.on('message', (message: {id: number; outcome: LintOutcome}) => {
      const resolve = this.waiting.get(message.id)
      this.waiting.delete(message.id)
      resolve?.(message.outcome)
    })
    const stopped = (reason: string) => {
      if (this.worker !== worker) return
      this.worker = undefined
      for (const resolve of this.waiting.values()) resolve({kind: 'failed', problem: `the linting thread stopped (${reason}); it is restarted at the next edit`})
      this.waiting.clear()
    }
    worker.on('error', (error) => stopped(error.message))
    worker.on('exit', (code) => stopped(`exit code ${code}`))
    this.worker = worker
    return worker
  }

  private async lintHere(document: OpenDocument): Promise<LintOutcome> {
    this.localCache ??= new ConfigCache(this.settings)
    try {
      return await lintDocument(document, this.localCache)
    } catch (error) {
      return {kind: 'failed', problem: (error as Error).message}
    }
  }
}
