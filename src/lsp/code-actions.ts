import type {CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit} from 'vscode-languageserver'
import {CodeActionKind} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {DocumentFormat} from '../document/types.js'
import type {LintedDocument} from './diagnostics.js'

export interface CodeActionRequest {
  document: TextDocument
  linted: LintedDocument
  range: Range
  /** `context.only`: the kinds the editor asks for. */
  only?: readonly string[]
  /** The client applies versioned `documentChanges` (else plain `changes`). */
  documentChanges: boolean
}

/**
 * For each finding under the range: apply its certain fix, apply each
 * suggestion, or switch the rule off for the line or the file with a
 * control comment. Edits are offered only for the text the findings were
 * computed from; after an edit the next lint brings them back.
 */
export function codeActions(request: CodeActionRequest): CodeAction[] {
  const {document, linted, range} = request
  if (document.version !== linted.version) return []
  if (request.only && !request.only.some((kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix)) return []

  const text = linted.text
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    request.documentChanges
      ? {documentChanges: [{textDocument: {uri: linted.uri, version: linted.version}, edits}]}
      : {changes: {[linted.uri]: edits}}
  const replace = (start: number, end: number, newText: string): TextEdit => ({
    range: {start: document.positionAt(start), end: document.positionAt(end)},
    newText
  })

  const actions: CodeAction[] = []
  /** Disable actions already offered (a rule flagged twice on a line gets one). */
  const disables = new Set<string>()
  for (const finding of linted.findings) {
    if (!overlaps(finding.diagnostic.range, range)) continue
    const {message, diagnostic} = finding
    const diagnostics: Diagnostic[] = [diagnostic]
    const written = text.slice(finding.start, finding.end)
    const rule = message.ruleId ?? undefined

    const fix = message.fix
    if (fix && fix.start >= 0 && fix.end <= text.length && fix.start <= fix.end) {
      actions.push({
        title: `Fix: ${describeReplacement(text.slice(fix.start, fix.end), fix.text)}${rule ? ` (${rule})` : ''}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics,
        edit: edit([replace(fix.start, fix.end, withLineEnding(fix.text, text))])
      })
    }

    // A span holding tags is left to the writer: replacing it would drop the markup.
    if (finding.placed && written.length > 0 && !/[<>]/.test(written)) {
      const fixedTo = fix && fix.start === finding.start && fix.end === finding.end ? fix.text : undefined
      for (const suggestion of new Set(message.suggestions ?? [])) {
        const replacement = matchCapital(written, suggestion)
        if (replacement === fixedTo || replacement === written) continue
        actions.push({
          title: `Replace with '${shorten(replacement)}'${rule ? ` (${rule})` : ''}`,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: edit([replace(finding.start, finding.end, replacement)])
        })
      }
    }

    if (!rule) continue
    const lineEdit = finding.placed ? disableForLine(text, finding.start, rule, linted.format) : undefined
    if (lineEdit && !disables.has(`${rule}\0${lineEdit.start}`)) {
      disables.add(`${rule}\0${lineEdit.start}`)
      actions.push({
        title: `Disable ${rule} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: edit([replace(lineEdit.start, lineEdit.end, lineEdit.text)])
      })
    }

    if (!disables.has(rule)) {
      disables.add(rule)
      const fileEdit = disableForFile(text, rule, linted.format)
      actions.push({
        title: `Disable ${rule} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: edit([replace(fileEdit.start, fileEdit.end, fileEdit.text)])
      })
    }
  }

  return actions
}

function describeReplacement(before: string, after: string): string {
  if (before === '') return `insert '${shorten(after)}'`
  if (after === '') return `remove '${shorten(before)}'`
  return `replace '${shorten(before)}' with '${shorten(after)}'`
}

/** A menu entry stays one short line. */
function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 39)}\u2026` : line
}

/** A replacement written with `\n` takes the file's own line ending (as `--fix` does). */
function withLineEnding(replacement: string, text: string): string {
  return text.includes('\r\n') ? replacement.replace(/\r?\n/g, '\r\n') : replacement
}

/** "Committed suicide" is replaced by "Died by suicide", not "died by suicide". */
function matchCapital(written: string, suggestion: string): string {
  const first = written.charAt(0)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return suggestion
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
}

interface Insertion {
  start: number
  end: number
  text: string
}

/** A control comment as the format writes it: MDX rejects HTML comments and takes `{/* ... *\/}`. */
function comment(format: DocumentFormat, directive: string): string {
  return format === 'mdx' ? `{/* mindlint-${directive} */}` : `<!-- mindlint-${directive} -->`
}

/**
 * `<!-- mindlint-disable-line id -->` at the end of the finding's line in
 * Markdown and HTML (an inline comment: a comment line of its own would
 * split the paragraph); `<!-- mindlint-disable-next-line id -->` on a line
 * of its own above it in plain text, where every line is its own block and
 * a comment line is not prose. An id is added to a comment already there.
 */
export function disableForLine(text: string, offset: number, rule: string, format: DocumentFormat): Insertion {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const newline = text.indexOf('\n', offset)
  const lineEnd = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline

  if (format === 'text') {
    const previousEnd = lineStart - 1
    if (previousEnd > 0) {
      const previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1
      const added = addToComment(text, previousStart, previousEnd, 'disable-next-line', rule)
      if (added) return added
    }

    const lineEnding = text.includes('\r\n') ? '\r\n' : '\n'
    const indent = /^[ \t]*/.exec(text.slice(lineStart, lineEnd))![0]
    return {start: lineStart, end: lineStart, text: `${indent}${comment(format, `disable-next-line ${rule}`)}${lineEnding}`}
  }

  const added = addToComment(text, lineStart, lineEnd, 'disable-line', rule)
  if (added) return added
  // Before trailing spaces or a backslash, which make a hard line break only at the end of the line.
  let at = lineEnd
  while (at > lineStart && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  if (at > lineStart && text[at - 1] === '\\') at--
  while (at > lineStart && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  return {start: at, end: at, text: ` ${comment(format, `disable-line ${rule}`)}`}
}

/**
 * `<!-- mindlint-disable id -->` on the first line of the file (after front
 * matter), which switches the rule off for everything below it; an id is
 * added to such a comment already there.
 */
export function disableForFile(text: string, rule: string, format: DocumentFormat): Insertion {
  const frontMatter = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text)
  const start = frontMatter ? frontMatter[0].length : 0
  const newline = text.indexOf('\n', start)
  const firstEnd = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline
  const added = addToComment(text, start, firstEnd, 'disable', rule)
  if (added) return added
  const lineEnding = text.includes('\r\n') ? '\r\n' : '\n'
  // In Markdown a blank line keeps the comment apart from the first block.
  const after = format === 'text' || text.length === start ? lineEnding : lineEnding + lineEnding
  return {start, end: start, text: `${comment(format, `disable ${rule}`)}${after}`}
}

/** Add `rule` to a `<!-- mindlint-<kind> ids -->` comment on the line (or MDX's `{/* ... *\/}`), if one is there. */
function addToComment(text: string, lineStart: number, lineEnd: number, kind: string, rule: string): Insertion | undefined {
  const line = text.slice(lineStart, lineEnd)
  const found = new RegExp(`(?:<!--|\\{/\\*)\\s*mindlint-${kind}((?:[ \\t,]+[\\w-]+)*)(\\s*)(?:-->|\\*/\\})`).exec(line)
  if (!found) return undefined
  const ids = found[1].split(/[\s,]+/).filter(Boolean)
  // A comment with no ids already covers every rule; never turn it into a narrower one.
  if (ids.length === 0 || ids.includes(rule)) return undefined
  const at = lineStart + found.index + found[0].length - found[2].length - 3
  return {start: at, end: at, text: ` ${rule}`}
}

function overlaps(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start))
}

function before(a: {line: number; character: number}, b: {line: number; character: number}): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}
