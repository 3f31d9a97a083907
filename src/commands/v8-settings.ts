import {availableParallelism} from 'node:os'
import {setFlagsFromString} from 'node:v8'
import {keepShortLivedObjectsYoung} from '../engine/young-generation.js'

/** Files from which a run is long enough for its memory to matter. */
const longRun = 100

/**
 * V8's inlining budget (bytecode inlined into one optimised function) while
 * the linting threads fill the cores: its default is 920.
 */
const busyCoresInliningBudget = 120

/** Set a numeric V8 flag, to the number in `variable` when it holds one. */
function setNumberFlag(flag: string, variable: string, fallback: number): void {
  setFlagsFromString(`--${flag}=${Number(process.env[variable]) || fallback}`)
}

/**
 * V8 lets its old generation grow to about four times what is live before
 * it collects, and a linter keeps little alive from one file to the next:
 * on a long run, let it grow to 1.5 times instead (1,000 articles on one
 * thread: 197 -> 145 MB at about the same speed; bench/README.md). Not on
 * short runs: a pre-commit hook's one file would pay for the extra
 * collections while the rules and word lists load (0.41 -> 0.51 s).
 * The setting is process-wide, so it reaches the worker threads too.
 * Overridden by MINDLINT_HEAP_GROWING_PERCENT. Long runs also keep a
 * file's objects out of the old generation (`keepShortLivedObjectsYoung`).
 */
export function keepHeapSmall(files: number): void {
  if (files < longRun) return
  setNumberFlag('heap-growing-percent', 'MINDLINT_HEAP_GROWING_PERCENT', 50)
  keepShortLivedObjectsYoung()
}

/**
 * Every isolate compiles its own optimised code, on V8's background
 * threads. On one thread that work runs on an otherwise idle core; when the
 * linting threads take every core, it competes with them. One isolate spent
 * about 3.3 s in the optimising compiler over the first 3 s of a
 * 1,000-article run, most of it inlining. With less inlining each compile
 * is cheaper: on two cores, `--jobs 2` over 1,000 articles took 0.87 of the
 * time with this budget (medians of 6 interleaved rounds; bench/README.md),
 * while on one thread, where compiling is free, less inlined code was slower.
 * So: only when the threads fill the cores. The setting is process-wide and
 * read at each compile, so it reaches the workers and this thread's later
 * compiles. Overridden by MINDLINT_INLINING_BUDGET.
 */
export function inlineLessOnBusyCores(threads: number, cores = availableParallelism()): boolean {
  if (threads < 2 || threads < cores) return false
  setNumberFlag('max-inlined-bytecode-size-cumulative', 'MINDLINT_INLINING_BUDGET', busyCoresInliningBudget)
  return true
}
