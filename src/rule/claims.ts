import {
  boosterNear,
  clauseAround,
  type Cue,
  hedgeInClause,
  isMentionInQuotes,
  isNegated,
  isReportedInQuotes,
  isNamedAsPromise,
  isWarnedAgainst,
  isReportedByOther,
  isDisputed,
  isPreclinical,
  isReportedExperience,
  isNegatedInside,
  isAskedWhether,
  isCounterfactual,
  type TokenRange
} from '../text/context.js'
import {pageTreatment, sentenceTreatments, treatmentsOf} from '../document/referents.js'
import type {Document, Sentence} from '../document/types.js'
import {isOwnStoryTold, patientQuoteAround} from '../document/testimony.js'
import type {Polarity} from '../text/answers.js'
import {contextWordSet} from '../text/context-words.js'
import {normalizePhrase, normalizeText} from '../text/normalize.js'
import type {MatchToken} from '../text/phrase-matcher.js'
import {isInProperName} from '../text/proper-name.js'
import {wordClasses} from '../text/word-classes.js'
import {claimingAnswer} from './claim-answers.js'
import {rowHeaderOf} from './claim-table.js'
import {claimSectionRole, isScannedForClaims, isSupported} from './claim-scope.js'
import {defineRule} from './define-rule.js'
import type {MessageData, Rule, RuleContext, RuleMatch, RuleMeta, Severity} from './types.js'

/**
 * The one check every claim rule runs. A rule is its lexicon plus a
 * `ClaimPolicy`: which findings a negator switches off, which a hedge
 * softens, which a booster strengthens, which need a word of context, and
 * what to tell the editor. Each match is asked, in order:
 *
 * 0. Is it a question whose plain answer makes the claim ("Is it addictive?"
 *    "Not at the doses we use.")? Then the answer is judged instead.
 * 1. Is it in scanned text (not References/Risks/comments, not a question)?
 * 2. Is it only mentioned or reported in quotes, told by a patient in their
 *    own words (testimonial-disclosure's finding), or negated ("not a cure")?
 * 3. Does it have the context its tag needs ("within hours" needs a benefit)?
 * 4. Is it supported by a citation in the sentence or the next one?
 * 5. Does the rule excuse it (risks named in the paragraph, a price)?
 * Then it is reported, raised by a booster or softened by a hedge.
 */

/**
 * Where context may stand: the claim's clause, sentence, block or section,
 * or its `discourse`: the sentence, the one before it in the same block, and
 * the heading of its section ("Ketamine infusions" over "It rewires...").
 */
export type ClaimScope = 'clause' | 'sentence' | 'block' | 'section' | 'discourse'

export interface ClaimSituation {
  match: RuleMatch
  /** The document, for messages that name its treatment (`claimTreatment`). */
  document: Document
  /** The matched words, normalised (curly quotes straightened, spaces collapsed). */
  phrase: string
  tag: string | undefined
  severity: Severity
  /** The hedge that softens it, if any. */
  hedge?: Cue
  /** The booster that raised it, if any. */
  booster?: Cue
  /** The match sits under a Risks or Side effects heading. */
  inRiskSection: boolean
  /** Whether a context match with `tag` lies in the given scope around this match. */
  hasContext(tag: string, scope: ClaimScope): boolean
}

