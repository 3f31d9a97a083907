import {type FoundPhrase, inArticle, inComments, isQuestion, sectionRole} from '../../src/document/presence.js'
import {inChrome} from '../../src/document/chrome.js'
import {genreOf} from '../../src/document/genre.js'
import {sentenceTreatments, titleTreatment, treatmentsOf} from '../../src/document/referents.js'
import {findCaseStory, findFirstPersonStory, findPatientQuotes, isInReview, isQuotedQuestion} from '../../src/document/testimony.js'
import {findTreatmentMentions} from '../../src/document/treatments.js'
import type {Document, Sentence, Token} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {shownText} from '../../src/document/shown-text.js'
import type {RuleMatch} from '../../src/rule/types.js'
import {isNamedAsPromise, isNegated, isWarnedAgainst} from '../../src/text/context.js'
import {isConceded, isDismissed, isFramedAsBenefit, isIndirectQuestion, isMinimised, isPraised, isProhibitedUse, isTreatedCondition, isUntreatedIllness} from '../../src/text/treatment-context.js'
import {type TreatmentExtras, treatmentKind} from '../../src/text/treatments.js'
import {alternatives, loadWordLists} from '../../src/text/word-lists.js'

interface Options {
  treatments: Record<string, string[]>
  risks: Record<string, string[]>
}

type Found = FoundPhrase & {tag: string; kind: string}

/** What the rule read in a document: the treatments promoted and the risks credited to them. */
export interface RiskReading {
  /** Each promoted kind with the first sentence that promotes it, in document order. */
  promoted: Array<{kind: string; sentence: Sentence; name?: Found}>
  /** Risk phrases that count for a promoted treatment. */
  risks: Found[]
  /** A "Side effects" section that lists effects in its own words. */
  sideEffectList: boolean
  /** The treatment the page names most, when it names it at least twice. */
  main?: string
}

