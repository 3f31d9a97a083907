import {isNegated} from '../text/context.js'
import {isConceded} from '../text/treatment-context.js'
import {type TreatmentExtras, extrasKey, hasExtras} from '../text/treatments.js'
import {loadWordLists} from '../text/word-lists.js'
import {type TreatmentMention, findTreatmentMentions} from './treatments.js'
import type {Block, Document, Sentence, Token} from './types.js'

/**
 * Which treatment a sentence is about. Copy names a treatment once and then
 * goes on about it: "A stellate ganglion block is an injection in the neck.
 * The procedure provides relief within hours." A sentence is about the
 * kinds it names (not those it only compares with: "faster than an
 * antidepressant"), or else about those of the sentence before it in the
 * paragraph, of the lead-in above a list, of the paragraph before when it
 * opens with a pronoun or "the procedure", or of its section's heading.
 */
export interface SentenceTreatments {
  /** Kinds the sentence names as its subject matter, in order. */
  named: string[]
  /** Kinds named only as what is compared with, replaced or tried before ("unlike SSRIs", "than Prozac"). */
  compared: string[]
  /** Kinds named as what another treatment is taken or combined with ("taken with SSRIs"): the sentence tells of an interaction. */
  combined: string[]
  /** The kinds the sentence is about: those it names, or those carried over. */
  about: string[]
}

const words = loadWordLists('referents', ['modifiedNouns', 'comparison', 'combining', 'failing', 'helping', 'nutrientCues', 'pointingBack', 'treatmentNouns', 'failBreakers'] as const)

const none: SentenceTreatments = {named: [], compared: [], combined: [], about: []}

const builtInKey = `referents:${extrasKey({})}`

/** What each sentence is about, for the treatment data and a rule's extra names. */
export function sentenceTreatments(document: Document, extras: TreatmentExtras = {}): ReadonlyMap<Sentence, SentenceTreatments> {
  const key = hasExtras(extras) ? `referents:${extrasKey(extras)}` : builtInKey
  return document.shared(key, () => resolve(document, findTreatmentMentions(document, extras)))
}

/**
 * The kind a page names most, at least twice, outside its comments: what a product page is about
 * ("SunDial Pro Light Therapy Lamp" in the title, "the lamp" below), so that "It resets your
 * internal clock" far from any name still has something to stand for.
 */
export function pageTreatment(document: Document): string | undefined {
  return document.shared('referents:page', () => {
    const comments = document.commentsSection?.start ?? Number.POSITIVE_INFINITY
    const counts = new Map<string, number>()
    for (const mention of findTreatmentMentions(document)) {
      if (mention.role !== 'name' || mention.start >= comments) continue
      counts.set(mention.kind, (counts.get(mention.kind) ?? 0) + 1)
    }

    let best: string | undefined
    let most = 1
    for (const [kind, count] of counts) {
      if (count > most) {
        best = kind
        most = count
      }
    }

    return best
  })
}

/** Words in a paragraph that starts the article proper, after the title lines, menus and prices above it. */
const articleParagraphWords = 8

/**
 * The page's treatment when a heading above the article names it too ("Stellate Ganglion Block
 * for PTSD", "SOLSTICE HALO 10K Light Therapy Lamp" under a menu line): a page about a treatment,
 * not one that mentions a medicine in passing.
 */
export function titleTreatment(document: Document): string | undefined {
  return document.shared('referents:title', () => {
    const kind = pageTreatment(document)
    if (kind === undefined) return undefined
    const start = document.blocks.findIndex((block) => block.kind !== 'heading' && block.sentences.some((sentence) => sentence.wordCount >= articleParagraphWords))
    const titles = new Set(document.blocks.slice(0, start < 0 ? document.blocks.length : start).filter((block) => block.kind === 'heading'))
    return findTreatmentMentions(document).some((mention) => mention.role === 'name' && mention.kind === kind && titles.has(mention.sentence.block)) ? kind : undefined
  })
}

/** The entry for one sentence (empty when it names and carries nothing). */
export function treatmentsOf(map: ReadonlyMap<Sentence, SentenceTreatments>, sentence: Sentence): SentenceTreatments {
  return map.get(sentence) ?? none
}

function resolve(document: Document, mentions: readonly TreatmentMention[]): Map<Sentence, SentenceTreatments> {
  const bySentence = new Map<Sentence, TreatmentMention[]>()
  for (const mention of mentions) {
    if (mention.role !== 'name') continue
    let list = bySentence.get(mention.sentence)
    if (!list) bySentence.set(mention.sentence, (list = []))
    list.push(mention)
  }

  const result = new Map<Sentence, SentenceTreatments>()
  const headingKinds = new Map<number, string[]>()
  let previousBlock: string[] = []
  let lead: string[] = []
  let section = -1

  for (const block of document.blocks) {
    if (block.section !== section) {
      section = block.section
      previousBlock = []
      lead = []
    }

    let inBlock: string[] = []
    for (const sentence of block.sentences) {
      let {named, compared, combined} = namedIn(bySentence.get(sentence))
      // "It can make antidepressants less effective": the sentence is about what "It" points back to.
      const back = inBlock.length > 0 ? inBlock : previousBlock
      if (named.length > 0 && back.length > 0 && opensWithPronoun(sentence.tokens) && !named.some((kind) => back.includes(kind))) {
        compared = [...compared, ...named]
        named = []
      }

      let about = named
      if (about.length === 0 && block.kind !== 'heading') about = carried(block, sentence, inBlock, previousBlock, lead, headingKinds.get(section) ?? [])
      // "Some antidepressants combined with ayahuasca can cause serotonin syndrome": an interaction is about both.
      if (combined.length > 0) about = [...new Set([...about, ...combined])]
      if (named.length > 0 || compared.length > 0 || about.length > 0) result.set(sentence, {named, compared, combined, about})
      if (about.length > 0) inBlock = about
    }

    if (block.kind === 'heading') {
      headingKinds.set(section, inBlock)
    } else if (block.kind === 'listItem') {
      if (inBlock.length > 0) previousBlock = inBlock
    } else {
      previousBlock = inBlock
      lead = inBlock
    }
  }

  return result
}

