import {inflections} from './inflect.js'
import {normalizeText} from './normalize.js'
import {readPrepared} from './prepared-data.js'
import {isNumberWord, isPercent, wordClasses} from './word-classes.js'

/**
 * The phrase matcher: every lexicon phrase of every enabled rule compiled
 * once into one index, then run over each sentence's tokens.
 *
 * Phrase syntax (one phrase = words separated by spaces):
 * - `cure` matches its inflections (cures, cured, curing); `=cure` only itself;
 *   function words (`the`, `it`, `not`, `can`) take no endings.
 * - `game-changer` matches "game-changer", "game changer" and "gamechanger".
 * - `no|zero` either word; `completely?` an optional word. Alternatives are
 *   single words: `a|b c` is "a c" or "b c", never "a" or "b c". Join a
 *   several-word alternative with hyphens (`mental-health|medical experts`)
 *   or give it a phrase of its own; `phrase-pitfalls.ts` finds the slip.
 * - `{condition}`, `{treatment}`, `{timeUnit}`: a word of that class
 *   (`word-classes.ts`); `{number}` digits or a number word; `{percent}` "80%".
 * - `*` any one word; `*?` one word or none; `...` up to three words (or none).
 * Matching is case-insensitive, across curly and straight quotes and
 * Unicode spaces, and never across punctuation (commas, brackets, quotes).
 */

/** The token shape the matcher reads (see `Document` sentences). */
export interface MatchToken {
  kind: string
  lower: string
  start: number
  end: number
  parts?: string[]
}

export interface PhraseMatch {
  /** Index of the phrase in the list the matcher was compiled from. */
  phrase: number
  /** Token range `[startToken, endToken)`. */
  startToken: number
  endToken: number
  /** File offsets. */
  start: number
  end: number
}

/**
 * One step of a compiled phrase. Every step has every field, so the
 * matcher's loops see one object shape (a step of another shape made its
 * optimised code start over): `ids` and `runs` are empty except for
 * words, `min` and `max` are 0 except for gaps, and a gap is never
 * `optional`. A words step matches one word of `ids` (words by number,
 * see `wordId`), or a run of words from `runs` (word-class members such as
 * "fish oil", by first word; `runIds` numbers those first words);
 * `literals` (by number) and `classes` say what it was written as, so the build can
 * store it by reference to the classes rather than with every member.
 */
interface Step {
  type: 'words' | 'number' | 'percent' | 'gap'
  ids: ReadonlySet<number>
  runs: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
  runIds: readonly number[]
  optional: boolean
  min: number
  max: number
  literals: readonly number[]
  classes: readonly string[]
}

const noIds: ReadonlySet<number> = new Set()
const noRuns: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map()
const noRunIds: readonly number[] = []
const none: readonly string[] = []
const noNumbers: readonly number[] = []

/**
 * Every word a compiled phrase holds, numbered. A matcher looks each word
 * of a sentence up here once, then works with numbers: which phrases start
 * with it, which a step accepts. Only phrases add words, so the table is as
 * large as the vocabulary of the lexicons, whatever the text.
 */
const wordIds = new Map<string, number>()

function wordId(word: string): number {
  let id = wordIds.get(word)
  if (id === undefined) wordIds.set(word, (id = wordIds.size))
  return id
}

function wordsStep(literals: readonly string[], classes: readonly string[], optional: boolean): Step {
  const numbers: number[] = []
  for (const literal of literals) numbers.push(wordId(literal))
  return wordsStepOf(numbers, classes, optional)
}

/** A words step of words already numbered (`literals`) and classes. */
function wordsStepOf(literals: readonly number[], classes: readonly string[], optional: boolean): Step {
  if (classes.length === 0) return {type: 'words', ids: new Set(literals), runs: noRuns, runIds: noRunIds, optional, min: 0, max: 0, literals, classes}

  const union = classUnion(classes)
  // Steps are never changed once made: every step of the same classes alone shares their words.
  if (literals.length === 0) return {type: 'words', ids: union.ids, runs: union.runs, runIds: union.runIds, optional, min: 0, max: 0, literals, classes}
  const ids = new Set(literals)
  for (const id of union.ids) ids.add(id)
  return {type: 'words', ids, runs: union.runs, runIds: union.runIds, optional, min: 0, max: 0, literals, classes}
}

/** The words of one or more classes together, as a step reads them. */
interface ClassUnion {
  ids: ReadonlySet<number>
  runs: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
  runIds: readonly number[]
}

const classUnions = new Map<string, ClassUnion>()

/** Built once per list of classes: thousands of phrases use `{condition}` or `{treatment}`. */
function classUnion(classes: readonly string[]): ClassUnion {
  const key = classes.join(',')
  const cached = classUnions.get(key)
  if (cached) return cached
  const ids = new Set<number>()
  const runs = new Map<string, Array<readonly string[]>>()
  for (const name of classes) {
    const members = classMembers(name)
    for (const value of members.values) ids.add(wordId(value))
    for (const [first, list] of members.runs) {
      const known = runs.get(first)
      if (known) known.push(...list)
      else runs.set(first, [...list])
    }
  }

  const union = runs.size > 0 ? {ids, runs, runIds: [...runs.keys()].map((first) => wordId(first))} : {ids, runs: noRuns, runIds: noRunIds}
  classUnions.set(key, union)
  return union
}

