import type {MatchToken} from './phrase-matcher.js'

/**
 * Context detectors shared by the claim rules: is a match negated, hedged or
 * boosted? All work on a sentence's tokens.
 */

const negators = new Set([
  'not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'cannot', 'nothing',
  'nobody', 'hardly', 'rarely', 'lacks', 'lack', 'lacking', 'myth', 'unlikely', 'far'
])

/** Words that end a clause for negation scope. */
const clauseBreakers = new Set(['but', 'although', 'though', 'however', 'yet', 'while', 'whereas', 'because', 'and', 'which', 'that'])

/** How far back a negator may stand, in words. */
const negationWindow = 6

/** Negators that are really intensifiers: "not only", "no doubt", "nothing short of". */
function isFalseNegation(tokens: readonly MatchToken[], index: number): boolean {
  const word = tokens[index].lower
  const next = tokens[index + 1]?.lower
  const after = tokens[index + 2]?.lower
  if (word === 'not' && (next === 'only' || next === 'just' || next === 'merely')) return true
  if (word === 'no' && (next === 'doubt' || next === 'wonder' || next === 'longer' || next === 'more' || next === 'matter')) return true
  if (word === 'nothing' && next === 'short' && after === 'of') return true
  if (word === 'far' && next !== 'from') return true
  if (word === 'never' && (next === 'before' || next === 'been')) return true
  if (word === 'without' && (next === 'a' || next === 'any') && after === 'doubt') return true
  return false
}

function isNegatorAt(tokens: readonly MatchToken[], index: number): boolean {
  const word = tokens[index].lower
  if (word.endsWith("n't") || word === 'cant' || word === 'dont' || word === 'isnt' || word === 'doesnt') return true
  return negators.has(word) && !isFalseNegation(tokens, index)
}

/**
 * A negator shortly before `startToken` in the same clause ("ketamine is not
 * a cure", "there is no cure yet", "it is a myth that ... cures").
 */
export function isNegated(tokens: readonly MatchToken[], startToken: number): boolean {
  let words = 0
  for (let index = startToken - 1; index >= 0; index--) {
    const token = tokens[index]
    if (token.kind === 'punctuation') {
      if (token.lower === '-' || token.lower === "'" || token.lower === '"') continue
      return false
    }

    if (token.lower === 'that' && tokens[index - 1]?.lower === 'myth') return true
    if (clauseBreakers.has(token.lower)) return false
    if (isNegatorAt(tokens, index)) return true
    if (++words >= negationWindow) return false
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
const hedgeWords = new Set([
  'may', 'might', 'could', 'possibly', 'potentially', 'perhaps', 'likely', 'probably',
  'suggest', 'suggests', 'suggested', 'suggesting', 'indicate', 'indicates', 'indicated',
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'preliminary', 'emerging',
  'early', 'sometimes', 'often', 'typically', 'usually', 'generally', 'varies', 'vary',
  'individual', 'individuals', 'some', 'certain', 'hope', 'hopes', 'hopeful', 'promise',
  'promising', 'investigating', 'investigated', 'studying', 'unclear', 'uncertain'
])

/** Multi-word hedges. */
const hedgePhrases: readonly string[][] = [
  ['is', 'thought', 'to'],
  ['are', 'thought', 'to'],
  ['is', 'believed', 'to'],
  ['are', 'believed', 'to'],
  ['not', 'everyone'],
  ['for', 'some'],
  ['in', 'some', 'cases'],
  ['results', 'vary'],
  ['research', 'is', 'ongoing'],
  ['more', 'research', 'is', 'needed'],
  ['more', 'studies', 'are', 'needed']
]

/** Words that look like hedges but are not in this position. */
function isHedgeAt(tokens: readonly MatchToken[], index: number): boolean {
  const token = tokens[index]
  const lower = token.lower
  if (!hedgeWords.has(lower)) return false
  // "May 2023", "in May": the month.
  if (lower === 'may' && /^M/.test(tokenText(token)) && index > 0 && tokens[index - 1].lower !== '.') {
    const next = tokens[index + 1]
    if (!next || next.kind === 'number' || next.kind === 'punctuation') return false
  }

  // "certain receptors": a determiner, not a hedge.
  if (lower === 'certain' && tokens[index + 1]?.kind === 'word' && tokens[index - 1]?.lower !== 'not') return false
  // "individuals" is only a hedge in "individual results".
  if ((lower === 'individual' || lower === 'individuals') && tokens[index + 1]?.lower !== 'results') return false
  // "early" hedges evidence ("early research"), not speed ("early relief").
  if (lower === 'early' && !/^(?:research|studies|study|data|evidence|results|trials?)$/.test(tokens[index + 1]?.lower ?? '')) return false
  // "promise"/"hope" hedge only as "shows promise", "offers hope".
  if ((lower === 'hope' || lower === 'promise') && !/^(?:shows?|showing|shown|offers?|holds?|has|have)$/.test(tokens[index - 1]?.lower ?? '')) return false
  return true
}

function tokenText(token: MatchToken): string {
  return (token as MatchToken & {text?: string}).text ?? token.lower
}

/** Hedge cues in a run of tokens (usually a sentence). */
export function findHedges(tokens: readonly MatchToken[]): Cue[] {
  const cues: Cue[] = []
  for (let index = 0; index < tokens.length; index++) {
    if (isHedgeAt(tokens, index)) {
      cues.push({cue: tokens[index].lower, start: tokens[index].start, end: tokens[index].end})
      continue
    }

    for (const phrase of hedgePhrases) {
      if (phrase.every((word, offset) => tokens[index + offset]?.lower === word)) {
        const last = tokens[index + phrase.length - 1]
        cues.push({cue: phrase.join(' '), start: tokens[index].start, end: last.end})
        break
      }
    }
  }

  return cues
}

const boosterWords = new Set([
  'clearly', 'definitely', 'proven', 'guaranteed', 'guarantee', 'guarantees', 'always',
  'unquestionably', 'undoubtedly', 'certainly', 'absolutely', 'completely', 'totally',
  'conclusively', 'indisputably', 'undeniably', 'permanently', 'everyone', 'everybody'
])

/** Booster cues (clearly, proven, guaranteed, always, for everyone...). */
export function findBoosters(tokens: readonly MatchToken[]): Cue[] {
  const cues: Cue[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (!boosterWords.has(token.lower)) continue
    if (index > 0 && isNegatorAt(tokens, index - 1)) continue
    cues.push({cue: token.lower, start: token.start, end: token.end})
  }

  return cues
}