export interface ClaimPolicy {
  /** Lexicon tags that only give context: matched, never reported. */
  contextTags?: readonly string[]
  /** Also read text under Risks and Side effects headings (safety claims only). */
  scanRiskSections?: boolean
  /** Whether a negator before the words switches the claim off (default: every tag). */
  negatable?: boolean | readonly string[]
  /** Whether a hedge in the clause softens the claim to a note: true, false or the tags it applies to. */
  hedgeable: boolean | readonly string[]
  /** Whether a quantifier such as "many patients" counts as a hedge too (benefit claims, not speed or safety). */
  quantifierHedges?: boolean
  /** Whether a booster next to the words raises a warning to an error. */
  boostable?: boolean
  /**
   * Tags of questions ("Is ketamine addictive?") and the plain answer that
   * makes them a claim ("no"): the claim is judged and reported at the answer.
   */
  answers?: Readonly<Record<string, Polarity>>
  /** Tags that count only with a context tag in the given scope ("within hours" needs a benefit). */
  requires?: Readonly<Record<string, {tag: string; scope: ClaimScope}>>
  /**
   * Whether the product itself as subject gives the context `requires`
   * asks for: a fragment that opens with the claim's verb ("Boosts
   * serotonin naturally.", a product page's bullet) or a brand name just
   * before it ("CraveLess resets your hunger hormones").
   */
  productSubjects?: boolean
  /**
   * A sentence of the writer's own story told in the past is testimony, not a claim
   * ("Within a month the panic attacks had stopped"): for the rules whose words a story
   * tells as what happened (how soon), not as what the page promises.
   */
  ownStoriesExcused?: boolean
  /**
   * Whether a sentence set in animals or lab dishes ("In mice, extracts raised a
   * growth factor") reports a preclinical finding rather than claims a result in
   * people (default true; safety claims stay claims).
   */
  preclinicalExcused?: boolean
  /**
   * Whether a patient's word reported in the third person ("she says she sleeps like a
   * baby", "he tells us the cravings are gone") is testimony rather than the page's claim
   * (default true; safety claims stay claims).
   */
  reportedStoriesExcused?: boolean
  /**
   * Context tags that a word inside a proper name does not give: "Recovery" in "Desert Haven
   * Recovery has treated 6,000 clients" tells no outcome (a product's name still tells what it is).
   */
  contextOutsideNames?: readonly string[]
  /**
   * Tags that count only where the words end their sentence ('end': "Because
   * it works.", not "it works for anxiety") or make it up ('alone':
   * "Guaranteed.", a table cell "Days").
   */
  placement?: Readonly<Record<string, Placement>>
  /** Report only the first claim of each sentence (one figure is enough to say "cite this"). */
  firstPerSentence?: boolean
  /** A rule-specific reason to stay quiet. */
  excuse?(situation: ClaimSituation): boolean
  /**
   * Which of the rule's `meta.messages` to report, and its data (the words,
   * the treatment). A lexicon entry's own `messageId` takes the place of
   * the id given here; the data serves it too.
   */
  message(situation: ClaimSituation): {messageId: string; data?: MessageData}
}

/** Define a claim rule: metadata, lexicon and policy; the check is shared. */
export function defineClaimRule(rule: {meta: RuleMeta; lexicon: URL; policy: ClaimPolicy}): Rule {
  return defineRule({
    meta: rule.meta,
    lexicon: rule.lexicon,
    check(context) {
      checkClaims(context, rule.meta.severity, rule.policy)
    }
  })
}

/** Run the shared claim check over a rule's matches. */
export function checkClaims(context: RuleContext<unknown>, defaultSeverity: Severity, policy: ClaimPolicy): void {
  const contextTags = new Set(policy.contextTags ?? [])
  const isContext = (match: RuleMatch) => match.entry.tag !== undefined && contextTags.has(match.entry.tag)
  const outsideNames = new Set(policy.contextOutsideNames ?? [])
  const contextIndex = indexContext(
    context.matches.filter(
      (match) => isContext(match) && !(outsideNames.has(match.entry.tag!) && isInProperName(match.sentence.tokens, match.startToken, match.endToken))
    )
  )

  // Matches arrive sentence by sentence; overlaps are settled within each.
  let sentenceFindings: ClaimSituation[] = []
  const flush = () => {
    reportFindings(context, policy, withoutOverlaps(sentenceFindings))
    sentenceFindings = []
  }

  for (const match of context.matches) {
    if (isContext(match)) continue
    const situation = judge(context, match, contextIndex, defaultSeverity, policy)
    if (!situation) continue
    // Grouped by where the finding is reported: an answer's, not its question's, sentence.
    if (sentenceFindings.length > 0 && sentenceFindings[0].match.sentence !== situation.match.sentence) flush()
    sentenceFindings.push(situation)
  }

  flush()
}

function reportFindings(context: RuleContext<unknown>, policy: ClaimPolicy, findings: readonly ClaimSituation[]): void {
  for (const situation of policy.firstPerSentence ? findings.slice(0, 1) : findings) {
    const {match} = situation
    const {messageId, data} = policy.message(situation)
    context.report({
      messageId: match.entry.messageId ?? messageId,
      data: {phrase: situation.phrase, ...data},
      ...(situation.hedge
        ? {qualifier: {kind: 'hedge', cue: situation.hedge.cue}}
        : situation.booster
          ? {qualifier: {kind: 'booster', cue: situation.booster.cue}}
          : {}),
      start: match.start,
      end: match.end,
      severity: situation.severity,
      ...(situation.hedge ? {hedged: true} : {}),
      ...(match.entry.suggest ? {suggestions: match.entry.suggest} : {})
    })
  }
}