function classStep(type: 'number' | 'percent', optional: boolean): Step {
  return {type, ids: noIds, runs: noRuns, runIds: noRunIds, optional, min: 0, max: 0, literals: noNumbers, classes: none}
}

function gapStep(min: number, max: number): Step {
  return {type: 'gap', ids: noIds, runs: noRuns, runIds: noRunIds, optional: false, min, max, literals: noNumbers, classes: none}
}

/** A word class as a step reads it: its single words (inflected where it says so) and its runs by first word. */
interface ClassMembers {
  values: ReadonlySet<string>
  runs: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
}

const classMemberCache = new Map<string, ClassMembers>()

/** Built once per class: every phrase that uses `{treatmentName}` shares it. */
function classMembers(name: string): ClassMembers {
  const cached = classMemberCache.get(name)
  if (cached) return cached
  const wordClass = classesByLowerName.get(name)
  if (!wordClass) throw new PhraseSyntaxError(`unknown word class {${name}}`)
  const values = new Set<string>()
  const runs = new Map<string, Array<readonly string[]>>()
  for (const member of wordClass.members) {
    const words = normalizeText(member).split(/[\s-]+/).filter(Boolean)
    if (words.length > 1) {
      // "switch off" takes its first word's endings too: "switches off", "switching off".
      for (const first of wordClass.inflect ? inflections(words[0]) : [words[0]]) {
        const run = first === words[0] ? words : [first, ...words.slice(1)]
        const list = runs.get(first)
        if (list) list.push(run)
        else runs.set(first, [run])
      }
    } else {
      for (const form of wordClass.inflect ? inflections(words[0]) : [words[0]]) values.add(form)
    }
  }

  const members = {values, runs}
  classMemberCache.set(name, members)
  return members
}

interface Alternative {
  phrase: number
  steps: Step[]
  /**
   * A required step after the first with few words (by number): a sentence
   * that holds none of them cannot match, which a few lookups tell before
   * any gap is tried. Undefined when no step is that selective.
   */
  probe: readonly number[] | undefined
  /** The sentence stamp `possible` was worked out for. */
  checked: number
  possible: boolean
  /**
   * Whether the word (or number) an alternative is tried at is sure to
   * match its first step, so matching starts at the second: true unless the
   * first step also takes runs of words (then the word may only start a run).
   */
  firstSure: boolean
}

/** The most words a probe may hold: more, and looking them up costs more than trying the phrase. */
const maxProbeWords = 12

function alternativeOf(phrase: number, steps: Step[]): Alternative {
  let probe: readonly number[] | undefined
  for (const step of steps.slice(1)) {
    if (step.type !== 'words' || step.optional || step.runs.size > 0 || step.ids.size > maxProbeWords) continue
    if (!probe || step.ids.size < probe.length) probe = [...step.ids]
  }

  const first = steps[0]
  const firstSure = !first.optional && first.type !== 'gap' && first.runs.size === 0
  return {phrase, steps, probe, checked: 0, possible: true, firstSure}
}

interface Unit {
  lower: string
  /** The word without its possessive ending ("brain's" -> "brain"). */
  stem: string | undefined
  /** The numbers of `lower` and `stem` (`wordId`), -1 for a word no phrase holds. */
  id: number
  stemId: number
  token: number
  barrier: boolean
}

export class PhraseSyntaxError extends Error {}

const maxGap = 3

/**
 * The alternatives that start with one word, indexed again by their second
 * word when it is a required literal: a common first word ("no", "it")
 * then only tries the few phrases its neighbour can continue.
 */
interface Bucket {
  any: Alternative[]
  /** Only for first words with many alternatives: for the rest, trying each costs less than the index. Keyed by `wordId`. */
  bySecond?: Map<number, Alternative[]>
  /** Whether `indexBySecond` has run: it runs when the word first occurs, so a start pays only for the words it meets. */
  indexed: boolean
}

/** The largest stamp before the marks are reset. */
const maxStamp = 0xff_ff_ff_ff

/**
 * One mark per phrase and a counter: an entry is current when it holds the
 * latest stamp, so starting a new round clears nothing.
 */
class Stamps {
  readonly marks: Uint32Array
  private current = 0

  constructor(size: number) {
    this.marks = new Uint32Array(size)
  }

  /** A stamp no mark holds yet; on wrap-around every mark is reset. */
  next(): number {
    if (this.current === maxStamp) {
      this.current = 0
      this.marks.fill(0)
    }

    return ++this.current
  }
}

/** A first word with more alternatives than this gets the second-word index. */
const minAlternativesToIndex = 2

