/**
 * Citation detection: the evidence markers that make a claim "supported".
 * Works on normalised prose (see `normalize.ts`); offsets are relative to the
 * string given.
 */

export type CitationKindFound =
  | 'numeric'
  | 'author-year'
  | 'doi'
  | 'pmid'
  | 'trial-id'
  | 'according-to'
  | 'published-in'
  | 'named-study'

export interface CitationFound {
  kind: CitationKindFound
  start: number
  end: number
  value: string
}

const patterns: Array<[CitationKindFound, RegExp]> = [
  // [1], [2, 3], [4-6], [^1] written out in plain text
  ['numeric', /\[\^?\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,8}\]/g],
  // "... with half achieving remission (1)." - a numbered reference after a
  // word and before the end of the clause, not "(1) fill out the form"
  ['numeric', /(?<=\w[\p{P}]?\s?)\(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,8}\)(?=\s*(?:[.,;:!?]|$))/gu],
  // "(PMC)", "(PubMed)": the reference list a scraped page points to
  ['numeric', /\((?:PMC|PubMed|ScienceDirect|Cochrane|medRxiv|bioRxiv)\)/g],
  // (Smith et al., 2023), (Smith & Jones 2021), (World Health Organization, 2022; Lee, 2020)
  ['author-year', /\((?:see\s+)?\p{Lu}[^()\n]{0,80}?,?\s(?:19|20)\d{2}[a-z]?(?:[;,][^()\n]{0,80})?\)/gu],
  ['doi', /\bdoi(?:\.org\/|:\s?)10\.\d{4,9}\/[^\s"<>]+/gi],
  ['pmid', /\b(?:PMID|PMCID):?\s?(?:PMC)?\d{5,9}\b/gi],
  ['trial-id', /\b(?:NCT\d{8}|ISRCTN\d{8}|EudraCT\s?\d{4}-\d{6}-\d{2})\b/g],
  // "according to the National Institute of Mental Health": a named source,
  // not the writer ("according to our medical director") nor a person's title
  ['according-to', /\b[Aa]ccording to\s+(?!(?:our|my|your|their|his|her|its|many|some|most|patients|clients|customers|guests|members|reviews?|Dr\.?|Doctor|Prof\.?|Professor)\b)(?:(?:[\p{Ll}-]+|\d{4})\s+){0,4}?\p{Lu}[\p{L}&.'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'-]*){0,6}/gu],
  // "a 2020 study from Johns Hopkins University", "researchers at Yale": a named institution
  ['named-study', /\b(?:[Ss]tud(?:y|ies)|[Tt]rials?|[Rr]esearch(?:ers)?|[Ss]cientists|[Rr]eview|[Mm]eta-analysis|[Ss]urvey|[Rr]eport)\s+(?:from|at|by|conducted (?:at|by)|led by|published by|funded by)\s+(?:the\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?\p{Lu}[\p{L}&.'-]*){0,6}/gu],
  // "published in JAMA Psychiatry", "a 2023 trial in The Lancet"
  ['published-in', /\b(?:published|reported|appeared|study|trial|review|meta-analysis|analysis|paper)\s+(?:published\s+)?in\s+(?:the\s+)?(?:journal\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,5}/gu]
]

/** Every citation marker in `text`, in order. */
export function findCitations(text: string): CitationFound[] {
  const found: CitationFound[] = []
  for (const [kind, pattern] of patterns) {
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text))) {
      found.push({kind, start: match.index, end: match.index + match[0].length, value: match[0]})
    }
  }

  return found.sort((a, b) => a.start - b.start)
}

/** Paths of pages that sell or book rather than inform. */
const commercialPath = /\b(?:contact|book(?:ing)?|appointments?|schedule|consult(?:ation)?|pricing|prices|shop|cart|checkout|buy|order|signup|sign-up|register)\b/i

/**
 * Whether a link can count as a source for a claim: an absolute web address
 * that is not a booking, contact or shop page.
 */
export function isEvidenceUrl(url: string): boolean {
  if (!/^(?:https?:\/\/|www\.)/i.test(url)) return false
  const path = url.replace(/^(?:https?:\/\/)?[^/]+/i, '')
  return !commercialPath.test(path)
}
