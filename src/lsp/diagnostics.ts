import type {Diagnostic, Position, Range} from 'vscode-languageserver'
import {DiagnosticSeverity} from 'vscode-languageserver'
import type {ResolvedConfig} from '../config/types.js'
import type {DocumentFormat} from '../document/types.js'
import type {LintMessage} from '../engine/messages.js'
import type {Severity} from '../rule/types.js'
import type {ConfigProblem} from './lint-document.js'

/** A message with the span of the linted text it covers. */
export interface Finding {
  message: LintMessage
  diagnostic: Diagnostic
  /** Offsets into the linted text; a document-level message covers nothing (start = end = 0). */
  start: number
  end: number
  /** Whether the message names a place in the text. */
  placed: boolean
}

/** A buffer's last lint, kept for code actions and hover. */
export interface LintedDocument {
  uri: string
  /** The buffer version the findings were computed from. */
  version: number
  /** The text they were computed from. */
  text: string
  format: DocumentFormat
  config: ResolvedConfig
  findings: Finding[]
}

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/**
 * The advice a message carries apart from its statement (what to do, and
 * the source): shown as related information and in the hover, so the
 * diagnostic itself stays short.
 */
export function helpOf(message: LintMessage): string | undefined {
  const {help} = message
  return typeof help === 'string' && help.trim() !== '' ? help : undefined
}

/** An engine message as an LSP diagnostic on the text it was linted from. */
export function toFinding(message: LintMessage, uri: string, positionAt: (offset: number) => Position): Finding {
  const placed = message.offset !== undefined && message.endOffset !== undefined
  const start = placed ? message.offset! : 0
  const end = placed ? Math.max(message.endOffset!, start) : 0
  const range: Range = {start: positionAt(start), end: positionAt(end)}
  const diagnostic: Diagnostic = {range, severity: severities[message.severity], source: 'mindlint', message: message.message}
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const help = helpOf(message)
  if (help) diagnostic.relatedInformation = [{location: {uri, range}, message: help}]
  return {message, diagnostic, start, end, placed}
}

/**
 * A configuration problem as one diagnostic on the config file, placed at
 * the line and column the loader names, else at the key it names, else at
 * the top of the file.
 */
export function configErrorDiagnostic(error: ConfigProblem, configText: string | undefined): Diagnostic {
  const problem = error.message.startsWith(`${error.file}: `) ? error.message.slice(error.file.length + 2) : error.message
  const position = placeOfKey(error.key, configText)
  return {
    range: {start: position, end: {line: position.line, character: position.character + 1}},
    severity: DiagnosticSeverity.Error,
    source: 'mindlint',
    message: `configuration error: ${problem}; no file governed by this configuration is linted until it is fixed`
  }
}

function placeOfKey(key: string, text: string | undefined): Position {
  const lineColumn = /^line (\d+), column (\d+)$/.exec(key)
  if (lineColumn) return {line: Number(lineColumn[1]) - 1, character: Math.max(0, Number(lineColumn[2]) - 1)}
  if (!text || !key) return {line: 0, character: 0}
  // "rules.hype-clam" or "overrides[0].rules.x[1].targetAge": the last name is the one to point at.
  const names = key.match(/[A-Za-z_][\w-]*/g) ?? []
  for (const name of names.reverse()) {
    const quoted = text.indexOf(JSON.stringify(name))
    const index = quoted !== -1 ? quoted : findYamlKey(text, name)
    if (index !== -1) {
      const before = text.slice(0, index)
      const line = before.split('\n').length - 1
      return {line, character: index - (before.lastIndexOf('\n') + 1)}
    }
  }

  return {line: 0, character: 0}
}

function findYamlKey(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`^[ \\t-]*${escaped}[ \\t]*:`, 'm').exec(text)
  return match ? match.index + match[0].indexOf(name) : -1
}