function carried(block: Block, sentence: Sentence, inBlock: string[], previousBlock: string[], lead: string[], heading: string[]): string[] {
  if (inBlock.length > 0) return inBlock
  if (block.kind === 'listItem') return lead.length > 0 ? lead : heading
  if (sentence === block.sentences[0] && opensWithReference(sentence.tokens) && previousBlock.length > 0) return previousBlock
  return heading
}

/** What a sentence that names no treatment names (never changed: every list built from it is a new one). */
const namesNone: {named: string[]; compared: string[]; combined: string[]} = {named: [], compared: [], combined: []}

/** Kinds named in a sentence: as its subject, only in a comparison, or as what another is combined with. */
function namedIn(mentions: readonly TreatmentMention[] | undefined): {named: string[]; compared: string[]; combined: string[]} {
  if (mentions === undefined) return namesNone
  const named: string[] = []
  const compared: string[] = []
  const combined: string[] = []
  const severalKinds = mentions.some((mention) => mention.kind !== mentions[0].kind)
  for (const mention of mentions) {
    const {tokens} = mention.sentence
    // "esketamine maintains antidepressant benefits": a word of the kind's name describing another's effect.
    if (modified.has(tokens[mention.endToken]?.lower ?? '') && severalKinds) continue
    if (isNutrient(tokens, mention.startToken)) continue
    const list = isCombined(tokens, mention.startToken) ? combined : isCompared(tokens, mention.startToken, mention.endToken) ? compared : named
    if (!list.includes(mention.kind)) list.push(mention.kind)
  }

  // "Do not use with antidepressants (SSRIs, SNRIs)": the kind named again in a gloss is still the one combined.
  const subjects = named.filter((kind) => !combined.includes(kind))
  return {named: subjects, compared: compared.filter((kind) => !subjects.includes(kind) && !combined.includes(kind)), combined}
}

/** "taken with SSRIs", "combined with ayahuasca": the treatment named is what another is combined with. */
function isCombined(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 3); index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') return false
    if (token.lower === 'with') return combining.has(tokens[index - 1]?.lower ?? '')
  }

  return false
}

/** Nouns a kind's name can describe rather than name: "antidepressant effects", "adaptogenic benefits". */
const modified = new Set(words.modifiedNouns)

/**
 * Words before a name that make it the treatment compared with, replaced
 * or tried before, not the one a sentence is about: "unlike SSRIs",
 * "faster than an antidepressant", "as effective as Prozac", "without the
 * side effects of medication", "people who have tried antidepressants".
 */
const comparison = new Set(words.comparison)

const combining = new Set(words.combining)

/** How far back a comparison word may stand, in tokens. */
const comparisonWindow = 6

export function isCompared(tokens: readonly Token[], startToken: number, endToken = startToken + 1): boolean {
  return comparedBefore(tokens, startToken) || failedAfter(tokens, endToken) || isConceded(tokens, startToken)
}

function comparedBefore(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - comparisonWindow); index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation' && token.text !== '-') return false
    if (comparison.has(token.lower)) return true
    // "as effective as Prozac", but not "as well as"
    if (token.lower === 'as' && tokens[index - 2]?.lower === 'as' && tokens[index - 1]?.lower !== 'well') return true
  }

  return false
}

const failing = new Set(words.failing)
const helping = new Set(words.helping)
const failBreakers = new Set(words.failBreakers)

/** "whom antidepressants have already failed", "when medication didn't help": the treatment tried before. */
function failedAfter(tokens: readonly Token[], endToken: number): boolean {
  for (let index = endToken; index < Math.min(tokens.length, endToken + 4); index++) {
    const token = tokens[index]
    if (token.kind === 'punctuation' || failBreakers.has(token.lower)) return false
    if (failing.has(token.lower)) return true
    if (helping.has(token.lower) && isNegated(tokens, index)) return true
  }

  return false
}

/** Words before a name that make it a nutrient in food or the body, not a product: "foods rich in magnesium", "low levels of vitamin D". */
const nutrientCues = new Set(words.nutrientCues)

function isNutrient(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 4); index--) {
    if (tokens[index].kind === 'punctuation' && tokens[index].text !== '-') return false
    if (nutrientCues.has(tokens[index].lower)) return true
  }

  return false
}

const pronouns = new Set(words.pointingBack)

/** Nouns copy uses for a treatment it has named ("the procedure", "this supplement"). */
const treatmentNouns = new Set(words.treatmentNouns)

/** A sentence whose first word is a pronoun pointing back: "It can ...", "They help ...". */
function opensWithPronoun(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => token.kind === 'word')
  return first !== undefined && (first.lower === 'it' || first.lower === 'they' || first.lower === 'its')
}

/** A sentence that opens by pointing back: "It ...", "In addition, they ...", "The procedure ...". */
export function opensWithReference(tokens: readonly Token[]): boolean {
  let words = 0
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'word') continue
    if (++words > 4) return false
    if (pronouns.has(token.lower) && !isNegated(tokens, index)) return true
    if ((token.lower === 'the' || token.lower === 'this' || token.lower === 'these') && treatmentNouns.has(tokens[index + 1]?.lower ?? '')) return true
  }

  return false
}
