import {findExperts, hasRoleWord} from '../text/attribution.js'
import {contextWordSet} from '../text/context-words.js'
import {loadWordLists} from '../text/word-lists.js'
import {type Quote, findQuotes, quoteAround} from './quotes.js'
import {shownText} from './shown-text.js'
import type {Block, Document, Sentence, Token} from './types.js'

/**
 * A patient's own words: a quotation in the first person (or signed with a
 * name after a dash) that no expert or member of staff speaks. The
 * testimonial rule asks for a typical-results statement for these; the claim
 * rules leave the outcomes a patient tells of to it, and still read what
 * staff and experts say ("I have watched it cure depression", says the
 * medical director).
 */

const words = loadWordLists('testimony', ['firstPerson', 'thirdPerson', 'authorVoice', 'storyVerbs', 'notFirstNames'] as const)

const firstPerson = new Set(words.firstPerson)

/** Whether `quote` is a patient speaking of themselves. */
export function isPatientQuote(document: Document, quote: Quote): boolean {
  const inside = tokensOf(quote.block.sentences, quote.start, quote.end)
  if (!inside.some((token) => firstPerson.has(token.lower)) && !signedByName(document, quote)) return false
  return !spokenByStaff(document, quote) && !inPractitionerVoice(inside)
}

const practiceWords = contextWordSet('practiceWords')

/** "With my approach, 90% of clients...", "in my own practice": a practitioner speaking, not a patient. */
function inPractitionerVoice(inside: readonly Token[]): boolean {
  for (let index = 0; index < inside.length - 1; index++) {
    const word = inside[index].lower
    if (word !== 'my' && word !== 'our') continue
    // "my own practice"
    const next = inside[index + 1].lower === 'own' ? inside[index + 2]?.lower : inside[index + 1].lower
    if (next !== undefined && practiceWords.has(next)) return true
  }

  return false
}

/** The patient quotation holding `start..end`, if there is one. */
export function patientQuoteAround(document: Document, start: number, end: number): Quote | undefined {
  const quote = quoteAround(document, start, end)
  if (!quote) return undefined
  const verdicts = document.shared('testimony:patient-quotes', () => new Map<Quote, boolean>())
  let verdict = verdicts.get(quote)
  if (verdict === undefined) verdicts.set(quote, (verdict = isPatientQuote(document, quote)))
  return verdict ? quote : undefined
}

/** Every patient quotation, in document order. */
export function findPatientQuotes(document: Document): Quote[] {
  return findQuotes(document).filter((quote) => patientQuoteAround(document, quote.start, quote.end) === quote)
}

/** "“Life-changing.” – Mark T.": a quotation signed with a name after a dash. */
function signedByName(document: Document, quote: Quote): boolean {
  return /^\W{0,2}\s*[\u2014\u2013-]\s*\p{Lu}/u.test(document.text.slice(quote.end, Math.min(quote.block.end, quote.end + 12)))
}

/** Quoted staff or experts ("says Dr. Hale", "our nurse Jo explains") are not patients. */
function spokenByStaff(document: Document, quote: Quote): boolean {
  const outside = [
    ...tokensOf(quote.block.sentences, quote.block.start, quote.start),
    ...tokensOf(quote.block.sentences, quote.end, quote.block.end)
  ]
  // A quotation that opens its paragraph may be introduced by the one before.
  const previous = document.blocks[quote.block.index - 1]
  if (previous && quote.start - quote.block.start <= 2 && previous.kind !== 'heading') {
    outside.push(...tokensOf(previous.sentences, previous.start, previous.end))
  }

  return findExperts(outside).length > 0 || hasRoleWord(outside)
}

export function tokensOf(sentences: readonly Sentence[], start: number, end: number): Token[] {
  return sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.start >= start && token.end <= end))
}

/**
 * A story someone tells of their own treatment without quotation marks, or
 * one told about a named patient: the testimonial rule asks for a
 * typical-results statement for these too, and the risk rule reads them as
 * praise of the treatment the page is about.
 */
export interface Story {
  /** `self`: told in the first person ("I went in for detox ..."); `named`: about a named person ("When Maria came to us ..."). */
  teller: 'self' | 'named'
  /** The sentences of the story in the article, in order. */
  sentences: Sentence[]
}

/** Sentences in the article's own voice: not in the comments, a reference list or a quotation. */
function articleSentences(document: Document): Sentence[] {
  return document.shared('testimony:article-sentences', () =>
    document.sentences.filter((sentence) => {
      const role = document.sections[sentence.block.section]?.role
      if (role === 'comments' || role === 'references' || sentence.block.footnote || sentence.block.quoted) return false
      if (document.commentsSection && sentence.start >= document.commentsSection.start) return false
      return !quoteAround(document, sentence.start, sentence.end)
    })
  )
}

/**
 * Words of a writer speaking as author, editor or clinician rather than as a
 * patient: "In this article I'll look at", "I recommend", "I can attest",
 * "my patients", "came to my clinic".
 */
const authorVoice = words.authorVoice.map((phrase) => phrase.split(' '))

function hasSequence(tokens: readonly Token[], sequences: readonly string[][]): boolean {
  return tokens.some((_, index) => sequences.some((sequence) => sequence.every((word, offset) => tokens[index + offset]?.lower === word)))
}

