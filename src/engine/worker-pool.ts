import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {LintResult} from './messages.js'
import {semiSpaceMb, startWorkersAt, ThreadHold, youngGenerationMb} from './young-generation.js'

/** What every worker is told when it starts. */
export interface WorkerSettings {
  cwd: string
  configFile?: string
  maxFileSize: number
  reportUnusedDisableDirectives?: boolean
}

interface Task {
  id: number
  path: string
  /** The result, or undefined when the worker stopped while linting the file. */
  resolve: (result: LintResult | undefined) => void
}

interface Slot {
  worker: Worker
  /** Whether its thread runs (its isolate is set up). */
  online: boolean
  /** Files sent to the worker and not answered yet, oldest first. */
  tasks: Task[]
}

/**
 * Files a worker holds at once: the one it lints and the next ones, so it
 * never waits for this thread (busy linting a file of its own) to send more.
 */
const tasksPerWorker = 4

/** The worker module sits beside this one (in dist/src/engine, and in the dist/cli bundle). */
const workerUrl = new URL('./lint-worker.js', import.meta.url)

/**
 * Heap limits for a worker: V8 lets a heap grow far past what is live
 * before collecting, and several workers in one process add up. A worker
 * keeps about 15 MB live (rules, word lists, one file). Its young
 * generation is the size every linting thread of the run gets
 * (`young-generation.ts`). Tunable with MINDLINT_WORKER_HEAP_MB.
 */
function workerHeap(semiMb: number): {maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number} {
  const old = Number(process.env.MINDLINT_WORKER_HEAP_MB) || 96
  return {maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: youngGenerationMb(semiMb)}
}

/** How many stopped workers a pool replaces before it stops replacing them. */
const maxRestarts = 8

/** Whether worker threads can run here (not from the TypeScript sources under test). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(workerUrl))
}

/**
 * A fixed set of worker threads fed from one queue: each holds a few files
 * ahead and takes more as it answers, so fast and slow files even out.
 */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private nextId = 0
  private closed = false
  /** Workers started to replace stopped ones; capped, so a worker that cannot start is not restarted forever. */
  private restarts = 0

  /** Whether this thread is linting a queued file (or about to): see `local`. */
  private localBusy = false

  /** The semi-space size of every linting thread (`young-generation.ts`). */
  private readonly semiMb = semiSpaceMb()
  /** This thread's young generation, held at that size while it lints beside the workers. */
  private readonly hold: ThreadHold | undefined

  /**
   * `size` worker threads; with `local`, this thread lints queued files too,
   * one at a time between handling the workers' answers (it is warm
   * already, and on a machine with few cores a thread that only waits is a
   * core lost).
   */
  constructor(size: number, private readonly settings: WorkerSettings, private readonly local?: (path: string) => Promise<LintResult>) {
    startWorkersAt(this.semiMb)
    if (local) this.hold = new ThreadHold(this.semiMb)
    for (let index = 0; index < size; index++) this.start()
  }

  /**
   * Start a worker. One that stops (out of memory on a huge file, a crash)
   * gives its file back unlinted, for the caller to lint some other way,
   * and is replaced, so the pool keeps its size.
   */
  private start(): void {
    const slot: Slot = {worker: new Worker(workerUrl, {workerData: this.settings, resourceLimits: workerHeap(this.semiMb)}), online: false, tasks: []}
    slot.worker.once('online', () => {
      slot.online = true
      this.hold?.workerOnline()
      this.wakeLocal()
    })
    slot.worker.on('message', (message: {id: number; json: string}) => {
      // Answers come in the order sent; found by id all the same, so none is ever left waiting.
      const index = slot.tasks.findIndex((task) => task.id === message.id)
      if (index >= 0) slot.tasks.splice(index, 1)[0].resolve(JSON.parse(message.json) as LintResult)

      this.feed(slot)
    })
    let stopped = false
    const stop = () => {
      if (stopped || !this.slots.includes(slot)) return
      stopped = true
      this.slots.splice(this.slots.indexOf(slot), 1)
      for (const task of slot.tasks.splice(0)) task.resolve(undefined)
      void slot.worker.terminate()
      if (this.closed) return
      if (this.restarts < maxRestarts) {
        this.restarts++
        this.start()
      } else if (this.slots.length === 0) {
        // No worker left: the files still queued go back to the caller too.
        for (const queued of this.queue.splice(0)) queued.resolve(undefined)
      }

      // A worker that never came online no longer holds this thread back.
      this.wakeLocal()
    }

    slot.worker.on('error', stop)
    slot.worker.on('exit', stop)
    this.slots.push(slot)
    this.feed(slot)
  }

  /** Lint `path` in the next free worker; undefined when the worker stopped on it. */
  lint(path: string): Promise<LintResult | undefined> {
    return new Promise((resolve) => {
      if (this.slots.length === 0) {
        resolve(undefined)
        return
      }

      this.queue.push({id: this.nextId++, path, resolve})
      for (const slot of this.slots) this.feed(slot)
      this.wakeLocal()
    })
  }

  /**
   * Lint the next queued file here, after letting the event loop hand out
   * the workers' results; not before every worker is online, so that this
   * thread's young generation is held at its size for good (`ThreadHold`).
   */
  private wakeLocal(): void {
    if (!this.local || this.localBusy || this.closed || this.queue.length === 0) return
    if (this.slots.some((slot) => !slot.online)) return
    this.localBusy = true
    setImmediate(async () => {
      const task = this.closed ? undefined : this.queue.shift()
      if (task) {
        // A throw here would be lost on the event loop: hand the file back, as a stopped worker does.
        task.resolve(await this.local!(task.path).catch(() => undefined))
        this.hold?.fileDone()
      }

      this.localBusy = false
      this.wakeLocal()
    })
  }

  /** Top up a worker's files from the queue. */
  private feed(slot: Slot): void {
    while (slot.tasks.length < tasksPerWorker && this.queue.length > 0) {
      const task = this.queue.shift()!
      slot.tasks.push(task)
      slot.worker.postMessage({id: task.id, path: task.path})
    }
  }

  async close(): Promise<void> {
    this.closed = true
    const slots = this.slots.splice(0)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }
}
