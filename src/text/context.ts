import {contextWordList, contextWordSet} from './context-words.js'
import {type MatchToken, possessiveStem} from './phrase-matcher.js'

/**
 * Context detectors shared by the claim rules: is a match negated, hedged or
 * boosted, which clause is it in, is it only mentioned ("miracle drug" in
 * scare quotes) or asked about? All work on a sentence's tokens; token
 * indices are `[start, end)` ranges into that array.
 */

export interface TokenRange {
  start: number
  end: number
}

const negators = contextWordSet('negators')

/** Words that end a clause for negation scope. */
const clauseBreakers = contextWordSet('clauseBreakers')

/** How far back a negator may stand, in words. */
const negationWindow = 6

/**
 * Verbs that report, interpret or establish a statement: a negator before
 * them denies what follows ("that does not mean it is safe", "not the same
 * as saying it is risk-free", "no trial has shown that its effects are
 * permanent"), so they do not count towards the window, and the "that" they
 * take neither ends the clause nor uses up the reach.
 */
const reportingVerbs = contextWordSet('reportingVerbs')
/** Extra reach past "or"/"nor": "has not been shown to prevent suicide or reduce ...". */
const coordinationReach = 4

/**
 * Negators that are really intensifiers, idioms or double negatives, as
 * word sequences by their first word: "not only", "no doubt", "nothing
 * short of", "nothing less than", "it is not uncommon to feel scalp discomfort".
 */
const falseNegations = byFirstWord(contextWordList('falseNegations'))

/** Negative contractions written without the apostrophe ("dont"). */
const negatorsWithoutApostrophe = contextWordSet('negatorsWithoutApostrophe')

function isFalseNegation(tokens: readonly MatchToken[], index: number): boolean {
  const word = tokens[index].lower
  // "far better" says more, not less; "far from safe" negates.
  if (word === 'far') return tokens[index + 1]?.lower !== 'from'
  return falseNegations.get(word)?.some((phrase) => continuesWith(tokens, index, phrase)) ?? false
}

/** Whether the token at `index` negates what follows it. */
export function isNegatorAt(tokens: readonly MatchToken[], index: number): boolean {
  const word = tokens[index].lower
  if (word.endsWith("n't") || negatorsWithoutApostrophe.has(word)) return true
  return negators.has(word) && !isFalseNegation(tokens, index)
}

const clauseSubjects = contextWordSet('clauseSubjects')

/**
 * A negator shortly before `startToken` in the same clause ("ketamine is not
 * a cure", "there is no cure yet", "it is a myth that ... cures").
 */
export function isNegated(tokens: readonly MatchToken[], startToken: number): boolean {
  let words = 0
  let reach = negationWindow
  for (let index = startToken - 1; index >= 0; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') {
      if (token.lower === '-' || token.lower === "'" || token.lower === '"') continue
      return false
    }

    if (token.lower === 'that' && tokens[index - 1]?.lower === 'myth') return true
    if (token.lower === 'that' && lacksEvidenceBefore(tokens, index)) return true
    if (reportingVerbs.has(token.lower)) continue
    if (token.lower === 'that' && reportingVerbs.has(tokens[index - 1]?.lower ?? '')) {
      reach += coordinationReach
      continue
    }

    if (clauseBreakers.has(token.lower)) return false
    // "it doesn't unlearn it, so the results are permanent": "so" opening a clause with its subject ("not so safe" stays one).
    if (token.lower === 'so' && clauseSubjects.has(tokens[index + 1]?.lower ?? '')) return false
    if (isNegatorAt(tokens, index)) return true
    if (token.lower === 'or') reach += coordinationReach
    if (++words >= reach) return false
  }

  return false
}

const scarceWords = contextWordSet('scarceWords')
const showingWords = contextWordSet('showingParticiples')

/**
 * "no good evidence that", "little proof that", "not a single study that":
 * the "that" at `thatIndex` follows evidence said to be lacking, so what
 * comes after it is disputed.
 */
function lacksEvidenceBefore(tokens: readonly MatchToken[], thatIndex: number): boolean {
  // "no large trial showing that ...": the noun may have its participle before "that".
  const nounIndex = showingWords.has(tokens[thatIndex - 1]?.lower ?? '') ? thatIndex - 2 : thatIndex - 1
  const noun = tokens[nounIndex]
  if (!noun || !sourceNouns.has(noun.lower)) return false
  for (let index = nounIndex - 1; index >= Math.max(0, nounIndex - 5); index--) {
    if (tokens[index].lower === ',') continue
    if (tokens[index].kind === 'punctuation') return false
    if (scarceWords.has(tokens[index].lower) || isNegatorAt(tokens, index)) return true
  }

  return false
}

