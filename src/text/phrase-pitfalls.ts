import {normalizeText} from './normalize.js'
import {expandContraction} from './phrase-matcher.js'
import {loadWordLists} from './word-lists.js'

const boundCompounds = new Set(loadWordLists('phrase-pitfalls', ['boundCompounds']).boundCompounds)

/**
 * The phrase syntax splits at spaces before it reads `|`, so `a|b c` is
 * "a c" or "b c", never "a" or "b c": an author who writes several-word
 * alternatives that way gets a phrase that matches something else, often
 * nothing. The mistake leaves a trace this check looks for, at each pair of
 * neighbouring slots:
 * - a word listed twice in one slot (`fat|fat cells` -> slots `fat|fat`, `cells`);
 * - a word in a slot and in the slot beside it (`more|far more|much more`),
 *   unless both slots are optional (`can|also? quickly|also?` is meant);
 * - two neighbouring words that are also one alternative there, glued,
 *   hyphenated or contracted (`can not|cannot`, `you are|you're`);
 * - the first word of a two-word name listed beside words that do not go
 *   before the second (`brain|mind|nervous system` reads "brain system").
 * A mistake with no such trace (`rank|ranking higher|on google`) passes; the
 * lexicon tests run this on every shipped phrase.
 */
export function splitAlternativeProblems(phrase: string): string[] {
  const slots = normalizeText(phrase).trim().toLowerCase().split(/\s+/).filter(Boolean).map((piece) => slotOf(piece))
  const problems: string[] = []
  for (const [index, slot] of slots.entries()) {
    const repeated = slot.words.find((word, at) => slot.words.indexOf(word) !== at)
    if (repeated) problems.push(`"${slot.piece}" lists "${repeated}" twice`)
    const following = slots[index + 1]?.words.length === 1 ? slots[index + 1].words[0] : undefined
    const compound = following && slot.words.find((word) => boundCompounds.has(`${word} ${following}`))
    if (compound && slot.words.some((word) => !boundCompounds.has(`${word} ${following}`))) problems.push(`"${slot.piece} ${following}" lists "${compound} ${following}" beside words that do not go before "${following}"`)
    const next = slots[index + 1]
    if (!next || slot.words.length + next.words.length < 3) continue
    const shared = slot.words.find((word) => next.words.includes(word))
    if (shared && !(slot.optional && next.optional)) problems.push(`"${shared}" is in "${slot.piece}" and in the next slot "${next.piece}"`)
    const joined = joinedAlternative(slot, next)
    if (joined) problems.push(`"${joined[0]} ${joined[1]}" is also the alternative "${joined[2]}" there`)
  }

  return problems.map((problem) => `${problem}: alternatives are single words ("a|b c" is "a c" or "b c"); write several-word alternatives with hyphens (mental-health|medical) or as phrases of their own`)
}

interface Slot {
  piece: string
  /** Its literal words (classes and wildcards left out), without `=`. */
  words: string[]
  optional: boolean
}

function slotOf(piece: string): Slot {
  const optional = piece.length > 1 && piece.endsWith('?')
  const body = optional ? piece.slice(0, -1) : piece
  const words = /^(\*|\.\.\.)$/.test(body) ? [] : body.split('|').filter((word) => word !== '' && !word.startsWith('{')).map((word) => word.replace(/^=/, ''))
  return {piece, words, optional}
}

/** A word of `slot` and a word of `next` that together are an alternative of either: `[first, second, alternative]`. */
function joinedAlternative(slot: Slot, next: Slot): [string, string, string] | undefined {
  const alternatives = [...slot.words, ...next.words]
  for (const first of slot.words) {
    for (const second of next.words) {
      const found = alternatives.find((word) => word === `${first}${second}` || word === `${first}-${second}` || expandContraction(word)?.join(' ') === `${first} ${second}`)
      if (found) return [first, second, found]
    }
  }

  return undefined
}