export class PhraseMatcher {
  /**
   * The buckets of each list of phrases by first word (its `wordId`): one
   * entry per list (undefined where no phrase of that list starts with the
   * word). Filled as words occur (`bucketsOf`): undefined until then, null
   * when no phrase starts with the word.
   */
  private readonly byWord: Array<Array<Bucket | undefined> | null | undefined>
  /**
   * Which alternatives start with each word, by number (see `Pending`):
   * those of word `id` are `firsts[firstsFrom[id]]` up to
   * `firsts[firstsFrom[id + 1]]`, in the order they were compiled.
   */
  private readonly firstsFrom: Int32Array
  private readonly firsts: Int32Array
  private readonly pending: Pending
  /** Phrases that start with `{number}` or `{percent}`, per list: tried only at a number or a percentage. */
  private readonly byNumber: Bucket[] = []
  private readonly byPercent: Bucket[] = []
  /** How many lists the phrases came in. */
  private readonly lists: number
  /**
   * Scratch space indexed by phrase, kept between calls (matching is
   * synchronous). At the current start position: each phrase's longest end
   * (`longestEnd`, valid where `positions` marks the position) and the
   * phrases in the order first found there (`found`). In the current
   * sentence: where each phrase's last match ended (`lastEnd`, valid where
   * `sentences` marks the sentence). Stamps instead of clearing maps:
   * nothing is reset between positions or sentences.
   */
  private readonly longestEnd: Int32Array
  private readonly positions: Stamps
  private readonly lastEnd: Int32Array
  private readonly sentences: Stamps
  private readonly found: number[] = []
  /** Every alternative made so far; the current sentence's stamp, and the stamp of the sentence each word was last seen in (see `Alternative.probe`). */
  private readonly alternatives: Alternative[] = []
  private sentence = 0
  private readonly words: Uint32Array
  /** The current sentence's units, kept for the next one (see `toUnits`). */
  private units: Unit[] = []

  /**
   * Compile `phrases`; throws `PhraseSyntaxError` naming the bad phrase.
   *
   * `lists` splits the phrases into consecutive lists of these lengths
   * (default: one list). One pass over a sentence finds the phrases of every
   * list, and each list is indexed on its own, so the matches of one list
   * come out exactly as a matcher of that list alone gives them, whatever
   * the other lists hold: rules' lexicons and the treatment data share one
   * pass without changing each other's results.
   *
   * Only the first words are indexed here; an alternative's steps are made
   * when a sentence first holds its first word (most of a lexicon never
   * occurs in one file).
   */
  constructor(phrases: readonly string[], lists: readonly number[] = [phrases.length]) {
    if (lists.reduce((sum, length) => sum + length, 0) !== phrases.length) throw new RangeError('the lists must cover the phrases')
    this.lists = lists.length
    for (let list = 0; list < this.lists; list++) {
      this.byNumber.push({any: [], indexed: false})
      this.byPercent.push({any: [], indexed: false})
    }

    const pending = (this.pending = new Pending())
    let list = 0
    let listEnd = lists[0] ?? 0
    for (const [index, phrase] of phrases.entries()) {
      while (index >= listEnd) listEnd += lists[++list]
      pending.addPhrase(phrase, index, list)
    }

    // Every word of these phrases is numbered by now; a word numbered later is in none of them.
    const wordCount = wordIds.size
    this.byWord = new Array<Array<Bucket | undefined> | null | undefined>(wordCount).fill(undefined)
    // Counting sort of (word, alternative) by word, alternatives in order within a word.
    const from = (this.firstsFrom = new Int32Array(wordCount + 1))
    const {firstWords, firstOf} = pending
    for (const id of firstWords) from[id + 1]++
    for (let id = 0; id < wordCount; id++) from[id + 1] += from[id]
    const next = from.slice(0, wordCount)
    const firsts = (this.firsts = new Int32Array(firstWords.length))
    for (let entry = 0; entry < firstWords.length; entry++) firsts[next[firstWords[entry]]++] = firstOf[entry]
    firstWords.length = 0
    firstOf.length = 0

    for (const number of pending.numbers) this.byNumber[pending.list[number]].any.push(this.alternativeAt(number))
    for (const number of pending.percents) this.byPercent[pending.list[number]].any.push(this.alternativeAt(number))

    this.words = new Uint32Array(wordCount)
    this.longestEnd = new Int32Array(phrases.length)
    this.positions = new Stamps(phrases.length)
    this.lastEnd = new Int32Array(phrases.length)
    this.sentences = new Stamps(phrases.length)
  }

  /** The buckets of the phrases that start with word `id`, made the first time it occurs. */
  private bucketsOf(id: number): Array<Bucket | undefined> | undefined {
    let buckets = this.byWord[id]
    if (buckets === undefined) buckets = this.byWord[id] = this.makeBuckets(id)
    return buckets ?? undefined
  }

  private makeBuckets(id: number): Array<Bucket | undefined> | null {
    const start = this.firstsFrom[id]
    const end = this.firstsFrom[id + 1]
    if (start === end) return null
    const buckets = new Array<Bucket | undefined>(this.lists).fill(undefined)
    let last = -1
    for (let entry = start; entry < end; entry++) {
      const number = this.firsts[entry]
      // A word both a value and the start of a run comes twice, side by side.
      if (number === last) continue
      last = number
      const list = this.pending.list[number]
      let bucket = buckets[list]
      if (!bucket) buckets[list] = bucket = {any: [], indexed: false}
      bucket.any.push(this.alternativeAt(number))
    }

    return buckets
  }

  /** Alternative `number` of `pending`, its steps made the first time it is asked for. */
  private alternativeAt(number: number): Alternative {
    let alternative = this.pending.made[number]
    if (alternative === undefined) {
      alternative = this.pending.made[number] = alternativeOf(this.pending.phrase[number], this.pending.steps(number))
      this.alternatives.push(alternative)
    }

    return alternative
  }

