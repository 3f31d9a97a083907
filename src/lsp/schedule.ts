/**
 * When to lint each buffer: a change waits `delay` milliseconds for the
 * next one (typing restarts the wait), so only the text a writer pauses on
 * is linted, and it is always the newest text, read when the wait ends.
 */
export class LintSchedule {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly delay: number
  private readonly run: (uri: string) => void

  constructor(delay: number, run: (uri: string) => void) {
    this.delay = delay
    this.run = run
  }

  /** Lint `uri` after the debounce (or after `delay`: 0 on open, when nothing has been shown yet). */
  schedule(uri: string, delay = this.delay): void {
    this.cancel(uri)
    const timer = setTimeout(() => {
      this.timers.delete(uri)
      this.run(uri)
    }, delay)
    this.timers.set(uri, timer)
  }

  /** Whether a newer change is waiting: a lint under way for `uri` is stale then. */
  pending(uri: string): boolean {
    return this.timers.has(uri)
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri)
    if (timer) clearTimeout(timer)
    this.timers.delete(uri)
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }
}
