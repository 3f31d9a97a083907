import {readingOf} from '../../src/document/readability.js'
import {readDataFile} from '../../src/text/prepared-data.js'
import type {Document, Sentence} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import type {Report, RuleMatch} from '../../src/rule/types.js'
import {acronymOf, isInName, isShouting, isSpelledOutAt, looseText} from '../../src/text/acronyms.js'

interface Options {
  acronyms: boolean
  knownAcronyms: string[]
}

interface AcronymData {
  known: string[]
  expansions: Record<string, string>
}

let acronymData: AcronymData | undefined

/** The known acronyms for each configured list: built once, not for every file. */
const knownByOption = new WeakMap<readonly string[], Set<string>>()

function knownAcronyms(data: AcronymData, configured: readonly string[]): Set<string> {
  let known = knownByOption.get(configured)
  if (!known) knownByOption.set(configured, (known = new Set([...data.known, ...configured.map((value) => value.toUpperCase())])))
  return known
}

export default defineRule<Options>({
  meta: {
    id: 'plain-words',
    category: 'readability',
    severity: 'info',
    fixable: false,
    description: 'Jargon with a plain alternative, and acronyms not spelled out at first use.',
    messages: {
      jargon: {message: "'{phrase}' is jargon for most readers", help: 'Write {plain}. Source: {source}'},
      'jargon-note': {message: "'{phrase}' is jargon for most readers", help: 'Write {plain}; {note}. Source: {source}'},
      acronym: {message: "'{acronym}' is not spelled out", help: "Write '{spelled}' the first time. Source: Federal Plain Language Guidelines."},
      'acronym-unknown': {
        message: "'{acronym}' is not spelled out",
        help: "Write the full name the first time, with '{acronym}' after it in brackets. Source: Federal Plain Language Guidelines."
      }
    },
    options: {
      acronyms: {type: 'boolean', default: true, description: 'Check that acronyms are spelled out at first use.'},
      knownAcronyms: {type: 'string[]', default: [], description: 'Acronyms your readers know (added to the built-in list).'}
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, options, report}) {
    const prose = new Set(readingOf(document).sentences.map((item) => item.sentence))

    // Jargon: once per entry, at its first use in prose, unless explained in brackets there.
    const seen = new Set<RuleMatch['entry']>()
    for (const match of matches) {
      if (!prose.has(match.sentence) || seen.has(match.entry)) continue
      seen.add(match.entry)
      const tokens = match.sentence.tokens
      if (tokens[match.endToken]?.text === '(' || tokens[match.startToken - 1]?.text === '(') continue
      const plain = match.entry.suggest ?? []
      const data = {
        phrase: match.text,
        plain: plain.map((word) => `'${word}'`).join(' or '),
        source: match.entry.source ?? 'Federal Plain Language Guidelines; CDC, Everyday Words for Public Health Communication'
      }
      report({
        start: match.start,
        end: match.end,
        ...(match.entry.note ? {messageId: 'jargon-note', data: {...data, note: match.entry.note}} : {messageId: 'jargon', data}),
        suggestions: plain
      })
    }

    if (options.acronyms) checkAcronyms(document, prose, options, report)
  }
})

function checkAcronyms(document: Document, prose: Set<Sentence>, options: Options, report: (found: Report) => void): void {
  acronymData ??= readAcronyms(new URL('acronyms.yml', import.meta.url))
  const known = knownAcronyms(acronymData, options.knownAcronyms)
  const defined = new Set<string>()
  const firstUse = new Map<string, {sentence: Sentence; token: number; uses: number}>()
  /** Each sentence's `looseText`, made when an expansion is first looked for. */
  const looseProse: string[] = []

  for (const sentence of document.sentences) {
    for (let index = 0; index < sentence.tokens.length; index++) {
      const token = sentence.tokens[index]
      const acronym = acronymOf(token)
      if (!acronym || known.has(acronym) || isShouting(sentence.tokens, index)) continue
      if (isSpelledOutAt(sentence.tokens, index)) defined.add(acronym)
      if (!prose.has(sentence) || isInName(sentence.tokens, index)) continue
      const use = firstUse.get(acronym)
      if (use) use.uses++
      else if (!defined.has(acronym) && !expandedBefore(document, sentence, acronymData.expansions[acronym], looseProse)) firstUse.set(acronym, {sentence, token: index, uses: 1})
      else defined.add(acronym)
    }
  }

  for (const [acronym, use] of firstUse) {
    const expansion = acronymData.expansions[acronym]
    if (!expansion && use.uses < 2) continue
    const token = use.sentence.tokens[use.token]
    const spelled = expansion && token.text.endsWith('s') ? `${expansion}s (${token.text})` : `${expansion} (${token.text})`
    report({
      start: token.start,
      end: token.end,
      ...(expansion ? {messageId: 'acronym', data: {acronym: token.text, spelled}} : {messageId: 'acronym-unknown', data: {acronym: token.text}}),
      ...(expansion ? {suggestions: [spelled]} : {})
    })
  }
}

/** The expansion appears in the text before this sentence ends. */
function expandedBefore(document: Document, sentence: Sentence, expansion: string | undefined, looseProse: string[]): boolean {
  if (!expansion) return false
  const wanted = looseText(expansion)
  for (const other of document.sentences) {
    if (other.start > sentence.start) break
    looseProse[other.index] ??= looseText(other.prose)
    if (looseProse[other.index].includes(wanted)) return true
  }

  return false
}

/** The acronym data, checked: a list of known acronyms and a map of expansions. */
function readAcronyms(url: URL): AcronymData {
  const data = readDataFile(url) as Partial<AcronymData> | null
  const known = data?.known
  const expansions = data?.expansions
  if (!Array.isArray(known) || !known.every((value) => typeof value === 'string')) throw new Error(`${url.pathname}: "known" must be a list of acronyms`)
  if (typeof expansions !== 'object' || expansions === null || !Object.values(expansions).every((value) => typeof value === 'string')) {
    throw new Error(`${url.pathname}: "expansions" must map each acronym to its words`)
  }

  return {known: known.map((value) => value.toUpperCase()), expansions}
}
