/**
 * A progress line for long runs: only on an interactive terminal, never
 * in CI logs or when stderr is piped, and only past a few hundred files.
 */

/** Runs with at least this many files show progress. */
export const progressThreshold = 200

export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

export interface Progress {
  update(done: number, path: string): void
  /** Clear the line so report text can be written on a clean terminal (it is redrawn on the next update). */
  end(): void
}

/** Whether a run of `total` files should show progress on `stream`. */
export function showsProgress(stream: ProgressStream, env: NodeJS.ProcessEnv, total: number): boolean {
  if (!stream.isTTY) return false
  // Set (to anything but "false") by GitHub Actions, GitLab, CircleCI, Travis, Buildkite and others.
  if (env.CI !== undefined && env.CI !== 'false' && env.CI !== '0') return false
  if (env.TERM === 'dumb') return false
  return total >= progressThreshold
}

/** A progress line redrawn at most every `interval` ms; undefined when none should show. */
export function createProgress(stream: ProgressStream, env: NodeJS.ProcessEnv, total: number, interval = 100): Progress | undefined {
  if (!showsProgress(stream, env, total)) return undefined
  let last = 0
  let drawn = false
  return {
    update(done, path) {
      const now = Date.now()
      if (done < total && now - last < interval) return
      last = now
      const width = Math.max(20, (stream.columns ?? 80) - 1)
      const head = `mindlint: ${done}/${total} files (${Math.floor((done / total) * 100)}%) `
      const room = width - head.length
      const tail = room <= 3 ? '' : path.length > room ? '…' + path.slice(path.length - room + 1) : path
      stream.write(`\r\u001B[2K${head}${tail}`)
      drawn = true
    },
    end() {
      if (drawn) stream.write('\r\u001B[2K')
      drawn = false
    }
  }
}