  /**
   * Every phrase found in `tokens`: for each phrase, the leftmost-longest
   * matches that do not overlap each other.
   */
  match(tokens: readonly MatchToken[]): PhraseMatch[] {
    const units = this.units
    const count = toUnits(tokens, units)
    const results: PhraseMatch[] = []
    const found = this.found
    const sentence = this.sentences.next()
    const words = this.words
    // A new round of stamps (the first sentence, or after wrap-around): no probe result or word mark is current.
    if (sentence === 1) {
      for (const alternative of this.alternatives) alternative.checked = 0
      words.fill(0)
    }

    this.sentence = sentence
    for (let position = 0; position < count; position++) {
      const unit = units[position]
      if (unit.barrier) continue
      if (unit.id >= 0 && unit.id < words.length) words[unit.id] = sentence
      if (unit.stemId >= 0 && unit.stemId < words.length) words[unit.stemId] = sentence
    }

    const inSentence = this.sentences.marks
    let numbers = false
    let percentages = false
    for (let list = 0; list < this.lists; list++) {
      if (isFilled(this.byNumber[list])) numbers = true
      if (isFilled(this.byPercent[list])) percentages = true
    }

    for (let position = 0; position < count; position++) {
      const unit = units[position]
      if (unit.barrier) continue
      const here = this.positions.next()
      // Most positions find nothing: setting an array's length is a runtime call, so only when needed.
      if (found.length > 0) found.length = 0
      const next = position + 1 < count ? units[position + 1] : undefined
      const byLower = unit.id >= 0 && unit.id < this.byWord.length ? this.bucketsOf(unit.id) : undefined
      const byStem = unit.stemId >= 0 && unit.stemId < this.byWord.length ? this.bucketsOf(unit.stemId) : undefined
      const number = numbers && isNumberWord(unit.lower)
      const percent = percentages && isPercent(unit.lower)
      // List by list, each in the order a matcher of that list alone tries its phrases.
      for (let list = 0; list < this.lists; list++) {
        if (byLower !== undefined) this.tryBucket(byLower[list], next, units, count, position, here)
        if (byStem !== undefined) this.tryBucket(byStem[list], next, units, count, position, here)
        if (number) this.tryBucket(this.byNumber[list], next, units, count, position, here)
        if (percent) this.tryBucket(this.byPercent[list], next, units, count, position, here)
      }

      for (let index = 0; index < found.length; index++) {
        const phrase = found[index]
        if (inSentence[phrase] === sentence && this.lastEnd[phrase] > position) continue
        const endUnit = this.longestEnd[phrase]
        this.lastEnd[phrase] = endUnit
        inSentence[phrase] = sentence
        const lastToken = units[endUnit - 1].token
        results.push({phrase, startToken: unit.token, endToken: lastToken + 1, start: tokens[unit.token].start, end: tokens[lastToken].end})
      }
    }

    // A pasted page can be one "sentence" of thousands of words: do not keep its units for the rest of the run.
    if (units.length > maxKeptUnits) this.units = []
    return results
  }

  private tryBucket(bucket: Bucket | undefined, next: Unit | undefined, units: readonly Unit[], count: number, position: number, here: number): void {
    if (!bucket) return
    if (!bucket.indexed) indexBySecond(bucket)
    this.tryAll(bucket.any, units, count, position, here)
    if (!next || next.barrier || !bucket.bySecond) return
    if (next.id >= 0) this.tryAll(bucket.bySecond.get(next.id), units, count, position, here)
    if (next.stemId >= 0) this.tryAll(bucket.bySecond.get(next.stemId), units, count, position, here)
  }

  /**
   * Try every alternative in `list` at `position`, keeping each phrase's
   * longest match. Every list is chosen by the unit at `position` (its word,
   * a number, a percentage), so each alternative's first step has matched.
   */
  private tryAll(list: readonly Alternative[] | undefined, units: readonly Unit[], count: number, position: number, here: number): void {
    if (!list) return
    for (let index = 0; index < list.length; index++) {
      const alternative = list[index]
      const probe = alternative.probe
      if (probe !== undefined) {
        if (alternative.checked !== this.sentence) {
          alternative.checked = this.sentence
          alternative.possible = false
          for (let word = 0; word < probe.length; word++) {
            if (this.words[probe[word]] === this.sentence) {
              alternative.possible = true
              break
            }
          }
        }

        if (!alternative.possible) continue
      }

      const end = alternative.firstSure ? matchSteps(alternative.steps, 1, units, count, position + 1) : matchSteps(alternative.steps, 0, units, count, position)
      if (end <= position) continue
      const phrase = alternative.phrase
      if (this.positions.marks[phrase] !== here) {
        this.positions.marks[phrase] = here
        this.longestEnd[phrase] = end
        this.found.push(phrase)
      } else if (end > this.longestEnd[phrase]) {
        this.longestEnd[phrase] = end
      }
    }
  }
}

/** Whether a bucket holds any alternative (indexing moves some out of `any`). */
function isFilled(bucket: Bucket): boolean {
  return bucket.any.length > 0 || bucket.bySecond !== undefined
}

function addSecond(bySecond: Map<number, Alternative[]>, id: number, alternative: Alternative): void {
  let list = bySecond.get(id)
  if (!list) bySecond.set(id, (list = []))
  // A word both a value and the start of a run comes twice; nothing else is added between.
  if (list.at(-1) !== alternative) list.push(alternative)
}

