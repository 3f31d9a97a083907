/**
 * Spelling suggestions that cost milliseconds: every word one edit away
 * (a letter dropped, added, changed, or two swapped) that the dictionary
 * knows, and for a syllable typed twice ("Supervisionining") the words the
 * misspelling starts with.
 */
import {compareText} from '../../src/text/compare.js'
import {startsWithCapital} from '../../src/text/word-shapes.js'

export const maxSuggestions = 3

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** How likely each kind of edit is as a typo: swapped letters and a wrong vowel most. */
const editWeight = {swap: 0, vowel: 0.5, insert: 1, delete: 1, replace: 1.5}
const vowels = new Set('aeiouy')

/** Known words one edit from `word`, the likeliest typo first. */
export function oneEditAway(word: string, correct: (word: string) => boolean): string[] {
  const lower = word.toLowerCase()
  const capital = startsWithCapital(word)
  const found = new Map<string, number>()
  const consider = (candidate: string, weight: number) => {
    if (candidate.length < 2 || candidate === lower || (found.get(candidate) ?? Infinity) <= weight) return
    if (correct(candidate) || (capital && correct(matchCase(word, candidate)))) found.set(candidate, weight)
  }

  for (let index = 0; index <= lower.length; index++) {
    const before = lower.slice(0, index)
    const after = lower.slice(index)
    if (after.length > 0) consider(before + after.slice(1), editWeight.delete)
    if (after.length > 1) consider(before + after[1] + after[0] + after.slice(2), editWeight.swap)
    for (const letter of letters) {
      if (after.length > 0) {
        const vowelForVowel = vowels.has(letter) && vowels.has(after[0])
        consider(before + letter + after.slice(1), vowelForVowel ? editWeight.vowel : editWeight.replace)
      }

      consider(before + letter + after, editWeight.insert)
    }
  }

  return [...found]
    .sort((a, b) => a[1] - b[1] || compareText(a[0], b[0]))
    .slice(0, maxSuggestions)
    .map(([candidate]) => matchCase(word, candidate))
}

/** Where to look for words two edits from a misspelling: word lists searched by first letter. */
export interface WordSource {
  forEachKeyStartingWith(prefix: string, visit: (key: string) => void): void
}

/** Endings tried off a misspelling whose stem is two edits from a word ("reccomended"). */
const inflections = ['s', 'es', 'ed', 'd', 'ing', 'ly']
/** The dictionary's prefixes: its stems hold "commend", not "recommend". */
const prefixes = ['re', 'un', 'in', 'dis', 'de', 'con', 'pro']

/**
 * Known words two edits from `word` ("reccomend" -> "recommend"), the
 * closest first: the word lists are scanned from the misspelling's first
 * letter (typos rarely change it), so a search reads a few thousand
 * entries and takes a few milliseconds. A misspelling with a prefix or an
 * inflection is also tried without it, and what is found gets it back when
 * the dictionary knows the result ("reccomended": "commend" -> "recommended").
 */
export function twoEditsAway(word: string, sources: readonly WordSource[], correct: (word: string) => boolean): string[] {
  const lower = word.toLowerCase()
  if (lower.length < 4) return []
  const found = new Map<string, number>()
  const search = (prefix: string, ending: string) => {
    const target = lower.slice(prefix.length, lower.length - ending.length)
    if (target.length < 3) return
    for (const source of sources) {
      source.forEachKeyStartingWith(target[0], (key) => {
        if (Math.abs(key.length - target.length) > 2) return
        const distance = editDistanceWithin(target, key, 2)
        if (distance === undefined) return
        const candidate = prefix + key + ending
        if (candidate === lower || (found.get(candidate) ?? Infinity) <= distance) return
        if ((prefix === '' && ending === '') || correct(candidate)) found.set(candidate, distance)
      })
    }
  }

  const withPrefixes = ['', ...prefixes.filter((value) => lower.startsWith(value))]
  for (const prefix of withPrefixes) search(prefix, '')
  if (found.size === 0) {
    for (const ending of inflections) {
      if (lower.endsWith(ending)) for (const prefix of withPrefixes) search(prefix, ending)
    }
  }

  return [...found]
    .map(([candidate, distance]) => ({candidate, distance, letters: lettersApart(lower, candidate)}))
    // Equally close: the one made of the same letters ("tommorow": "tomorrow" before "tommyrot").
    .sort((a, b) => a.distance - b.distance || a.letters - b.letters || compareText(a.candidate, b.candidate))
    .slice(0, maxSuggestions)
    .map(({candidate}) => matchCase(word, candidate))
}

/** How many letters one word has that the other lacks, counted both ways. */
function lettersApart(a: string, b: string): number {
  const counts = new Map<string, number>()
  for (const letter of a) counts.set(letter, (counts.get(letter) ?? 0) + 1)
  for (const letter of b) counts.set(letter, (counts.get(letter) ?? 0) - 1)
  let apart = 0
  for (const count of counts.values()) apart += Math.abs(count)
  return apart
}

/**
 * Edit distance counting a swap of two neighbours as one edit, or undefined
 * when it is above `limit` (the rows stop as soon as every cell is).
 */
function editDistanceWithin(a: string, b: string, limit: number): number | undefined {
  let previousPrevious: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2] + 1)
      current.push(value)
      if (value < rowMinimum) rowMinimum = value
    }

    if (rowMinimum > limit) return undefined
    previousPrevious = previous
    previous = current
  }

  const distance = previous[b.length]
  return distance <= limit ? distance : undefined
}

export function isSuffix(value: string): boolean {
  return suffixes.includes(value)
}

const suffixes = ['', 'e', 'ing', 'ion', 'ed', 'er', 'al', 'ly', 'ive', 'ment', 'ness', 'ation', 'ity']

/**
 * For misspellings too far from any word for one edit (a syllable
 * typed twice: "Supervisionining"), a known word that the misspelling
 * starts with, or its stem with a common ending: "supervision",
 * "supervising". Closest first.
 */
export function runOnStems(word: string, correct: (word: string) => boolean): string[] {
  const lower = word.toLowerCase()
  const found = new Set<string>()
  for (let cut = lower.length - 1; cut >= 4; cut--) {
    for (const suffix of suffixes) {
      const candidate = lower.slice(0, cut) + suffix
      if (candidate !== lower && candidate.length >= 5 && correct(candidate)) found.add(candidate)
    }
  }

  const limit = Math.max(3, Math.ceil(lower.length / 3))
  return [...found]
    .map((candidate) => ({candidate, distance: editDistance(lower, candidate)}))
    .filter(({distance}) => distance <= limit + 2)
    .sort((a, b) => a.distance - b.distance || b.candidate.length - a.candidate.length)
    .slice(0, maxSuggestions)
    .map(({candidate}) => matchCase(word, candidate))
}

function matchCase(model: string, word: string): string {
  return startsWithCapital(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }

    previous = current
  }

  return previous[b.length]
}
