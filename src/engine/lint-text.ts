import {VFile} from 'vfile'
import {buildDocument, formatForPath} from '../document/build.js'
import {fixFits} from '../document/html-fix.js'
import {readabilityStats} from '../document/readability.js'
import type {Document, DocumentFormat} from '../document/types.js'
import type {ResolvedConfig, RuleConfig} from '../config/types.js'
import {toConfigSeverity} from '../config/presets.js'
import {renderReport} from '../rule/messages.js'
import type {AnyRule, Report, RuleMatch, Severity} from '../rule/types.js'
import {compareText} from '../text/compare.js'
import {closestName} from '../config/validate.js'
import {type DirectivePlace, type InlineControl, readInlineControl} from './inline-control.js'
import {type MindlintMessage, type LintResult, countMessages, toLintMessage} from './messages.js'
import {type CompiledPhrases, compilePhrases, findRuleMatches, type LexiconRule} from './phrases.js'
import {ruleUrl} from './tool-info.js'

export interface LintTextOptions {
  /** Used for messages and to choose Markdown or plain text. */
  path?: string
  format?: DocumentFormat
  config: ResolvedConfig
  rules: readonly AnyRule[]
}

export interface LintTextResult {
  result: LintResult
  /** The vfile, carrying the same messages as vfile messages. */
  file: VFile
  document: Document
}

/** Lint one text: parse once, run every enabled rule, filter by inline control. */
export function lintText(text: string, options: LintTextOptions): LintTextResult {
  const path = options.path ?? '<text>'
  const document = parseOnce(text, path, options.format)
  const file = new VFile({path, value: text})

  const enabled: Array<{rule: AnyRule; config: RuleConfig}> = []
  for (const rule of options.rules) {
    const config = options.config.rules.get(rule.meta.id)
    if (config && config.severity !== 'off') enabled.push({rule, config})
  }

  const lexiconRules: LexiconRule[] = enabled
    .filter(({rule}) => rule.lexicon)
    .map(({rule, config}) => ({rule, options: config.options}))
  const matches = lexiconRules.length > 0 ? findRuleMatches(document, phrasesFor(options.config, lexiconRules)) : new Map<string, RuleMatch[]>()
  const control = readInlineControl(text, document.format === 'mdx')
  const messages: MindlintMessage[] = []

  for (const {rule, config} of enabled) {
    const report = (found: Report) => {
      const severity = finalSeverity(rule, config, found, options.config.reportHedged)
      if (!severity) return
      const message = createMessage(file, document, rule, found, severity)
      const line = message.place && 'start' in message.place ? message.place.start.line : undefined
      const offset = found.start
      if (control.isDisabled(rule.meta.id, line, offset)) return
      messages.push(message)
    }

    try {
      rule.check({document, options: config.options, matches: matches.get(rule.meta.id) ?? [], report})
    } catch (error) {
      // One broken rule must not take the run down: say which and go on.
      const message = file.message(`rule ${rule.meta.id} failed: ${(error as Error).message}`, {
        ruleId: rule.meta.id,
        source: 'mindlint'
      }) as MindlintMessage
      message.fatal = true
      message.severity = 'error'
      message.category = rule.meta.category
      messages.push(message)
    }
  }

  messages.push(...directiveMessages(file, document, control, options))

  for (const note of document.notes) {
    const message = file.message(note, {source: 'mindlint'}) as MindlintMessage
    message.fatal = undefined
    message.severity = 'info'
    messages.push(message)
  }

  messages.sort(compareMessages)
  file.messages = messages
  const lintMessages = messages.map(toLintMessage)
  const result: LintResult = {
    path,
    messages: lintMessages,
    ...countMessages(lintMessages),
    stats: {...document.stats, ...readabilityStats(document)}
  }
  return {result, file, document}
}

/**
 * What the control comments themselves get wrong: a rule id that does not
 * exist (a warning, with the nearest real id), and, with
 * `--report-unused-disable-directives`, a disable that switched nothing off
 * (an error, as in ESLint).
 */