/**
 * Split a crowded bucket by second word: the alternatives whose second step
 * is a required word go under each of its values ("no" + "side": only the
 * phrases that continue with "side" are tried); the others stay in `any`.
 */
function indexBySecond(bucket: Bucket): void {
  bucket.indexed = true
  if (bucket.any.length <= minAlternativesToIndex) return
  const any: Alternative[] = []
  const bySecond = new Map<number, Alternative[]>()
  for (const alternative of bucket.any) {
    const second = alternative.steps[1]
    if (second?.type !== 'words' || second.optional) {
      any.push(alternative)
      continue
    }

    // A first step that can take a run of words does not tell where the second starts.
    if (alternative.steps[0].runs.size > 0) {
      any.push(alternative)
      continue
    }

    for (const id of second.ids) addSecond(bySecond, id, alternative)
    for (const id of second.runIds) addSecond(bySecond, id, alternative)
  }

  bucket.any = any
  bucket.bySecond = bySecond
}

/** The end of the longest match of `steps` from `step` on at `position` among the first `count` units, or -1. */
function matchSteps(steps: readonly Step[], step: number, units: readonly Unit[], count: number, position: number): number {
  if (step === steps.length) return position
  const current = steps[step]

  if (current.type === 'gap') {
    let best = -1
    for (let skip = current.min; skip <= current.max; skip++) {
      if (skip > 0 && (position + skip > count || units[position + skip - 1].barrier)) break
      const end = matchSteps(steps, step + 1, units, count, position + skip)
      if (end > best) best = end
    }

    return best
  }

  let best = -1
  const unit = position < count ? units[position] : undefined
  if (unit && !unit.barrier && stepAccepts(current, unit)) {
    best = matchSteps(steps, step + 1, units, count, position + 1)
  }

  if (unit && !unit.barrier && current.runs.size > 0) {
    const candidates = current.runs.get(unit.lower) ?? (unit.stem === undefined ? undefined : current.runs.get(unit.stem))
    if (candidates) {
      for (const run of candidates) {
        const after = runEnd(run, units, count, position)
        if (after < 0) continue
        const end = matchSteps(steps, step + 1, units, count, after)
        if (end > best) best = end
      }
    }
  }

  if (current.optional) {
    const skipped = matchSteps(steps, step + 1, units, count, position)
    if (skipped > best) best = skipped
  }

  return best
}

/** Where a run of words ends when it starts at `position`, or -1. */
function runEnd(run: readonly string[], units: readonly Unit[], count: number, position: number): number {
  for (let offset = 0; offset < run.length; offset++) {
    const unit = position + offset < count ? units[position + offset] : undefined
    if (!unit || unit.barrier || (unit.lower !== run[offset] && unit.stem !== run[offset])) return -1
  }

  return position + run.length
}

/** Whether a step accepts a unit: its word or, for a possessive or a word with a footnote mark, its stem. */
function stepAccepts(step: Step, unit: Unit): boolean {
  switch (step.type) {
    case 'words': {
      return step.ids.has(unit.id) || (unit.stemId >= 0 && step.ids.has(unit.stemId))
    }

    case 'number': {
      return isNumberWord(unit.lower) || (unit.stem !== undefined && isNumberWord(unit.stem))
    }

    case 'percent': {
      return isPercent(unit.lower) || (unit.stem !== undefined && isPercent(unit.stem))
    }

    default: {
      return false
    }
  }
}

/** Longest bracketed gloss read past, in tokens between the brackets. */
const maxGlossTokens = 4

/**
 * The index of the ")" closing a short gloss opened at `open` after a word:
 * a few words with no punctuation but hyphens, followed by a word. -1 when
 * the brackets hold anything else (a citation, a clause, a number list).
 */
function glossEnd(tokens: readonly MatchToken[], open: number): number {
  for (let index = open + 1; index < tokens.length && index - open <= maxGlossTokens + 1; index++) {
    const token = tokens[index]
    if (token.lower === ')') return index > open + 1 && tokens[index + 1]?.kind === 'word' ? index : -1
    if (token.kind !== 'word' && token.lower !== '-') return -1
  }

  return -1
}

/** Whether a character is a superscript digit, the footnote mark glued to a word ("research¹"). */
function isFootnoteMark(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x20_70 && code <= 0x20_79)
}

/** The word without a glued footnote mark, matched like a possessive's stem; undefined when there is none. */
function withoutFootnoteMark(lower: string): string | undefined {
  let end = lower.length
  while (end > 0 && isFootnoteMark(lower.charCodeAt(end - 1))) end--
  return end < lower.length && end > 0 ? lower.slice(0, end) : undefined
}

/** Symbols that belong to the word before them: "NAD+", "Spravato®". */
const suffixSymbols = new Set(['+', '®', '™', '©', '*', '†', '‡'])

/**
 * Tokens as matching units: hyphenated words are split into their parts,
 * possessives also match their stem ("brain's" matches "brain"), and a
 * symbol stuck to the word before it is skipped ("NAD+ eliminates").
 * Written into `units` from the start, reusing the objects a sentence
 * before left there (matching is synchronous, and a folder holds millions
 * of words); returns how many there are.
 */