/** How far back "whether" may stand, in words. */
const whetherWindow = 8

/**
 * The match sits in an indirect question ("we do not yet know whether the
 * changes are permanent", "researchers are testing whether it rewires
 * circuits"): the words are asked about, not asserted.
 */
export function isAskedWhether(tokens: readonly MatchToken[], startToken: number): boolean {
  for (let index = startToken - 1, words = 0; index >= 0 && words < whetherWindow; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') {
      if (token.lower === '-' || token.lower === "'" || token.lower === '"' || token.lower === ',') continue
      return false
    }

    if (token.lower === 'whether') return true
    if (clauseBreakers.has(token.lower) && token.lower !== 'that') return false
    words++
  }

  return false
}

/**
 * A negator inside a match that is not one of the phrase's own words: the
 * gap of "research ... shown" in "research has not yet shown".
 */
export function isNegatedInside(tokens: readonly MatchToken[], range: TokenRange, phraseWords: ReadonlySet<string>): boolean {
  for (let index = range.start; index < range.end; index++) {
    if (phraseWords.has(tokens[index].lower)) continue
    // "wipes out cravings without the misery of detox": what the claim comes without, not a denial of it.
    if (tokens[index].lower === 'without') continue
    if (isNegatorAt(tokens, index)) return true
  }

  return false
}

/** A negator right after the match: "cures are not guaranteed", "is not proven". */
export function isNegatedAfter(tokens: readonly MatchToken[], endToken: number): boolean {
  for (let index = endToken; index < Math.min(tokens.length, endToken + 3); index++) {
    const token = tokens[index]
    if (token.kind === 'punctuation') return false
    if (isNegatorAt(tokens, index) && token.lower !== 'without' && token.lower !== 'no') return true
  }

  return false
}

/** Punctuation that always ends a clause. */
const clausePunctuation = new Set([';', ':', '(', ')', '[', ']', '!', '?', '.', '...', '—', '–', '…', '|'])

/** Words that open a new clause wherever they stand. */
const clauseOpeners = contextWordSet('clauseOpeners')

/** Words that open a new clause after a comma (", and", ", so", ", which"). */
const openersAfterComma = contextWordSet('openersAfterComma')

function opensClause(tokens: readonly MatchToken[], index: number): boolean {
  const token = tokens[index]
  if (clauseOpeners.has(token.lower)) return true
  const previous = tokens[index - 1]
  return previous !== undefined && previous.lower === ',' && openersAfterComma.has(token.lower)
}

function endsClause(token: MatchToken): boolean {
  // A hyphen standing alone is a dash: hyphenated words are single tokens.
  return token.kind === 'punctuation' && (clausePunctuation.has(token.lower) || token.lower.startsWith('-'))
}

/**
 * The clause around a token range: bounded by semicolons, colons, dashes and
 * brackets, by "but"/"although"/"however", and by a comma followed by a
 * conjunction or relative word. "For some people, TMS can help" stays one
 * clause; "it works fast, and some people need more" is two.
 */
export function clauseAround(tokens: readonly MatchToken[], range: TokenRange): TokenRange {
  let start = range.start
  while (start > 0 && !endsClause(tokens[start - 1]) && !opensClause(tokens, start)) start--
  let end = range.end
  while (end < tokens.length && !endsClause(tokens[end]) && !opensClause(tokens, end)) end++
  return {start, end}
}

export interface Cue {
  /** The cue as written, lower case. */
  cue: string
  start: number
  end: number
}

/**
 * Hedge cues, by class (CoNLL-2010 / BioScope): modals, epistemic verbs,
 * quantifiers that limit who benefits, and qualifiers.
 */
const hedgeWords = contextWordSet('hedges')

/**
 * Quantifiers that limit who benefits ("many patients") without saying how
 * many: they soften a benefit ("many patients feel better") but not a
 * promise of speed or safety, so only rules that ask for them count them.
 */
const quantifierHedges = contextWordSet('quantifierHedges')
const evidenceAfterEarly = contextWordSet('evidenceAfterEarly')
const offeringHope = contextWordSet('offeringHope')
const boostingStudied = contextWordSet('boostingStudied')
const peopleAfterQuantifier = contextWordSet('peopleAfterQuantifier')

/** The multi-word hedges by their first word, in list order: each token tries only its own. */
const hedgePhrasesByFirstWord = byFirstWord(contextWordList('hedgePhrases'))

