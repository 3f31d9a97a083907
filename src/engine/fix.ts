import {constants, existsSync} from 'node:fs'
import {access, chmod, chown, open, readFile, realpath, rename, stat, unlink} from 'node:fs/promises'
import {basename, dirname, join, resolve} from 'node:path'
import {setTimeout as delay} from 'node:timers/promises'
import type {Fix} from '../rule/types.js'
import {nodeCrypto} from './lazy-builtins.js'
import type {LintFilesOptions} from './lint-files.js'
import {type LintTextOptions, lintText} from './lint-text.js'
import {fatalResult, type LintResult} from './messages.js'
import {planLint} from './plan.js'
import {defaultMaxFileSize, readSource} from './read-source.js'

/**
 * `--fix`: apply the fixes rules offer, re-lint, and repeat until nothing
 * changes (ESLint's fixed point, bounded), then write each changed file
 * atomically. `--fix-dry-run` computes the same and shows a diff instead.
 */

/** Enough for fixes that make room for other fixes, few enough to stop a loop. */
export const maxFixPasses = 10

export interface AppliedFixes {
  text: string
  /** The fixes applied, in file order. */
  applied: Fix[]
}

/**
 * Apply fixes that do not overlap (the first one wins; the others wait for
 * the next pass), from the end of the text so earlier offsets stay valid.
 * A line break in a replacement takes the file's own line ending.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end)
  const chosen: Fix[] = []
  let reached = -1
  for (const fix of sorted) {
    if (fix.start < 0 || fix.end > text.length || fix.end < fix.start) continue
    // Overlapping fixes, or an insertion where the last fix ended, wait for the next pass.
    if (fix.start < reached || (fix.start === reached && fix.start === fix.end)) continue
    if (text.slice(fix.start, fix.end) === fix.text) continue
    chosen.push(fix)
    reached = fix.end
  }

  const lineEnding = text.includes('\r\n') ? '\r\n' : '\n'
  let result = text
  for (const fix of [...chosen].reverse()) {
    const replacement = fix.text.replace(/\r?\n/g, lineEnding)
    result = result.slice(0, fix.start) + replacement + result.slice(fix.end)
  }

  return {text: result, applied: chosen}
}

export interface FixedText {
  /** The text after every pass. */
  output: string
  /** How many fixes were applied, over all passes. */
  applied: number
  /** Lint passes run. */
  passes: number
  /** The result of linting `output`: the problems left. */
  result: LintResult
}

/** Lint, fix, and lint again until no fix changes the text. */
export function fixText(text: string, options: LintTextOptions): FixedText {
  let output = text
  let applied = 0
  let passes = 0
  let result = lintText(output, options).result
  passes++

  while (passes <= maxFixPasses) {
    const fixes = result.messages.flatMap((message) => (message.fix ? [message.fix] : []))
    if (fixes.length === 0) break
    const next = applyFixes(output, fixes)
    if (next.applied.length === 0 || next.text === output) break
    output = next.text
    applied += next.applied.length
    result = lintText(output, options).result
    passes++
  }

  return {output, applied, passes, result}
}

export interface FileFix {
  path: string
  before: string
  after: string
  applied: number
  /** Set when the fixed text could not be written. */
  problem?: string
}

export interface FixFilesOptions extends LintFilesOptions {
  /** Write the fixed files (`--fix`); otherwise only compute them (`--fix-dry-run`). */
  write: boolean
}

export interface FixFilesOutcome {
  /** Results for the fixed texts: the problems left. */
  results: LintResult[]
  ignored: string[]
  /** Files whose text the fixes changed. */
  changed: FileFix[]
}