function directiveMessages(file: VFile, document: Document, control: InlineControl, options: LintTextOptions): MindlintMessage[] {
  const known = new Set(options.rules.map((rule) => rule.meta.id))
  const messages: MindlintMessage[] = []
  const add = (place: DirectivePlace, text: string, severity: Severity, suggestion?: string) => {
    const message = withoutStack(() => file.message(text, {
      source: 'mindlint',
      place: {start: document.toPoint(place.offset), end: document.toPoint(place.end)}
    })) as MindlintMessage
    message.fatal = severity === 'error' ? true : false
    message.severity = severity
    if (suggestion !== undefined) message.expected = [suggestion]
    messages.push(message)
  }

  for (const place of control.unknownIds(known)) {
    const nearest = closestName(place.id!, [...known])
    const comment = document.text.slice(place.offset, place.end)
    add(
      place,
      `unknown rule "${place.id}" in a mindlint-${place.kind} comment${nearest ? ` (did you mean "${nearest}"?)` : ': `mindlint rules` lists the rule ids'}`,
      'warning',
      nearest ? comment.replace(new RegExp(`(?<=[\\s,])${escapeRegExp(place.id!)}(?=[\\s,]|-->)`), nearest) : undefined
    )
  }

  if (options.config.reportUnusedDisableDirectives) {
    for (const place of control.unusedDisables(known)) {
      const what = place.id ? `no problem from "${place.id}" was reported` : 'no problems were reported'
      add(place, `unused mindlint-${place.kind} comment (${what}): remove it`, 'error')
    }
  }

  return messages
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The compiled phrases of a configuration, looked up once per config object rather than per file. */
const phrasesByConfig = new WeakMap<ResolvedConfig, CompiledPhrases>()

function phrasesFor(config: ResolvedConfig, rules: readonly LexiconRule[]): CompiledPhrases {
  let phrases = phrasesByConfig.get(config)
  if (!phrases) {
    phrases = compilePhrases(rules)
    phrasesByConfig.set(config, phrases)
  }

  return phrases
}

/**
 * Build the document; input that overflows the Markdown parser (absurd
 * nesting) is read again as plain text, with a note, rather than lost.
 */
function parseOnce(text: string, path: string, format: DocumentFormat | undefined): Document {
  try {
    return buildDocument(text, {path, ...(format ? {format} : {})})
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    const document = buildDocument(text, {path, format: 'text'})
    const names = {markdown: 'Markdown', mdx: 'MDX', html: 'HTML', text: 'text'}
    document.notes.push(`could not parse as ${names[format ?? formatForPath(path)]} (${error.message}): read as plain text`)
    return document
  }
}

/**
 * The severity a finding is shown with. Hedged findings are notes in
 * `strict` and dropped otherwise. When the configuration sets a rule to a
 * severity other than its default, that severity applies to all its
 * findings (notes stay notes); otherwise the rule's own judgement stands.
 */
function finalSeverity(rule: AnyRule, config: RuleConfig, report: Report, reportHedged: boolean): Severity | undefined {
  if (report.hedged) return reportHedged ? 'info' : undefined
  const own = report.severity ?? rule.meta.severity
  if (config.severity === toConfigSeverity(rule.meta.severity)) return own
  if (own === 'info' || config.severity === 'info') return 'info'
  return config.severity === 'warn' ? 'warning' : 'error'
}

function createMessage(file: VFile, document: Document, rule: AnyRule, report: Report, severity: Severity): MindlintMessage {
  const hasPlace = report.start !== undefined
  const start = clamp(report.start ?? 0, document.text.length)
  const end = clamp(Math.max(report.end ?? start, start), document.text.length)
  const rendered = renderReport(rule.meta, report)
  const message = withoutStack(() => file.message(rendered.message, {
    ruleId: rule.meta.id,
    source: 'mindlint',
    ...(hasPlace ? {place: {start: document.toPoint(start), end: document.toPoint(end)}} : {})
  })) as MindlintMessage
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.severity = severity
  message.category = rule.meta.category
  if (rendered.messageId !== undefined) message.messageId = rendered.messageId
  // vfile's long-form description, where vfile-reporter and remark-cli show advice.
  if (rendered.help !== undefined) message.note = rendered.help
  message.url = ruleUrl(rule.meta.id)
  if (report.suggestions && report.suggestions.length > 0) message.expected = report.suggestions
  if (report.fix && rule.meta.fixable && fixFits(document, report.fix)) message.fix = report.fix
  return message
}

/**
 * Run `create` without capturing a stack trace: a vfile message is an Error,
 * and a stack nobody reads is most of its cost on a folder of articles.
 */
function withoutStack<T>(create: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return create()
  } finally {
    Error.stackTraceLimit = limit
  }
}

function clamp(value: number, max: number): number {
  return Math.min(Math.max(0, value), max)
}

function compareMessages(a: MindlintMessage, b: MindlintMessage): number {
  const offsetA = a.place && 'start' in a.place ? (a.place.start.offset ?? -1) : -1
  const offsetB = b.place && 'start' in b.place ? (b.place.start.offset ?? -1) : -1
  return offsetA - offsetB || compareText(a.ruleId ?? '', b.ruleId ?? '')
}