/** Phrases of several words, split into words and grouped by their first word, in list order. */
function byFirstWord(phrases: readonly string[]): Map<string, Array<readonly string[]>> {
  const grouped = new Map<string, Array<readonly string[]>>()
  for (const phrase of phrases) {
    const words = phrase.split(' ')
    const list = grouped.get(words[0]) ?? []
    list.push(words)
    grouped.set(words[0], list)
  }

  return grouped
}

/** Whether the tokens from `index` on are the words of `phrase`. */
function continuesWith(tokens: readonly MatchToken[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) {
    if (tokens[index + offset]?.lower !== phrase[offset]) return false
  }

  return true
}

const reportingQuantifiers = contextWordSet('reportingQuantifiers')
const experienceVerbs = contextWordSet('experienceVerbs')
/** Words between a quantifier and its people ("many of our patients"). */
const beforePeople = contextWordSet('beforePeople')

/** "many of our patients tell us", "some clients notice": people, then a verb of telling or noticing, within four words. */
function reportsExperience(tokens: readonly MatchToken[], index: number): boolean {
  let people = false
  for (let at = index + 1; at < tokens.length && at <= index + 4; at++) {
    const word = tokens[at].lower
    if (beforePeople.has(word)) continue
    if (peopleAfterQuantifier.has(word)) {
      people = true
      continue
    }

    return people && experienceVerbs.has(word)
  }

  return false
}

/** The second words of "not only", "not just" and "not merely" (see `falseNegations`). */
const intensifyingAfterNot = new Set(contextWordList('falseNegations').filter((phrase) => /^not \w+$/.test(phrase)).map((phrase) => phrase.slice(4)))

/** Words that look like hedges but are not in this position. */
function isHedgeAt(tokens: readonly MatchToken[], index: number, quantifiers = false): boolean {
  const token = tokens[index]
  const lower = token.lower
  // "many patients", "many of our clients": not "for many years".
  if (quantifiers && quantifierHedges.has(lower)) return peopleAfterQuantifier.has(tokens[index + 1]?.lower ?? '')
  // "Many of our patients tell us...", "some clients notice...": an experience some report, whatever the claim.
  if (reportingQuantifiers.has(lower) && reportsExperience(tokens, index)) return true
  if (!hedgeWords.has(lower)) return false
  // "May 2023", "in May": the month.
  if (lower === 'may' && /^M/.test(tokenText(token)) && index > 0 && tokens[index - 1].lower !== '.') {
    const next = tokens[index + 1]
    if (!next || next.kind === 'number' || next.kind === 'punctuation') return false
  }

  // "not just possible, it's guaranteed", "not only likely but certain": more than the hedge says, an intensifier.
  if (tokens[index - 2]?.lower === 'not' && intensifyingAfterNot.has(tokens[index - 1]?.lower ?? '')) return false
  // "certain receptors": a determiner, not a hedge.
  if (lower === 'certain' && tokens[index + 1]?.kind === 'word' && tokens[index - 1]?.lower !== 'not') return false
  // "individuals" is only a hedge in "individual results".
  if ((lower === 'individual' || lower === 'individuals') && tokens[index + 1]?.lower !== 'results') return false
  // "early" hedges evidence ("early research"), not speed ("early relief").
  if (lower === 'early' && !evidenceAfterEarly.has(tokens[index + 1]?.lower ?? '')) return false
  // "a potential new option" hedges; "discover the potential of" does not.
  if (lower === 'potential' && tokens[index + 1]?.lower === 'of') return false
  // "clinically studied saffron" boasts; "being studied for PTSD" hedges.
  if (lower === 'studied' && boostingStudied.has(tokens[index - 1]?.lower ?? '')) return false
  // "promise"/"hope" hedge only as "shows promise", "offers hope".
  if ((lower === 'hope' || lower === 'promise') && !offeringHope.has(tokens[index - 1]?.lower ?? '')) return false
  return true
}

function tokenText(token: MatchToken): string {
  return (token as MatchToken & {text?: string}).text ?? token.lower
}

/** Hedge cues in a run of tokens (usually a sentence), optionally within `range`. */
export function findHedges(tokens: readonly MatchToken[], range: TokenRange = {start: 0, end: tokens.length}, quantifiers = false): Cue[] {
  const cues: Cue[] = []
  for (let index = range.start; index < range.end; index++) {
    if (isHedgeAt(tokens, index, quantifiers)) {
      cues.push({cue: tokens[index].lower, start: tokens[index].start, end: tokens[index].end})
      continue
    }

    for (const phrase of hedgePhrasesByFirstWord.get(tokens[index].lower) ?? []) {
      if (index + phrase.length > range.end || !continuesWith(tokens, index, phrase)) continue
      const last = tokens[index + phrase.length - 1]
      cues.push({cue: phrase.join(' '), start: tokens[index].start, end: last.end})
      break
    }
  }

  return cues
}