/** A sentence a writer says of themselves as a patient or user ("I remember sitting in my car ..."). */
export function isFirstPersonTelling(sentence: Sentence): boolean {
  if (sentence.tokens.at(-1)?.text === '?') return false
  return sentence.tokens.some((token) => firstPerson.has(token.lower)) && !hasSequence(sentence.tokens, authorVoice)
}

/** A star rating: "★★★★★", "4.5/5", "5 stars". */
const starRating = /[★☆⭐]{3,}|\b[1-5](?:\.\d)?\s*(?:\/\s*5|out of 5|stars?)\b/u

/**
 * A customer review: a sentence in the first person, in a block that holds a
 * star rating or just after one ("★★★★★ Life changer" / "First night with
 * the band I slept seven hours."), that tells a result (`tellsOutcome`).
 */
export function findReviewTelling(document: Document, tellsOutcome: (sentence: Sentence) => boolean): Sentence | undefined {
  for (const sentence of articleSentences(document)) {
    if (isInReview(document, sentence.block) && isFirstPersonTelling(sentence) && tellsOutcome(sentence)) return sentence
  }

  return undefined
}

/** A block of a customer review: it holds a star rating, or follows one. */
export function isInReview(document: Document, block: Block): boolean {
  return holdsRating(block) || (block.index > 0 && holdsRating(document.blocks[block.index - 1]))
}

/** Whether a block holds a star rating, tested once per block: every sentence of a long block asks. */
const rated = new WeakMap<Block, boolean>()

function holdsRating(block: Block): boolean {
  let holds = rated.get(block)
  if (holds === undefined) rated.set(block, (holds = starRating.test(block.prose)))
  return holds
}

/**
 * A story in the writer's own voice: at least two sentences in the first
 * person that are not the author's or a clinician's voice, and one of them,
 * or a sentence about "him" or "her" in the same paragraph (a parent's
 * account of a son), telling what changed (judged by `tellsOutcome`).
 */
export function findFirstPersonStory(document: Document, tellsOutcome: (sentence: Sentence) => boolean): Story | undefined {
  const sentences = articleSentences(document).filter((sentence) => sentence.role === 'body')
  const told = new Set(sentences.filter((sentence) => isFirstPersonTelling(sentence)))
  if (told.size < 2) return undefined
  // A family member's account tells the outcome of "he" or "she" beside the teller's own sentences.
  const blocks = new Set([...told].map((sentence) => sentence.block))
  const story = sentences.filter(
    (sentence) => told.has(sentence) || (blocks.has(sentence.block) && sentence.tokens.some((token) => thirdPerson.has(token.lower)))
  )
  return story.some(tellsOutcome) ? {teller: 'self', sentences: story} : undefined
}

const thirdPerson = new Set(words.thirdPerson)

/** Verbs a case story puts after the patient's name ("Bryan sat", "Maria came to us"). */
const storyVerbs = new Set(words.storyVerbs)

/** Words that open a sentence but are not a name. */
const notFirstNames = new Set(words.notFirstNames)

/**
 * The patient a sentence tells of by name: a capitalised name (not an
 * expert's: no title or credential) followed by a verb of the story
 * ("Bryan Peterson sat ...", "When Maria came to us ...").
 */
function namedPatient(tokens: readonly Token[]): string | undefined {
  for (let index = 0; index < Math.min(tokens.length, 6); index++) {
    const token = tokens[index]
    if (token.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || notFirstNames.has(token.lower)) continue
    let end = index + 1
    if (tokens[end]?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(tokens[end].text)) end++
    const found = tokens.slice(index, end)
    // "When Marcus, 26, arrived": the age in apposition.
    if (tokens[end]?.lower === ',' && tokens[end + 1]?.kind === 'number' && tokens[end + 2]?.lower === ',') end += 3
    const verb = tokens[end]
    if (!verb || !storyVerbs.has(verb.lower)) continue
    const before = tokens[index - 1]?.lower
    if (index > 0 && before !== 'when' && before !== 'then' && before !== ',') continue
    if (findExperts(tokens.slice(Math.max(0, index - 1), end + 1)).length > 0 || hasRoleWord(tokens.slice(Math.max(0, index - 1), index))) continue
    return found.at(-1)!.text
  }

  return undefined
}

/**
 * A story told about a named patient: a sentence that makes the patient the
 * subject of a past-tense verb, the name coming back (or "he", "she") in at
 * least two more sentences, and one sentence of the story (judged by
 * `tellsOutcome`) telling what changed.
 */
export function findCaseStory(document: Document, tellsOutcome: (sentence: Sentence) => boolean): Story | undefined {
  const sentences = articleSentences(document).filter((sentence) => sentence.role === 'body')
  for (const [index, sentence] of sentences.entries()) {
    const name = namedPatient(sentence.tokens)
    if (!name) continue
    const story = [sentence]
    for (const next of sentences.slice(index + 1, index + 12)) {
      if (next.tokens.some((token) => token.text === name || token.lower === 'he' || token.lower === 'she' || token.lower === 'his' || token.lower === 'her')) story.push(next)
    }

    if (story.length >= 3 && story.some(tellsOutcome)) return {teller: 'named', sentences: story}
  }

  return undefined
}

/** A quotation that asks ("Will I ever feel better?"): a worry voiced, not a result told. */
export function isQuotedQuestion(document: Document, quote: Quote): boolean {
  const text = shownText(document, quote.start, quote.end)
  for (let index = text.length - 1; index >= 0; index--) {
    const char = text.charAt(index)
    if (char === '?') return true
    if (/[\p{L}\p{N}]/u.test(char)) return false
  }

  return false
}
