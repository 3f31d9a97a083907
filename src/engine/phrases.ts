import {shownText} from '../document/shown-text.js'
import {type TreatmentMention, addTreatmentMentions, recordTreatmentMentions} from '../document/treatments.js'
import type {Document} from '../document/types.js'
import {type LexiconEntry, loadLexicon} from '../rule/lexicon.js'
import type {AnyRule, RuleMatch} from '../rule/types.js'
import {type PhraseMatch, PhraseMatcher} from '../text/phrase-matcher.js'
import {builtInTreatmentPhrases} from '../text/treatments.js'
import {compareSpans, isOrdered} from '../text/spans.js'

/** Who a compiled phrase belongs to. */
export interface PhraseOwner {
  ruleId: string
  entry: LexiconEntry
  allow: boolean
  /** The rule and tag: a match inside a longer match of the same group is dropped. */
  group: string
}

/** The owner of a rule's phrase, with its group key made once. */
export function phraseOwner(ruleId: string, entry: LexiconEntry, allow: boolean): PhraseOwner {
  return {ruleId, entry, allow, group: `${ruleId}\0${entry.tag === undefined ? '\u0001' : `=${entry.tag}`}`}
}

export interface CompiledPhrases {
  /** The rules' phrases (numbered as `owners`), then the built-in treatment names and risks. */
  matcher: PhraseMatcher
  /** The owner of each rule phrase; the treatment phrases are numbered from `owners.length`. */
  owners: PhraseOwner[]
}

export interface LexiconRule {
  rule: AnyRule
  options: Record<string, unknown>
}

const compiled = new Map<string, CompiledPhrases>()

/**
 * One matcher for every enabled lexicon rule, built once per distinct set of
 * rules and phrase options, and shared by every file that uses it.
 */
export function compilePhrases(rules: readonly LexiconRule[]): CompiledPhrases {
  const key = rules
    .map(({rule, options}) => `${rule.meta.id}:${JSON.stringify(options.extraPhrases ?? [])}:${JSON.stringify(options.allowPhrases ?? [])}`)
    .join('|')
  const cached = compiled.get(key)
  if (cached) return cached

  const phrases: string[] = []
  const owners: PhraseOwner[] = []
  const add = (ruleId: string, entry: LexiconEntry, allow: boolean) => {
    // Owners are only read: the phrases of one entry share theirs.
    const owner = phraseOwner(ruleId, entry, allow)
    for (const phrase of entry.phrases) {
      phrases.push(phrase)
      owners.push(owner)
    }
  }

  for (const {rule, options} of rules) {
    if (!rule.lexicon) continue
    const lexicon = loadLexicon(rule.lexicon)
    const id = rule.meta.id
    for (const entry of lexicon.phrases) add(id, entry, false)
    for (const entry of lexicon.allow) add(id, entry, true)
    for (const phrase of (options.extraPhrases as string[] | undefined) ?? []) {
      add(id, {phrases: [phrase], note: 'added in configuration'}, false)
    }

    for (const phrase of (options.allowPhrases as string[] | undefined) ?? []) {
      add(id, {phrases: [phrase], note: 'allowed in configuration'}, true)
    }
  }

  // The treatment data (names and risks) is a list of its own in the same
  // matcher: the rules that name a claim's treatment or look for its risks
  // read it, and one pass over the sentences finds both.
  const treatments = builtInTreatmentPhrases().phrases
  const result = {matcher: new PhraseMatcher([...phrases, ...treatments], [phrases.length, treatments.length]), owners}
  compiled.set(key, result)
  return result
}

/**
 * Run the matcher once over every sentence and hand each rule its matches:
 * allowed phrases remove the matches they overlap, and a match inside a
 * longer match of the same rule and tag is dropped. The treatment names and
 * risks found on the way are recorded on the document
 * (`findTreatmentMentions` reads them).
 */
export function findRuleMatches(document: Document, phrases: CompiledPhrases): Map<string, RuleMatch[]> {
  const byRule = new Map<string, RuleMatch[]>()
  const firstTreatment = phrases.owners.length
  const mentions: TreatmentMention[] = []

  for (const sentence of document.sentences) {
    if (sentence.tokens.length === 0) continue
    let found = phrases.matcher.match(sentence.tokens)
    if (found.length === 0) continue
    if (hasTreatment(found, firstTreatment)) {
      const treatments: PhraseMatch[] = []
      const rules: PhraseMatch[] = []
      for (const match of found) (match.phrase >= firstTreatment ? treatments : rules).push(match)
      addTreatmentMentions(mentions, treatments, sentence, firstTreatment)
      found = rules
      if (found.length === 0) continue
    }

    for (const match of keptMatches(found, phrases.owners)) {
      const owner = phrases.owners[match.phrase]
      let list = byRule.get(owner.ruleId)
      if (!list) byRule.set(owner.ruleId, (list = []))
      list.push({
        entry: owner.entry,
        sentence,
        startToken: match.startToken,
        endToken: match.endToken,
        start: match.start,
        end: match.end,
        text: shownText(document, match.start, match.end)
      })
    }
  }

  recordTreatmentMentions(document, mentions)
  return byRule
}

