import {setFlagsFromString} from 'node:v8'

/** Files from which a run is long enough for its memory to matter. */
const longRun = 100

/**
 * V8 lets its old generation grow to about four times what is live before
 * it collects, and a linter keeps little alive from one file to the next:
 * on a long run, let it grow to 1.5 times instead (1,000 articles on one
 * thread: 197 -> 145 MB at about the same speed; bench/README.md). Not on
 * short runs: a pre-commit hook's one file would pay for the extra
 * collections while the rules and word lists load (0.41 -> 0.51 s).
 * The setting is process-wide, so it reaches the worker threads too.
 */
export function keepHeapSmall(files: number): void {
  if (files < longRun) return
  setFlagsFromString(`--heap-growing-percent=${Number(process.env.MINDLINT_HEAP_GROWING_PERCENT) || 50}`)
}