export default defineRule<Options>({
  meta: {
    id: 'risk-disclosure',
    category: 'disclosures',
    severity: 'error',
    fixable: false,
    description: 'A treatment promoted with benefit language while no concrete risk of it is named.',
    messages: {
      'no-risk': {
        message: '{treatment} is promoted here but no concrete risk is named',
        help:
          'Name the risks readers need: {risks}. "Fewer side effects", "monitored for side effects" or "learn about the risks" name none; ' +
          'list the side effects or add a "Risks and side effects" section. Source: {source}'
      },
      'no-risk-unlisted': {
        message: '{treatment} is promoted here but no concrete risk is named',
        help:
          'Name the risks readers need. "Fewer side effects", "monitored for side effects" or "learn about the risks" name none; ' +
          'list the side effects or add a "Risks and side effects" section. Source: 21 CFR 202.1(e)(5), fair balance; FTC, Health Products Compliance Guidance (2022).'
      }
    },
    options: {
      treatments: {
        type: 'record',
        default: {},
        phrases: true,
        description: 'More treatments, or more names for one: {"cryo": ["whole-body cryotherapy", "cryotherapy"]}.'
      },
      risks: {
        type: 'record',
        default: {},
        phrases: true,
        description: 'More risk phrases per treatment (use "any" for risks of every treatment): {"cryo": ["frostbite"]}.'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, options, report}) {
    const reading = readRisks(document, matches, {names: options.treatments, risks: options.risks})
    if (reading.promoted.length === 0 || reading.sideEffectList) return
    // Risks named only for another treatment (an antidepressant's, on a ketamine page) leave the main one's unnamed.
    const main = reading.promoted.find((item) => item.kind === reading.main)
    const first = reading.risks.length === 0 ? reading.promoted[0] : main && !reading.risks.some((risk) => risk.kind === 'any' || risk.kind === main.kind) ? main : undefined
    if (!first) return
    const known = treatmentKind(first.kind)
    const what = first.name ? capitalise(shownText(document, first.name.start, first.name.end)) : capitalise(first.kind)
    report({
      start: first.sentence.start,
      end: first.sentence.end,
      ...(known
        ? {messageId: 'no-risk', data: {treatment: what, risks: known.advice, source: known.source}}
        : {messageId: 'no-risk-unlisted', data: {treatment: what}})
    })
  }
})

/** Read which treatments a document promotes and which of their risks it names. */
export function readRisks(document: Document, matches: readonly RuleMatch[], extras: TreatmentExtras): RiskReading {
  // A journal abstract or a trial's call for volunteers reports on a treatment; it does not sell it.
  if (genreOf(document) !== 'other') return {promoted: [], risks: [], sideEffectList: false}
  const about = sentenceTreatments(document, extras)
  const lexical = matches.map((match) => asFound(match, match.entry.tag ?? '', match.entry.tag?.startsWith('risk:') ? 'any' : ''))
  const notRisks = new Map<Sentence, Array<{start: number; end: number}>>()
  for (const item of lexical) {
    if (item.tag !== 'not-risk') continue
    const spans = notRisks.get(item.sentence)
    if (spans) spans.push(item)
    else notRisks.set(item.sentence, [item])
  }
  const found: Found[] = inArticle(document, [
    ...lexical.filter((item) => item.tag !== 'not-risk'),
    ...findTreatmentMentions(document, extras).map((mention) => asFound(mention, mention.role === 'name' ? 'treatment' : 'risk', mention.kind))
  ])

  // A treatment is promoted where a sentence about it carries benefit language.
  const promoted = new Map<string, {kind: string; sentence: Sentence; name?: Found}>()
  // "Be wary of supplements that promise a cure in weeks; recovery takes time": a sentence that warns against others' promises promotes nothing.
  const warnsAgainst = (item: Found): boolean => {
    const range = {start: item.startToken, end: item.endToken}
    return isWarnedAgainst(item.sentence.tokens, range) || isNamedAsPromise(item.sentence.tokens, range)
  }
  const warning = new Set(found.filter((item) => item.tag === 'benefit' && warnsAgainst(item)).map((item) => item.sentence))
  // Kinds whose promoting sentence so far only has a benefit word in the treatment's name ("Rapid detox"):
  // the message moves to the first sentence that promotes it in other words, if one comes.
  const byNameOnly = new Set<string>()
  const namesBySentence = new Map<Sentence, Found[]>()
  for (const item of found) {
    if (item.tag !== 'treatment') continue
    const list = namesBySentence.get(item.sentence)
    if (list) list.push(item)
    else namesBySentence.set(item.sentence, [item])
  }

  for (const item of found) {
    if (item.tag !== 'benefit' || warning.has(item.sentence) || !promoting(document, item.sentence)) continue
    const {tokens} = item.sentence
    if (isNegated(tokens, item.startToken) || isIndirectQuestion(tokens, item.startToken) || isConceded(tokens, item.startToken)) continue
    let inName: boolean | undefined
    for (const kind of subjectOf(document, about, item.sentence)) {
      // Settled: promoted in words already. Each check below reads the page's findings, so the cheap test goes first.
      if (promoted.has(kind) && !byNameOnly.has(kind)) continue
      inName ??= namesTreatment(namesBySentence.get(item.sentence) ?? [], item)
      if (promoted.has(kind) && inName) continue
      if (onlyComparedWith(found, kind, item.sentence)) continue
      // Named in the sentence, or else where the page first names it.
      const name =
        namesBySentence.get(item.sentence)?.find((other) => other.kind === kind) ?? found.find((other) => other.tag === 'treatment' && other.kind === kind)
      promoted.set(kind, {kind, sentence: item.sentence, name})
      if (inName) byNameOnly.add(kind)
      else byNameOnly.delete(kind)
    }
  }

  // A patient's praise in quotes, or a story of the patient's result, promotes the treatment the page is about.
  const main = mainKind(found)
  if (main && !promoted.has(main)) {
    const praising = new Set(found.filter((item) => item.tag === 'benefit').map((item) => item.sentence))
    const endorsing = endorsements(document, (sentence) => praising.has(sentence) && promoting(document, sentence))
    const at = endorsing.find((sentence) => {
      const subject = treatmentsOf(about, sentence).about
      return subject.length === 0 || subject.includes(main)
    })
    if (at) promoted.set(main, {kind: main, sentence: at, name: found.find((item) => item.tag === 'treatment' && item.kind === main)})
  }

  // A kind the page names once or twice beside one it names again and again
  // is a part or an aside ("rapid detox uses naloxone"): the page promotes the main one.
  const counts = new Map<string, number>()
  for (const item of found) if (item.tag === 'treatment') counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1)
  const most = Math.max(0, ...[...promoted.keys()].map((kind) => counts.get(kind) ?? 0))
  for (const kind of promoted.keys()) if ((counts.get(kind) ?? 0) * 4 < most) promoted.delete(kind)

  const kinds = new Set(promoted.keys())
  const risks = inArticle(
    document,
    found.filter((item) => item.tag === 'risk' || item.tag === 'risk:any')
  ).filter((item) => {
    // "Not for children with fish allergies", "Do not use if you have kidney disease": the negation forbids the use, it names the risk.
    if (isNegated(item.sentence.tokens, item.startToken) && !isProhibitedUse(item.sentence.tokens)) return false
    if (item.kind !== 'any' && !kinds.has(item.kind) && sectionRole(document, item.sentence) !== 'risks') return false
    if (notRisks.get(item.sentence)?.some((other) => other.start < item.end && item.start < other.end)) return false
    // "Is ketamine addictive?" asks about a risk; the answer says whether there is one.
    if (isQuestion(item.sentence)) return false
    // A menu item ("Anxiety • Insomnia • ADHD") names no risk.
    if (inChrome(document, item.start, item.end)) return false
    // A customer's review names what happened to them, as a reader's comment does: not the page's disclosure.
    if (isInReview(document, item.sentence.block)) return false
    const {tokens} = item.sentence
    // "Every day that addiction goes untreated raises the risk of overdose": the illness's risk.
    if (isUntreatedIllness(tokens)) return false
    if (isMinimised(tokens, item.startToken, item.endToken) || isPraised(tokens, item.startToken) || isDismissed(tokens, item.endToken) || isFramedAsBenefit(tokens, item.endToken) || isTreatedCondition(tokens, item.startToken)) return false
    // A risk in a sentence about another treatment is that treatment's ("SSRIs often cause weight gain").
    const sentenceTreatments = treatmentsOf(about, item.sentence)
    const subject = sentenceTreatments.about
    // "Traditional opioid detox drags on for a week of sweats and vomiting": the risks of what the page compares itself with.
    const {named, compared, combined} = sentenceTreatments
    if (named.length === 0 && compared.length > 0 && combined.length === 0 && subject.every((kind) => compared.includes(kind))) return false
    // "Taken with SSRIs, it can cause serotonin syndrome": an interaction is a risk of the treatment promoted.
    return subject.length === 0 || subject.some((kind) => kinds.has(kind)) || combined.length > 0
  })

  return {
    promoted: [...promoted.values()].sort((a, b) => a.sentence.start - b.sentence.start),
    risks,
    sideEffectList: hasSideEffectList(document),
    ...(main === undefined ? {} : {main})
  }
}