/**
 * The first hedge in the clause of `range` ("may", "for some people"), if
 * any. A word the phrase itself requires is not a hedge of it: the "could"
 * of "what years of therapy could not".
 */
export function hedgeInClause(
  tokens: readonly MatchToken[],
  range: TokenRange,
  phraseWords?: ReadonlySet<string>,
  options: {quantifiers?: boolean} = {}
): Cue | undefined {
  return findHedges(tokens, clauseAround(tokens, range), options.quantifiers ?? false).find(
    (cue) =>
      (!phraseWords || !(cue.start >= tokens[range.start].start && cue.end <= tokens[range.end - 1].end && phraseWords.has(cue.cue))) &&
      !hedgesTrailingPhrase(tokens, range, cue)
  )
}

const trailingPhraseOpeners = contextWordSet('trailingPhraseOpeners')

/**
 * A hedge after the match, past a comma, that opens a time or place phrase:
 * "resolves it at the source, usually in 3 to 5 sessions" hedges how long it
 * takes, not the claim before the comma.
 */
function hedgesTrailingPhrase(tokens: readonly MatchToken[], range: TokenRange, cue: Cue): boolean {
  let comma = false
  for (let index = range.end; index < tokens.length && tokens[index].start < cue.start; index++) {
    if (tokens[index].lower === ',') comma = true
  }

  if (!comma) return false
  const after = tokens.find((token) => token.start >= cue.end)
  return after !== undefined && trailingPhraseOpeners.has(after.lower)
}

/** Words of certainty that modify a claim; a verb such as "guarantees" is not one. */
const boosterWords = contextWordSet('boosters')

/** Booster cues (clearly, proven, guaranteed, always, for everyone...), optionally within `range`. */
export function findBoosters(tokens: readonly MatchToken[], range: TokenRange = {start: 0, end: tokens.length}): Cue[] {
  const cues: Cue[] = []
  for (let index = range.start; index < range.end; index++) {
    const token = tokens[index]
    if (!boosterWords.has(token.lower)) continue
    if (index > 0 && isNegatorAt(tokens, index - 1)) continue
    cues.push({cue: token.lower, start: token.start, end: token.end})
  }

  return cues
}

/** How far from a match a booster may stand, in tokens. */
const boosterReach = 2

/**
 * A booster that strengthens this match: inside it (when not one of the
 * phrase's own words) or a few words either side, in the same clause.
 * "Studies clearly show" is boosted; in "the data ... guarantees that the
 * community will debate it" the booster is too far away.
 */
export function boosterNear(tokens: readonly MatchToken[], range: TokenRange, phraseWords: ReadonlySet<string>): Cue | undefined {
  const clause = clauseAround(tokens, range)
  const window = {
    start: Math.max(clause.start, range.start - boosterReach),
    end: Math.min(clause.end, range.end + boosterReach)
  }
  return findBoosters(tokens, window).find((cue) => !phraseWords.has(cue.cue))
}

const quoteMarks = new Set(['"', "'"])
/** Longest quoted stretch that is a mention ("miracle drug") rather than a quotation. */
const maxMentionWords = 4

/**
 * The match stands inside short quotation marks: a term being mentioned or
 * questioned ('Is ketamine a "miracle drug"?'), not a claim being made.
 */
export function isMentionInQuotes(tokens: readonly MatchToken[], range: TokenRange): boolean {
  let open = -1
  for (let index = range.start - 1; index >= 0 && range.start - index <= maxMentionWords; index--) {
    if (quoteMarks.has(tokens[index].lower)) {
      open = index
      break
    }

    if (tokens[index].kind === 'punctuation') return false
  }

  if (open < 0) return false
  for (let index = range.end; index < tokens.length && index - open <= maxMentionWords + 1; index++) {
    if (quoteMarks.has(tokens[index].lower)) return true
    if (tokens[index].kind === 'punctuation') return false
  }

  return false
}

/**
 * Verbs and labels with which a writer reports someone else's promise and
 * keeps their distance from it: 'one clinic promises "instant relief"',
 * 'so-called "miracle cures"', 'ads tout "no side effects"'.
 */
const distancingWords = contextWordSet('distancing')

/** How many words may stand between the distancing word and the opening quote mark. */
const distancingReach = 3
const thirdPartyReporting = contextWordSet('thirdPartyReporting')
const thirdPartySellers = contextWordSet('thirdPartySellers')
/** How far before the quote a reporting verb with another seller as its subject may stand (a series of quotations runs longer). */
const thirdPartyReach = 24
const firstPerson = contextWordSet('ownersFirstPerson')
/** How far before that verb its subject may stand ("one brand's website says"). */
const subjectReach = 3