function toUnits(tokens: readonly MatchToken[], units: Unit[]): number {
  let count = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    // A short gloss in brackets is read past, as a reader does: "potent
    // anxiolytic (anti-anxiety) effects", "magnesium glycinate (bisglycinate) is superior".
    if (token.lower === '(' && count > 0 && !units[count - 1].barrier) {
      const close = glossEnd(tokens, index)
      if (close > 0) {
        index = close
        continue
      }
    }

    if (token.kind === 'punctuation') {
      setUnit(units, count++, token.lower, undefined, index, true)
    } else if (token.kind === 'symbol' && suffixSymbols.has(token.lower) && isAttachedToWord(tokens, index)) {
      continue
    } else if (token.parts && token.parts.length > 1) {
      for (const part of token.parts) setUnit(units, count++, part, undefined, index, false)
    } else if (token.lower.includes("'")) {
      const contraction = expandContraction(token.lower)
      if (contraction) {
        for (const word of contraction) setUnit(units, count++, word, undefined, index, false)
        continue
      }

      setUnit(units, count++, token.lower, possessiveStem(token.lower), index, false)
    } else {
      setUnit(units, count++, token.lower, withoutFootnoteMark(token.lower), index, false)
    }
  }

  return count
}

/** Units kept for the next sentence at most (a sentence of more gets units of its own). */
const maxKeptUnits = 4096

/** Set the unit at `at` (a new one at the end): a word's numbers are looked up here, a barrier has none. */
function setUnit(units: Unit[], at: number, lower: string, stem: string | undefined, token: number, barrier: boolean): void {
  const id = barrier ? -1 : (wordIds.get(lower) ?? -1)
  const stemId = stem === undefined ? -1 : (wordIds.get(stem) ?? -1)
  if (at === units.length) {
    // Every unit has the same fields, in the same order: one object shape for the matcher's loops.
    units.push({lower, stem, id, stemId, token, barrier})
    return
  }

  const unit = units[at]
  unit.lower = lower
  unit.stem = stem
  unit.id = id
  unit.stemId = stemId
  unit.token = token
  unit.barrier = barrier
}

const pronouns = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'what', 'who'])
const contractedVerbs: Record<string, string> = {"'s": 'is', "'re": 'are', "'ll": 'will', "'ve": 'have', "'m": 'am', "'d": 'would'}

/** "it's" -> it is, "you'll" -> you will: so phrases match either spelling. */
export function expandContraction(lower: string): string[] | undefined {
  const apostrophe = lower.lastIndexOf("'")
  if (apostrophe <= 0) return undefined
  const verb = contractedVerbs[lower.slice(apostrophe)]
  const subject = lower.slice(0, apostrophe)
  return verb && pronouns.has(subject) ? [subject, verb] : undefined
}

function isAttachedToWord(tokens: readonly MatchToken[], index: number): boolean {
  const previous = tokens[index - 1]
  return previous !== undefined && previous.kind === 'word' && previous.end === tokens[index].start
}

/** "brain's" -> "brain"; "patients'" -> "patients"; undefined otherwise. */
export function possessiveStem(lower: string): string | undefined {
  if (lower.length > 3 && lower.endsWith("'s")) return lower.slice(0, -2)
  if (lower.length > 2 && lower.endsWith("s'")) return lower.slice(0, -1)
  return undefined
}

/** Compile one phrase into its alternatives (hyphenated words fan out). */
export function compilePhrase(phrase: string): Step[][] {
  // Validation (lexicons, config) and the matcher compile the same phrases:
  // compile each once. Steps are never mutated, so sharing them is safe.
  let compiled = compiledPhrases.get(phrase)
  if (!compiled) {
    compiled = builtCompiled(phrase) ?? compileUncached(phrase)
    compiledPhrases.set(phrase, compiled)
  }

  return compiled
}

const compiledPhrases = new Map<string, Step[][]>()

/** Phrases are compiled lower-cased: `{benefitVerb}` arrives as `{benefitverb}`. */
const classesByLowerName = new Map(Object.entries(wordClasses).map(([name, wordClass]) => [name.toLowerCase(), wordClass]))

/**
 * The built-in phrases (every rule's lexicon and the treatment data),
 * compiled by the build (scripts/prepare-data.js) into `dist/data/phrases.json`,
 * so a run takes their steps instead of compiling them (compiling every
 * lexicon is a noticeable part of a one-file run).
 */
export interface CompiledStore {
  /** Every word the steps hold, in the order they were numbered, one a line. */
  words: string
  /** The distinct steps; a phrase's steps are numbers in this list. */
  steps: StoredStep[]
  /** Each phrase's alternatives, as lists of step numbers. */
  phrases: Record<string, number[][]>
}

/**
 * A stored step: `w` words (numbers in `words`) and `c` classes for a words
 * step, `g` [min, max] for a gap, `n` / `p` for a number or a percentage; `o` optional.
 */
interface StoredStep {
  w?: number[]
  c?: string[]
  g?: [number, number]
  n?: 1
  p?: 1
  o?: 1
}

/** The store of this package's build, once read; null when there is none (a run from the TypeScript sources). */
let store: {phrases: Record<string, number[][]>; steps: StoredStep[]; made: Array<Step | undefined>; ids: number[]} | null | undefined

