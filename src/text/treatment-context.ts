import {contextWordSet} from './context-words.js'
import type {MatchToken} from './phrase-matcher.js'
import {loadWordLists} from './word-lists.js'
import {wordClasses} from './word-classes.js'

/**
 * How copy frames a treatment's benefit or risk, read from a sentence's
 * tokens: a benefit conceded or only asked about is not promotion; a risk
 * word minimised, naming the condition treated, or offered as how the
 * treatment works is no risk disclosed. Backward scans are bounded, so a
 * pasted line that is one endless "sentence" stays linear.
 */

type Token = MatchToken & {text: string}

const words = loadWordLists('treatment-context', ['minimisers', 'mildNotMinimised', 'dismissingBe', 'dismissingIntensifiers', 'enabling', 'concessive', 'knowing', 'searching', 'treating', 'indicating', 'causing', 'ordinaryUses', 'prohibitedUses', 'untreated', 'untreatedAfterWithout'] as const)

const minimisers = new Set(words.minimisers)
/** Two words each ("a little"): the one before a minimiser and the minimiser. */
const mildNotMinimised = new Set(words.mildNotMinimised)

/** "less GI upset", "fewer headaches", "lower risk of seizures": a risk minimised, not named. */
export function isMinimised(tokens: readonly Token[], startToken: number, endToken = startToken + 1): boolean {
  // "drowsiness-free", "jitter-free": the risk denied by its suffix.
  const last = tokens[endToken - 1]?.lower ?? ''
  if (last.endsWith('-free') || tokens[endToken]?.lower === '-free') return true
  // "non-drowsy", "non-addictive": the risk denied by its prefix.
  if (tokens[startToken]?.lower.startsWith('non-')) return true
  for (let index = startToken - 1; index >= Math.max(0, startToken - 3); index--) {
    if (tokens[index].kind === 'punctuation') return false
    // "a little spacey" names the effect, mildly; "little risk" plays it down.
    if (minimisers.has(tokens[index].lower) && !mildNotMinimised.has(`${tokens[index - 1]?.lower} ${tokens[index].lower}`)) return true
  }

  return false
}

const enabling = new Set(words.enabling)

/**
 * An effect offered as how the treatment works, not as a risk: "the
 * dissociative effects of ketamine allow patients to step back", "the
 * altered state helps you revisit memories".
 */
export function isFramedAsBenefit(tokens: readonly Token[], endToken: number): boolean {
  for (let index = endToken; index < Math.min(tokens.length, endToken + 4); index++) {
    if (tokens[index].kind === 'punctuation') return false
    if (enabling.has(tokens[index].lower)) return true
  }

  return false
}

const praiseWords = contextWordSet('praiseWords')

/** "a pleasant, dreamy, floating feeling": an effect sold as a pleasure, not named as a risk. */
export function isPraised(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 4); index--) {
    if (tokens[index].kind === 'punctuation' && tokens[index].text !== ',') return false
    if (praiseWords.has(tokens[index].lower)) return true
  }

  return false
}

const dismissiveWords = contextWordSet('dismissiveWords')
const dismissingBe = new Set(words.dismissingBe)
const dismissingIntensifiers = new Set(words.dismissingIntensifiers)

/** "the radiation dose is tiny", "the risk is negligible": a risk named only to be waved away. */
export function isDismissed(tokens: readonly Token[], endToken: number): boolean {
  for (let index = endToken; index < Math.min(tokens.length - 1, endToken + 3); index++) {
    if (tokens[index].kind === 'punctuation') return false
    if (dismissingBe.has(tokens[index].lower)) {
      const next = dismissingIntensifiers.has(tokens[index + 1].lower) ? tokens[index + 2]?.lower : tokens[index + 1].lower
      return next !== undefined && dismissiveWords.has(next)
    }
  }

  return false
}

const concessive = new Set(words.concessive)

/** "While antidepressants help some people, they ...": a benefit granted in passing, not promoted. */
export function isConceded(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 40); index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation' && token.text !== '-') return false
    if (concessive.has(token.lower)) return index === 0 || tokens[index - 1].kind === 'punctuation' || tokens[index - 1].lower === 'even'
  }

  return false
}

