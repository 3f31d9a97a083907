import {inComments} from '../document/presence.js'
import {quoteAround} from '../document/quotes.js'
import type {Document} from '../document/types.js'
import {matchCase} from '../text/case.js'
import type {MessageSpec, Report, RuleMatch} from './types.js'
import {shownText} from '../document/shown-text.js'

/**
 * The messages of a word-choice rule: `{why}` is the lexicon entry's note
 * (or the rule's reason), `{preferred}` the wording to use, `{source}` the
 * entry's source (or the rule's guideline).
 */
export const preferredTermMessages: Readonly<Record<string, MessageSpec>> = {
  preferred: {message: "'{phrase}': {why}", help: 'Write {preferred} instead. Source: {source}'},
  avoid: {message: "'{phrase}': {why}", help: 'Reword it. Source: {source}'}
}

/** Why a rule flags its words, and the guideline it follows, for entries that give neither. */
export interface PreferredTermReason {
  why: string
  source: string
}

/** Reports for word-choice matches, one per span (several phrases may match the same words). */
export function preferredTermReports(document: Document, matches: readonly RuleMatch[], reason: PreferredTermReason): Report[] {
  const reports: Report[] = []
  const seen = new Set<string>()
  for (const match of matches) {
    const key = `${match.start}:${match.end}`
    if (seen.has(key)) continue
    seen.add(key)
    const report = preferredTermReport(document, match, reason)
    if (report) reports.push(report)
  }

  return reports
}

/**
 * The report for a word-choice lexicon match (suicide-language,
 * stigmatizing-language): the preferred wording as suggestions, in the
 * case of the words replaced, and as a fix when the entry says the first
 * suggestion is always right in place. An entry tagged `first-word`
 * replaces only its first word ("clean drug test" -> "negative drug test").
 *
 * Nothing is reported inside a quotation (someone's own words, quoted as
 * said) or in the readers' comments.
 */
export function preferredTermReport(document: Document, match: RuleMatch, reason: PreferredTermReason): Report | undefined {
  if (inComments(document, match.start) || quoteAround(document, match.start, match.end)) return undefined

  const firstWord = match.entry.tag === 'first-word'
  const end = firstWord ? match.sentence.tokens[match.startToken].end : match.end
  const replaced = shownText(document, match.start, end)
  const rest = shownText(document, end, match.end)
  const suggestions = (match.entry.suggest ?? []).map((text) => matchCase(replaced, text))
  const written = match.text.replace(/\s+/g, ' ')
  const data = {phrase: written, why: match.entry.note ?? reason.why, source: match.entry.source ?? reason.source}

  return {
    start: match.start,
    end,
    ...(suggestions.length > 0
      ? {messageId: 'preferred', data: {...data, preferred: `'${suggestions.map((text) => text + rest).join("' or '")}'`}}
      : {messageId: 'avoid', data}),
    ...(suggestions.length > 0 ? {suggestions} : {}),
    ...(match.entry.fix && suggestions.length > 0 ? {fix: {start: match.start, end, text: suggestions[0]}} : {})
  }
}
