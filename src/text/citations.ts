import {alternatives, loadWordLists} from './word-lists.js'

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
  | 'guideline-id'
  | 'source-site'
  | 'according-to'
  | 'published-in'
  | 'named-study'
  | 'sample-size'

export interface CitationFound {
  kind: CitationKindFound
  start: number
  end: number
  value: string
}

/**
 * A pattern, with the strings one of which every match contains (case as
 * written): a sentence with none of them skips the pattern. Most sentences
 * cite nothing, and the Unicode patterns are the costly part.
 */
interface CitationPattern {
  kind: CitationKindFound
  pattern: RegExp
  clues?: readonly string[]
}

const studyWords = ['tud', 'rial', 'esearch', 'cientists', 'eview', 'eta-analysis', 'urvey', 'eport']

/** The word lists of `data/citations.yml`: sales links, reports of a study and health agencies (the claim scope reads them too). */
export const citationWords = loadWordLists('citations', ['commercialPaths', 'callToActionLinks', 'reportNouns', 'genericInstitutions', 'placeNames', 'healthAgencies', 'organisationNouns'] as const)

/** Agencies by short name, in capitals ("WHO", not "who"). */
const agencies = alternatives(citationWords.healthAgencies.map((name) => name.toUpperCase()))
/** "Brazilian universities": a kind of institution, not one a reader can find. */
const genericInstitutions = alternatives(citationWords.genericInstitutions)
/** The head noun of an organisation spelled out in brackets, capitalised ("Association", "Institute"). */
const organisationNouns = alternatives(citationWords.organisationNouns.map((name) => name[0].toUpperCase() + name.slice(1)))
/** "Research from Israel": a country alone, not a source ("the Israel Institute of Technology" is one). */
const placeNames = alternatives(citationWords.placeNames.map((name) => (name.length <= 3 ? name.toUpperCase() : name[0].toUpperCase() + name.slice(1))))