/** Context matches by tag and place, so a lookup reads only its own sentence, block or section. */
type ContextIndex = Map<string, ContextPlaces>

/** One tag's context matches by the index of their sentence, block and section. */
interface ContextPlaces {
  sentence: Map<number, RuleMatch[]>
  block: Map<number, RuleMatch[]>
  section: Map<number, RuleMatch[]>
}

const noMatches: readonly RuleMatch[] = []

/** The context matches with `tag` in the sentence, block or section (`scope`) of `match`; a clause looks in its sentence. */
function contextNear(contextIndex: ContextIndex, tag: string, scope: Exclude<ClaimScope, 'discourse'>, match: RuleMatch): readonly RuleMatch[] {
  const {sentence} = match
  const places = contextIndex.get(tag)
  if (!places) return noMatches
  if (scope === 'section') return places.section.get(sentence.block.section) ?? noMatches
  if (scope === 'block') return places.block.get(sentence.block.index) ?? noMatches
  return places.sentence.get(sentence.index) ?? noMatches
}

/** The context matches with `tag` in `sentence`. */
function contextIn(contextIndex: ContextIndex, tag: string, sentence: Sentence): readonly RuleMatch[] {
  return contextIndex.get(tag)?.sentence.get(sentence.index) ?? noMatches
}

/**
 * Context in the first cell of a table row counts for the row's other cells
 * ("Time to feel a difference | Same day"), whatever the scope asked for.
 */
function hasRowContext(context: RuleContext<unknown>, contextIndex: ContextIndex, tag: string, match: RuleMatch): boolean {
  const header = rowHeaderOf(context.document, match.sentence.block)
  if (!header) return false
  return header.sentences.some((sentence) =>
    contextIn(contextIndex, tag, sentence).some((other) => !isNegated(other.sentence.tokens, other.startToken))
  )
}

/** Whether a context match with `tag`, not negated, stands in `sentence`. */
function hasSentenceContext(contextIndex: ContextIndex, tag: string, sentence: Sentence): boolean {
  return contextIn(contextIndex, tag, sentence).some((other) => !isNegated(other.sentence.tokens, other.startToken))
}

/** The sentence, the one before it in its block, and its section's heading. */
function discourseOf(document: Document, sentence: Sentence): Sentence[] {
  const around = [sentence]
  const previous = document.sentences[sentence.index - 1]
  if (previous && previous.block === sentence.block) around.push(previous)
  const heading = document.sections[sentence.block.section]?.heading
  if (heading && heading !== sentence.block) around.push(...heading.sentences)
  return around
}

function indexContext(matches: readonly RuleMatch[]): ContextIndex {
  const index: ContextIndex = new Map()
  for (const match of matches) {
    const tag = match.entry.tag!
    let places = index.get(tag)
    if (!places) index.set(tag, (places = {sentence: new Map(), block: new Map(), section: new Map()}))
    const {sentence} = match
    addAt(places.sentence, sentence.index, match)
    addAt(places.block, sentence.block.index, match)
    addAt(places.section, sentence.block.section, match)
  }

  return index
}

function addAt(map: Map<number, RuleMatch[]>, place: number, match: RuleMatch): void {
  const list = map.get(place)
  if (list) list.push(match)
  else map.set(place, [match])
}

