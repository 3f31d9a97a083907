/** Horizontal bar charts as inline SVG (no script, no external assets). */
import {escapeHtml} from './html-escape.js'

export interface Bar {
  label: string
  count: number
  /** CSS class that colours the bar (e.g. the category). */
  className: string
  /** Hover text. */
  detail: string
}

const rowHeight = 24
const barHeight = 16
const labelWidth = 170
const barWidth = 300
const countWidth = 60

export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((bar) => bar.count))
  const height = Math.max(1, bars.length) * rowHeight
  const width = labelWidth + barWidth + countWidth
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight
    const length = Math.max(2, Math.round((bar.count / max) * barWidth))
    return [
      `<g class="bar" data-label="${escapeHtml(bar.label)}">`,
      `<title>${escapeHtml(bar.detail)}</title>`,
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect class="${escapeHtml(bar.className)}" x="${labelWidth}" y="${y + 4}" width="${length}" height="${barHeight}" rx="3"></rect>`,
      `<text class="count" x="${labelWidth + length + 6}" y="${y + 16}">${bar.count}</text>`,
      '</g>'
    ].join('')
  })
  return [
    `<figure><figcaption>${escapeHtml(title)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    bars.length === 0 ? `<text x="0" y="16">No problems</text>` : rows.join(''),
    '</svg></figure>'
  ].join('')
}
