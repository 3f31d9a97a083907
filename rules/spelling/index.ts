import {inChrome} from '../../src/document/chrome.js'
import type {Document, Sentence, Token} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {hasInnerCapital, isAcronym, isCapitalised} from '../../src/text/word-shapes.js'
import {loadSpeller, type Speller} from './dictionary.js'

interface Options {
  accept: string[]
}

/** A text with more unknown words than this is not English prose (or is code): say so once. */
const maxUnknownShare = 0.25
const minWordsToJudge = 20
/** The two-edit search scans thousands of words (about 15 ms a word): only for a few short words a document. */
const maxThoroughSearches = 3
const maxThoroughLength = 12
/** Longer tokens are codes or keyboard mashing, not words (the longest in the dictionary has 28 letters). */
const maxWordLength = 30
/** Misspellings after which a document's others are reported without suggestions. */
const maxSuggestedWords = 20

// Tested on every word or capitalised word: made once, not at each test.
// Marks a token is one of, by the whole token (a set, not a pattern: asked at every capitalised word).
const dashOrBracket = new Set(['—', '–', '(', '-'])
const quoteOrColon = new Set([':', '"', '“', '‘'])
const dash = new Set(['—', '–', '-'])

export default defineRule<Options>({
  meta: {
    id: 'spelling',
    category: 'language',
    severity: 'warning',
    fixable: false,
    description: 'Misspelled words, checked against an English dictionary, a medical vocabulary and your accept list.',
    messages: {
      misspelled: {
        message: "'{word}' looks misspelled: did you mean {suggestions}?",
        help: "Correct it, or add names and terms to the rule's accept list. Source: Hunspell en_US dictionary and mindlint's medical vocabulary."
      },
      'unknown-word': {
        message: "'{word}' looks misspelled",
        help: "Correct it, or add names and terms to the rule's accept list. Source: Hunspell en_US dictionary and mindlint's medical vocabulary."
      },
      'not-english': {
        message: 'Spelling not checked: {share}% of the words are not English (another language, or code?)',
        help: 'The rule checks English only: turn it off for files in another language, or mark code as code. Source: Hunspell en_US dictionary.'
      }
    },
    options: {
      accept: {type: 'string[]', default: [], description: 'Words to accept (names, products, terms), any case.'}
    }
  },
  check({document, options, report}) {
    const speller = loadSpeller()
    const accepted = new Set(options.accept.map((word) => word.toLowerCase()))
    const names = namesUsedMidSentence(document)

    // First pass, dictionary look-ups only: the words no list knows.
    const unknown: Array<{token: Token; text: string; word: string}> = []
    let checked = 0
    for (const sentence of document.sentences) {
      if (!isChecked(document, sentence)) continue
      const tokens = sentence.tokens
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]
        if (token.kind !== 'word') continue
        // "al." and "in." end a sentence; "U.S." and "e.g." are abbreviations;
        // the parser keeps "hello@clinic.com" and "clinic.health" as one word.
        // Words in other scripts or with accents are not English dictionary words.
        const text = token.text.endsWith('.') ? token.text.slice(0, -1) : token.text
        if (text.length < 2 || text.length > maxWordLength || !isLatinWord(text)) continue
        checked++
        if (isAcronym(text) || hasInnerCapital(text) || (accepted.size > 0 && accepted.has(text.toLowerCase()))) continue
        const nameLike = isCapitalised(text) && (names.has(text.toLowerCase()) || isNameHere(sentence, index))
        if (nameLike && (text.length > maxWordLength || !speller.runsOnPastWord(text))) continue

        const wrong = misspelledPart(text, speller, accepted)
        if (wrong) unknown.push({token, text, word: wrong})
      }
    }

    if (checked >= minWordsToJudge && unknown.length / checked > maxUnknownShare) {
      report({
        severity: 'info',
        messageId: 'not-english',
        data: {share: Math.round((unknown.length / checked) * 100)}
      })
      return
    }

    // Second pass: suggestions, each misspelling once, at its first use.
    const reported = new Set<string>()
    let thorough = 0
    for (const {token, text, word} of unknown) {
      const key = text.toLowerCase()
      if (reported.has(key)) continue
      const deep = thorough < maxThoroughSearches && word.length <= maxThoroughLength
      if (deep) thorough++
      // Suggestions cost time: a long page of misspellings gets a few dozen, then none.
      const suggestions = reported.size < maxSuggestedWords ? speller.suggest(word, deep) : []
      // A capitalised word nothing like an English word is a name we did not recognise.
      if (isCapitalised(text) && suggestions.length === 0) continue
      reported.add(key)
      report({
        start: token.start,
        end: token.end,
        ...(suggestions.length > 0
          ? {messageId: 'misspelled', data: {word: text, suggestions: suggestions.map((value) => `'${value}'`).join(' or ')}}
          : {messageId: 'unknown-word', data: {word: text}}),
        suggestions
      })
    }
  }
})

