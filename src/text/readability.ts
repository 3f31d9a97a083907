import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'

/**
 * Word and syllable counts, computed once per sentence and shared by every
 * readability rule and statistic. The seven per-sentence formulas are the
 * ones retext-readability votes with, fed from these counts instead of a
 * second walk over the tree (and with the word lists as sets).
 */
export interface TextCounts {
  sentence: number
  word: number
  syllable: number
  letter: number
  character: number
  polysillabicWord: number
  complexPolysillabicWord: number
  /** Words not on the Dale–Chall list of familiar words (distinct familiar words subtracted). */
  difficultWord: number
  /** Words not on the Spache list (distinct familiar words subtracted). */
  unfamiliarWord: number
}

/** What counting needs from a token. */
export interface CountToken {
  kind: string
  text?: string
  lower: string
}

/** What counting needs to know of a word, looked up once per word (see `wordFacts`). */
interface WordFacts {
  syllables: number
  /** On the Dale–Chall list of familiar words. */
  daleChall: boolean
  /** On the Spache list. */
  spache: boolean
  /** The last sentence this word was counted as familiar in (distinct words per sentence). */
  seenIn: number
}

let daleChallWords: Set<string> | undefined
let spacheWords: Set<string> | undefined

/** Facts by lower-case word: the same words recur across a folder of articles. */
const factsByWord = new Map<string, WordFacts>()
/** Numbers the sentences counted, for `WordFacts.seenIn`. */
let sentenceSerial = 0

/** A word's syllables and word-list membership, remembered (the cache is bounded). */
function wordFacts(lower: string): WordFacts {
  let facts = factsByWord.get(lower)
  if (facts === undefined) {
    daleChallWords ??= new Set(daleChall)
    spacheWords ??= new Set(spache)
    if (factsByWord.size >= 200_000) factsByWord.clear()
    facts = {syllables: syllable(lower), daleChall: daleChallWords.has(lower), spache: spacheWords.has(lower), seenIn: 0}
    factsByWord.set(lower, facts)
  }

  return facts
}

export function emptyCounts(): TextCounts {
  return {
    sentence: 0,
    word: 0,
    syllable: 0,
    letter: 0,
    character: 0,
    polysillabicWord: 0,
    complexPolysillabicWord: 0,
    difficultWord: 0,
    unfamiliarWord: 0
  }
}

/**
 * Counts for one sentence's tokens (words and numbers count as words).
 * A number the document model joined back up ("2,000", "90%") is counted
 * as the English parser splits it (digit groups), so the per-sentence
 * formulas give exactly what retext-readability gives.
 */
export function countSentence(tokens: readonly CountToken[]): TextCounts {
  const counts = emptyCounts()
  counts.sentence = 1
  const serial = ++sentenceSerial
  let easy = 0
  let familiar = 0

  for (const token of tokens) {
    if (token.kind === 'number') {
      for (const group of token.lower.replace(/%$/, '').split(/[.,]/)) {
        if (group.length === 0) continue
        counts.word++
        counts.letter += group.length
        counts.character += group.length
      }

      continue
    }

    if (token.kind !== 'word') continue
    const value = token.text ?? token.lower
    const facts = wordFacts(token.lower)
    counts.word++
    counts.syllable += facts.syllables
    counts.letter += value.length
    counts.character += value.length
    if (facts.syllables >= 3) {
      counts.polysillabicWord++
      if (value.charCodeAt(0) === token.lower.charCodeAt(0)) counts.complexPolysillabicWord++
    }

    // Familiar words count once per sentence, as retext-readability counts them.
    if (facts.seenIn !== serial && (facts.spache || facts.daleChall)) {
      facts.seenIn = serial
      if (facts.spache) familiar++
      if (facts.daleChall) easy++
    }
  }

  counts.difficultWord = counts.word - easy
  counts.unfamiliarWord = counts.word - familiar
  return counts
}

/**
 * The longest words of a sentence (three or more syllables), longest
 * first, without repeats: the ones to swap for everyday words.
 */
export function longWords(tokens: readonly CountToken[], limit = 3): string[] {
  const found = new Map<string, number>()
  for (const token of tokens) {
    if (token.kind !== 'word' || found.has(token.lower)) continue
    const syllables = syllablesOf(token.text ?? token.lower)
    if (syllables >= 3) found.set(token.lower, syllables)
  }

  return [...found].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([word]) => word)
}

/** `syllable(word)`, remembered with the word's other facts. */
export function syllablesOf(word: string): number {
  return wordFacts(word.toLowerCase()).syllables
}

/** Add `counts` into `total`, field by field (every field of `TextCounts`: a new one goes here too). */
export function addCounts(total: TextCounts, counts: TextCounts): void {
  total.sentence += counts.sentence
  total.word += counts.word
  total.syllable += counts.syllable
  total.letter += counts.letter
  total.character += counts.character
  total.polysillabicWord += counts.polysillabicWord
  total.complexPolysillabicWord += counts.complexPolysillabicWord
  total.difficultWord += counts.difficultWord
  total.unfamiliarWord += counts.unfamiliarWord
}

/**
 * The reader age each of the seven formulas gives a sentence, as
 * retext-readability computes them.
 */
export function readerAges(sentenceCounts: TextCounts): number[] {
  const counts = {...sentenceCounts} as TextCounts & Record<string, number>
  return [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts))
  ]
}

/** The document-level scores every file's `stats` carries. */
export interface Grades {
  fleschKincaidGrade: number
  fleschReadingEase: number
  smogIndex: number
  colemanLiau: number
}

/**
 * Grades for a run of text from its summed counts; 0 for text with no
 * words (so JSON never carries NaN), rounded to one decimal.
 */
export function gradesOf(counts: TextCounts): Grades {
  if (counts.word === 0 || counts.sentence === 0) {
    return {fleschKincaidGrade: 0, fleschReadingEase: 0, smogIndex: 0, colemanLiau: 0}
  }

  const values = {...counts} as TextCounts & Record<string, number>
  return {
    fleschKincaidGrade: round(fleschKincaid(values)),
    fleschReadingEase: round(flesch(values)),
    smogIndex: round(smogFormula(values)),
    colemanLiau: round(colemanLiau(values))
  }
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0
}

/** US grade to the age a reader starts it. */
function gradeToAge(grade: number): number {
  return Math.round(grade + 5)
}

function fleschToAge(value: number): number {
  return 20 - Math.floor(value / 10)
}

function smogToAge(value: number): number {
  return Math.ceil(Math.sqrt(value) + 2.5)
}
