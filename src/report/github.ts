/**
 * GitHub Actions workflow commands: one annotation per message, shown on
 * the pull request's diff. `::error file=…,line=…,col=…,endLine=…,
 * endColumn=…,title=<rule>::message`, escaped as the runner expects.
 */
import type {LintMessage, LintResult} from '../engine/messages.js'
import {workspacePath} from './paths.js'
import type {Formatter} from './types.js'

export const github: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = workspacePath(context.cwd, result.path)
    for (const message of result.messages) lines.push(annotation(file, message))
  }

  const summary = summaryLine(results)
  if (summary) lines.push(summary)
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

function annotation(file: string, message: LintMessage): string {
  const command = message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'notice'
  const properties: Array<[string, string | number]> = [['file', file]]
  if (message.line !== undefined) {
    properties.push(['line', message.line])
    if (message.column !== undefined) properties.push(['col', message.column])
    if (message.endLine !== undefined) properties.push(['endLine', message.endLine])
    if (message.endColumn !== undefined) properties.push(['endColumn', message.endColumn])
  }

  properties.push(['title', message.ruleId ?? 'mindlint'])
  const body = message.url ? `${message.message}\n${message.url}` : message.message
  return `::${command} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(body)}`
}

/** A plain log line after the annotations (not a command). */
function summaryLine(results: readonly LintResult[]): string | undefined {
  let errors = 0
  let warnings = 0
  let notes = 0
  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    notes += result.infoCount
  }

  if (errors + warnings + notes === 0) return undefined
  return `mindlint: ${errors} error(s), ${warnings} warning(s), ${notes} note(s) in ${results.length} file(s)`
}

/** The message part of a workflow command: `%`, CR and LF are encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
