import {findExperts, hasRoleWord} from '../text/attribution.js'
import {contextWordSet} from '../text/context-words.js'
import {wordClasses} from '../text/word-classes.js'
import {loadWordLists} from '../text/word-lists.js'
import {startsWithCapital} from '../text/word-shapes.js'
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

const words = loadWordLists('testimony', ['firstPerson', 'familyNouns', 'thirdPerson', 'authorVoice', 'storyVerbs', 'notFirstNames', 'suggestedSpeech', 'storyIntroductions', 'storyPeople', 'pastTellingVerbs', 'readerWords'] as const)

const firstPerson = new Set(words.firstPerson)
const familyNouns = new Set(words.familyNouns)

/** Whether `quote` is a patient speaking of themselves. */
export function isPatientQuote(document: Document, quote: Quote): boolean {
  const inside = tokensOf(quote.block.sentences, quote.start, quote.end)
  if (!inside.some((token) => firstPerson.has(token.lower)) && !tellsOfOwnFamily(inside) && !signedByName(document, quote)) return false
  return !spokenByStaff(document, quote) && !inPractitionerVoice(inside) && !offeredToSay(quote)
}

/** "Our son came home talking to us again": a parent's account of their own child, in "our" as much as in "my". */
function tellsOfOwnFamily(inside: readonly Token[]): boolean {
  return inside.some((token, index) => (token.lower === 'our' || token.lower === 'my') && familyNouns.has(inside[index + 1]?.lower ?? ''))
}

const suggestedSpeech = new Set(words.suggestedSpeech)

/**
 * 'Try saying: "I can do this."', 'When it starts, tell yourself: "..."': words offered
 * for the reader to say, the offer opening the sentence or the clause after a comma.
 */
function offeredToSay(quote: Quote): boolean {
  const sentence = quote.block.sentences.find((item) => item.end > quote.start)
  if (!sentence || sentence.start >= quote.start) return false
  const before = sentence.tokens.filter((token) => token.end <= quote.start)
  return before.some((token, index) => token.kind === 'word' && suggestedSpeech.has(token.lower) && (index === 0 || before[index - 1].lower === ','))
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
  // Who speaks is said beside the quotation: in its own sentences, in the
  // one before when it opens a sentence ("Dr. Hale has seen hundreds. 'I ...'"),
  // or in the one after when it closes one.
  // A role named further off in the paragraph ("My doctor walked me through
  // it", quoted next) is someone the speaker talks about.
  const {sentences} = quote.block
  const first = Math.max(0, sentences.findIndex((sentence) => sentence.end > quote.start))
  const last = sentences.findLastIndex((sentence) => sentence.start < quote.end)
  const opensSentence = quote.start - sentences[first].start <= 2
  const from = opensSentence && first > 0 ? sentences[first - 1].start : sentences[first].start
  // A quotation that closes its sentence is signed in the next one ('..." - Dev Raman, founder').
  const closesSentence = last >= 0 && sentences[last].end - quote.end <= 2 && last + 1 < sentences.length
  const to = last < 0 ? quote.block.end : sentences[closesSentence ? last + 1 : last].end
  // A quotation signed after a dash ('..." - Daniel, veteran') names its speaker there: the
  // sentence or paragraph before it ("a referral from your GP") speaks of someone else.
  if (signedByName(document, quote)) {
    const signature = tokensOf(sentences, quote.end, to)
    return findExperts(signature).length > 0 || hasRoleWord(signature)
  }

  const outside = [...tokensOf(sentences, from, quote.start), ...tokensOf(sentences, quote.end, to)]
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

/**
 * A sentence a writer says of themselves as a patient or user ("I remember
 * sitting in my car ..."), or of their own family ("Our son was diagnosed
 * in May"): "we" alone is a clinic's voice, "our daughter" is not.
 */
export function isFirstPersonTelling(sentence: Sentence): boolean {
  const {tokens} = sentence
  if (tokens.at(-1)?.text === '?') return false
  const told = tokens.some(
    (token, index) => firstPerson.has(token.lower) || (token.lower === 'our' && familyNouns.has(tokens[index + 1]?.lower ?? ''))
  )
  return told && !hasSequence(tokens, authorVoice)
}

const pastTellingVerbs = new Set(words.pastTellingVerbs)
/** Words of the reader addressed, which turn a story into a promise ("and you will too"). */
const readerWords = new Set(words.readerWords)
/** The people a clinic counts ("most participants felt calmer"): a practitioner telling of others, not a story of one's own. */
const countedPeople = new Set(wordClasses.patient?.members ?? [])

/**
 * A sentence of the writer's own story told in the past ("Within a month the panic attacks had
 * stopped completely", "within a week the meltdowns were gone"): in the first person, or beside a
 * first-person sentence in its paragraph, with a past-tense verb and no word to the reader. What
 * happened to one person is testimony, which testimonial-disclosure reads, not the page's claim.
 */
export function isOwnStoryTold(sentence: Sentence): boolean {
  const {tokens} = sentence
  if (tokens.some((token) => readerWords.has(token.lower) || countedPeople.has(token.lower))) return false
  if (!tokens.some((token) => pastTellingVerbs.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith('ed') && token.kind === 'word'))) return false
  return isFirstPersonTelling(sentence) || toldInFirstPerson(sentence.block)
}

