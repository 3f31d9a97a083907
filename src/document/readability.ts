import {findPassive} from '../text/passive.js'
import {addCounts, countSentence, emptyCounts, gradesOf, type Grades, type TextCounts} from '../text/readability.js'
import {inChrome} from './chrome.js'
import type {Block, Document, Sentence} from './types.js'

/**
 * The readability of a document, computed once (`document.shared`) and
 * read by every readability rule and by the `stats` of each file's result.
 */

/** A prose sentence with its counts. */
export interface SentenceReading {
  sentence: Sentence
  counts: TextCounts
  /** Index into `sentence.tokens` of the passive participle, or -1. */
  passive: number
}

/** A paragraph (or list item) of prose with its counts. */
export interface ParagraphReading {
  block: Block
  words: number
  counts: TextCounts
  sentences: SentenceReading[]
}

export interface DocumentReading {
  /** Prose sentences only (see `isProseSentence`). */
  sentences: SentenceReading[]
  paragraphs: ParagraphReading[]
  totals: TextCounts
  grades: Grades
}

/** What every file's JSON result carries besides words, sentences, paragraphs. */
export interface ReadabilityStats extends Grades {
  /** Share (0 to 1) of prose sentences over `longSentenceWords` words. */
  longSentenceShare: number
  /** Share (0 to 1) of prose sentences in the passive voice. */
  passiveShare: number
}

/** Yoast's bar: at most a quarter of sentences over 20 words. */
export const longSentenceWords = 20

/** List items shorter than this with no full stop are labels ("Nausea"), not sentences. */
const minListSentenceWords = 4

export function readingOf(document: Document): DocumentReading {
  return document.shared('readability', () => measure(document))
}

export function readabilityStats(document: Document): ReadabilityStats {
  const reading = readingOf(document)
  const count = reading.sentences.length
  const long = reading.sentences.filter((item) => item.sentence.wordCount > longSentenceWords).length
  const passive = reading.sentences.filter((item) => item.passive >= 0).length
  return {
    ...reading.grades,
    longSentenceShare: count ? round(long / count) : 0,
    passiveShare: count ? round(passive / count) : 0
  }
}

/**
 * Prose is what a reader reads as sentences: body sentences of paragraphs
 * and list items, outside the comments, references, footnotes and page
 * chrome (`chrome.ts`: a cookie notice, raw HTML, a caption). Headings,
 * list labels, table cells, code, URLs and front matter are not prose (the
 * last three never reach the sentences), nor is an HTML page's title, meta
 * description or structured data.
 */
export function isProseSentence(document: Document, sentence: Sentence): boolean {
  const block = sentence.block
  if (sentence.role !== 'body' || sentence.wordCount === 0 || block.footnote || block.outside) return false
  if (block.kind !== 'paragraph' && block.kind !== 'listItem') return false
  const role = document.sections[block.section].role
  if (role === 'comments' || role === 'references') return false
  if (block.kind === 'listItem' && sentence.wordCount < minListSentenceWords && !/[.!?]\s*$/.test(sentence.prose)) return false
  return !inChrome(document, sentence.start, sentence.end)
}

function measure(document: Document): DocumentReading {
  const sentences: SentenceReading[] = []
  const paragraphs: ParagraphReading[] = []
  const totals = emptyCounts()

  for (const block of document.blocks) {
    let paragraph: ParagraphReading | undefined
    for (const sentence of block.sentences) {
      if (!isProseSentence(document, sentence)) continue
      const reading: SentenceReading = {sentence, counts: countSentence(sentence.tokens), passive: findPassive(sentence.tokens)}
      sentences.push(reading)
      addCounts(totals, reading.counts)
      paragraph ??= {block, words: 0, counts: emptyCounts(), sentences: []}
      paragraph.sentences.push(reading)
      paragraph.words += sentence.wordCount
      addCounts(paragraph.counts, reading.counts)
    }

    if (paragraph) paragraphs.push(paragraph)
  }

  return {sentences, paragraphs, totals, grades: gradesOf(totals)}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
