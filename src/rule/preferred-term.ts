import {inComments} from '../document/presence.js'
import {quoteAround} from '../document/quotes.js'
import type {Document} from '../document/types.js'
import {matchCase} from '../text/case.js'
import type {Report, RuleMatch} from './types.js'
import {shownText} from '../document/shown-text.js'

/** Reports for word-choice matches, one per span (several phrases may match the same words). */
export function preferredTermReports(document: Document, matches: readonly RuleMatch[], why: string): Report[] {
  const reports: Report[] = []
  const seen = new Set<string>()
  for (const match of matches) {
    const key = `${match.start}:${match.end}`
    if (seen.has(key)) continue
    seen.add(key)
    const report = preferredTermReport(document, match, why)
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
export function preferredTermReport(document: Document, match: RuleMatch, why: string): Report | undefined {
  if (inComments(document, match.start) || quoteAround(document, match.start, match.end)) return undefined

  const firstWord = match.entry.tag === 'first-word'
  const end = firstWord ? match.sentence.tokens[match.startToken].end : match.end
  const replaced = shownText(document, match.start, end)
  const rest = shownText(document, end, match.end)
  const suggestions = (match.entry.suggest ?? []).map((text) => matchCase(replaced, text))
  const written = match.text.replace(/\s+/g, ' ')
  const preferred = suggestions.length > 0 ? `; write '${suggestions.map((text) => text + rest).join("' or '")}' instead` : ''

  return {
    start: match.start,
    end,
    message: `'${written}': ${match.entry.note ?? why}${preferred}`,
    ...(suggestions.length > 0 ? {suggestions} : {}),
    ...(match.entry.fix && suggestions.length > 0 ? {fix: {start: match.start, end, text: suggestions[0]}} : {})
  }
}
