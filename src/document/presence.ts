import {isNegated} from '../text/context.js'
import {PhraseMatcher, PhraseSyntaxError, compilePhrase} from '../text/phrase-matcher.js'
import type {Document, SectionRole, Sentence} from './types.js'

/**
 * Presence detectors for document-level checks ("does the article name a
 * risk?", "is a crisis line given?"): what counts is the article itself,
 * never the readers' comments under it.
 */

/** A phrase found in a sentence, as lexicon matches and `findPhrases` give it. */
export interface FoundPhrase {
  sentence: Sentence
  startToken: number
  endToken: number
  start: number
  end: number
}

/** A lexicon match or another found phrase with a tag, field by field (cheaper than spreading a match). */
export function withTag(found: FoundPhrase, tag: string): FoundPhrase & {tag: string} {
  return {sentence: found.sentence, startToken: found.startToken, endToken: found.endToken, start: found.start, end: found.end, tag}
}

/** Whether `offset` lies in the comments under the article. */
export function inComments(document: Document, offset: number): boolean {
  const section = document.commentsSection
  // In HTML the page may go on after its comments area.
  return section !== undefined && offset >= section.start && offset < section.end
}

/** The role of the section a sentence is in (`body`, `risks`, `references`, `comments`). */
export function sectionRole(document: Document, sentence: Sentence): SectionRole {
  return document.sections[sentence.block.section]?.role ?? 'body'
}

export interface ArticleFilter {
  /** Section roles to leave out besides comments (e.g. `references`). */
  skipRoles?: readonly SectionRole[]
  /** Leave out matches with a negator shortly before them ("no nausea"). */
  skipNegated?: boolean
  /** Leave out questions ("Can I take ketamine at home?"). */
  skipQuestions?: boolean
}

/** The matches that belong to the article: not in comments, and as `filter` asks. */
export function inArticle<T extends FoundPhrase>(document: Document, matches: readonly T[], filter: ArticleFilter = {}): T[] {
  return matches.filter((match) => {
    const role = sectionRole(document, match.sentence)
    if (role === 'comments' || inComments(document, match.start)) return false
    if (filter.skipRoles?.includes(role)) return false
    if (filter.skipNegated && isNegated(match.sentence.tokens, match.startToken)) return false
    if (filter.skipQuestions && isQuestion(match.sentence)) return false
    return true
  })
}

/** A sentence that asks rather than states. */
export function isQuestion(sentence: Sentence): boolean {
  return sentence.tokens.at(-1)?.text === '?'
}

const matchers = new Map<string, PhraseMatcher>()

/**
 * Phrases that do not come from a lexicon (a rule's options, e.g. treatments
 * or crisis resources added in configuration), found in the article's
 * sentences. Compiled once per list, searched once per document.
 */
export function findPhrases(document: Document, phrases: readonly string[]): Array<FoundPhrase & {phrase: number}> {
  if (phrases.length === 0) return []
  const key = JSON.stringify(phrases)
  return document.shared(`phrases:${key}`, () => {
    let matcher = matchers.get(key)
    if (!matcher) matchers.set(key, (matcher = compileOptionPhrases(phrases)))
    const found: Array<FoundPhrase & {phrase: number}> = []
    for (const sentence of document.sentences) {
      if (sentence.tokens.length === 0 || inComments(document, sentence.start)) continue
      for (const match of matcher.match(sentence.tokens)) found.push({...match, sentence})
    }

    return found
  })
}

/** Compile phrases from configuration, naming the phrase that is wrong. */
function compileOptionPhrases(phrases: readonly string[]): PhraseMatcher {
  for (const phrase of phrases) {
    try {
      compilePhrase(phrase)
    } catch (error) {
      if (error instanceof PhraseSyntaxError) throw new Error(`phrase "${phrase}" in the rule's options: ${error.message}`)
      throw error
    }
  }

  return new PhraseMatcher(phrases)
}

/**
 * Phrases from a `record` option (a name for each list: a treatment, a
 * locale), found in the article and tagged `<prefix>:<name>` like the
 * lexicon entries they extend.
 */
export function findTaggedPhrases(
  document: Document,
  record: Readonly<Record<string, readonly string[]>>,
  prefix: string
): Array<FoundPhrase & {tag: string}> {
  const phrases: string[] = []
  const tags: string[] = []
  for (const [name, list] of Object.entries(record)) {
    for (const phrase of list) {
      phrases.push(phrase)
      tags.push(`${prefix}:${name}`)
    }
  }

  return findPhrases(document, phrases).map((found) => ({...found, tag: tags[found.phrase]}))
}
