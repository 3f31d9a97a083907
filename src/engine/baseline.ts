/**
 * A baseline records the problems a folder already has, so a team adopting
 * mindlint fails only on new ones. Problems are keyed by file, rule and the
 * flagged text (whitespace collapsed), never by line, so edits elsewhere in
 * a file do not invalidate the baseline; each key keeps a count, so a
 * second copy of a baselined phrase is still reported. A problem of the
 * whole document (no place: a reading grade, a share of passive sentences)
 * is keyed by its rule and `(document)`, not by its message, whose figures
 * move with every edit.
 */
import {existsSync, readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, relative, resolve, sep} from 'node:path'
import {nodeCrypto} from './lazy-builtins.js'
import {countMessages, type LintMessage, type LintResult} from './messages.js'

export interface BaselineEntry {
  rule: string
  /** The flagged text, whitespace collapsed; `(document)` for a problem of the whole document. */
  text: string
  count: number
}

export interface Baseline {
  version: 1
  /** Problems by file, the path relative to the baseline file's folder. */
  files: Record<string, BaselineEntry[]>
}

/** The baseline file is missing or not a baseline. */
export class BaselineError extends Error {}

export interface BaselineContext {
  /** Where result paths are relative to. */
  cwd: string
  /** The baseline file (absolute, or relative to `cwd`). */
  file: string
  /** The text each result was linted from. */
  source: (path: string) => string | undefined
}

export interface BaselineOutcome {
  /** Results without the baselined problems, counts updated. */
  results: LintResult[]
  /** Baselined problems still present (not shown). */
  remaining: number
  /** Baselined problems no longer found in the files linted. */
  fixed: number
}

const longText = 240

/** The key text of a problem with no place in the file. */
export const documentLevel = '(document)'

/**
 * What identifies a problem apart from its line: the flagged text, or
 * `(document)` for a problem with no place. Very long spans (whole
 * sentences) keep their start plus a hash of the whole, so the file stays
 * readable.
 */
export function flaggedText(message: LintMessage, source: string | undefined): string {
  if (message.offset === undefined || message.endOffset === undefined) return documentLevel
  let text = source === undefined ? '' : source.slice(message.offset, message.endOffset).replace(/\s+/g, ' ').trim()
  // No text to show (an empty span, or the source is gone): the message stands in.
  if (text === '') text = message.message.replace(/\s+/g, ' ').trim()
  return shortened(text)
}

function shortened(text: string): string {
  if (text.length <= longText) return text
  return `${text.slice(0, longText)}… #${nodeCrypto().createHash('sha256').update(text).digest('hex').slice(0, 12)}`
}

/** How baselines written before `(document)` keys recorded a document-level problem: its message. */
function legacyDocumentText(message: LintMessage): string {
  return shortened(message.message.replace(/\s+/g, ' ').trim())
}

/** Read a baseline file; a `BaselineError` says plainly what is wrong. */
export function readBaseline(file: string, shown = file): Baseline {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new BaselineError(
      code === 'ENOENT' ? `baseline ${shown} does not exist (create it with --update-baseline)` : `cannot read baseline ${shown}: ${code ?? (error as Error).message}`
    )
  }

  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    throw new BaselineError(`baseline ${shown} is not valid JSON: ${(error as Error).message}`)
  }

  if (!isBaseline(data)) {
    throw new BaselineError(`${shown} is not a mindlint baseline (expected {"version": 1, "files": {path: [{rule, text, count}]}})`)
  }

  return data
}

function isBaseline(data: unknown): data is Baseline {
  if (!data || typeof data !== 'object') return false
  const {version, files} = data as Record<string, unknown>
  if (version !== 1 || !files || typeof files !== 'object' || Array.isArray(files)) return false
  return Object.values(files).every(
    (entries) =>
      Array.isArray(entries) &&
      entries.every(
        (entry) =>
          entry &&
          typeof entry === 'object' &&
          typeof entry.rule === 'string' &&
          typeof entry.text === 'string' &&
          Number.isInteger(entry.count) &&
          entry.count > 0
      )
  )
}

/**
 * The baseline after a run: this run's problems for the files it linted,
 * and the earlier entries of files it did not lint (while they exist), so
 * updating from a partial run keeps the rest of the folder's baseline.
 */
export function updatedBaseline(results: readonly LintResult[], previous: Baseline | undefined, context: BaselineContext): Baseline {
  const folder = dirname(resolve(context.cwd, context.file))
  const files: Record<string, BaselineEntry[]> = {}

  const linted = new Set<string>()
  for (const result of results) {
    if (result.fatal) continue
    const key = fileKey(folder, context.cwd, result.path)
    linted.add(key)
    const counts = countByProblem(result, context.source(result.path))
    if (counts.size === 0) continue
    files[key] = [...counts.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.text.localeCompare(b.text))
  }

  for (const [key, entries] of Object.entries(previous?.files ?? {})) {
    if (linted.has(key) || !existsSync(resolve(folder, key))) continue
    files[key] = entries
  }

  return {version: 1, files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}
}