/**
 * The match stands inside quotation marks opened right after a distancing
 * word: a claim the writer reports in order to question it, not one the
 * writer makes.
 */
export function isReportedInQuotes(tokens: readonly MatchToken[], range: TokenRange): boolean {
  let open = -1
  for (let index = range.start - 1; index >= 0; index--) {
    if (quoteMarks.has(tokens[index].lower)) {
      open = index
      break
    }
  }

  if (open < 0) return false
  // The quotation must still be open at the match.
  for (let index = open + 1; index < range.start; index++) if (quoteMarks.has(tokens[index].lower)) return false
  let words = 0
  for (let index = open - 1; index >= 0 && words <= distancingReach; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') {
      if (token.lower === ',' || token.lower === ':') continue
      // An earlier quotation of the same list ('promises such as "guaranteed sobriety" or "95% success"'): read on before it.
      if (quoteMarks.has(token.lower)) {
        let opening = index - 1
        while (opening >= 0 && !quoteMarks.has(tokens[opening].lower)) opening--
        if (opening < 0) break
        index = opening
        continue
      }

      break
    }

    if (distancingWords.has(token.lower)) return true
    words++
  }

  return isThirdPartyReport(tokens, open) || isReportedAfter(tokens, range.end)
}

/** How far after the closing quote the seller may be named ('," read a banner on one center's website'). */
const afterQuoteReach = 6

/**
 * '"Our program cures addiction, guaranteed," read a banner on one
 * center's website': the quotation closes, then a reporting verb names
 * another seller as the one who said it.
 */
function isReportedAfter(tokens: readonly MatchToken[], end: number): boolean {
  let close = end
  while (close < tokens.length && !quoteMarks.has(tokens[close].lower)) close++
  let index = close + 1
  if (tokens[close - 1]?.lower !== ',' && tokens[index]?.lower !== ',' && tokens[close - 1]?.lower !== '.') return false
  if (tokens[index]?.lower === ',') index++
  if (!thirdPartyReporting.has(tokens[index]?.lower ?? '') && !distancingWords.has(tokens[index]?.lower ?? '')) return false
  for (let after = index + 1; after < tokens.length && after <= index + afterQuoteReach; after++) {
    const token = tokens[after]
    if (token.kind === 'punctuation') return false
    const word = possessiveStem(token.lower) ?? token.lower
    if (thirdPartySellers.has(word)) return !firstPerson.has(tokens[after - 1]?.lower ?? '')
  }

  return false
}

/**
 * 'A podcast said the method has a 78% success rate': another seller's claim
 * reported without quotation marks, after a reporting verb whose subject is
 * that seller ("our website says" stays the page's own).
 */
export function isReportedByOther(tokens: readonly MatchToken[], range: TokenRange): boolean {
  return isThirdPartyReport(tokens, range.start, true)
}

/** How far before an unquoted claim the reporting verb may stand. */
const unquotedReach = 12
/** Sellers, or words before them, that say the seller is not the page ("another", "rival"). */
const othersWords = contextWordSet('otherSellers')

/**
 * 'Another claimed its capsules were "100% safe"', 'one brand's website
 * says its watch will "rewire your stress response"': a reporting verb
 * whose subject is another seller, a few words before the quote.
 */
function isThirdPartyReport(tokens: readonly MatchToken[], open: number, unquoted = false): boolean {
  let words = 0
  for (let index = open - 1; index >= 0 && words <= (unquoted ? unquotedReach : thirdPartyReach); index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') {
      // An earlier quotation of the same report ('says its watch will "..." and that "..."') is read past.
      if (token.lower === ',' || token.lower === ':' || quoteMarks.has(token.lower)) continue
      return false
    }

    words++
    if (!thirdPartyReporting.has(token.lower) && !distancingWords.has(token.lower)) continue
    let subjectWords = 0
    for (let before = index - 1; before >= 0 && subjectWords < subjectReach; before--) {
      if (tokens[before].kind === 'punctuation') {
        // "One clinic's website, which the paper reviewed, calls it ...": read past the relative clause to its subject.
        const opening = relativeClauseOpening(tokens, before)
        if (opening < 0) break
        before = opening
        continue
      }

      subjectWords++
      const word = possessiveStem(tokens[before].lower) ?? tokens[before].lower
      // "our website says": the page's own claim
      if (!thirdPartySellers.has(word)) continue
      const determiner = tokens[before - 1]?.lower ?? ''
      if (firstPerson.has(determiner)) return false
      // Without quotation marks, only a seller plainly not the page ("a podcast", "one rival site", "another clinic"): "the company says" is a press release's own voice.
      return !unquoted || indefinite.has(determiner) || othersWords.has(word) || othersWords.has(determiner)
    }
  }

  return false
}