/** A letter of the English alphabet, then letters, apostrophes, slashes and hyphens (every word is asked: no pattern). */
function isLatinWord(text: string): boolean {
  if (!isAsciiLetter(text.charCodeAt(0))) return false
  for (let index = 1; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!isAsciiLetter(code) && code !== 0x27 && code !== 0x2f && code !== 0x2d) return false
  }

  return true
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** The word, or its first part that no list knows: "side-effect-free" and "mg/kg" are checked part by part. */
function misspelledPart(text: string, speller: Speller, accepted: ReadonlySet<string>): string | undefined {
  if (!text.includes('-') && !text.includes('/')) return isKnown(text, speller, accepted) ? undefined : text
  return text.split(/[-/]+/).find((part) => part.length > 1 && !isKnown(part, speller, accepted))
}

function isKnown(word: string, speller: Speller, accepted: ReadonlySet<string>): boolean {
  return speller.correct(word) || (accepted.size > 0 && accepted.has(word.toLowerCase()))
}

/** The article's own text: not the comments, references or footnotes. */
function isChecked(document: Document, sentence: Sentence): boolean {
  const role = document.sections[sentence.block.section].role
  // Page chrome (a photo credit, raw HTML) is for page-chrome to flag, not to spell.
  return role !== 'comments' && role !== 'references' && !sentence.block.footnote && !inChrome(document, sentence.start, sentence.end)
}

/**
 * Names: capitalised words the text uses mid-sentence somewhere, or inside
 * headings and labels (not first) more than once, never in lower case
 * ("Harrowgate Mind Clinic" in the title and the byline).
 */
function namesUsedMidSentence(document: Document): Set<string> {
  const names = new Set<string>()
  const inTitles = new Map<string, number>()
  for (const sentence of document.sentences) {
    const tokens = sentence.tokens
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]
      if (token.kind !== 'word' || !isCapitalised(token.text)) continue
      if (sentence.role === 'body' ? isNameHere(sentence, index) : index > 0) {
        if (sentence.role === 'body') names.add(token.lower)
        else inTitles.set(token.lower, (inTitles.get(token.lower) ?? 0) + 1)
      }
    }
  }

  let repeated = false
  for (const count of inTitles.values()) if (count > 1) repeated = true
  if (!repeated) return names
  // Title words the text also writes in lower case are ordinary words.
  const lowerCase = new Set<string>()
  for (const sentence of document.sentences) {
    for (const token of sentence.tokens) if (token.kind === 'word' && !isCapitalised(token.text)) lowerCase.add(token.lower)
  }

  for (const [word, count] of inTitles) if (count > 1 && !lowerCase.has(word)) names.add(word)
  return names
}

/**
 * A capitalised word is a name where capitals carry meaning: mid-sentence in
 * running text, or right before or after another name ("Lena Ortiz"). In
 * headings and labels every word is capitalised, so there only a dash or a
 * bracket before it says so.
 */
function isNameHere(sentence: Sentence, index: number): boolean {
  const tokens = sentence.tokens
  // An attribution or a citation, in any kind of line: "— Priya, 41", "(Popova et al., 2019)".
  if (dashOrBracket.has(tokens[index - 1]?.text ?? '')) return true
  if (sentence.role !== 'body') return false
  if (!startsSentence(tokens, index)) return true
  const next = tokens[index + 1]
  return next?.kind === 'word' && isCapitalised(next.text)
}

/**
 * The first word of the sentence, or the first after an opening quote or a
 * colon. (After a dash or a bracket a capital is a name: "— Priya, 41",
 * "(Popova et al., 2019)".)
 */
function startsSentence(tokens: readonly Token[], index: number): boolean {
  for (let previous = index - 1; previous >= 0; previous--) {
    const token = tokens[previous]
    if (token.kind === 'word' || token.kind === 'number') return false
    if (quoteOrColon.has(token.text)) return true
    if (dash.has(token.text)) return false
  }

  return true
}