/** The build's store, read the first time a phrase is compiled, before any word is numbered. */
function builtStore(): NonNullable<typeof store> | null {
  if (store === undefined) store = readStore()
  return store
}

/** The built-in phrase's compiled steps from the build's store, or undefined. */
function builtCompiled(phrase: string): Step[][] | undefined {
  return storedAlternatives(phrase)?.map((numbers) => numbers.map((number) => madeStep(number)))
}

/** A built-in phrase's alternatives as stored (step numbers), or undefined. */
function storedAlternatives(phrase: string): readonly number[][] | undefined {
  const built = builtStore()
  return built !== null && Object.hasOwn(built.phrases, phrase) ? built.phrases[phrase] : undefined
}

/** Stored step `number` made into a step (once: steps are shared). */
function madeStep(number: number): Step {
  const {steps, made, ids} = store!
  return (made[number] ??= storedStep(steps[number], ids))
}

function readStore(): NonNullable<typeof store> | null {
  const text = readPrepared('phrases.json', import.meta.url)
  if (text === undefined) return null
  const data = JSON.parse(text) as CompiledStore
  // The store's words take their numbers first, so a word's number is its line (words numbered before keep theirs).
  const ids = data.words === '' ? [] : data.words.split('\n').map((word) => wordId(word))
  return {phrases: data.phrases, steps: data.steps, made: [], ids}
}

function storedStep(stored: StoredStep, ids: readonly number[]): Step {
  const optional = stored.o === 1
  if (stored.g) return gapStep(stored.g[0], stored.g[1])
  if (stored.n) return classStep('number', optional)
  if (stored.p) return classStep('percent', optional)
  return wordsStepOf((stored.w ?? noNumbers).map((number) => ids[number]), stored.c ?? none, optional)
}

/**
 * Throws `PhraseSyntaxError` when `phrase` does not compile. A built-in
 * phrase compiled at build time needs no check (nor its steps made).
 */
export function checkPhrase(phrase: string): void {
  if (storedAlternatives(phrase) === undefined) compilePhrase(phrase)
}

/**
 * The alternatives of a matcher's phrases, numbered in the order the
 * matcher indexes them (a first step that is optional makes two: the
 * alternative without it, then with it required), with their first words;
 * their steps are made only when asked for (`steps`).
 */
class Pending {
  /** For each alternative: its phrase's index, its list, and its steps once made (by the matcher). */
  readonly phrase: number[] = []
  readonly list: number[] = []
  readonly made: Array<Alternative | undefined> = []
  /** Word `firstWords[i]` starts alternative `firstOf[i]`. */
  readonly firstWords: number[] = []
  readonly firstOf: number[] = []
  /** The alternatives that start with `{number}`, `{percent}`. */
  readonly numbers: number[] = []
  readonly percents: number[] = []
  /**
   * Where each alternative's steps come from: a stored alternative (step
   * numbers, from `start` on, the first made required where `required`),
   * or steps compiled here.
   */
  private readonly source: Array<readonly number[] | readonly Step[]> = []
  private readonly start: number[] = []
  private readonly required: boolean[] = []

  addPhrase(phrase: string, index: number, list: number): void {
    const stored = storedAlternatives(phrase)
    if (stored === undefined) {
      for (const steps of compilePhrase(phrase)) this.addSteps(steps, index, list)
    } else {
      for (const numbers of stored) this.addStored(numbers, 0, index, list)
    }
  }

  /** The steps of alternative `number`. */
  steps(number: number): Step[] {
    const source = this.source[number]
    if (!isStored(source)) return source as Step[]
    const steps: Step[] = []
    for (let index = this.start[number]; index < source.length; index++) steps.push(madeStep(source[index]))
    if (this.required[number]) steps[0] = {...steps[0], optional: false}
    return steps
  }

  private addStored(numbers: readonly number[], start: number, index: number, list: number): void {
    const {steps, ids} = store!
    const first = steps[numbers[start]]
    if (first.g) throw new PhraseSyntaxError('a phrase cannot start with a wildcard')
    // Indexed both without and with the optional first step.
    if (first.o === 1) this.addStored(numbers, start + 1, index, list)
    const number = this.push(numbers, start, first.o === 1, index, list)
    if (first.n) this.numbers.push(number)
    else if (first.p) this.percents.push(number)
    else {
      for (const word of first.w ?? noNumbers) this.addFirst(ids[word], number)
      if (first.c) {
        const union = classUnion(first.c)
        for (const id of union.ids) this.addFirst(id, number)
        for (const id of union.runIds) this.addFirst(id, number)
      }
    }
  }

  private addSteps(steps: readonly Step[], index: number, list: number): void {
    const first = steps[0]
    if (first.type === 'gap') throw new PhraseSyntaxError('a phrase cannot start with a wildcard')
    if (first.optional) {
      this.addSteps(steps.slice(1), index, list)
      this.addSteps([{...first, optional: false} satisfies Step, ...steps.slice(1)], index, list)
      return
    }

    const number = this.push(steps, 0, false, index, list)
    if (first.type === 'number') this.numbers.push(number)
    else if (first.type === 'percent') this.percents.push(number)
    else {
      for (const id of first.ids) this.addFirst(id, number)
      for (const id of first.runIds) this.addFirst(id, number)
    }
  }

