import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {fatalResult, type LintResult} from './messages.js'

/** What every worker is told when it starts. */
export interface WorkerSettings {
  cwd: string
  configFile?: string
  maxFileSize: number
}

interface Task {
  id: number
  path: string
  resolve: (result: LintResult) => void
}

interface Slot {
  worker: Worker
  task?: Task
}

/** The worker module sits beside this one (in dist/src/engine, and in the dist/cli bundle). */
const workerUrl = new URL('./lint-worker.js', import.meta.url)

/**
 * Heap limits for a worker: V8 lets a heap grow far past what is live
 * before collecting, and several workers in one process add up. A worker
 * keeps about 15 MB live (rules, word lists, one file). The young
 * generation must hold a file's short-lived objects: at 8 MB they were
 * promoted and collected again, and a worker took twice the CPU time of
 * the main thread for the same files. Tunable with MINDLINT_WORKER_HEAP_MB
 * and MINDLINT_WORKER_YOUNG_MB.
 */
function workerHeap(): {maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number} {
  const old = Number(process.env.MINDLINT_WORKER_HEAP_MB) || 96
  const young = Number(process.env.MINDLINT_WORKER_YOUNG_MB) || 32
  return {maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: young}
}

/** Whether worker threads can run here (not from the TypeScript sources under test). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(workerUrl))
}

/**
 * A fixed set of worker threads, each linting one file at a time; a free
 * worker takes the next queued path, so fast and slow files even out.
 */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private nextId = 0

  constructor(size: number, settings: WorkerSettings) {
    for (let index = 0; index < size; index++) {
      const slot: Slot = {worker: new Worker(workerUrl, {workerData: settings, resourceLimits: workerHeap()})}
      slot.worker.on('message', (message: {id: number; json: string}) => {
        const task = slot.task
        slot.task = undefined
        if (task && task.id === message.id) task.resolve(JSON.parse(message.json) as LintResult)
        this.feed(slot)
      })
      // A worker that dies takes its file down with it, not the run.
      const fail = (problem: string) => {
        const task = slot.task
        slot.task = undefined
        if (task) task.resolve(fatalResult(task.path, `internal error while linting: ${problem}`))
        this.slots.splice(this.slots.indexOf(slot), 1)
        if (this.slots.length === 0) for (const queued of this.queue.splice(0)) queued.resolve(fatalResult(queued.path, `internal error while linting: ${problem}`))
      }

      slot.worker.on('error', (error) => fail(error.message))
      slot.worker.on('exit', (code) => {
        if (this.slots.includes(slot)) fail(`worker stopped (exit code ${code})`)
      })
      this.slots.push(slot)
    }
  }

  /** Lint `path` in the next free worker. */
  lint(path: string): Promise<LintResult> {
    return new Promise((resolve) => {
      this.queue.push({id: this.nextId++, path, resolve})
      const idle = this.slots.find((slot) => !slot.task)
      if (idle) this.feed(idle)
    })
  }

  private feed(slot: Slot): void {
    const task = this.queue.shift()
    if (!task) return
    slot.task = task
    slot.worker.postMessage({id: task.id, path: task.path})
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }
}