/** A lexicon match or a treatment mention, as the rule reads it: the phrase's place with its tag and kind. */
function asFound(phrase: FoundPhrase, tag: string, kind: string): Found {
  return {sentence: phrase.sentence, startToken: phrase.startToken, endToken: phrase.endToken, start: phrase.start, end: phrase.end, tag, kind}
}

/** The kind the page names most, when it names it at least twice. */
function mainKind(found: readonly Found[]): string | undefined {
  const counts = new Map<string, number>()
  for (const item of found) if (item.tag === 'treatment') counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1)
  const [kind, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []
  return kind !== undefined && (count ?? 0) >= 2 ? kind : undefined
}

/**
 * Sentences in which a patient praises a result: those holding a patient's
 * quotation (not a question), and the sentences of a story told in the
 * first person or about a named patient that `praises`.
 */
function endorsements(document: Document, praises: (sentence: Sentence) => boolean): Sentence[] {
  const sentences: Sentence[] = []
  for (const quote of findPatientQuotes(document)) {
    if (inComments(document, quote.start) || isQuotedQuestion(document, quote)) continue
    const sentence = quote.block.sentences.find((item) => item.end > quote.start)
    if (sentence) sentences.push(sentence)
  }

  const story = findFirstPersonStory(document, praises) ?? findCaseStory(document, praises)
  if (story) sentences.push(...story.sentences.filter(praises))
  return sentences.sort((a, b) => a.start - b.start)
}