const knowing = new Set(words.knowing)

/** "cannot tell you which antidepressant will lift your mood", "whether it works": asked, not asserted. */
export function isIndirectQuestion(tokens: readonly Token[], startToken: number): boolean {
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

const searching = new Set(words.searching)

/** "finding an antidepressant that", "the right supplement that": a kind looked for, with an indefinite or "right". */
function searched(tokens: readonly Token[], that: number): boolean {
  for (let index = that - 1; index >= Math.max(0, that - 4); index--) {
    const word = tokens[index].lower
    if (word === 'a' || word === 'an' || word === 'any' || word === 'right') return searching.has(tokens[index - 1]?.lower ?? '') || word === 'right'
  }

  return false
}

/** Words that treat what follows: the condition a treatment is for, not a risk of it. */
const treating = new Set(words.treating)

/** Words that present what follows as a risk. */
const causing = new Set(words.causing)

/**
 * A risk word naming the condition a treatment is for: "cleared to treat
 * depression, anxiety and insomnia", "a trusted treatment for shingles pain
 * and vascular headaches". The nearest cue before it decides.
 */
export function isTreatedCondition(tokens: readonly Token[], startToken: number): boolean {
  for (let index = startToken - 1; index >= Math.max(0, startToken - 40); index--) {
    const word = tokens[index].lower
    if (causing.has(word)) return false
    if (treating.has(word)) return true
    if (indicating.has(word) && onlyConditionsBetween(tokens, index + 1, startToken)) return true
  }

  return false
}

/** "for" before a list of what a device is for ("CES devices for anxiety, insomnia and depression"). */
const indicating = new Set(words.indicating)
const conditionWords = new Set(wordClasses.condition.members)
const listJoints = new Set([',', 'and', 'or', '/'])

function onlyConditionsBetween(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const word = tokens[index].lower
    if (!conditionWords.has(word) && !listJoints.has(word)) return false
  }

  return true
}

const ordinaryUses = new Set(words.ordinaryUses)

/**
 * A one-word treatment name at `start` used as an ordinary word, told by the
 * words either side ("works best as a supplement to care").
 */
export function isOrdinaryUse(tokens: readonly MatchToken[], start: number, end: number): boolean {
  if (end - start !== 1) return false
  const name = tokens[start].lower
  const before = tokens[start - 1]?.lower
  const after = tokens[end]?.lower
  return (before !== undefined && after !== undefined && ordinaryUses.has(`${before} ${name} ${after}`)) || (after !== undefined && tokens[end + 1] !== undefined && ordinaryUses.has(`${name} ${after} ${tokens[end + 1].lower}`))
}

const prohibitedUses = new Set(words.prohibitedUses)

/**
 * A sentence that opens with a prohibition of use ("Not for children with
 * fish allergies", "Do not use if ...", "Don't take ..."): its negation forbids
 * the use, so a risk named after it is named, not denied.
 */
export function isProhibitedUse(tokens: readonly Token[]): boolean {
  const opening = tokens.filter((token) => token.kind === 'word').slice(0, 3).map((token) => token.lower)
  const verb = opening[0] === 'not' || opening[0] === "don't" ? opening[1] : opening[0] === 'do' && opening[1] === 'not' ? opening[2] : undefined
  return verb !== undefined && prohibitedUses.has(verb)
}

const untreated = new Set(words.untreated)
const untreatedAfterWithout = new Set(words.untreatedAfterWithout)

/**
 * A sentence about the illness left untreated ("Every day that addiction
 * goes untreated raises the risk of overdose", "without treatment, the risk
 * of suicide rises"): its risks are the illness's, not the treatment's.
 */
export function isUntreatedIllness(tokens: readonly MatchToken[]): boolean {
  return tokens.some((token, index) => untreated.has(token.lower) || (token.lower === 'without' && untreatedAfterWithout.has(tokens[index + 1]?.lower ?? '')))
}
