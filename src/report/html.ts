/**
 * `--format html`: one self-contained page for an editor going through a
 * content folder. A summary with counts by category and by rule (inline
 * SVG charts); filters by severity and category and a choice between
 * flagged lines (with a line of context) and whole files; a sortable index
 * of the files with their counts and reading grade; then each file with
 * problems, collapsed until opened, its flagged spans highlighted and each
 * message beside its line with the fix or suggestion. The page loads
 * nothing and runs only its own script (CSP by hash).
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
  const files: PageFile[] = results.map((result, index) => ({
    result,
    id: `f${index}`,
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
    fileIndex(files),
    '<section class="files" aria-label="Files with problems">',
    ...files.map((file) => fileSection(file, context)),
    '</section>',
    '</main>',
    `<script>${pageScript}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

interface PageFile {
  result: LintResult
  /** The id of its section, for links from the index. */
  id: string
  placed: PlacedMessage[]
}

function count(number: number, word: string): string {
  return `${number} ${number === 1 ? word : word + 's'}`
}

function totals(results: readonly LintResult[], messages: readonly LintMessage[]): string {
  const bySeverity = (severity: Severity) => messages.filter((message) => message.severity === severity).length
  const unreadable = results.filter((result) => result.fatal).length
  const linted = results.length - unreadable
  const parts = [
    `${count(linted, 'file')} checked, ${results.filter((result) => !result.fatal && result.messages.length > 0).length} with problems`,
    count(messages.length, 'problem'),
    [count(bySeverity('error'), 'error'), count(bySeverity('warning'), 'warning'), count(bySeverity('info'), 'note')].join(', ')
  ]
  if (unreadable > 0) parts.push(`${count(unreadable, 'path')} not linted`)
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
    '<fieldset><legend>Show</legend>',
    '<label><input type="radio" name="view" value="flagged" checked> flagged lines</label>',
    '<label><input type="radio" name="view" value="whole"> whole files</label>',
    '</fieldset>',
    `<span class="shown" id="shown">${messages.length} problems shown</span>`,
    '</nav>'
  ].join('\n')
}

/** The files as a table: counts and reading grade, sortable by any column, each linked to its section. */
function fileIndex(files: readonly PageFile[]): string {
  const header = (key: string, label: string, numeric: boolean) =>
    `<th${numeric ? ' class="num"' : ''} aria-sort="none"><button type="button" data-sort="${key}"${numeric ? ' data-type="number"' : ''}>${label}</button></th>`
  const rows = files.map(({result, id}, order) => {
    const grade = gradeOf(result)
    const data = `data-order="${order}" data-path="${escapeHtml(result.path)}" data-grade="${grade ?? ''}" data-errors="${result.errorCount}" data-warnings="${result.warningCount}" data-notes="${result.infoCount}"`
    const name = escapeHtml(result.path)
    if (result.fatal) return `<tr class="unreadable" ${data} data-file="${id}"><td class="path"><a href="#${id}">${name}</a></td><td class="num" colspan="4">not linted</td></tr>`
    const cells = `<td class="num">${grade === undefined ? '–' : grade.toFixed(1)}</td><td class="num">${result.errorCount}</td><td class="num">${result.warningCount}</td><td class="num">${result.infoCount}</td>`
    return result.messages.length === 0
      ? `<tr class="clean" ${data}><td class="path">${name}</td>${cells}</tr>`
      : `<tr ${data} data-file="${id}"><td class="path"><a href="#${id}">${name}</a></td>${cells}</tr>`
  })
  return [
    '<section class="index" aria-label="Files">',
    '<header><h2>Files</h2><button type="button" data-open="all">Open all</button><button type="button" data-open="none">Close all</button></header>',
    '<table id="index">',
    `<thead><tr>${header('path', 'File', false)}${header('grade', 'Reading grade', true)}${header('errors', 'Errors', true)}${header('warnings', 'Warnings', true)}${header('notes', 'Notes', true)}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
    '</section>'
  ].join('\n')
}

function gradeOf(result: LintResult): number | undefined {
  const grade = result.stats.fleschKincaidGrade
  return typeof grade === 'number' && Number.isFinite(grade) && result.stats.words > 0 ? Math.round(grade * 10) / 10 : undefined
}

/** A file with problems (or one not linted), collapsed until opened; clean files are only in the index. */
function fileSection({result, id, placed}: PageFile, context: FormatContext): string {
  const path = escapeHtml(result.path)
  if (result.fatal) {
    return `<details class="file unreadable" id="${id}"><summary><h2>${path}</h2> <span class="counts">not linted</span></summary><p class="problem">${escapeHtml(result.messages[0]?.message ?? 'could not be read')}</p></details>`
  }

  if (placed.length === 0) return ''
  const text = context.source?.(result.path)
  const grade = gradeOf(result)
  const counts = [count(result.errorCount, 'error'), count(result.warningCount, 'warning'), count(result.infoCount, 'note')].join(', ') + (grade === undefined ? '' : ` · reading grade ${grade.toFixed(1)}`)
  const documentNotes = placed.filter(({message}) => message.offset === undefined)
  const body =
    text === undefined
      ? `<p class="problem">The text of this file is not available.</p><ol class="notes">${placed.map(note).join('')}</ol>`
      : (documentNotes.length > 0 ? `<ol class="notes document-notes">${documentNotes.map(note).join('')}</ol>` : '') + renderSource(text, placed, note)

  return `<details class="file" id="${id}" data-problems="${placed.length}"><summary><h2>${path}</h2><span class="counts">${counts}</span></summary>${body}</details>`
}

function note({id, message}: PlacedMessage): string {
  const label = message.severity === 'info' ? 'note' : message.severity
  const category = message.category ? ` <span class="cat cat-${escapeHtml(message.category)}">${escapeHtml(message.category)}</span>` : ''
  const rule = message.ruleId
    ? message.url
      ? ` <a class="rule" href="${escapeHtml(message.url)}" target="_blank">${escapeHtml(message.ruleId)}</a>`
      : ` <span class="rule">${escapeHtml(message.ruleId)}</span>`
    : ''
  return `<li class="note" data-m="${id}" data-severity="${message.severity}" data-category="${escapeHtml(message.category ?? 'none')}"><span class="sev">${label}</span>${category}${rule} ${escapeHtml(message.message)}${help(message)}${advice(message)}</li>`
}

/** The message's help: what to do instead, and the source it rests on. */
function help(message: LintMessage): string {
  return message.help ? `<div class="help">${escapeHtml(message.help)}</div>` : ''
}

/** What to write instead: the certain fix (`--fix` applies it), or the suggestions. */
function advice(message: LintMessage): string {
  const quoted = (text: string) => `<q>${escapeHtml(text)}</q>`
  if (message.fix) {
    const change = message.fix.text === '' ? 'delete the flagged text' : `replace with ${quoted(message.fix.text)}`
    return `<div class="advice">Fix (applied by --fix): ${change}</div>`
  }

  const suggestions = message.suggestions ?? []
  if (suggestions.length === 0) return ''
  return `<div class="advice">${suggestions.length === 1 ? 'Suggestion' : 'Suggestions'}: ${suggestions.map(quoted).join(' or ')}</div>`
}
