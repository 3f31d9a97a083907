import {createColors} from 'picocolors'
import type {LintMessage, LintResult} from '../engine/messages.js'
import {compareText} from '../text/compare.js'
import {printable} from './printable.js'
import type {RunTotals} from './totals.js'
import {formatterOf, type StreamFactory} from './types.js'

/** Human-readable output grouped by file, like ESLint's stylish; written file by file. */
export const stylishStream: StreamFactory = (context) => {
  const colors = createColors(context.color)
  return {
    start: () => '',
    file(result) {
      if (result.messages.length === 0) return ''
      const lines = ['', colors.underline(printable(result.path)) + gradeNote(result, colors)]
      const rows = result.messages.map((message) => [
        message.line === undefined ? '' : `${message.line}:${message.column}`,
        severityLabel(message, colors),
        printable(message.message),
        message.ruleId ?? ''
      ])
      const placeWidth = Math.max(...rows.map((row) => row[0].length))
      const labelWidth = Math.max(...result.messages.map((message) => labelText(message).length))
      // With --verbose the help goes under its message, aligned with it and wrapped to the width.
      const indent = ' '.repeat(2 + placeWidth + 2 + labelWidth + 2)
      for (const [index, row] of rows.entries()) {
        const label = row[1] + ' '.repeat(labelWidth - labelText(result.messages[index]).length)
        lines.push(`  ${colors.dim(row[0].padStart(placeWidth))}  ${label}  ${row[2]}  ${colors.dim(row[3])}`)
        const help = result.messages[index].help
        if (context.verbose && help) for (const line of wrap(printable(help), Math.max(40, width - indent.length))) lines.push(colors.dim(indent + line))
      }

      return lines.join('\n') + '\n'
    },
    end(totals) {
      const {errors, warnings, notes, fixable} = totals
      const total = errors + warnings + notes
      if (total === 0 && totals.notLinted === 0) return ''
      const lines = ['']
      if (total > 0) {
        const summary = `${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}${notes ? `, ${notes} ${plural(notes, 'note')}` : ''})`
        lines.push(errors > 0 ? colors.red(colors.bold('✖ ' + summary)) : warnings > 0 ? colors.yellow(colors.bold('⚠ ' + summary)) : colors.blue('ℹ ' + summary))
      }

      if (totals.notLinted > 0) lines.push(colors.red(colors.bold(`✖ ${totals.notLinted} ${plural(totals.notLinted, 'path')} not linted (named above)`)))
      lines.push(...runSummary(totals, colors))
      if (fixable > 0) lines.push(colors.dim(`  ${fixable} ${plural(fixable, 'problem')} can be fixed with --fix`))
      return lines.join('\n') + '\n'
    }
  }
}

export const stylish = formatterOf(stylishStream)

/** The file's reading grade beside its name, when it has prose. */
function gradeNote(result: LintResult, colors: ReturnType<typeof createColors>): string {
  const grade = result.stats.fleschKincaidGrade
  return typeof grade === 'number' && result.stats.words > 0 ? colors.dim(`  (reading grade ${grade.toFixed(1)})`) : ''
}

/** Files checked and problems by rule, most frequent first: where a large folder's work lies. */
function runSummary(totals: RunTotals, colors: ReturnType<typeof createColors>): string[] {
  const lines = [colors.dim(`  ${totals.files} ${plural(totals.files, 'file')} checked, ${totals.withProblems} with problems`)]
  const rows = [...totals.byRule].sort(([a, x], [b, y]) => y.count - x.count || compareText(a, b))
  const idWidth = Math.max(...rows.map(([id]) => id.length))
  const countWidth = Math.max(...rows.map(([, entry]) => String(entry.count).length))
  for (const [id, entry] of rows) {
    const errors = entry.errors > 0 ? `${entry.errors} ${plural(entry.errors, 'error')}` : ''
    const about = [entry.category, errors].filter(Boolean).join(', ')
    lines.push(colors.dim(`  ${id.padEnd(idWidth)}  ${String(entry.count).padStart(countWidth)}${about ? '  ' + about : ''}`))
  }

  return lines
}

function labelText(message: LintMessage): string {
  return message.severity === 'info' ? 'note' : message.severity
}

function severityLabel(message: LintMessage, colors: ReturnType<typeof createColors>): string {
  if (message.severity === 'error') return colors.red('error')
  if (message.severity === 'warning') return colors.yellow('warning')
  return colors.blue('note')
}

/** The terminal width the verbose help is wrapped to (statements stay on one line). */
const width = 80

/** Words in lines of at most `max` characters; a longer word (a URL) gets a line of its own. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }

  if (line !== '') lines.push(line)
  return lines
}

function plural(count: number, word: string): string {
  return count === 1 ? word : word + 's'
}