function hasTreatment(found: readonly PhraseMatch[], firstTreatment: number): boolean {
  for (const match of found) if (match.phrase >= firstTreatment) return true
  return false
}

/**
 * The matches of one sentence that survive, in their order: not an allowed
 * phrase, not overlapping an allowed phrase of the same rule, and not inside
 * a longer match of the same rule and tag (a rule may weigh differently
 * tagged matches against each other: a claim and its context). Sorted
 * sweeps, not pairwise comparison: a pasted line can hold thousands of
 * matches in one "sentence".
 */
export function keptMatches<T extends {phrase: number; start: number; end: number}>(found: readonly T[], owners: readonly PhraseOwner[]): readonly T[] {
  if (found.length === 1) return owners[found[0].phrase].allow ? [] : found
  // Most sentences match no allowed phrase: no spans to build or search then.
  let allowed: Map<string, AllowedSpans> | undefined
  for (const match of found) {
    const owner = owners[match.phrase]
    if (!owner.allow) continue
    allowed ??= new Map()
    let spans = allowed.get(owner.ruleId)
    if (!spans) allowed.set(owner.ruleId, (spans = {starts: [], maxEnds: []}))
    spans.starts.push(match.start)
    spans.maxEnds.push(match.end)
  }

  if (allowed) for (const spans of allowed.values()) sortSpans(spans)
  const kept = allowed
    ? found.filter((match) => {
        const owner = owners[match.phrase]
        if (owner.allow) return false
        const spans = allowed.get(owner.ruleId)
        return !spans || !overlapsAny(spans, match.start, match.end)
      })
    : found

  // Every match alone in its group (most sentences): none can be inside another of its group.
  if (!sharesGroup(kept, owners)) return kept

  const groups = new Map<string, T[]>()
  for (const match of kept) {
    const key = owners[match.phrase].group
    const group = groups.get(key)
    if (group) group.push(match)
    else groups.set(key, [match])
  }

  const inside = new Set<T>()
  for (const group of groups.values()) {
    if (group.length < 2) continue
    // The matcher reports by start already: only ties can be out of order.
    if (!isOrdered(group)) group.sort(compareSpans)
    // Everything before a run of equal spans starts no later and, if it starts
    // at the same place, ends later: it covers the run's span when it ends at or after it.
    let maxEndBefore = -1
    for (let first = 0; first < group.length; ) {
      let last = first
      while (last + 1 < group.length && group[last + 1].start === group[first].start && group[last + 1].end === group[first].end) last++
      const end = group[first].end
      if (maxEndBefore >= end) for (let index = first; index <= last; index++) inside.add(group[index])
      if (end > maxEndBefore) maxEndBefore = end
      first = last + 1
    }
  }

  return inside.size === 0 ? kept : kept.filter((match) => !inside.has(match))
}

/** A few matches are compared pair by pair; more, through a set. */
const maxPairwise = 12

/** Whether two of the matches belong to one group (rule and tag). */
function sharesGroup(matches: ReadonlyArray<{phrase: number}>, owners: readonly PhraseOwner[]): boolean {
  if (matches.length > maxPairwise) return new Set(matches.map((match) => owners[match.phrase].group)).size < matches.length
  for (let index = 1; index < matches.length; index++) {
    const group = owners[matches[index].phrase].group
    for (let other = 0; other < index; other++) if (owners[matches[other].phrase].group === group) return true
  }

  return false
}

/** Allowed spans of one rule, sorted by start, with the greatest end so far. */
interface AllowedSpans {
  starts: number[]
  maxEnds: number[]
}

function sortSpans(spans: AllowedSpans): void {
  const {starts, maxEnds: ends} = spans
  // By start, ties in their order (an insertion sort: a sentence has a few allowed spans).
  for (let index = 1; index < starts.length; index++) {
    const start = starts[index]
    const end = ends[index]
    let at = index
    while (at > 0 && starts[at - 1] > start) {
      starts[at] = starts[at - 1]
      ends[at] = ends[at - 1]
      at--
    }

    starts[at] = start
    ends[at] = end
  }

  for (let index = 1; index < ends.length; index++) if (ends[index] < ends[index - 1]) ends[index] = ends[index - 1]
}

/** Whether some span starts before `end` and ends after `start`. */
function overlapsAny(spans: AllowedSpans, start: number, end: number): boolean {
  // The number of spans starting before `end`.
  let low = 0
  let high = spans.starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (spans.starts[middle] < end) low = middle + 1
    else high = middle
  }

  return low > 0 && spans.maxEnds[low - 1] > start
}
