import {type FoundPhrase, inArticle, inComments, isQuestion, sectionRole} from '../../src/document/presence.js'
import {genreOf} from '../../src/document/genre.js'
import {sentenceTreatments, treatmentsOf} from '../../src/document/referents.js'
import {findCaseStory, findFirstPersonStory, findPatientQuotes} from '../../src/document/testimony.js'
import {findTreatmentMentions} from '../../src/document/treatments.js'
import type {Document, Sentence, Token} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {shownText} from '../../src/document/shown-text.js'
import type {RuleMatch} from '../../src/rule/types.js'
import {isNegated} from '../../src/text/context.js'
import {type TreatmentExtras, treatmentKind} from '../../src/text/treatments.js'

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
}

export default defineRule<Options>({
  meta: {
    id: 'risk-disclosure',
    category: 'disclosures',
    severity: 'error',
    fixable: false,
    description: 'A treatment promoted with benefit language while no concrete risk of it is named.',
    options: {
      treatments: {
        type: 'record',
        default: {},
        phrases: true,
        description: 'More treatments, or more names for one: {"hbot": ["hyperbaric oxygen", "hbot"]}.'
      },
      risks: {
        type: 'record',
        default: {},
        phrases: true,
        description: 'More risk phrases per treatment (use "any" for risks of every treatment): {"hbot": ["ear pain"]}.'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, options, report}) {
    const reading = readRisks(document, matches, {names: options.treatments, risks: options.risks})
    if (reading.promoted.length === 0 || reading.risks.length > 0 || reading.sideEffectList) return

    const first = reading.promoted[0]
    const known = treatmentKind(first.kind)
    const what = first.name ? capitalise(shownText(document, first.name.start, first.name.end)) : capitalise(first.kind)
    const advice = known ? `name the risks readers need: ${known.advice} (source: ${known.source})` : 'name the risks readers need'
    report({
      start: first.sentence.start,
      end: first.sentence.end,
      message:
        `${what} is promoted here but no concrete risk is named: ${advice}. ` +
        '"Fewer side effects", "monitored for side effects" or "learn about the risks" name none; list the side effects or add a "Risks and side effects" section'
    })
  }
})

/** Read which treatments a document promotes and which of their risks it names. */
export function readRisks(document: Document, matches: readonly RuleMatch[], extras: TreatmentExtras): RiskReading {
  // A journal abstract or a trial's call for volunteers reports on a treatment; it does not sell it.
  if (genreOf(document) !== 'other') return {promoted: [], risks: [], sideEffectList: false}
  const about = sentenceTreatments(document, extras)
  const lexical = matches.map((match) => ({...match, tag: match.entry.tag ?? '', kind: match.entry.tag?.startsWith('risk:') ? 'any' : ''}))
  const notRisks = new Map<Sentence, Array<{start: number; end: number}>>()
  for (const item of lexical) {
    if (item.tag !== 'not-risk') continue
    const spans = notRisks.get(item.sentence)
    if (spans) spans.push(item)
    else notRisks.set(item.sentence, [item])
  }
  const found: Found[] = inArticle(document, [
    ...lexical.filter((item) => item.tag !== 'not-risk'),
    ...findTreatmentMentions(document, extras).map((mention) => ({...mention, tag: mention.role === 'name' ? 'treatment' : 'risk'}))
  ])

  // A treatment is promoted where a sentence about it carries benefit language.
  const promoted = new Map<string, {kind: string; sentence: Sentence; name?: Found}>()
  for (const item of found) {
    if (item.tag !== 'benefit' || !promoting(document, item.sentence)) continue
    const {tokens} = item.sentence
    if (isNegated(tokens, item.startToken) || isIndirectQuestion(tokens, item.startToken) || isConceded(tokens, item.startToken)) continue
    for (const kind of treatmentsOf(about, item.sentence).about) {
      if (promoted.has(kind)) continue
      // Named in the sentence, or else where the page first names it.
      const name =
        found.find((other) => other.tag === 'treatment' && other.kind === kind && other.sentence === item.sentence) ??
        found.find((other) => other.tag === 'treatment' && other.kind === kind)
      promoted.set(kind, {kind, sentence: item.sentence, name})
    }
  }

  // A patient's praise in quotes, or a story of the patient's result, promotes the treatment the page is about.
  const main = mainKind(found)
  if (main && !promoted.has(main)) {
    const praising = new Set(found.filter((item) => item.tag === 'benefit').map((item) => item.sentence))
    const endorsing = endorsements(document, (sentence) => praising.has(sentence))
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
    found.filter((item) => item.tag === 'risk' || item.tag === 'risk:any'),
    {skipNegated: true}
  ).filter((item) => {
    if (item.kind !== 'any' && !kinds.has(item.kind) && sectionRole(document, item.sentence) !== 'risks') return false
    if (notRisks.get(item.sentence)?.some((other) => other.start < item.end && item.start < other.end)) return false
    const {tokens} = item.sentence
    if (isMinimised(tokens, item.startToken) || isFramedAsBenefit(tokens, item.endToken) || isTreatedCondition(tokens, item.startToken)) return false
    // A risk in a sentence about another treatment is that treatment's ("SSRIs often cause weight gain").
    const subject = treatmentsOf(about, item.sentence).about
    return subject.length === 0 || subject.some((kind) => kinds.has(kind))
  })

  return {
    promoted: [...promoted.values()].sort((a, b) => a.sentence.start - b.sentence.start),
    risks,
    sideEffectList: hasSideEffectList(document)
  }
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
    if (inComments(document, quote.start) || /\?\W*$/.test(document.text.slice(quote.start, quote.end))) continue
    const sentence = quote.block.sentences.find((item) => item.end > quote.start)
    if (sentence) sentences.push(sentence)
  }

  const story = findFirstPersonStory(document, praises) ?? findCaseStory(document, praises)
  if (story) sentences.push(...story.sentences.filter(praises))
  return sentences.sort((a, b) => a.start - b.start)
}