/** Ask one match the questions above; a situation to report, or nothing. */
function judge(
  context: RuleContext<unknown>,
  match: RuleMatch,
  contextIndex: ContextIndex,
  defaultSeverity: Severity,
  policy: ClaimPolicy
): ClaimSituation | undefined {
  const {document} = context
  const tag = match.entry.tag
  // A question whose plain answer makes the claim is judged, and reported, at the answer.
  const claiming = tag === undefined ? undefined : policy.answers?.[tag]
  if (claiming) {
    const answer = claimingAnswer(document, match, claiming)
    return answer && judge(context, answer, contextIndex, defaultSeverity, {...policy, answers: undefined, negatable: false})
  }

  const {sentence} = match
  if (!isScannedForClaims(sentence, document, {riskSections: policy.scanRiskSections ?? true})) return undefined

  const range: TokenRange = {start: match.startToken, end: match.endToken}
  const tokens = sentence.tokens
  const phraseWords = literalWords(match)
  if (isMentionInQuotes(tokens, range) || isReportedInQuotes(tokens, range) || isWarnedAgainst(tokens, range) || isNamedAsPromise(tokens, range) || isReportedByOther(tokens, range)) return undefined
  if (isDisputed(tokens, range)) return undefined
  if ((policy.preclinicalExcused ?? true) && isPreclinical(tokens)) return undefined
  if (patientQuoteAround(document, match.start, match.end) || (policy.ownStoriesExcused && isOwnStoryTold(sentence))) return undefined
  // "Six months later he tells us the flashbacks are gone": a patient's word reported, which testimonial-disclosure reads.
  if ((policy.reportedStoriesExcused ?? true) && isReportedExperience(tokens, range)) return undefined
  if (appliesTo(policy.negatable ?? true, tag) && (isNegated(tokens, range.start) || isNegatedInside(tokens, range, phraseWords))) return undefined
  if (isAskedWhether(tokens, range.start) || isCounterfactual(tokens, range.start)) return undefined

  const situation: ClaimSituation = {
    match,
    document,
    phrase: normalizeText(match.text).replace(/\s+/g, ' ').trim(),
    tag,
    severity: match.entry.severity ?? defaultSeverity,
    inRiskSection: claimSectionRole(sentence, document) === 'risks',
    // Context that is itself negated ("if you don't feel better") gives none.
    hasContext: (wanted, scope) =>
      scope === 'discourse'
        ? discourseOf(document, sentence).some((other) => hasSentenceContext(contextIndex, wanted, other))
        : contextNear(contextIndex, wanted, scope, match).some(
            (other) => inScope(other, match, scope) && !isNegated(other.sentence.tokens, other.startToken)
          ) || hasRowContext(context, contextIndex, wanted, match)
  }

  const placement = tag === undefined ? undefined : policy.placement?.[tag]
  if (placement && !isPlaced(match, placement)) return undefined

  const requirement = tag === undefined ? undefined : policy.requires?.[tag]
  if (requirement && !situation.hasContext(requirement.tag, requirement.scope) && !(policy.productSubjects && (opensWithVerb(match) || followsBrandName(match) || followsPronounForTreatment(match, document)))) return undefined
  if (isSupported(sentence, document)) return undefined
  if (policy.excuse?.(situation)) return undefined

  if (policy.boostable && situation.severity === 'warning') {
    const booster = boosterNear(tokens, range, phraseWords)
    if (booster) {
      situation.booster = booster
      situation.severity = 'error'
    }
  }

  if (appliesTo(policy.hedgeable, tag)) {
    const hedge = hedgeInClause(tokens, range, phraseWords, {quantifiers: policy.quantifierHedges ?? false})
    if (hedge) situation.hedge = hedge
  }

  return situation
}

/**
 * The match opens its sentence with a verb in the third person ("Boosts
 * serotonin", "Rewires the attention network"): a fragment whose subject
 * is the product the page sells. "Boost your mood" (advice) is not one.
 */
function opensWithVerb(match: RuleMatch): boolean {
  const {tokens} = match.sentence
  const opening = tokens.findIndex((token) => token.kind !== 'punctuation')
  if (opening < 0 || !isPresentVerb(tokens[opening].lower)) return false
  if (opening === match.startToken) return true
  // "Supports recovery by resetting dopamine pathways": the means of the fragment's verb.
  return tokens[match.startToken - 1]?.lower === 'by'
}

const pronounSubjects = contextWordSet('pronounSubjects')
const subjectAdverbs = contextWordSet('subjectAdverbs')

/**
 * "Together they balance serotonin and GABA naturally": a pronoun subject
 * just before the claim's verb (or before the first of two verbs joined by
 * "and"), in a sentence the page's referents tie to a treatment it names (in
 * the sentence before, the lead-in or the heading), or on a page that names
 * one treatment again and again.
 */
function followsPronounForTreatment(match: RuleMatch, document: Document): boolean {
  const {tokens} = match.sentence
  if (!hasPronounSubject(tokens, match.startToken) && !sharesPronounSubject(tokens, match.startToken)) return false
  return treatmentsOf(sentenceTreatments(document), match.sentence).about.length > 0 || pageTreatment(document) !== undefined
}

