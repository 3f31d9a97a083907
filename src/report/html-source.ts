/**
 * An article as escaped text, line by line, with every flagged span
 * wrapped in <mark> and each message beside the line its span starts on.
 * Overlapping spans are split into segments, each mark naming every
 * message that covers it, so the filter can re-colour it.
 */
import type {LintMessage} from '../engine/messages.js'
import {escapeHtml} from './html-escape.js'

/** A message with its id on the page. */
export interface PlacedMessage {
  id: string
  message: LintMessage
}

export function renderSource(text: string, placed: readonly PlacedMessage[], renderNote: (entry: PlacedMessage) => string): string {
  const spans = placed.filter(({message}) => message.offset !== undefined && message.endOffset !== undefined)
  const lines: string[] = []
  let lineStart = 0
  let lineNumber = 1
  // Spans sorted by start; `next` walks them once as lines go by.
  const byStart = [...spans].sort((a, b) => (a.message.offset ?? 0) - (b.message.offset ?? 0))
  let next = 0
  let open: PlacedMessage[] = []

  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const starting: PlacedMessage[] = []
    while (next < byStart.length && (byStart[next].message.offset ?? 0) <= lineEnd) starting.push(byStart[next++])

    open = [...open.filter(({message}) => (message.endOffset ?? 0) > lineStart), ...starting]
    const html = renderLine(text, lineStart, lineEnd, open)
    const notes = starting.length > 0 ? `<ol class="notes">${starting.map(renderNote).join('')}</ol>` : '<ol class="notes"></ol>'
    lines.push(`<div class="line"><span class="ln">${lineNumber}</span><div class="text">${html}</div>${notes}</div>`)
    if (newline === -1) break
    lineStart = newline + 1
    lineNumber++
  }

  return `<div class="source">${lines.join('')}</div>`
}

/** One line's text, split where spans start and end. */
function renderLine(text: string, start: number, end: number, spans: readonly PlacedMessage[]): string {
  const cuts = new Set<number>([start, end])
  const carets: PlacedMessage[] = []
  for (const span of spans) {
    const from = span.message.offset ?? 0
    const to = span.message.endOffset ?? 0
    if (from === to) {
      if (from >= start && from <= end) carets.push(span)
      continue
    }

    if (from > start && from < end) cuts.add(from)
    if (to > start && to < end) cuts.add(to)
  }

  for (const caret of carets) cuts.add(caret.message.offset ?? start)
  const points = [...cuts].sort((a, b) => a - b)
  let html = ''
  for (const [index, from] of points.entries()) {
    for (const caret of carets) {
      if (caret.message.offset === from) html += mark('caret', [caret], '')
    }

    const to = points[index + 1]
    if (to === undefined) break
    const segment = escapeHtml(text.slice(from, to).replace(/\r$/, ''))
    const covering = spans.filter(({message}) => (message.offset ?? 0) < to && (message.endOffset ?? 0) > from)
    html += covering.length > 0 ? mark('hl', covering, segment) : segment
  }

  return html
}

function mark(className: string, covering: readonly PlacedMessage[], content: string): string {
  const ids = covering.map(({id}) => id).join(' ')
  const title = covering.map(({message}) => `${message.ruleId ?? 'mindlint'}: ${message.message}`).join('\n')
  return `<mark class="${className}" data-m="${ids}" title="${escapeHtml(title)}">${content}</mark>`
}
