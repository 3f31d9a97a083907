import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {ResourceLimits, Worker} from 'node:worker_threads'
import {nodeWorkerThreads} from './lazy-builtins.js'
import type {LintResult} from './messages.js'

/** What every worker is told when it starts. */
export interface WorkerSettings {
  cwd: string
  configFile?: string
  maxFileSize: number
  reportUnusedDisableDirectives?: boolean
  /** The module the worker imports its rules from (a URL). */
  rulesModule: string
  /** The main thread's compile cache, for the worker's modules too (Node 22.1 and later). */
  compileCacheDir?: string
}

interface Task {
  id: number
  path: string
  /** The result, or undefined when the worker stopped while linting the file. */
  resolve: (result: LintResult | undefined) => void
}

interface Slot {
  worker: Worker
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

/** How many stopped workers a pool replaces before it stops replacing them. */
const maxRestarts = 8

/** Whether worker threads can run here (not from the TypeScript sources under test). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(workerUrl))
}

/**
 * The Node options a worker starts with: this process's (the default),
 * less `--input-type`, which is for code given on the command line
 * (`node --input-type=module -e ...`) and which a worker refuses.
 */
function workerExecArgv(): string[] | undefined {
  if (!process.execArgv.some((option) => option.startsWith('--input-type'))) return undefined
  const options: string[] = []
  for (let index = 0; index < process.execArgv.length; index++) {
    const option = process.execArgv[index]
    if (option === '--input-type') index++
    else if (!option.startsWith('--input-type=')) options.push(option)
  }

  return options
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

  /**
   * `size` worker threads, each with `resourceLimits`; with `local`, this
   * thread lints queued files too, one at a time between handling the
   * workers' answers (on a machine with few cores a thread that only waits
   * is a core lost).
   */
  constructor(
    size: number,
    private readonly settings: WorkerSettings,
    private readonly resourceLimits: ResourceLimits,
    private readonly local?: (path: string) => Promise<LintResult>
  ) {
    for (let index = 0; index < size; index++) this.start()
  }

  /**
   * Start a worker. One that stops (out of memory on a huge file, a crash)
   * gives its file back unlinted, for the caller to lint some other way,
   * and is replaced, so the pool keeps its size.
   */
  private start(): void {
    const execArgv = workerExecArgv()
    let worker: Worker
    try {
      worker = new (nodeWorkerThreads().Worker)(workerUrl, {workerData: this.settings, resourceLimits: this.resourceLimits, ...(execArgv ? {execArgv} : {})})
    } catch {
      // Node refused to start one (options it does not allow in a worker): the files are linted on this thread.
      if (this.slots.length === 0) for (const queued of this.queue.splice(0)) queued.resolve(undefined)
      return
    }

    const slot: Slot = {worker, tasks: []}
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

  /** Lint the next queued file here, after letting the event loop hand out the workers' results. */
  private wakeLocal(): void {
    if (!this.local || this.localBusy || this.closed || this.queue.length === 0) return
    this.localBusy = true
    setImmediate(async () => {
      const task = this.closed ? undefined : this.queue.shift()
      if (task) {
        // A throw here would be lost on the event loop: hand the file back, as a stopped worker does.
        task.resolve(await this.local!(task.path).catch(() => undefined))
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