/** Sentences that can promote: not in references or a risks section, and not a reader's question. */
function promoting(document: Document, sentence: Sentence): boolean {
  const role = sectionRole(document, sentence)
  return role !== 'references' && role !== 'risks' && !isQuestion(sentence)
}

const minimisers = new Set(['less', 'fewer', 'minimal', 'lower', 'reduced', 'little', 'free', 'zero'])

/** "less GI upset", "fewer headaches", "lower risk of seizures": a risk minimised, not named. */
function isMinimised(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 3); index--) {
    if (tokens[index].kind === 'punctuation') return false
    if (minimisers.has(tokens[index].lower)) return true
  }

  return false
}

const enabling = new Set(['allow', 'allows', 'enable', 'enables', 'help', 'helps', 'let', 'lets', 'facilitate', 'facilitates', 'open', 'opens', 'promote', 'promotes'])

/**
 * An effect offered as how the treatment works, not as a risk: "the
 * dissociative effects of ketamine allow patients to step back", "the
 * altered state helps you revisit memories".
 */
function isFramedAsBenefit(tokens: readonly Token[], endToken: number): boolean {
  for (let index = endToken; index < Math.min(tokens.length, endToken + 4); index++) {
    if (tokens[index].kind === 'punctuation') return false
    if (enabling.has(tokens[index].lower)) return true
  }

  return false
}

const concessive = new Set(['while', 'although', 'though', 'whereas', 'whilst'])

/** "While antidepressants help some people, they ...": a benefit granted in passing, not promoted. */
function isConceded(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 40); index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation' && token.text !== '-') return false
    if (concessive.has(token.lower)) return index === 0 || tokens[index - 1].kind === 'punctuation' || tokens[index - 1].lower === 'even'
  }

  return false
}

const knowing = new Set(['tell', 'know', 'predict', 'determine', 'guess', 'say', 'decide', 'see', 'find', 'choose', 'learn', 'guarantee'])

/** "cannot tell you which antidepressant will lift your mood", "whether it works": asked, not asserted. */
function isIndirectQuestion(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 8); index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation' && token.text !== '-') return false
    if (token.lower === 'whether') return true
    if ((token.lower === 'which' || token.lower === 'what' || token.lower === 'how') && knowing.has(tokens[index - 1]?.lower ?? '') ) return true
    if ((token.lower === 'which' || token.lower === 'what' || token.lower === 'how') && tokens[index - 1]?.lower === 'you' && knowing.has(tokens[index - 2]?.lower ?? '')) return true
    // "finding an antidepressant that works": one being looked for, not one promoted
    if ((token.lower === 'that' || token.lower === 'which') && index === startToken - 1 && searched(tokens, index)) return true
  }

  return false
}

/** "finding an antidepressant that", "the right supplement that": a kind looked for, with an indefinite or "right". */
function searched(tokens: readonly Token[], that: number): boolean {
  for (let index = that - 1; index >= Math.max(0, that - 4); index--) {
    const word = tokens[index].lower
    if (word === 'a' || word === 'an' || word === 'any' || word === 'right') return /^(?:find|finding|found|choose|choosing|pick|picking|search|searching|look|looking)$/.test(tokens[index - 1]?.lower ?? '') || word === 'right'
  }

  return false
}

/** Words that treat what follows: the condition a treatment is for, not a risk of it. */
const treating = new Set([
  'treat', 'treats', 'treating', 'treated', 'treatment', 'treatments', 'relieve', 'relieves', 'relief', 'reduce', 'reduces',
  'reducing', 'ease', 'eases', 'alleviate', 'alleviates', 'manage', 'manages', 'managing', 'prevent', 'prevents', 'improve',
  'improves', 'fight', 'fights', 'combat', 'combats', 'against', 'reduction', 'decrease', 'decreases', 'decreased', 'lower', 'lowers', 'fewer'
])

/** Words that present what follows as a risk. */
const causing = new Set([
  'cause', 'causes', 'causing', 'caused', 'include', 'includes', 'including', 'risk', 'risks', 'effect', 'effects', 'experience',
  'feel', 'feeling', 'report', 'reported', 'may', 'can', 'could', 'might', 'lead', 'leads', 'trigger', 'triggers', 'like', 'such',
  'monitor', 'monitors', 'monitored', 'monitoring', 'watch', 'watches', 'check', 'checks'
])

/**
 * A risk word naming the condition a treatment is for: "cleared to treat
 * depression, anxiety and insomnia", "a trusted treatment for shingles pain
 * and vascular headaches". The nearest cue before it decides.
 */
function isTreatedCondition(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 40); index--) {
    const word = tokens[index].lower
    if (causing.has(word)) return false
    if (treating.has(word)) return true
  }

  return false
}

/** Words that make a list item a denial or a minimiser rather than a risk ("No downtime"). */
const denial = /\b(?:no|non|not|zero|free|minimal|without|safe|safer|rare|rarely|never|few|fewer|only|mild)\b/i

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