/** A pronoun subject ("it", "they") just before `verb`, past adverbs ("it also boosts"). */
function hasPronounSubject(tokens: readonly MatchToken[], verb: number): boolean {
  let index = verb - 1
  while (index >= 0 && subjectAdverbs.has(tokens[index].lower)) index--
  return index >= 0 && pronounSubjects.has(tokens[index].lower)
}

/**
 * "It resets your internal clock and boosts serotonin": the verb after "and" shares the subject of
 * the clause's first verb, when that clause opens with a pronoun subject and a present-tense verb.
 */
function sharesPronounSubject(tokens: readonly MatchToken[], verb: number): boolean {
  if (tokens[verb - 1]?.lower !== 'and') return false
  let start = verb - 2
  while (start > 0 && tokens[start - 1].kind !== 'punctuation') start--
  let first = start
  while (first < verb && subjectAdverbs.has(tokens[first].lower)) first++
  if (!pronounSubjects.has(tokens[first]?.lower ?? '')) return false
  let next = first + 1
  while (next < verb && subjectAdverbs.has(tokens[next].lower)) next++
  return next < verb - 1 && isPresentVerb(tokens[next].lower)
}

/** "Boosts", "Rewires": a verb in the third person, as a feature bullet opens. */
function isPresentVerb(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss')
}

const isWord = (token: {kind: string}): boolean => token.kind === 'word' || token.kind === 'number'

/**
 * Where a tag's words must stand: no word after them in their sentence
 * ('end'), no word before them in a line of one sentence ('start': a feature
 * bullet, "✓ Lifts brain fog"), neither ('alone'), or just after the illness they end and a comma
 * or colon ('after-burden': "Anxiety, gone in five minutes a day"), or ending the sentence after a
 * comma or dash ('tail': "Feel better in three weeks, guaranteed").
 */
export type Placement = 'end' | 'start' | 'alone' | 'after-burden' | 'tail'
function isPlaced(match: RuleMatch, placement: Placement): boolean {
  const {tokens} = match.sentence
  if (placement === 'after-burden') return followsNamedBurden(tokens, match.startToken) || followsBurdenLabel(match)
  // A feature bullet is its line's only sentence: "• Reduces pain. Ketamine reduces pain, ..." is a list item's label, the claim follows it.
  if (placement === 'start') return !tokens.slice(0, match.startToken).some(isWord) && match.sentence.block.sentences.length === 1
  if (tokens.slice(quotationEnd(tokens, match.endToken)).some(isWord)) return false
  if (placement === 'tail') return leadPunctuation.has(tokens[match.startToken - 1]?.lower ?? '') && tokens.slice(0, match.startToken).some(isWord)
  return placement === 'end' || !tokens.slice(0, match.startToken).some(isWord)
}

/**
 * Where the words after a match end: past a quotation that the match closes ('"... and wake up
 * free," said Dr. Reyes': the speaker's tag is no word of the claim), else at the match.
 */
function quotationEnd(tokens: readonly MatchToken[], end: number): number {
  let index = end
  while (index < tokens.length && (tokens[index].lower === ',' || tokens[index].lower === '.' || tokens[index].lower === '!')) index++
  return index < tokens.length && (tokens[index].lower === '"' || tokens[index].lower === "'") ? tokens.length : end
}

/** Most words of the lead before an 'after-burden' verdict ("Late-night cravings: gone"). */
const maxLeadWords = 3
const leadPunctuation = new Set([',', ':', '-', '\u2013', '\u2014'])

/** The sentence opens with an illness or burden in a few words, then a comma or colon, then the match. */
function followsNamedBurden(tokens: readonly MatchToken[], start: number): boolean {
  if (start < 2 || !leadPunctuation.has(tokens[start - 1].lower)) return false
  const lead = tokens.slice(0, start - 1)
  if (lead.length > maxLeadWords || !lead.every(isWord)) return false
  return lead.some((token) => burdens.has(token.lower))
}

