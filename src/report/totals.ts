import type {LintResult} from '../engine/messages.js'

export interface RuleCount {
  count: number
  errors: number
  category: string
}

/** Counts over a whole run, kept as results stream past. */
export interface RunTotals {
  /** Files linted (paths that could not be read or matched nothing are `notLinted`). */
  files: number
  /** Paths named but not linted: missing, no match for a glob, unreadable, not fixed. */
  notLinted: number
  /** Files with at least one message. */
  withProblems: number
  errors: number
  warnings: number
  notes: number
  fixable: number
  byRule: Map<string, RuleCount>
}

export function emptyTotals(): RunTotals {
  return {files: 0, notLinted: 0, withProblems: 0, errors: 0, warnings: 0, notes: 0, fixable: 0, byRule: new Map()}
}

export function addResult(totals: RunTotals, result: LintResult): void {
  // Its message says why it was not linted; it is not a problem found in a file.
  if (result.fatal) {
    totals.notLinted++
    return
  }

  totals.files++
  totals.errors += result.errorCount
  totals.warnings += result.warningCount
  totals.notes += result.infoCount
  totals.fixable += result.fixableCount
  if (result.messages.length > 0) totals.withProblems++
  for (const message of result.messages) {
    // Without a rule: mindlint's own messages (a note such as "read as plain text", a bad control comment).
    const id = message.ruleId ?? '(mindlint)'
    let entry = totals.byRule.get(id)
    if (!entry) totals.byRule.set(id, (entry = {count: 0, errors: 0, category: message.category ?? ''}))
    entry.count++
    if (message.severity === 'error') entry.errors++
  }
}

export function totalsOf(results: readonly LintResult[]): RunTotals {
  const totals = emptyTotals()
  for (const result of results) addResult(totals, result)
  return totals
}