/** How many tokens a relative clause in commas may hold ("which has since been taken down"). */
const relativeClauseReach = 10

/**
 * The index of the comma that opens a relative clause closed by the comma at
 * `close` (", which has since been taken down,"), or -1.
 */
function relativeClauseOpening(tokens: readonly MatchToken[], close: number): number {
  if (tokens[close].lower !== ',') return -1
  for (let index = close - 1; index > 0 && index >= close - relativeClauseReach; index--) {
    if (tokens[index].kind !== 'punctuation') continue
    return tokens[index].lower === ',' && relativePronouns.has(tokens[index + 1]?.lower ?? '') ? index : -1
  }

  return -1
}

const genericOthers = contextWordSet('genericOthers')
const relativePronouns = contextWordSet('relativePronouns')
const indefinite = contextWordSet('indefiniteDeterminers')
const sellerNouns = contextWordSet('sellerNouns')
/** How far before the relative pronoun its generic antecedent may stand ("any clinic or program that"). */
const antecedentReach = 4

const guaranteeVerbs = contextWordSet('guaranteeVerbs')

/** A verb with which a generic other makes the promise the writer warns against. */
function isPromiseVerb(word: string): boolean {
  return distancingWords.has(word) || thirdPartyReporting.has(word) || guaranteeVerbs.has(word)
}

/** The verb at `verb` follows "who" or "that" whose antecedent is a generic other ("anyone who", "any clinic that"). */
function opensGenericRelative(tokens: readonly MatchToken[], verb: number): boolean {
  if (!relativePronouns.has(tokens[verb - 1]?.lower ?? '')) return false
  for (let before = verb - 2; before >= 0 && before >= verb - 1 - antecedentReach; before--) {
    const word = tokens[before]
    if (word.kind === 'punctuation') return false
    if (firstPerson.has(word.lower) || word.lower === 'only') return false
    if (genericOthers.has(word.lower)) return !firstPerson.has(tokens[before - 1]?.lower ?? '')
    // "an app that promises", "a clinic that claims": a seller, indefinite
    if (sellerNouns.has(word.lower) && indefinite.has(tokens[before - 1]?.lower ?? '')) return true
  }

  return false
}

const disputingWords = contextWordSet('disputingWords')
/** How far before the claim a source never given may stand ("hasn't published its 30% figure"). */
const unpublishedReach = 3
/** How far after a negated "published" or "shared" its object may stand ("has not published the study behind it"). */
const withheldObjectReach = 3
const sourceGivingVerbs = contextWordSet('sourceGivingVerbs')
const sourceNouns = contextWordSet('sourceNouns')
const linking = new Set([...contextWordSet('beForms'), ...contextWordSet('linkingVerbs')])

/**
 * A claim the writer disputes in the same sentence: its clause goes on "is
 * unproven" or "remains unverified", or the sentence says it comes with no
 * source ('The site says 90 per cent stay clean, but gives no source for the
 * figure', 'claims, without evidence, that ...').
 */
export function isDisputed(tokens: readonly MatchToken[], range: TokenRange): boolean {
  const clause = clauseAround(tokens, range)
  for (let index = range.end; index < clause.end; index++) {
    if (disputingWords.has(tokens[index].lower) && (linking.has(tokens[index - 1].lower) || linking.has(tokens[index - 2]?.lower ?? ''))) return true
  }

  // "The company hasn't published its 30% figure": the claim is the object of a source never given.
  for (let index = Math.max(1, range.start - unpublishedReach); index < range.start; index++) {
    if (sourceGivingVerbs.has(tokens[index].lower) && isNegatorAt(tokens, index - 1)) return true
  }

  // "... 90 percent accuracy, but it has not published the study behind that number": a source said to be missing, after the claim.
  for (let index = range.end; index < tokens.length - 1; index++) {
    if (!sourceGivingVerbs.has(tokens[index].lower) || !(isNegatorAt(tokens, index - 1) || isNegatorAt(tokens, index - 2))) continue
    for (let object = index + 1; object <= index + withheldObjectReach && object < tokens.length; object++) if (sourceNouns.has(tokens[object].lower)) return true
  }

  for (let index = 1; index < tokens.length; index++) {
    if (!sourceNouns.has(tokens[index].lower)) continue
    const before = tokens[index - 1].lower
    if (before === 'without') return true
    if ((before === 'no' || (before === 'any' && tokens[index - 2]?.lower === 'without')) && sourceGivingVerbs.has(tokens[index - 2]?.lower ?? '')) return true
  }

  return false
}

