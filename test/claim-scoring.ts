import {readFileSync} from 'node:fs'
import {lint, rules} from '../src/index.js'
import type {LintMessage} from '../src/index.js'

/**
 * Claim scoring with the matching rule of `shared/tools/score.mjs`: a label
 * covers its sentence (up to the nearest . ! ? or line break either side),
 * a warning or error of a `claims` rule in that span is a hit, an `optional`
 * label is neither missed nor wrong, and any other claim message is a false
 * flag. Notes (info) count as nothing.
 */

export interface ClaimLabel {
  quote: string
  category: string
  optional?: boolean
  supported?: boolean
}

export interface LabelledArticle {
  id: string
  format?: 'txt' | 'md'
  kind?: string
  claims: ClaimLabel[]
}

export interface ClaimScore {
  hits: number
  misses: string[]
  falseFlags: string[]
  optionalHits: number
}

const claimRules = new Set(rules.filter((rule) => rule.meta.category === 'claims').map((rule) => rule.meta.id))

/** Warnings and errors of claim rules, as an editor would see them with the default preset. */
export function claimMessages(text: string, path: string): LintMessage[] {
  return lint(text, {path}).messages.filter((message) => message.severity !== 'info' && claimRules.has(message.ruleId))
}

function sentenceSpan(text: string, start: number, end: number): [number, number] {
  let from = start
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--
  let to = end
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++
  return [from, to + 1]
}

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** Score one article's claim messages against its labels. */
export function scoreArticle(article: LabelledArticle, text: string, path: string): ClaimScore {
  const messages = claimMessages(text, path).map((message) => ({
    message,
    span: [message.offset ?? 0, Math.max(message.endOffset ?? 0, (message.offset ?? 0) + 1)] as [number, number]
  }))
  const used = new Set<unknown>()
  const score: ClaimScore = {hits: 0, misses: [], falseFlags: [], optionalHits: 0}
  for (const label of article.claims) {
    if (label.supported) continue
    const index = text.indexOf(label.quote)
    if (index < 0) throw new Error(`${article.id}: label not found: ${label.quote}`)
    const span = sentenceSpan(text, index, index + label.quote.length)
    const found = messages.filter((item) => overlaps(item.span, span))
    for (const item of found) used.add(item)
    if (label.optional) score.optionalHits += found.length > 0 ? 1 : 0
    else if (found.length > 0) score.hits++
    else score.misses.push(`${article.id}: ${label.category}: ${label.quote}`)
  }

  for (const item of messages) {
    if (!used.has(item)) score.falseFlags.push(`${article.id}: ${item.message.ruleId}: ${text.slice(item.span[0], item.span[1])}`)
  }

  return score
}

/** Score every labelled article in `directory`; returns the sums and the precision and recall of score.mjs. */
export function scoreArticles(labelsFile: URL, directory: URL): ClaimScore & {precision: number; recall: number} {
  const articles = JSON.parse(readFileSync(labelsFile, 'utf8')) as LabelledArticle[]
  const total: ClaimScore = {hits: 0, misses: [], falseFlags: [], optionalHits: 0}
  for (const article of articles) {
    const file = `${article.id}.${article.format ?? 'txt'}`
    const score = scoreArticle(article, readFileSync(new URL(file, directory), 'utf8'), file)
    total.hits += score.hits
    total.optionalHits += score.optionalHits
    total.misses.push(...score.misses)
    total.falseFlags.push(...score.falseFlags)
  }

  const flagged = total.hits + total.optionalHits
  return {
    ...total,
    precision: flagged / Math.max(1, flagged + total.falseFlags.length),
    recall: total.hits / Math.max(1, total.hits + total.misses.length)
  }
}