/** "Cravings: gone.": the lead read as the sentence's label, split off before the match. */
function followsBurdenLabel(match: RuleMatch): boolean {
  const {sentence} = match
  if (sentence.tokens.slice(0, match.startToken).some(isWord)) return false
  const sentences = sentence.block.sentences
  const label = sentences[sentences.indexOf(sentence) - 1]
  return label?.role === 'label' && followsNamedBurden(label.tokens, label.tokens.length)
}

const burdens = new Set([...wordClasses.burden.members, ...wordClasses.condition.members])

/** A trade mark sign, or a word written in CamelCase ("CraveLess", "MoodLoop"): a brand name. */
const camelCase = /^\p{Lu}[\p{Ll}\d]+\p{Lu}\p{L}*$/u
/** A name in capitals longer than an abbreviation ("ZENFUEL refills your GABA"); TMS, CBD and EMDR are shorter. */
const brandCaps = /^\p{Lu}{5,}\d*\+?$/u
const tradeMarks = new Set(['™', '®'])
/** "our patented signal", "our proprietary blend": words that say the next noun is the seller's product. */
const productMarkers = contextWordSet('productMarkers')
/** How many words before the claim the brand may stand ("CraveLess gently resets"). */
const brandReach = 3

/** A brand name stands in the words just before the match, with no punctuation between. */
function followsBrandName(match: RuleMatch): boolean {
  const {tokens} = match.sentence
  let words = 0
  for (let index = match.startToken - 1; index >= 0 && words < brandReach; index--) {
    const token = tokens[index]
    if (tradeMarks.has(token.text) || productMarkers.has(token.lower)) return true
    if (token.kind === 'punctuation') return false
    words++
    if (camelCase.test(token.text) || brandCaps.test(token.text)) return true
  }

  return false
}

const rank: Record<Severity, number> = {error: 2, warning: 1, info: 0}

/**
 * A finding inside a longer one gives way to it ("no side effects" inside
 * "virtually no side effects"); where findings merely overlap ("Ketamine is
 * safe and effective" is both "is safe" and "safe and effective"), the most
 * serious stays, then the earliest and longest. Returned in document order.
 * Called per sentence, so the pairwise comparison stays small.
 */
function withoutOverlaps(all: readonly ClaimSituation[]): ClaimSituation[] {
  const findings = all.filter(
    (finding) =>
      !all.some(
        (other) =>
          other !== finding &&
          other.match.start <= finding.match.start &&
          other.match.end >= finding.match.end &&
          other.match.end - other.match.start > finding.match.end - finding.match.start
      )
  )
  const byWeight = [...findings].sort(
    (a, b) =>
      Number(Boolean(a.hedge)) - Number(Boolean(b.hedge)) ||
      rank[b.severity] - rank[a.severity] ||
      a.match.start - b.match.start ||
      b.match.end - a.match.end
  )
  const kept: ClaimSituation[] = []
  for (const finding of byWeight) {
    if (kept.some((other) => other.match.start < finding.match.end && finding.match.start < other.match.end)) continue
    kept.push(finding)
  }

  return kept.sort((a, b) => a.match.start - b.match.start)
}

function appliesTo(setting: boolean | readonly string[], tag: string | undefined): boolean {
  return typeof setting === 'boolean' ? setting : tag !== undefined && setting.includes(tag)
}

/**
 * The words a lexicon phrase requires, so a word in its gap or optional slot
 * ("studies clearly show", "research has not shown") can be told from them.
 */
const literalWordCache = new WeakMap<object, Set<string>>()

function literalWords(match: RuleMatch): Set<string> {
  const cached = literalWordCache.get(match.entry)
  if (cached) return cached
  const words = new Set<string>()
  literalWordCache.set(match.entry, words)
  for (const phrase of match.entry.phrases) {
    for (const piece of normalizePhrase(phrase).split(/\s+/)) {
      if (piece.endsWith('?')) continue
      for (const word of piece.split('|')) words.add(word.replace(/^=/, ''))
    }
  }

  return words
}

function inScope(other: RuleMatch, match: RuleMatch, scope: Exclude<ClaimScope, 'discourse'>): boolean {
  if (scope === 'section') return other.sentence.block.section === match.sentence.block.section
  if (scope === 'block') return other.sentence.block === match.sentence.block
  if (other.sentence !== match.sentence) return false
  if (scope === 'sentence') return true
  const clause = clauseAround(match.sentence.tokens, {start: match.startToken, end: match.endToken})
  return other.startToken < clause.end && other.endToken > clause.start
}

