import type {VFileMessage} from 'vfile-message'
import type {DocumentStats} from '../document/types.js'
import type {Category, Fix, Severity} from '../rule/types.js'

/** A vfile message with what mindlint adds to it. */
export interface MindlintMessage extends VFileMessage {
  ruleId: string | undefined
  source: 'mindlint'
  severity: Severity
  category?: Category
  /** The id of the message in the rule's `meta.messages` (the help is vfile's `note`). */
  messageId?: string
  fix?: Fix
}

/** One message in the JSON contract. */
export interface LintMessage {
  ruleId: string | null
  category: Category | null
  severity: Severity
  /** The short statement: what is wrong. */
  message: string
  /** Which of the rule's messages this is (`meta.messages`); absent for a free message. */
  messageId?: string
  /** What to do instead, and the source the advice rests on. */
  help?: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  offset?: number
  endOffset?: number
  url?: string
  suggestions?: string[]
  fix?: Fix
  /** A file that could not be linted (I/O, encoding). */
  fatal?: boolean
}

/** The result for one file, in the JSON contract. */
export interface LintResult {
  path: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  fixableCount: number
  stats: DocumentStats & Record<string, number>
  /** Set when the file could not be read or decoded. */
  fatal?: boolean
}

export function toLintMessage(message: MindlintMessage): LintMessage {
  const result: LintMessage = {
    ruleId: message.ruleId ?? null,
    category: message.category ?? null,
    severity: message.severity,
    message: message.reason
  }

  if (message.messageId) result.messageId = message.messageId
  if (message.note) result.help = message.note

  const place = message.place
  if (place && 'start' in place && place.start.offset !== undefined && place.end.offset !== undefined) {
    result.line = place.start.line
    result.column = place.start.column
    result.endLine = place.end.line
    result.endColumn = place.end.column
    result.offset = place.start.offset
    result.endOffset = place.end.offset
  }

  if (message.url) result.url = message.url
  if (message.expected && message.expected.length > 0) result.suggestions = [...message.expected]
  if (message.fix) result.fix = message.fix
  return result
}

export function countMessages(messages: readonly LintMessage[]): Pick<LintResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount'> {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  let fixableCount = 0
  for (const message of messages) {
    if (message.severity === 'error') errorCount++
    else if (message.severity === 'warning') warningCount++
    else infoCount++
    if (message.fix) fixableCount++
  }

  return {errorCount, warningCount, infoCount, fixableCount}
}

/** The result for a file that could not be linted. */
export function fatalResult(path: string, problem: string): LintResult {
  return {
    path,
    messages: [{ruleId: null, category: null, severity: 'error', message: problem, fatal: true}],
    errorCount: 1,
    warningCount: 0,
    infoCount: 0,
    fixableCount: 0,
    stats: {words: 0, sentences: 0, paragraphs: 0},
    fatal: true
  }
}