/**
 * Sentences that can promote: not in references or a risks section, not a reader's question,
 * and not on a forum thread, where members talk, the opening post included, and the site sells
 * nothing (a post that sells is spam-comment's).
 */
function promoting(document: Document, sentence: Sentence): boolean {
  const role = sectionRole(document, sentence)
  return role !== 'references' && role !== 'risks' && role !== 'cautions' && !isQuestion(sentence) && document.threadPosts === undefined
}

/** Words that make a list item a denial or a minimiser rather than a risk ("No downtime"). */
const words = loadWordLists(new URL('words.yml', import.meta.url), ['denials', 'comparedWith'] as const)
const denial = new RegExp(`\\b(?:${alternatives(words.denials)})\\b`, 'i')
const comparedWith = words.comparedWith.map((phrase) => phrase.split(' '))

/** Words that may stand between "than" and the treatment ("than your current medication"). */
const maxModifiers = 2

/**
 * Every mention of `kind` in the sentence is what the promoted treatment is
 * compared with ("works as well as stimulant medication"): the sentence does
 * not promote it.
 */
function onlyComparedWith(found: readonly Found[], kind: string, sentence: Sentence): boolean {
  const mentions = found.filter((item) => item.tag === 'treatment' && item.kind === kind && item.sentence === sentence)
  return mentions.length > 0 && mentions.every(({startToken}) => comparedWith.some((phrase) => phraseEndsBefore(sentence.tokens, startToken, phrase)))
}

function phraseEndsBefore(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let skipped = 0; skipped <= maxModifiers; skipped++) {
    const end = at - skipped
    if (end - phrase.length < 0) return false
    if (phrase.every((word, offset) => tokens[end - phrase.length + offset].lower === word)) return true
    if (tokens[end - 1].kind !== 'word') return false
  }

  return false
}

/**
 * A "Risks" or "Side effects" section with content: a list of at least two
 * items, none of them a denial. (A section naming a known risk counts already.)
 */
function hasSideEffectList(document: Document): boolean {
  return document.sections.some((section) => {
    if (section.role !== 'risks' || inComments(document, section.start)) return false
    const items = document.blocks.filter((block) => block.section === section.index && block.kind === 'listItem')
    return items.length >= 2 && items.every((item) => !denial.test(item.prose))
  })
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** A benefit word that is part of a treatment's name, or stands just before it ("Rapid detox", "Fast-acting ketamine"); `names` are the treatment names of its sentence. */
function namesTreatment(names: readonly Found[], benefit: Found): boolean {
  return names.some(
    (other) => (other.startToken <= benefit.startToken && other.endToken >= benefit.endToken) || other.startToken === benefit.endToken
  )
}

/**
 * The kinds a benefit sentence is about: those it names or carries over, or else the kind the
 * page names most when its title names it too (a listicle under a byline heading: "Relief before
 * you even get off the table" on a page titled "Stellate Ganglion Block for PTSD").
 */
function subjectOf(document: Document, about: ReturnType<typeof sentenceTreatments>, sentence: Sentence): readonly string[] {
  const kinds = treatmentsOf(about, sentence).about
  if (kinds.length > 0) return kinds
  const page = titleTreatment(document)
  return page === undefined ? kinds : [page]
}