  private push(source: readonly number[] | readonly Step[], start: number, required: boolean, index: number, list: number): number {
    this.phrase.push(index)
    this.list.push(list)
    this.made.push(undefined)
    this.source.push(source)
    this.start.push(start)
    this.required.push(required)
    return this.phrase.length - 1
  }

  private addFirst(id: number, number: number): void {
    this.firstWords.push(id)
    this.firstOf.push(number)
  }
}

function isStored(source: readonly number[] | readonly Step[]): source is readonly number[] {
  return source.length > 0 && typeof source[0] === 'number'
}

/**
 * Compile `phrases` (in this order: it numbers their words) and store them
 * for a run to read back (`compilePhrase`). Build time only.
 */
export function storeCompiled(phrases: readonly string[]): CompiledStore {
  if (wordIds.size > 0 || compiledPhrases.size > 0) throw new Error('storeCompiled: phrases were compiled before')
  // Numbered from the sources, not from an older store.
  store = null
  const stepNumbers = new Map<string, number>()
  const steps: StoredStep[] = []
  const stored: Record<string, number[][]> = {}
  for (const phrase of phrases) {
    stored[phrase] = compilePhrase(phrase).map((alternative) =>
      alternative.map((step) => {
        const entry: StoredStep =
          step.type === 'gap'
            ? {g: [step.min, step.max]}
            : step.type === 'number'
              ? {n: 1}
              : step.type === 'percent'
                ? {p: 1}
                : {w: [...step.literals], ...(step.classes.length > 0 ? {c: [...step.classes]} : {})}
        if (step.optional) entry.o = 1
        const key = JSON.stringify(entry)
        let number = stepNumbers.get(key)
        if (number === undefined) {
          stepNumbers.set(key, (number = steps.length))
          steps.push(entry)
        }

        return number
      })
    )
  }

  return {words: [...wordIds.keys()].join('\n'), steps, phrases: stored}
}

function compileUncached(phrase: string): Step[][] {
  const pieces = normalizeText(phrase).trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (pieces.length === 0) throw new PhraseSyntaxError('empty phrase')

  let alternatives: Step[][] = [[]]
  // Text contractions are matched as two words ("it's" -> it is): so are the phrase's.
  for (const piece of pieces.flatMap((piece) => expandContraction(piece) ?? [piece])) {
    const options = compilePiece(piece)
    const next: Step[][] = []
    for (const alternative of alternatives) {
      for (const option of options) next.push([...alternative, ...option])
    }

    alternatives = next
  }

  for (const steps of alternatives) {
    const firstRequired = steps.findIndex((step) => step.type !== 'gap' && !step.optional)
    if (firstRequired < 0) throw new PhraseSyntaxError('a phrase needs at least one required word')
    if (steps.slice(0, firstRequired + 1).some((step) => step.type === 'gap')) {
      throw new PhraseSyntaxError('a phrase cannot start with a wildcard')
    }
  }

  return alternatives
}

function compilePiece(piece: string): Step[][] {
  if (piece === '*') return [[gapStep(1, 1)]]
  if (piece === '*?') return [[gapStep(0, 1)]]
  if (piece === '...') return [[gapStep(0, maxGap)]]
  if (piece === '...?') throw new PhraseSyntaxError('"..." already matches zero words; drop the "?"')

  const optional = piece.endsWith('?') && piece.length > 1
  const body = optional ? piece.slice(0, -1) : piece

  if (body === '{number}') return [[classStep('number', optional)]]
  if (body === '{percent}') return [[classStep('percent', optional)]]

  // "#1", "$0": a leading symbol is its own token in text.
  const symbol = /^([#$])(\w.*)$/.exec(body)
  if (symbol) {
    return [[
      wordsStep([symbol[1]], none, optional),
      wordsStep([symbol[2]], none, optional)
    ]]
  }

  const alternatives = body.split('|')
  const single = new Set<string>()
  const classes: string[] = []
  const hyphenated: string[][] = []
  for (const alternative of alternatives) {
    if (alternative.length === 0) throw new PhraseSyntaxError(`empty alternative in "${piece}"`)
    const classMatch = /^\{(\w+)\}$/.exec(alternative)
    if (classMatch) {
      classMembers(classMatch[1])
      classes.push(classMatch[1])
      continue
    }

    if (/[{}*]/.test(alternative)) throw new PhraseSyntaxError(`unexpected character in "${alternative}"`)
    const exact = alternative.startsWith('=')
    const word = exact ? alternative.slice(1) : alternative
    const parts = word.split('-').filter(Boolean)
    if (parts.length > 1) {
      hyphenated.push(parts.map((part, index) => (index === parts.length - 1 && !exact ? `${part}` : `=${part}`)))
      for (const form of exact ? [parts.join('')] : inflections(parts.join(''))) single.add(form)
    } else {
      for (const form of exact ? [word] : inflections(word)) single.add(form)
    }
  }

  const options: Step[][] = []
  if (single.size > 0 || classes.length > 0) options.push([wordsStep([...single], classes, optional)])
  for (const parts of hyphenated) {
    options.push(
      parts.map((part) => {
        const exact = part.startsWith('=')
        const word = exact ? part.slice(1) : part
        return wordsStep(exact ? [word] : inflections(word), none, optional)
      })
    )
  }

  return options
}