/** Whether a paragraph holds a sentence in the first person, read once per paragraph (a long one would be read again for each of its sentences). */
const firstPersonBlocks = new WeakMap<Block, boolean>()
function toldInFirstPerson(block: Block): boolean {
  let told = firstPersonBlocks.get(block)
  if (told === undefined) firstPersonBlocks.set(block, (told = block.sentences.some((sentence) => isFirstPersonTelling(sentence))))
  return told
}

/**
 * A testimonial without quotation marks, signed after a dash at the end of
 * its paragraph ("We took our son off his stimulant in June. ... – Erin, mom
 * of Caleb (9)"): a sentence of it in the first person that tells a result
 * (`tellsOutcome`). A signature with a title or credential ("– Dana Ruiz,
 * LCSW") is a member of staff, not a patient.
 */
export function findSignedTelling(document: Document, tellsOutcome: (sentence: Sentence) => boolean): Sentence | undefined {
  const article = new Set(articleSentences(document))
  const quoted = new Set(findQuotes(document).map((quote) => quote.block))
  for (const block of document.blocks) {
    // A signed quotation is the quotation check's (an epigraph among them).
    if (block.kind === 'heading' || quoted.has(block)) continue
    const tokens = block.sentences.flatMap((sentence) => sentence.tokens)
    const at = signatureAt(tokens)
    if (at < 0) continue
    const signer = tokens.slice(at)
    if (findExperts(signer).length > 0 || hasRoleWord(signer)) continue
    const signatureStart = tokens[at].start
    const told = block.sentences.find(
      (sentence) => sentence.start < signatureStart && article.has(sentence) && isFirstPersonTelling(sentence) && tellsOutcome(sentence)
    )
    if (told) return told
  }

  return undefined
}

/** Dashes that sign a paragraph (normalised tokens keep "-"; the others in case). */
const dashes = new Set(['-', '--', '\u2013', '\u2014'])

/** Tokens a signature may hold at most: "– Erin, mom of Caleb (9)". */
const maxSignatureTokens = 12

/**
 * Where a paragraph's signature starts: a spaced dash near the end, then a
 * capitalised name, then nothing but more of the name or, after a comma, a
 * short description ("– Alicia, 41", "— Mark T.", "- Erin, mom of Caleb (9)").
 * -1 when the paragraph ends otherwise ("— Anna says it changed her life").
 */
