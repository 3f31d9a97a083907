/**
 * `--format html`: one self-contained page for people who would rather
 * look than read. A summary with counts by category and by rule (inline
 * SVG charts), filters by severity and category, then each article as
 * escaped text with every flagged span highlighted and its message beside
 * it. The page loads nothing and runs only its own script (CSP by hash).
 */
import type {LintMessage, LintResult} from '../engine/messages.js'
import {categories, type Severity} from '../rule/types.js'
import {compareText} from '../text/compare.js'
import {barChart, type Bar} from './html-chart.js'
import {escapeHtml} from './html-escape.js'
import {contentSecurityPolicy, pageScript, pageStyle} from './html-page.js'
import {renderSource, type PlacedMessage} from './html-source.js'
import {toolInfo} from '../engine/tool-info.js'
import type {FormatContext, Formatter} from './types.js'

const severities: ReadonlyArray<{severity: Severity; label: string}> = [
  {severity: 'error', label: 'Errors'},
  {severity: 'warning', label: 'Warnings'},
  {severity: 'info', label: 'Notes'}
]

export const html: Formatter = (results, context) => {
  let nextId = 0
  const files = results.map((result) => ({
    result,
    placed: result.fatal ? [] : result.messages.map((message): PlacedMessage => ({id: `m${nextId++}`, message}))
  }))
  const all = files.flatMap((file) => file.placed.map(({message}) => message))

  const tool = toolInfo()
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="${escapeHtml(`${tool.name} ${tool.version}`)}">`,
    '<title>mindlint report</title>',
    `<style>${pageStyle}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>mindlint report</h1>',
    `<p class="totals">${escapeHtml(totals(results, all))}</p>`,
    `<div class="charts">${categoryChart(all)}${ruleChart(all, context)}</div>`,
    '</header>',
    '<main>',
    filters(all),
    ...files.map(({result, placed}) => fileSection(result, placed, context)),
    '</main>',
    `<script>${pageScript}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function count(number: number, word: string): string {
  return `${number} ${number === 1 ? word : word + 's'}`
}

function totals(results: readonly LintResult[], messages: readonly LintMessage[]): string {
  const bySeverity = (severity: Severity) => messages.filter((message) => message.severity === severity).length
  const unreadable = results.filter((result) => result.fatal).length
  const parts = [
    count(results.length, 'file'),
    count(messages.length, 'problem'),
    [count(bySeverity('error'), 'error'), count(bySeverity('warning'), 'warning'), count(bySeverity('info'), 'note')].join(', ')
  ]
  if (unreadable > 0) parts.push(`${unreadable} could not be read`)
  return parts.join(' · ')
}

function categoryChart(messages: readonly LintMessage[]): string {
  const bars: Bar[] = categories
    .map((category) => ({category, count: messages.filter((message) => message.category === category).length}))
    .filter(({count}) => count > 0)
    .map(({category, count}) => ({label: category, count, className: `cat-${category}`, detail: `${category}: ${count}`}))
  return barChart('Problems by category', bars)
}

function ruleChart(messages: readonly LintMessage[], context: FormatContext): string {
  const byRule = new Map<string, LintMessage[]>()
  for (const message of messages) {
    if (!message.ruleId) continue
    const list = byRule.get(message.ruleId)
    if (list) list.push(message)
    else byRule.set(message.ruleId, [message])
  }

  const bars: Bar[] = [...byRule]
    .sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b))
    .map(([id, list]) => {
      const category = context.rules.get(id)?.category ?? list[0].category ?? ''
      const description = context.rules.get(id)?.description
      return {label: id, count: list.length, className: `cat-${category}`, detail: `${id} (${category}): ${list.length}${description ? ` · ${description}` : ''}`}
    })
  return barChart('Problems by rule', bars)
}

function filters(messages: readonly LintMessage[]): string {
  const box = (kind: string, value: string, label: string, count: number) =>
    `<label><input type="checkbox" data-filter="${kind}" value="${escapeHtml(value)}" checked> ${escapeHtml(label)} (${count})</label>`
  const present = categories.filter((category) => messages.some((message) => message.category === category))
  return [
    '<nav class="filters" aria-label="Filters">',
    '<fieldset><legend>Severity</legend>',
    ...severities.map(({severity, label}) => box('severity', severity, label, messages.filter((message) => message.severity === severity).length)),
    '</fieldset>',
    '<fieldset><legend>Category</legend>',
    ...present.map((category) => box('category', category, category, messages.filter((message) => message.category === category).length)),
    '</fieldset>',
    `<span class="shown" id="shown">${messages.length} problems shown</span>`,
    '</nav>'
  ].join('\n')
}

function fileSection(result: LintResult, placed: readonly PlacedMessage[], context: FormatContext): string {
  const path = escapeHtml(result.path)
  if (result.fatal) {
    return `<section class="file unreadable"><header><h2>${path}</h2></header><p class="problem">${escapeHtml(result.messages[0]?.message ?? 'could not be read')}</p></section>`
  }

  const text = context.source?.(result.path)
  const counts = [count(result.errorCount, 'error'), count(result.warningCount, 'warning'), count(result.infoCount, 'note')].join(', ')
  const documentNotes = placed.filter(({message}) => message.offset === undefined)
  const body =
    text === undefined
      ? `<p class="problem">The text of this file is not available.</p><ol class="notes">${placed.map(note).join('')}</ol>`
      : (documentNotes.length > 0 ? `<ol class="notes document-notes">${documentNotes.map(note).join('')}</ol>` : '') + renderSource(text, placed, note)

  if (placed.length === 0) {
    return `<section class="file clean"><details><summary><h2>${path}</h2> <span class="counts">no problems</span></summary>${body}</details></section>`
  }

  return `<section class="file" data-problems="${placed.length}"><header><h2>${path}</h2><span class="counts">${counts}</span></header>${body}</section>`
}

function note({id, message}: PlacedMessage): string {
  const label = message.severity === 'info' ? 'note' : message.severity
  const rule = message.ruleId
    ? message.url
      ? ` <a class="rule" href="${escapeHtml(message.url)}" rel="noreferrer noopener" target="_blank">${escapeHtml(message.ruleId)}</a>`
      : ` <span class="rule">${escapeHtml(message.ruleId)}</span>`
    : ''
  return `<li class="note sev-${message.severity}" data-m="${id}" data-severity="${message.severity}" data-category="${escapeHtml(message.category ?? 'none')}"><span class="sev">${label}</span>${rule} ${escapeHtml(message.message)}</li>`
}
