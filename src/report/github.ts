/**
 * GitHub Actions workflow commands: one annotation per message, shown on
 * the pull request's diff. `::error file=…,line=…,col=…,endLine=…,
 * endColumn=…,title=<rule>::message`, escaped as the runner expects; the
 * message's help and the rule's docs URL follow the statement on lines of their own.
 */
import type {LintMessage} from '../engine/messages.js'
import {workspacePath} from './paths.js'
import {formatterOf, type StreamFactory} from './types.js'

export const githubStream: StreamFactory = (context) => ({
  start: () => '',
  file(result) {
    const file = workspacePath(context.cwd, result.path)
    return result.messages.map((message) => annotation(file, message) + '\n').join('')
  },
  end(totals) {
    // A plain log line after the annotations (not a command).
    if (totals.errors + totals.warnings + totals.notes + totals.notLinted === 0) return ''
    const notLinted = totals.notLinted > 0 ? `; ${totals.notLinted} path(s) not linted` : ''
    return `mindlint: ${totals.errors} error(s), ${totals.warnings} warning(s), ${totals.notes} note(s) in ${totals.files} file(s)${notLinted}\n`
  }
})

export const github = formatterOf(githubStream)

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
  // The statement first (the annotation's headline), then the help and the rule's docs.
  const body = [message.message, message.help, message.url].filter((part) => part !== undefined && part !== '').join('\n')
  return `::${command} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(body)}`
}

/** The message part of a workflow command: `%`, CR and LF are encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