function signatureAt(tokens: readonly Token[]): number {
  for (let index = tokens.length - 2; index >= Math.max(3, tokens.length - maxSignatureTokens); index--) {
    const dash = tokens[index]
    if (!dashes.has(dash.text) || dash.attached) continue
    const name = tokens[index + 1]
    if (name.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(name.text) || notFirstNames.has(name.lower)) return -1
    for (const next of tokens.slice(index + 2)) {
      if (next.text === ',' || next.text === '(') return index
      if (next.kind === 'word' && !startsWithCapital(next.text)) return -1
    }

    return index
  }

  return -1
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
  // So does a sentence of the teller's paragraph told in the past ("Within a month the panic attacks had stopped").
  const story = sentences.filter(
    (sentence) =>
      told.has(sentence) ||
      (blocks.has(sentence.block) && (sentence.tokens.some((token) => thirdPerson.has(token.lower)) || isOwnStoryTold(sentence)))
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
  const introduced = introducedPatient(tokens)
  if (introduced) return introduced
  for (let index = 0; index < Math.min(tokens.length, 6); index++) {
    const token = tokens[index]
    if (token.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || notFirstNames.has(token.lower)) continue
    let end = index + 1
    if (tokens[end]?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(tokens[end].text)) end++
    const found = tokens.slice(index, end)
    // "When Marcus, 26, arrived", "Dana, a teacher in her forties, came": an age or a description in apposition.
    if (tokens[end]?.lower === ',') end = afterApposition(tokens, end)
    const verb = tokens[end]
    if (!verb || !storyVerbs.has(verb.lower)) continue
    const before = tokens[index - 1]?.lower
    if (index > 0 && before !== 'when' && before !== 'then' && before !== ',') continue
    if (findExperts(tokens.slice(Math.max(0, index - 1), end + 1)).length > 0 || hasRoleWord(tokens.slice(Math.max(0, index - 1), index))) continue
    return found.at(-1)!.text
  }

  return undefined
}

/** How many tokens a description in apposition may run to ("Dana, a nurse in her forties, came"). */
const appositionReach = 14

/**
 * The token after a description in apposition that opens with the comma at
 * `comma` ("Anna, 38, from Lisbon, arrived"): after the last comma within
 * reach that a story verb follows, or `comma` itself when there is none.
 */
function afterApposition(tokens: readonly Token[], comma: number): number {
  for (let at = Math.min(tokens.length - 2, comma + appositionReach); at > comma; at--) {
    if (tokens[at].lower === ',' && storyVerbs.has(tokens[at + 1]?.lower ?? '')) return at + 1
  }

  return comma
}

const storyIntroductions = new Set(words.storyIntroductions)
const storyPeople = new Set(words.storyPeople)

/**
 * A patient introduced by the writer: "Take Rafael.", "Meet our customer
 * Tasha.", or one left unnamed: "One of my clients, a nurse in her forties,
 * came to me". The story then goes on with "he" or "she".
 */
function introducedPatient(tokens: readonly Token[]): string | undefined {
  const wordTokens = tokens.filter((token) => token.kind === 'word')
  if (wordTokens.length === 0) return undefined
  // "Take Rafael.", "Meet our client Tasha."
  if (storyIntroductions.has(wordTokens[0].lower) && wordTokens.length <= 4) {
    const name = wordTokens.at(-1)!
    const between = wordTokens.slice(1, -1)
    if (/^\p{Lu}\p{Ll}+$/u.test(name.text) && !notFirstNames.has(name.lower) && between.every((word) => word.lower === 'our' || word.lower === 'my' || storyPeople.has(word.lower))) return name.text
  }

  // "One of my clients, a nurse in her forties, came to me"
  const [one, of, owner, people] = wordTokens
  if (one.lower === 'one' && of?.lower === 'of' && (owner?.lower === 'my' || owner?.lower === 'our') && people && storyPeople.has(people.lower.replace(/s$/, ''))) {
    const after = tokens.indexOf(people) + 1
    const verbAt = tokens[after]?.lower === ',' ? afterApposition(tokens, after) : after
    if (storyVerbs.has(tokens[verbAt]?.lower ?? '')) return people.text
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

    // Two sentences are enough when the second tells what changed ("When Kayla arrived at 19, ... She left us eating three meals a day").
    if ((story.length >= 3 && story.some(tellsOutcome)) || (story.length === 2 && tellsOutcome(story[1]))) return {teller: 'named', sentences: story}
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