/** Write a baseline as stable, reviewable JSON (sorted, one entry a line). */
export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  const lines = ['{', '  "version": 1,', '  "files": {']
  const paths = Object.keys(baseline.files)
  for (const [index, path] of paths.entries()) {
    lines.push(`    ${JSON.stringify(path)}: [`)
    const entries = baseline.files[path]
    for (const [at, entry] of entries.entries()) {
      lines.push(`      ${JSON.stringify({rule: entry.rule, text: entry.text, count: entry.count})}${at < entries.length - 1 ? ',' : ''}`)
    }

    lines.push(`    ]${index < paths.length - 1 ? ',' : ''}`)
  }

  lines.push('  }', '}')
  await mkdir(dirname(file), {recursive: true})
  await writeFile(file, lines.join('\n') + '\n')
}

/** Total problems a baseline holds. */
export function baselineSize(baseline: Baseline): number {
  let total = 0
  for (const entries of Object.values(baseline.files)) for (const entry of entries) total += entry.count
  return total
}

/** Drop the problems the baseline knows, up to each one's count. */
export function applyBaseline(results: readonly LintResult[], baseline: Baseline, context: BaselineContext): BaselineOutcome {
  const folder = dirname(resolve(context.cwd, context.file))
  let remaining = 0
  let fixed = 0

  const filtered = results.map((result) => {
    if (result.fatal) return result
    const entries = baseline.files[fileKey(folder, context.cwd, result.path)]
    if (!entries) return result

    const left = new Map(entries.map((entry) => [problemKey(entry.rule, entry.text), entry.count]))
    const source = context.source(result.path)
    const messages = result.messages.filter((message) => {
      if (!message.ruleId || message.fatal) return true
      const text = flaggedText(message, source)
      let key = problemKey(message.ruleId, text)
      let count = left.get(key) ?? 0
      if (count === 0 && text === documentLevel) {
        key = problemKey(message.ruleId, legacyDocumentText(message))
        count = left.get(key) ?? 0
      }

      if (count === 0) return true
      left.set(key, count - 1)
      remaining++
      return false
    })

    for (const count of left.values()) fixed += count
    if (messages.length === result.messages.length) return result
    return {...result, messages, ...countMessages(messages)}
  })

  return {results: filtered, remaining, fixed}
}

function countByProblem(result: LintResult, source: string | undefined): Map<string, BaselineEntry> {
  const counts = new Map<string, BaselineEntry>()
  for (const message of result.messages) {
    if (!message.ruleId || message.fatal) continue
    const text = flaggedText(message, source)
    const key = problemKey(message.ruleId, text)
    const entry = counts.get(key)
    if (entry) entry.count++
    else counts.set(key, {rule: message.ruleId, text, count: 1})
  }

  return counts
}

function problemKey(rule: string, text: string): string {
  return `${rule}\0${text}`
}

function fileKey(folder: string, cwd: string, path: string): string {
  const key = relative(folder, resolve(cwd, path))
  return sep === '/' ? key : key.split(sep).join('/')
}

export interface BaselineRun extends BaselineOutcome {
  /** Problems written to the baseline (with `--update-baseline`). */
  written?: number
}

/**
 * `--baseline FILE [--update-baseline]`: record this run's problems first
 * when updating, then drop the known ones from the results.
 */
export async function useBaseline(results: readonly LintResult[], context: BaselineContext & {update: boolean}): Promise<BaselineRun> {
  const file = resolve(context.cwd, context.file)
  if (context.update) {
    const previous = existsSync(file) ? readBaseline(file, context.file) : undefined
    const baseline = updatedBaseline(results, previous, context)
    try {
      await writeBaseline(file, baseline)
    } catch (error) {
      throw new BaselineError(`cannot write baseline ${context.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }

    return {...applyBaseline(results, baseline, context), written: baselineSize(baseline)}
  }

  return applyBaseline(results, readBaseline(file, context.file), context)
}

/** The line the CLI prints on stderr after a run with a baseline. */
export function baselineSummary(run: BaselineRun, file: string): string {
  const problems = (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'}`
  const parts: string[] = []
  if (run.written !== undefined) parts.push(`wrote ${problems(run.written)} to ${file}`)
  parts.push(`${problems(run.remaining)} in the baseline still present (not reported)`)
  if (run.fixed > 0) parts.push(`${problems(run.fixed)} in the baseline no longer found: run with --update-baseline to drop them`)
  return `mindlint: ${parts.join('; ')}\n`
}
