import {availableParallelism} from 'node:os'
import {setFlagsFromString} from 'node:v8'

/**
 * V8's inlining budget (bytecode inlined into one optimised function) while
 * worker threads lint: its default is 920. See `inlineLessOnBusyCores`.
 */
const busyCoresInliningBudget = 120

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
  const budget = Number(process.env.MINDLINT_INLINING_BUDGET) || busyCoresInliningBudget
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${budget}`)
  return true
}