const patterns: CitationPattern[] = [
  // [1], [2, 3], [4-6], [^1] written out in plain text
  {kind: 'numeric', pattern: /\[\^?\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,8}\]/g, clues: ['[']},
  // "... with half achieving remission (1)." - a numbered reference after a
  // word and before the end of the clause, not "(1) fill out the form"
  {kind: 'numeric', pattern: /(?<=\w[\p{P}]?\s?)\(\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,8}\)(?=\s*(?:[.,;:!?]|$))/gu, clues: ['(']},
  // "(PMC)", "(PubMed)": the reference list a scraped page points to
  {kind: 'numeric', pattern: /\((?:PMC|PubMed|ScienceDirect|Cochrane|medRxiv|bioRxiv)\)/g, clues: ['(']},
  // (Smith et al., 2023), (Smith & Jones 2021), (World Health Organization, 2022; Lee, 2020), (for example, Lee et al., 2019)
  {kind: 'author-year', pattern: /\((?:(?:see|e\.g\.,?|for example,|for instance,|cf\.)\s+)?\p{Lu}[^()\n]{0,80}?,?\s(?:19|20)\d{2}[a-z]?(?:[;,][^()\n]{0,80})?\)/gu, clues: ['(']},
  // "(see the product information and Mendel et al., Eur Psychiatry, 2021)": "et al." and a year anywhere in a longer aside
  {kind: 'author-year', pattern: /\((?!(?:(?:see|e\.g\.,?|for example,|for instance,|cf\.)\s+)?\p{Lu})[^()\n]{0,120}?\b\p{Lu}[\p{L}'-]+ et al\.?,?[^()\n]{0,60}?\b(?:19|20)\d{2}[a-z]?[^()\n]{0,40}\)/gu, clues: ['et al']},
  // "NIDA estimates that...", "(SAMHSA, 2023)": a public health agency named as the source, not the
  // short name after the full one ("the National Institute of Mental Health (NIMH)")
  {kind: 'according-to', pattern: new RegExp(`\\b(?:${agencies})(?:'s)?\\s+(?:estimates|estimated|reports|reported|says|said|found|finds|states|stated|notes|noted|recommends|data|figures|statistics)\\b|(?<!\\p{Lu}[\\p{L}'-]*\\s)\\((?:${agencies})(?:,?\\s*(?:19|20)\\d{2})?\\)`, 'gu')},
  // "(American Psychological Association)", "(National Institute of Mental Health)": an organisation
  // spelled out in brackets after a statement names its source as "(NIMH)" does
  {
    kind: 'according-to',
    pattern: new RegExp(`(?<=[\\p{L}\\d%]\\s?)\\((?:the\\s+)?(?=[^()\\n]{0,80}\\b(?:${organisationNouns})\\b)\\p{Lu}[\\p{L}'-]*(?:\\s+(?:(?:of|for|on|and|&)\\s+)?\\p{Lu}[\\p{L}'-]*){1,8}(?:,?\\s*(?:19|20)\\d{2})?\\)`, 'gu'),
    clues: ['(']
  },
  {kind: 'doi', pattern: /\bdoi(?:\.org\/|:\s?)10\.\d{4,9}\/[^\s"<>]+/gi},
  {kind: 'pmid', pattern: /\b(?:PMID|PMCID):?\s?(?:PMC)?\d{5,9}\b/gi},
  {kind: 'trial-id', pattern: /\b(?:NCT\d{8}|ISRCTN\d{8}|EudraCT\s?\d{4}-\d{6}-\d{2})\b/g, clues: ['NCT', 'ISRCTN', 'EudraCT']},
  // "NICE IPG542", "NICE guideline NG222": a UK guidance document a reader can look up by its number
  // "(childmind.org)", "(nimh.nih.gov)": the site of a non-profit, agency or university, given in brackets
  // where a page copied as text has lost its link. A shop's own domain (.com) is not a source.
  {kind: 'source-site', pattern: /\((?:https?:\/\/)?(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:(?:org|gov|edu|int)(?:\.[a-z]{2})?|ac\.[a-z]{2}|nhs\.uk)(?:\/[^\s()]*)?\)/gi, clues: ['.org', '.gov', '.edu', '.int', '.uk']},
  {kind: 'guideline-id', pattern: /\bNICE\s+(?:guideline\s+|guidance\s+)?(?:IPG|NG|CG|TA|QS|PH|MTG)\d{1,4}\b|\b(?:IPG|NG)\d{2,4}\b/g, clues: ['IPG', 'NG', 'NICE']},
  // "according to the National Institute of Mental Health": a named source,
  // not the writer ("according to our medical director") nor a person's title
  {
    kind: 'according-to',
    pattern: /\b[Aa]ccording to\s+(?!(?:our|my|your|their|his|her|its|many|some|most|patients|clients|customers|guests|members|reviews?|Dr\.?|Doctor|Prof\.?|Professor)\b)(?:(?:[\p{Ll}-]+|\d{4})\s+){0,4}?\p{Lu}[\p{L}&.'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'-]*){0,6}/gu,
    clues: ['ccording to']
  },
  // "a 2020 study from Johns Hopkins University": a dated study at a named institution, which a
  // reader can look up. "Researchers at Johns Hopkins have found" names no study: not a source.
  {
    kind: 'named-study',
    pattern: new RegExp(`\\b(?:19|20)\\d{2}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:[Ss]tud(?:y|ies)|[Tt]rials?|[Rr]esearch(?:ers)?|[Ss]cientists|[Rr]eview|[Mm]eta-analysis|[Ss]urvey|[Rr]eport)\\s+(?:from|at|by|conducted (?:at|by)|led by|published by|funded by)\\s+(?!(?:the\\s+)?(?:${placeNames})(?![\\p{L}&.'-])(?!\\s+(?:of\\s+)?\\p{Lu}))(?:the\\s+)?\\p{Lu}[\\p{L}&.'-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+|on\\s+)?\\p{Lu}[\\p{L}&.'-]*){0,6}(?![\\p{L}&.'-])(?!\\s+(?:${genericInstitutions})\\b)`, 'gu'),
    clues: studyWords
  },
  // "our 2023 client survey (1,212 responses)", "(n = 48)": the page's own data with how many it counted,
  // which tells the reader where the figure comes from
  {
    kind: 'sample-size',
    pattern: /\(\s*[nN]\s?=\s?\d[\d,]*\s*\)|\b(?:[Ss]urvey|[Aa]udit|[Ss]tudy|[Tt]rial|[Rr]eview|[Aa]nalysis|[Pp]oll|[Qq]uestionnaire|[Ss]ample)\b[^.()\n]{0,60}\(\s*\d[\d,]+\s+(?:responses|respondents|participants|patients|clients|people|adults|users|residents|families|parents|veterans)\b[^()\n]{0,40}\)/g,
    clues: ['(']
  },
  // "published in JAMA Psychiatry", "a 2023 trial in The Lancet", "published Friday in Nature Medicine"
  {
    kind: 'published-in',
    pattern: /\b(?:published|reported|appeared|study|trial|review|meta-analysis|analysis|paper)\s+(?:published\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|recently|online|this week|last week|last month|this month)\s+)?in\s+(?:the\s+)?(?:journal\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,5}/gu,
    clues: ['published', 'reported', 'appeared', 'study', 'trial', 'review', 'analysis', 'paper']
  }
]

/**
 * Each pattern's clues as one test: a list of a few is looked for one by one,
 * a longer one in a single pass (a pattern of the clues, escaped).
 */
const clueTests: Array<((text: string) => boolean) | undefined> = patterns.map(({clues}) => {
  if (!clues) return undefined
  if (clues.length <= 3) return (text) => includesAny(text, clues)
  const anyClue = new RegExp(clues.map((clue) => clue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
  return (text) => anyClue.test(text)
})

/** Every citation marker in `text`, in order. */
export function findCitations(text: string): CitationFound[] {
  const found: CitationFound[] = []
  for (let index = 0; index < patterns.length; index++) {
    const {kind, pattern} = patterns[index]
    const clued = clueTests[index]
    if (clued && !clued(text)) continue
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text))) {
      found.push({kind, start: match.index, end: match.index + match[0].length, value: match[0]})
    }
  }

  return found.sort((a, b) => a.start - b.start)
}

function includesAny(text: string, clues: readonly string[]): boolean {
  for (const clue of clues) if (text.includes(clue)) return true
  return false
}


/** Paths of pages that sell or book rather than inform. */
const commercialPath = new RegExp(`\\b(?:${alternatives(citationWords.commercialPaths)})\\b`, 'i')

/**
 * Whether a link can count as a source for a claim: an absolute web address
 * that is not a booking, contact or shop page.
 */
export function isEvidenceUrl(url: string): boolean {
  if (!/^(?:https?:\/\/|www\.)/i.test(url)) return false
  const path = url.replace(/^(?:https?:\/\/)?[^/]+/i, '')
  return !commercialPath.test(path)
}
