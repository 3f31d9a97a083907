/**
 * Passive voice: a form of "be" followed, after at most a few adverbs, by a
 * past participle ("is given", "were not told", "will be closely
 * monitored"). An agent ("by the nurse") is not required. Words that end
 * in -ed but after "be" describe a state ("is interested", "are tired")
 * are not counted: rewriting them in the active voice is no help to a reader.
 */

/** What detection needs from a token. */
export interface PassiveToken {
  kind: string
  lower: string
}

const beForms = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  "isn't", "aren't", "wasn't", "weren't"
])

/** Adverbs that may stand between "be" and the participle. */
const adverbs = new Set([
  'not', 'also', 'often', 'usually', 'typically', 'always', 'never', 'still', 'then', 'now', 'sometimes',
  'only', 'just', 'even', 'already', 'well', 'soon', 'first', 'being', 'all', 'both', 'each', 'rarely',
  'seldom', 'again', 'once'
])

const irregularParticiples = new Set([
  'arisen', 'awoken', 'beaten', 'begun', 'bent', 'bitten', 'blown', 'bound', 'broken', 'brought', 'built',
  'burnt', 'bought', 'caught', 'chosen', 'cut', 'dealt', 'done', 'drawn', 'driven', 'eaten', 'fallen',
  'fed', 'felt', 'fought', 'found', 'forbidden', 'forgotten', 'forgiven', 'frozen', 'given', 'ground',
  'grown', 'held', 'heard', 'hidden', 'hit', 'hung', 'hurt', 'kept', 'known', 'laid', 'led', 'left',
  'lent', 'lost', 'made', 'meant', 'met', 'mistaken', 'overcome', 'overseen', 'paid', 'put', 'said',
  'seen', 'sent', 'set', 'shaken', 'shown', 'shut', 'sold', 'sought', 'spent', 'spoken', 'spread',
  'stolen', 'struck', 'sworn', 'swept', 'taken', 'taught', 'thought', 'thrown', 'told', 'torn',
  'undergone', 'understood', 'undertaken', 'withdrawn', 'woken', 'won', 'worn', 'written'
])

/** -ed words that after "be" usually describe a state, or are not verbs at all. */
const notParticiples = new Set([
  // feelings and states
  'interested', 'excited', 'tired', 'worried', 'concerned', 'scared', 'frightened', 'pleased', 'satisfied',
  'frustrated', 'overwhelmed', 'depressed', 'stressed', 'exhausted', 'ashamed', 'embarrassed', 'isolated',
  'confused', 'amazed', 'surprised', 'disappointed', 'relaxed', 'bored', 'annoyed', 'delighted', 'thrilled',
  'motivated', 'determined', 'convinced', 'prepared', 'married', 'divorced', 'supposed', 'used',
  // qualities of people and things
  'dedicated', 'committed', 'qualified', 'experienced', 'skilled', 'talented', 'trained', 'licensed',
  'certified', 'advanced', 'complicated', 'sophisticated', 'detailed', 'limited', 'crowded', 'related',
  'based', 'located', 'involved', 'unmatched', 'unparalleled', 'unprecedented', 'unexpected', 'unrelated',
  'unsupervised', 'unmonitored', 'unregulated', 'unproven', 'unapproved', 'unwanted', 'united',
  // not participles
  'hundred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'kindred', 'ragged', 'jagged'
])

/**
 * Index of the participle of the first passive construction in `tokens`,
 * or -1.
 */
export function findPassive(tokens: readonly PassiveToken[]): number {
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index].kind !== 'word' || !beForms.has(tokens[index].lower)) continue
    let next = index + 1
    let skipped = 0
    while (next < tokens.length && skipped < 3 && tokens[next].kind === 'word' && isAdverb(tokens[next].lower)) {
      next++
      skipped++
    }

    const candidate = tokens[next]
    if (candidate?.kind === 'word' && isParticiple(candidate.lower)) return next
  }

  return -1
}

function isAdverb(word: string): boolean {
  return adverbs.has(word) || (word.length > 4 && word.endsWith('ly') && !word.endsWith('ply'))
}

function isParticiple(word: string): boolean {
  if (irregularParticiples.has(word)) return true
  if (notParticiples.has(word) || word.includes('-')) return false
  return word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed')
}