const promiseNouns = contextWordSet('promiseNouns')
const exampleMarkers = contextWordSet('exampleMarkers')
const sellingParticiples = contextWordSet('sellingParticiples')
const sellingVerbs = contextWordSet('sellingVerbs')
const soundingVerbs = contextWordSet('soundingVerbs')
const appearanceVerbs = contextWordSet('appearanceVerbs')
/** How many words of a list may stand between "promises like" and the claim ("promises like quick, guaranteed results"). */
const exampleReach = 6

/**
 * 'Be wary of promises like guaranteed results', 'red flags include claims
 * of 95% success', 'products advertised as a cure for anxiety': the claim is
 * named as an example of what others promise, not made. "Our promise of
 * lasting relief" and "we are proud to be billed as the best" stay claims.
 */
export function isNamedAsPromise(tokens: readonly MatchToken[], range: TokenRange): boolean {
  let words = 0
  // A list of examples runs on past commas; what "advertised as" names does not ("Ketamine, touted as a cure, works in hours").
  let commas = false
  for (let index = range.start - 1; index > 0 && words <= exampleReach; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') {
      if (token.lower === ',') commas = true
      if (token.lower === ',' || quoteMarks.has(token.lower)) continue
      return false
    }

    const word = token.lower
    const marker = exampleMarkers.has(word) ? index : word === 'as' && tokens[index - 1]?.lower === 'such' ? index - 1 : -1
    if (marker > 0 && promiseNouns.has(tokens[marker - 1]?.lower ?? '')) return !ownedBySentence(tokens, marker - 1)
    if (word === 'as' && !commas && sellingParticiples.has(tokens[index - 1]?.lower ?? '')) return !ownedBySentence(tokens, index - 1)
    const seller = word === 'as' && !commas ? sellerBefore(tokens, index) : -1
    if (seller >= 0) return !ownedBySentence(tokens, seller)
    if (word === 'like' && isSoundLike(tokens, index)) return !ownedBySentence(tokens, index)
    words++
  }

  return false
}

/** How many words of the product's name may stand between a selling verb and "as" ("market the new device as"). */
const soldNameReach = 3

/** 'Clinics market ketamine as a breakthrough': the selling verb before "as" at `as`, its object between; -1 when there is none. */
function sellerBefore(tokens: readonly MatchToken[], as: number): number {
  for (let index = as - 2; index >= 0 && index >= as - 1 - soldNameReach; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') return -1
    if (sellingVerbs.has(token.lower)) return index
  }

  return -1
}

/** "The ads make it sound like a miracle": "like" after "sound" and a verb of making with its object. */
function isSoundLike(tokens: readonly MatchToken[], like: number): boolean {
  if (!appearanceVerbs.has(tokens[like - 1]?.lower ?? '')) return false
  return soundingVerbs.has(tokens[like - 3]?.lower ?? '') || soundingVerbs.has(tokens[like - 2]?.lower ?? '')
}

/** First-person words before `index` in the sentence: the promise is the page's own ("our promises of...", "we are billed as..."). */
function ownedBySentence(tokens: readonly MatchToken[], index: number): boolean {
  for (let before = index - 1; before >= 0; before--) if (firstPerson.has(tokens[before].lower)) return true
  return false
}

/** How far before a claim the promise verb of a warned-against relative clause may stand ("products that promise to calm the nervous system in minutes"). */
const warnedReach = 12

const counterfactualModals = contextWordSet('counterfactualModals')

/**
 * "Having help here would have changed everything": a claim's verb right after
 * "would have" (or "could've") tells what did not happen, not what a treatment does.
 */
export function isCounterfactual(tokens: readonly MatchToken[], start: number): boolean {
  const before = tokens[start - 1]?.lower
  if (before !== undefined && counterfactualModals.has(before) && before.endsWith("'ve")) return true
  return before === 'have' && counterfactualModals.has(tokens[start - 2]?.lower ?? '')
}

/**
 * 'Be careful of anyone who promises a guaranteed cure', 'avoid programs that
 * claim to reverse addiction': a promise put in the mouth of a generic other
 * by a relative clause, which the writer warns against rather than makes.
 * "Our programs that promise..." and "the only clinic that guarantees..." stay claims.
 */
