/**
 * An article as escaped text, flagged lines first: each line a flagged
 * span touches, with a line of context above and below (blank lines read
 * past), is a row with its number, every flagged span wrapped in <mark>
 * and each message beside the line its span starts on. The lines between
 * are one gap each, whose text shows only in the whole-file view. Spans
 * that overlap are split into segments, each mark naming every message
 * that covers it, so the filters can re-colour it.
 */
import type {LintMessage} from '../engine/messages.js'
import {escapeHtml} from './html-escape.js'

/** A message with its id on the page. */
export interface PlacedMessage {
  id: string
  message: LintMessage
}

interface Line {
  start: number
  /** Before the line's newline. */
  end: number
}

export function renderSource(text: string, placed: readonly PlacedMessage[], renderNote: (entry: PlacedMessage) => string): string {
  const lines = splitLines(text)
  const spans = placed
    .filter(({message}) => message.offset !== undefined && message.endOffset !== undefined)
    .sort((a, b) => (a.message.offset ?? 0) - (b.message.offset ?? 0))
  const shown = shownLines(text, lines, spans)

  const parts: string[] = []
  let next = 0
  let open: PlacedMessage[] = []
  let gapFrom = -1
  const closeGap = (to: number) => {
    if (gapFrom === -1) return
    const gapText = lines
      .slice(gapFrom, to)
      .map((line) => text.slice(line.start, line.end).replace(/\r$/, ''))
      .join('\n')
    const count = to - gapFrom
    const numbers = count === 1 ? `${gapFrom + 1}` : `${gapFrom + 1}–${to}`
    parts.push(`<div class="gap"><span class="ln">${numbers}</span><div class="text">${escapeHtml(gapText)}</div><span class="more">${count} more ${count === 1 ? 'line' : 'lines'}</span></div>`)
    gapFrom = -1
  }

  for (const [index, line] of lines.entries()) {
    const starting: PlacedMessage[] = []
    while (next < spans.length && (spans[next].message.offset ?? 0) <= line.end) starting.push(spans[next++])
    open = [...open.filter(({message}) => (message.endOffset ?? 0) > line.start), ...starting]
    if (!shown[index]) {
      if (gapFrom === -1) gapFrom = index
      continue
    }

    closeGap(index)
    const notes = starting.length > 0 ? `<ol class="notes">${starting.map(renderNote).join('')}</ol>` : ''
    parts.push(`<div class="line"><span class="ln">${index + 1}</span><div class="text">${renderLine(text, line.start, line.end, open)}</div>${notes}</div>`)
  }

  closeGap(lines.length)
  return `<div class="source">${parts.join('')}</div>`
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (true) {
    const newline = text.indexOf('\n', start)
    if (newline === -1) {
      lines.push({start, end: text.length})
      return lines
    }

    lines.push({start, end: newline})
    start = newline + 1
  }
}

/** Which lines get a row: every line a span touches, and the nearest non-blank line on each side. */
function shownLines(text: string, lines: readonly Line[], spans: readonly PlacedMessage[]): boolean[] {
  const shown: boolean[] = Array.from({length: lines.length}, () => false)
  const flagged: boolean[] = [...shown]
  let line = 0
  for (const {message} of spans) {
    const from = message.offset ?? 0
    const to = Math.max(from, (message.endOffset ?? from) - 1)
    // Spans come sorted by start, so the line search only moves forward.
    while (line < lines.length - 1 && lines[line].end < from) line++
    for (let index = line; index < lines.length && lines[index].start <= to; index++) flagged[index] = true
  }

  const blank = (index: number) => /^\s*$/.test(text.slice(lines[index].start, lines[index].end))
  for (const [index, isFlagged] of flagged.entries()) {
    if (!isFlagged) continue
    shown[index] = true
    for (let above = index - 1; above >= 0; above--) {
      shown[above] = true
      if (!blank(above)) break
    }

    for (let below = index + 1; below < lines.length; below++) {
      shown[below] = true
      if (!blank(below)) break
    }
  }

  return shown
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

/** The messages themselves sit beside the line; a mark names them by id (and its rules, on hover). */
function mark(className: string, covering: readonly PlacedMessage[], content: string): string {
  const ids = covering.map(({id}) => id).join(' ')
  const rules = [...new Set(covering.map(({message}) => message.ruleId ?? 'mindlint'))].join(', ')
  return `<mark class="${className}" data-m="${ids}" title="${escapeHtml(rules)}">${content}</mark>`
}