/** Fix files, folders and globs, as `lintFiles` lints them. */
export async function fixFiles(patterns: readonly string[], options: FixFilesOptions): Promise<FixFilesOutcome> {
  const plan = await planLint(patterns, options)
  const {cwd, loader, rules, ignored} = plan
  const results: LintResult[] = plan.problems.map(({path, problem}) => fatalResult(path, problem))
  const changed: FileFix[] = []
  for (const path of plan.files) {
    const absolute = resolve(cwd, path)
    const reading = await readSource(absolute, options.maxFileSize ?? defaultMaxFileSize)
    if (!reading.ok) {
      results.push(fatalResult(path, reading.problem))
      continue
    }

    let fixed: FixedText
    try {
      fixed = fixText(reading.text, {path, config: loader.forFile(path), rules})
    } catch (error) {
      // As when linting: a bug costs one file (left untouched), not the run.
      results.push(fatalResult(path, `internal error while fixing (file left as it was): ${(error as Error).message}`))
      continue
    }

    if (fixed.output === reading.text) {
      results.push(fixed.result)
      continue
    }

    const change: FileFix = {path, before: reading.text, after: fixed.output, applied: fixed.applied}
    changed.push(change)
    if (options.write) {
      const problem = await writeFixedFile(absolute, reading.text, fixed.output)
      if (problem) {
        change.problem = problem
        results.push(fatalResult(path, `not fixed: ${problem}`))
        continue
      }
    }

    results.push(fixed.result)
  }

  return {results, ignored, changed}
}

/**
 * Replace a file's text with `fixed`, atomically: write a temporary file
 * in the same folder (same permissions), then rename it over the file, so
 * a reader never sees half a file and a crash never loses the original.
 * Refuses when the file on disk is no longer `original` (an editor saved
 * it meanwhile). A symbolic link is followed, not replaced. Returns the
 * problem, or undefined when written.
 */
export async function writeFixedFile(path: string, original: string, fixed: string): Promise<string | undefined> {
  let target: string
  let temporary: string | undefined
  try {
    target = await realpath(path)
    const before = await stat(target)
    if (!(await unchanged(target, original))) return 'the file changed on disk since it was read; run --fix again'
    // A read-only file stays as it is, as it would with a write in place (root may write anything).
    await access(target, constants.W_OK)

    temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${nodeCrypto().randomBytes(4).toString('hex')}.mindlint-tmp`)
    const handle = await open(temporary, 'wx', before.mode & 0o777)
    try {
      await handle.writeFile(fixed, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }

    // The umask may have cleared mode bits; ownership can only be kept by a privileged user.
    await chmod(temporary, before.mode & 0o7777)
    await chown(temporary, before.uid, before.gid).catch(() => {})
    await pauseBeforeRename(temporary)

    if (!(await unchanged(target, original))) {
      await unlink(temporary).catch(() => {})
      return 'the file changed on disk while it was being fixed; run --fix again'
    }

    await rename(temporary, target)
    return undefined
  } catch (error) {
    if (temporary) await unlink(temporary).catch(() => {})
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied: the file or its folder is read-only'
    if (code === 'ENOENT') return 'the file was moved or deleted while it was being fixed'
    return `cannot write: ${code ?? (error as Error).message}`
  }
}

/**
 * For the crash tests only: with MINDLINT_TEST_PAUSE_BEFORE_RENAME set to a
 * path, say on stderr that the fixed text is written to its temporary file,
 * then wait (up to a minute) until that path exists, so a test can kill the
 * process or change the file at the worst moment.
 */
async function pauseBeforeRename(temporary: string): Promise<void> {
  const resume = process.env.MINDLINT_TEST_PAUSE_BEFORE_RENAME
  if (!resume) return
  process.stderr.write(`mindlint-test: paused before rename ${temporary}\n`)
  for (let waited = 0; waited < 60_000 && !existsSync(resume); waited += 20) await delay(20)
}

async function unchanged(path: string, original: string): Promise<boolean> {
  const bytes = await readFile(path)
  return bytes.equals(Buffer.from(original, 'utf8'))
}

/** A unified diff of one fixed file (`--fix-dry-run`). The diff library loads only here. */
export async function unifiedDiff(path: string, before: string, after: string): Promise<string> {
  const {createTwoFilesPatch} = await import('diff')
  const name = path.replaceAll('\\', '/')
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {context: 3})
}