export function isWarnedAgainst(tokens: readonly MatchToken[], range: TokenRange): boolean {
  let words = 0
  // The verb may open the match itself ("guarantees results").
  for (let index = range.start; index > 0 && words <= warnedReach; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') {
      if (quoteMarks.has(token.lower)) continue
      return false
    }

    if (isPromiseVerb(token.lower)) {
      if (opensGenericRelative(tokens, index)) return true
      // "any service that promises to cure anxiety, or guarantees results", "anyone who guarantees
      // results, says they can fix you in one session, or ...": the same clause, coordinated or listed.
      let before = index - 1
      if (tokens[before]?.lower !== 'or' && tokens[before]?.lower !== 'and' && tokens[before]?.lower !== ',') return false
      if (tokens[before - 1]?.lower === ',') before--
      for (let earlier = before - 1; earlier > 0; earlier--) {
        if (tokens[earlier].lower === ';' || tokens[earlier].lower === ':') return false
        if (isPromiseVerb(tokens[earlier].lower) && opensGenericRelative(tokens, earlier)) return true
      }

      return false
    }

    if (index < range.start) words++
  }

  return false
}

/**
 * A question that asks rather than asserts: it ends with "?" and is not a
 * "why" question (which takes its claim for granted: "Why is ketamine a
 * miracle?") or a "did you know" lead-in.
 */
export function isOpenQuestion(tokens: readonly MatchToken[]): boolean {
  let last = tokens.length - 1
  while (last >= 0 && tokens[last].kind === 'punctuation' && tokens[last].lower !== '?') last--
  if (last < 0 || tokens[last].lower !== '?') return false
  const words = tokens.filter((token) => token.kind === 'word')
  const first = words[0]?.lower
  // "Why is ketamine a miracle?" and "What if there were a way to cure depression?" take their claim for granted.
  if (first === undefined || first === 'why' || (first === 'what' && words[1]?.lower === 'if')) return false
  return !((first === 'did' || first === 'do') && words[1]?.lower === 'you' && words[2]?.lower === 'know')
}

const preclinicalSubjects = contextWordSet('preclinicalSubjects')
const preclinicalStudyWords = contextWordSet('preclinicalStudyWords')

/**
 * "In mice, psilocybin regrew lost synapses", "in lab dishes, extracts raised
 * nerve growth factor", "rat studies showed less anxiety": a finding set in
 * animals or cells, reported as such, not a result promised to people.
 */
export function isPreclinical(tokens: readonly MatchToken[]): boolean {
  let found = preclinicalSentences.get(tokens)
  if (found === undefined) preclinicalSentences.set(tokens, (found = setInAnimals(tokens)))
  return found
}

/** Each sentence's answer, once: every claim in the sentence asks. */
const preclinicalSentences = new WeakMap<readonly MatchToken[], boolean>()

function setInAnimals(tokens: readonly MatchToken[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index].lower
    if (!preclinicalSubjects.has(word)) continue
    // "in mice", "in lab dishes", "in test tubes"
    if (tokens[index - 1]?.lower === 'in' || tokens[index - 2]?.lower === 'in') return true
    // "mouse studies", "animal research"
    if (preclinicalStudyWords.has(tokens[index + 1]?.lower ?? '')) return true
  }

  return false
}

const experienceReporting = contextWordSet('experienceReporting')
const thirdPersonSingular = contextWordSet('thirdPersonSingular')
const reportedSpeechFillers = contextWordSet('reportedSpeechFillers')
/** How far before a claim the verb that reports a patient's word may stand ("says that after a month she finally sleeps"). */
const reportedReach = 8

/**
 * "Auntie Efua says she sleeps like a baby", "he tells us the flashbacks are
 * gone": one person's experience reported in the third person, a
 * testimonial, not what the page promises everyone. The verb has "she" or
 * "he" just before it (or opening the sentence, before "and"), or just after
 * it (with "that" or "us" between).
 */
export function isReportedExperience(tokens: readonly MatchToken[], range: TokenRange): boolean {
  for (let index = range.start - 1; index >= 0 && index >= range.start - reportedReach; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation' && token.lower !== ',') return false
    if (!experienceReporting.has(token.lower)) continue
    if (thirdPersonSingular.has(tokens[index - 1]?.lower ?? '')) return true
    // "She hasn't had a drink in two years and says the cravings vanished": the sentence's subject, coordinated.
    if (tokens[index - 1]?.lower === 'and' && thirdPersonSingular.has(tokens[0]?.lower ?? '')) return true
    let after = index + 1
    while (after < range.start && reportedSpeechFillers.has(tokens[after].lower)) after++
    return thirdPersonSingular.has(tokens[after]?.lower ?? '')
  }

  return false
}
