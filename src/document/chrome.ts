import {type ChromeWords, chromeWords} from '../text/chrome-words.js'
import {stripEdges, trimEnd} from '../text/trim.js'
import {alternatives} from '../text/word-lists.js'
import type {Block, Document} from './types.js'

/**
 * Page chrome: the furniture a scraped page brings along with its article
 * (menus, breadcrumbs, bylines, dates, share bars, calls to action, photo
 * credits, footer addresses...). Found by the shape of a line, with the
 * words that make it furniture read from `src/text/data/chrome.yml`; a line
 * of article prose never has these shapes. Computed once per document
 * (`findChrome`) for the `page-chrome` rule and for the readability
 * measures, which leave chrome out of the prose.
 */

export type ChromeKind =
  | 'menu'
  | 'breadcrumb'
  | 'meta-bar'
  | 'byline'
  | 'date'
  | 'read-time'
  | 'buttons'
  | 'call-to-action'
  | 'copyright'
  | 'legal-links'
  | 'address'
  | 'mail-header'
  | 'store'
  | 'phone'
  | 'contact'
  | 'tags'
  | 'related'
  | 'caption'
  | 'alt-text'
  | 'markup'
  | 'cms-field'
  | 'price'
  | 'offer'
  | 'press'
  | 'newsletter'
  | 'feedback'
  | 'social'
  | 'rating'
  | 'repeated'
  | 'site-name'
  | 'registration'

/** A stretch of the file that is page chrome. */
export interface ChromeSpan {
  kind: ChromeKind
  start: number
  end: number
}

/**
 * A line that is chrome only beside other chrome: an author's byline
 * ("By Jane Doe, MD") is the article's credit unless it stands in the page's
 * meta block (by a date, a price, a counter); a written-out date is the
 * article's own unless it dates a byline ("March 3, 2024" / "by" / "Jane Doe").
 */
interface Candidate extends ChromeSpan {
  weak?: 'byline' | 'date'
}

// ---------------------------------------------------------------------------
// Vocabulary

/** Entries of several words, looked up at a position in a line's words. */
class PhraseSet {
  /** Entries by their first word, longest first. */
  private readonly byFirst = new Map<string, string[][]>()

  constructor(list: readonly string[]) {
    for (const entry of list) {
      const words = wordsOf(entry.toLowerCase()).map((word) => word.lower)
      if (words.length === 0) continue
      let entries = this.byFirst.get(words[0])
      if (!entries) this.byFirst.set(words[0], (entries = []))
      entries.push(words)
      entries.sort((a, b) => b.length - a.length)
    }
  }

  /** The number of words of the longest entry at `words[from]`, or 0. */
  at(words: readonly string[], from: number): number {
    const entries = this.byFirst.get(words[from])
    if (!entries) return 0
    for (const entry of entries) {
      if (from + entry.length > words.length) continue
      let index = 1
      while (index < entry.length && entry[index] === words[from + index]) index++
      if (index === entry.length) return entry.length
    }

    return 0
  }

  /** Whether the words, all of them, are one entry. */
  is(words: readonly string[]): boolean {
    return words.length > 0 && this.at(words, 0) === words.length
  }

  /** Whether some entry occurs among the words. */
  within(words: readonly string[]): boolean {
    for (let index = 0; index < words.length; index++) if (this.at(words, index) > 0) return true
    return false
  }
}

interface Vocabulary {
  menu: PhraseSet
  marketplaceLines: PhraseSet
  siteCredits: PhraseSet
  optionLabels: Set<string>
  buttons: PhraseSet
  strongButtons: PhraseSet
  ctaVerbs: Set<string>
  ctaObjects: Set<string>
  ctaAdverbs: PhraseSet
  ctaIdioms: PhraseSet
  ctaProductVerbs: Set<string>
  ctaEndObjects: Set<string>
  ctaBookingVerbs: Set<string>
  ctaBookingDeterminers: Set<string>
  contactJoiners: Set<string>
  addressLabels: PhraseSet
  questionWords: Set<string>
  feedbackAnswers: Set<string>
  socialOpeners: PhraseSet
  notNames: Set<string>
  bylineNames: PhraseSet
  badges: PhraseSet
  tagLabels: PhraseSet
  relatedLabels: PhraseSet
  relatedHeadings: PhraseSet
  cmsFields: PhraseSet
  photoAgencies: PhraseSet
  photoLabels: PhraseSet
  imageWords: Set<string>
  legalLinks: PhraseSet
  people: Set<string>
  things: Set<string>
  looks: Set<string>
  doing: Set<string>
  streets: Set<string>
  addressParticles: Set<string>
  mailHeaders: Set<string>
  storeCues: readonly string[]
  storeHeadings: PhraseSet
  storeFields: PhraseSet
  phoneLabels: PhraseSet
  hours: PhraseSet
  shopOffers: PhraseSet
  pressMarks: PhraseSet
  newsletterMarks: PhraseSet
  feedbackPrompts: PhraseSet
  socialNetworks: Set<string>
  languageNames: Set<string>
  pageLinks: Set<string>
  registrationLabels: PhraseSet
  publicationWords: Set<string>
  helplineWords: PhraseSet
  helplineDigits: Set<string>
  functionWords: Set<string>
  secondPerson: Set<string>
  pictureWords: Set<string>
  stopWords: Set<string>
  /** A review or update line ("Medically reviewed by"): kept, since health pages are asked to show one. */
  reviewLine: RegExp
  /** The words a rating widget has after its stars ("reviews", "out of"). */
  ratingWidgetWords: Set<string>
  /** A counter in a meta bar: "1.2k views", "3 comments", "$1,204,551 pledged", "87% funded". */
  counterItem: RegExp
  /** How a byline opens: "By", "Posted by" (the opener captured), "Author:". */
  bylineOpening: RegExp
  /** How a byline that dates before it names opens: "Posted on", "Published". */
  datedBylineOpening: RegExp
}

let vocabulary: Vocabulary | undefined

function words(): Vocabulary {
  vocabulary ??= compile(chromeWords())
  return vocabulary
}

function compile(data: ChromeWords): Vocabulary {
  const set = (list: readonly string[]) => new Set(list.map((entry) => entry.toLowerCase()))
  const digits = new Set<string>()
  for (const entry of data.helplines) {
    const value = entry.replace(/\D/g, '')
    if (value.length >= 7) digits.add(value)
  }

  return {
    menu: new PhraseSet(data.menu),
    buttons: new PhraseSet(data.buttons),
    strongButtons: new PhraseSet(data.loneButtons),
    ctaVerbs: set(data.callToAction.verbs),
    ctaObjects: set(data.callToAction.objects),
    ctaAdverbs: new PhraseSet(data.callToAction.adverbs),
    ctaIdioms: new PhraseSet(data.callToAction.idioms),
    ctaProductVerbs: set(data.callToAction.productVerbs),
    ctaEndObjects: set(data.callToAction.endObjects),
    ctaBookingVerbs: set(data.callToAction.bookingVerbs),
    ctaBookingDeterminers: set(data.callToAction.bookingDeterminers),
    contactJoiners: set(data.contactJoiners),
    addressLabels: new PhraseSet(data.addressLabels),
    questionWords: set(data.questionWords),
    feedbackAnswers: set(data.feedbackAnswers),
    socialOpeners: new PhraseSet(data.socialOpeners),
    notNames: set(data.notNames),
    bylineNames: new PhraseSet(data.bylineNames),
    badges: new PhraseSet(data.badges),
    tagLabels: new PhraseSet(data.tagLabels),
    relatedLabels: new PhraseSet(data.relatedLabels),
    relatedHeadings: new PhraseSet(data.relatedHeadings),
    cmsFields: new PhraseSet(data.cmsFields),
    photoAgencies: new PhraseSet(data.photoAgencies),
    photoLabels: new PhraseSet(data.photoLabels),
    imageWords: set(data.imageWords),
    legalLinks: new PhraseSet(data.legalLinks),
    people: set(data.depicted.people),
    things: set(data.depicted.things),
    looks: set(data.depicted.looks),
    doing: set(data.depicted.doing),
    streets: set(data.streets),
    addressParticles: set(data.addressParticles),
    mailHeaders: set(data.mailHeaders),
    storeCues: data.storeCues,
    storeHeadings: new PhraseSet(data.storeHeadings),
    storeFields: new PhraseSet(data.storeFields),
    phoneLabels: new PhraseSet(data.phoneLabels),
    hours: new PhraseSet(data.hours),
    shopOffers: new PhraseSet(data.shopOffers),
    marketplaceLines: new PhraseSet(data.marketplaceLines),
    siteCredits: new PhraseSet(data.siteCredits),
    optionLabels: set(data.optionLabels),
    pressMarks: new PhraseSet(data.pressMarks),
    newsletterMarks: new PhraseSet(data.newsletterMarks),
    feedbackPrompts: new PhraseSet(data.feedbackPrompts),
    socialNetworks: set(data.socialNetworks),
    languageNames: set(data.languageNames),
    pageLinks: set(data.pageLinks),
    registrationLabels: new PhraseSet(data.registrationLabels),
    publicationWords: set(data.publicationWords),
    helplineWords: new PhraseSet(data.helplines.filter((entry) => !/^\d[\d\s-]*$/.test(entry))),
    helplineDigits: digits,
    functionWords: set(data.functionWords),
    secondPerson: set(data.secondPerson),
    pictureWords: set(data.pictureWords),
    stopWords: set([...data.functionWords, ...data.stopWords]),
    reviewLine: new RegExp(`\\b(?:${alternatives(data.reviewWords)})\\b`, 'i'),
    ratingWidgetWords: set(data.ratingWidgetWords),
    counterItem: new RegExp(`^[$£€]?\\d[\\d,.]*\\s?[km]?\\+?\\s+(?:${alternatives(data.counterNouns)})\\b|^\\d{1,3}% funded$`, 'i'),
    bylineOpening: new RegExp(`^(?:(${alternatives(data.bylineOpeners)})\\s+)?by\\b[\\s:|]*|^author:\\s*`, 'i'),
    datedBylineOpening: new RegExp(`^(?:${alternatives(data.datedBylineOpeners)})(?: on)? `, 'i')
  }
}

// ---------------------------------------------------------------------------
// Lines

interface Word {
  text: string
  lower: string
  start: number
  end: number
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

function wordsOf(text: string, offset = 0): Word[] {
  const found: Word[] = []
  wordPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = wordPattern.exec(text))) {
    found.push({text: match[0], lower: match[0].toLowerCase(), start: offset + match.index, end: offset + match.index + match[0].length})
  }

  return found
}

/** One line of a block, trimmed, with its words. */
interface Line {
  index: number
  block: Block
  start: number
  end: number
  /** The block's prose for the line (markup blanked, characters normalised), trimmed. */
  text: string
  /** Lines longer than this are prose or markup: only the markup and prefix tests read them. */
  long: boolean
  words: Word[]
  lower: string[]
  /** Only blocks of the article proper are judged: not table cells, quotes, footnotes or comments. */
  judged: boolean
  blankBefore: boolean
  blankAfter: boolean
}

const maxShortLine = 250

function readLines(document: Document): Line[] {
  const lines: Line[] = []
  const comments = document.commentsSection?.start ?? Number.POSITIVE_INFINITY
  // The page's footer after the comments (its copyright line and what follows) is the page's again.
  const footer = Number.isFinite(comments) ? (document.blocks.find((block) => block.start >= comments && copyright.test(block.prose))?.start ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY
  for (const block of document.blocks) {
    const judged = block.kind !== 'tableCell' && !block.quoted && !block.footnote && (block.start < comments || block.start >= footer)
    let from = 0
    while (from <= block.prose.length) {
      let to = block.prose.indexOf('\n', from)
      if (to < 0) to = block.prose.length
      const raw = block.prose.slice(from, to)
      const lead = raw.length - raw.trimStart().length
      const text = raw.trim()
      if (text.length > 0) {
        const start = block.start + from + lead
        const long = text.length > maxShortLine
        const lineWords = long ? [] : wordsOf(text, start)
        lines.push({
          index: lines.length,
          block,
          start,
          end: start + text.length,
          text,
          long,
          words: lineWords,
          lower: lineWords.map((word) => word.lower),
          judged,
          blankBefore: false,
          blankAfter: false
        })
      }

      from = to + 1
    }
  }

  for (let index = 0; index + 1 < lines.length; index++) {
    if (hasBlankLine(document.text, lines[index].end, lines[index + 1].start)) {
      lines[index].blankAfter = true
      lines[index + 1].blankBefore = true
    }
  }

  return lines
}

/** Whether `text` holds no letter, digit or code fence between `start` and `end` (markup marks aside). */
function onlySpace(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x60 || code === 0x7e || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return false
  }

  return true
}

/** Whether an empty line lies in `text` between `start` and `end` (two line breaks with only spaces between). */
function hasBlankLine(text: string, start: number, end: number): boolean {
  let breaks = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) {
      if (++breaks === 2) return true
    } else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) breaks = 0
  }

  return false
}

// ---------------------------------------------------------------------------
// Shapes

const sentenceEnd = /[.!?…]["'”’)\]]*$/
/** Words and spaces only: a keyword line has no punctuation (and no code: "s.append(x)"). */
const keywordCharacters = /^[\p{L}\p{N}\s'&-]+$/u
const lowerStart = /^\p{Ll}/u
const upperStart = /^[\p{Lu}\p{N}"'“‘([]/u

/** A line that reads as a sentence of prose: enough words, and a full stop at the end. */
function isProse(line: Line | undefined): boolean {
  if (line === undefined) return false
  return line.long || (line.words.length >= 12 && sentenceEnd.test(line.text))
}

/** A line's words, read now for a long line (whose words the line tests never need). */
function allWords(line: Line): readonly Word[] {
  return line.long ? wordsOf(line.text, line.start) : line.words
}

function endsSentence(line: Line): boolean {
  return sentenceEnd.test(line.text)
}

/** Words written with a capital (or a digit): link labels, names, titles. */
function isCapitalWord(word: Word): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word.text)
}

/** Leading bullets, dashes, emoji and brackets around a line's words. */
function core(line: Line): string {
  return stripEdges(line.text, /[\p{L}\p{N}$£€©(]/u, /[\p{L}\p{N}.)\]%]/u)
}

// Dates as pages print them: "March 3, 2024", "3 March 2024", "2024-03-03", "03/03/2024", "2 days ago".
const monthName = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const dateOnly = new RegExp(
  `^(?:(?:published|posted|date|on)(?: on)?:?\\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?(?:${monthName}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthName},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|yesterday)(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:[ecmp][sd]?t|gmt|bst|utc|cet|cest|aest|aedt|ist))?)?(?:\\s+by)?$`,
  'i'
)
const dateAnywhere = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${monthName}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${monthName},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?:\\d+|an?)\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago)`,
  'iu'
)
const relativeDate = /\bago$|^(?:yesterday|just now)$/i
/** What every `dateOnly` line holds: asked first, as most lines hold none and the date pattern is long. */
const dateClue = /\d|ago|yesterday/i
const readTime = /\b\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)\b|\breading time\b|\bread(?:ing)? time:/i

const copyright = /(?:©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?(?:\d{4}|by\b)|\ball rights reserved\b)/i

const phoneNumber = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d{1,3}(?:[\s.-]\d{1,5}){2,5}\b|\+\d{8,15}\b|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b0\d{1,4}(?:[\s-]\d{2,4}){2,3}\b/g
const emailAddress = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/g

const price = /^(?:price:?\s*|from\s+|now\s+|sale\s+)?[$£€]\s?\d{1,6}(?:,\d{3})*(?:\.\d{2})?(?:\s*(?:usd|gbp|eur|cad|aud))?(?:\s*[-–]\s*[$£€]?\s?\d{1,6}(?:,\d{3})*(?:\.\d{2})?)?$/i

const ratingStars = /\b[1-5]\s?stars?\b/gi
const ratingWords = /\bno ratings yet\b|\b(?:votes?|ratings?),\s*average:|\bout of 5 stars\b|^rate this (?:post|article|page|story)\b/i

const htmlTag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?>/g

/** "Vivitrol pic 3": an image's file label glued to the text after it. */
const imageLabel = /^(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}(?:pic|img|image|photo|picture)[ _-]?\d{1,3}(?=\p{Lu}|\s*$|:)/iu
/** A word every image label holds (no other letter folds to these in any case): most lines have none, and the Unicode pattern costs more. */
const imageWord = /pic|img|image|photo/i
const imageFile = /\.(?:jpe?g|png|gif|webp|svg|avif)$/i

/** A lower-case letter (or a closing bracket) glued to a capital that starts a word: two labels run together. */
const joint = /[a-z)](?=[A-Z][a-z])/g
/**
 * Whether a line has a match at all, asked before `matchAll`: most lines
 * have none, and `matchAll` makes a new pattern object at every call.
 */
const anyJoint = new RegExp(joint.source)

const usZip = /\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},?\s[A-Z]{2}\s\d{5}(?:-\d{4})?\b/
const ukPostcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/

const separatorBar = /[|·•¦∙‧⋅]/
const breadcrumbSeparator = /^(?:[»›>→]|\/|::)$/

// ---------------------------------------------------------------------------
// Tests, one family each. Each returns the span of the line that is chrome.

type Test = (line: Line, context: Context) => Candidate | undefined

interface Context {
  document: Document
  lines: Line[]
  vocabulary: Vocabulary
  /** Index of the first line of prose: lines before it are the page header. */
  articleStart: number
  /** Index of the last line of prose: lines after it are the page footer. */
  articleEnd: number
  /** Index of the page's first line that is judged: its masthead. */
  firstJudged: number
  /** Whether the page is an app store's listing (read when a line first asks). */
  storeListing?: boolean
}

function whole(kind: ChromeKind, line: Line, weak?: Candidate['weak']): Candidate {
  return weak ? {kind, start: line.start, end: line.end, weak} : {kind, start: line.start, end: line.end}
}

/** A heading the markup marks ("## ...", "<h2>"): the author's structure, never a picture's words. */
function isMarkedHeading(line: Line, context: Context): boolean {
  return context.document.format !== 'text' && line.block.kind === 'heading'
}

function inHeaderOrFooter(line: Line, context: Context): boolean {
  return line.index < context.articleStart || line.index > context.articleEnd
}

/** Raw HTML pasted into a text file: "<div class=...> <h3>...</h3>". */
const markup: Test = (line, context) => {
  if (context.document.format !== 'text' || !line.text.includes('<')) return undefined
  const tags = [...line.text.matchAll(htmlTag)]
  if (tags.length === 0 || (tags.length === 1 && !tags[0][0].includes('='))) return undefined
  const first = tags[0]
  const last = tags.at(-1)!
  // A line cut inside the markup ("...</a><") is markup to its end.
  const tail = line.text.slice(last.index + last[0].length)
  const end = tail.includes('<') || !sentenceEnd.test(tail) ? line.end : line.start + last.index + last[0].length
  return {kind: 'markup', start: line.start + first.index, end}
}

/** "Meta Description: ...", "Focus keyphrase: ...": a field of the content system. */
const cmsField: Test = (line, {vocabulary}) => {
  if (line.long) return undefined
  const length = vocabulary.cmsFields.at(line.lower, 0)
  if (length === 0) return undefined
  const after = line.text.slice(line.words[length - 1].end - line.start).trimStart()
  return after.startsWith(':') ? whole('cms-field', line) : undefined
}

/** An image's file label glued to the text ("Vivitrol pic 3Mu Receptor1. ..."), or a file name. */
const imageName: Test = (line) => {
  const label = imageWord.test(line.text) ? imageLabel.exec(line.text) : null
  if (label) return {kind: 'caption', start: line.start, end: line.start + label[0].length}
  // A file name has a full stop before its extension.
  if (line.long || line.words.length > 8 || !line.text.includes('.')) return undefined
  return line.text.split(/\s/).some((part) => imageFile.test(trimEnd(part, '.,;:)]'))) ? whole('caption', line) : undefined
}

/**
 * A label scraped twice, the copies glued together: "Coronavirus (COVID-19)
 * Information and Updates within our ProgramsCoronavirus (COVID-19) Information".
 */
const repeated: Test = (line) => {
  if (line.long || line.words.length < 4 || endsSentence(line) || !anyJoint.test(line.text)) return undefined
  const opening = line.lower.slice(0, 2).join(' ')
  for (const found of line.text.matchAll(joint)) {
    const rest = wordsOf(line.text.slice(found.index + 1)).map((word) => word.lower)
    if (rest.length >= 2 && rest.slice(0, 2).join(' ') === opening) return whole('repeated', line)
  }

  return undefined
}

/**
 * A button's label glued to the caption before it ("...relaxing with
 * headphones onShare on Pinterest"): the label, and the caption too when
 * it reads as one.
 */
const gluedButton: Test = (line, context) => {
  if (line.long || line.words.length > 24 || !anyJoint.test(line.text)) return undefined
  for (const found of line.text.matchAll(joint)) {
    const at = found.index + 1
    const rest = wordsOf(line.text.slice(at)).map((word) => word.lower)
    if (rest.length === 0 || rest.length > 4) continue
    const {vocabulary} = context
    const button = vocabulary.ctaIdioms.is(rest) || vocabulary.buttons.at(rest, 0) > 0 && (rest.length === 1 || rest[1] === 'on' || rest[1] === 'via' || rest[1] === 'this' || vocabulary.buttons.is(rest.slice(1)))
    if (!button) continue
    const before = line.words.filter((word) => word.end <= line.start + at)
    const caption = before.length > 0 && isDepiction(before.map((word) => word.lower), before, context.vocabulary)
    return {kind: caption ? 'caption' : 'buttons', start: caption ? line.start : line.start + at, end: line.end}
  }

  return undefined
}

/**
 * "Home » Services » TMS", "Blog > Founder's Notes": a breadcrumb trail on
 * one line. Two items are a trail when an arrow ("›", "»", ">") leads from
 * one capitalised item to the next; with a slash ("Articles / Treatment
 * guides") the first must be a section of the site, since "Anxiety /
 * Depression" is a title.
 */
const breadcrumb: Test = (line, context) => {
  const {document, vocabulary} = context
  if (line.long || line.words.length > 25 || endsSentence(line)) return undefined
  const parts = withGuillemets(line, document).split(/[»›→]|\s>\s|\s\/\s|::/)
  if (parts.length < 2) return undefined
  const items = parts.map((part) => part.trim()).filter((part) => part.length > 0)
  if (items.length < 2) return undefined
  const itemWords = items.map((item) => wordsOf(item))
  if (itemWords.some((list) => list.length === 0 || list.length > 8)) return undefined
  const home = vocabulary.menu.is(itemWords[0].map((word) => word.lower))
  const capitalised = itemWords.every((list) => /^\p{Lu}/u.test(list[0].text))
  if (parts.length >= 3) return home || capitalised ? whole('breadcrumb', line) : undefined
  if (items.length !== 2 || line.words.length > 12 || isMarkedHeading(line, context)) return undefined
  const arrow = !/\s\/\s/.test(line.text)
  return capitalised && (arrow || home) ? whole('breadcrumb', line) : undefined
}

/** The line's prose with the file's guillemets, which the prose reads as quotes. */
function withGuillemets(line: Line, document: Document): string {
  if (!line.text.includes('"')) return line.text
  let result = ''
  for (let index = 0; index < line.text.length; index++) {
    const source = document.text.charAt(line.start + index)
    result += source === '»' || source === '«' ? source : line.text.charAt(index)
  }

  return result
}

/** An item of a meta bar that is chrome on its own: a byline, a date, a counter, a button. */
function isChromeItem(item: string, context: Context): boolean {
  const {vocabulary} = context
  const list = wordsOf(item)
  const lower = list.map((word) => word.lower)
  if (lower.length === 0) return false
  if (/^by\b/i.test(item) || /^(?:posted|written)\s+by\b/i.test(item)) return true
  if (dateOnly.test(item) || dateAnywhere.test(item) || readTime.test(item) || vocabulary.counterItem.test(item)) return true
  if (vocabulary.buttons.is(lower) || vocabulary.badges.is(lower) || vocabulary.ctaIdioms.is(lower)) return true
  if (vocabulary.tagLabels.at(lower, 0) > 0 && lower.length > vocabulary.tagLabels.at(lower, 0)) return true
  // "Peninsula Editorial", "Health Staff": a publisher's byline.
  for (let from = 1; from < lower.length; from++) if (vocabulary.bylineNames.is(lower.slice(from))) return true
  if (/share this|share on|read more/i.test(item)) return true
  // "Issue 47 | October 2025": a newsletter's number and month.
  if (issueNumber.test(item) || monthAndYear.test(item)) return true
  // The practice's contact block: a phone number or e-mail, opening hours, a street or a city.
  if (withoutContacts(item).found || isHours(item, vocabulary)) return true
  if (/^\d{1,6}$/.test(lower[0]) && list.length >= 3 && isCapitalWord(list[1]) && lower.slice(2).some((word) => vocabulary.streets.has(word))) return true
  return cityAndState.test(item)
}

const issueNumber = /^(?:issue|vol\.?|volume|no\.|edition)\s?#?\d{1,4}$/i
const monthAndYear = new RegExp(`^(?:${monthName}|spring|summer|autumn|fall|winter)\\s+\\d{4}$`, 'i')

/** "Tampa, FL", "Houston, TX": a city and a US state (not "Jane Doe, MD"). */
const cityAndState = /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}, (?!MD$|PA$)[A-Z]{2}$/u

/**
 * A meta bar: short items split by "|", "·" or "•" ("By Harbor Health |
 * Depression | June 4, 2024"), with a byline, date, counter or button among
 * them; in the page's header or footer, three short capitalised items are
 * enough ("Relax | Luxury Rehab | The Hills"). A run of lines with the same
 * number of bars is a table, not a bar.
 */
const metaBar: Test = (line, context) => {
  if (line.long || line.words.length > 25 || line.text.startsWith('|')) return undefined
  const items = line.text.split(separatorBar).map((item) => item.trim()).filter((item) => item.length > 0)
  if (items.length < 2 || isHelpline(line, context.vocabulary)) return undefined
  // The bars a line holds, as a string ("||", "·"): rows of a table hold the same ones.
  const bars = (value: Line | undefined) => (value && !value.long ? value.text.replace(/[^|·•¦∙‧⋅]/g, '') : undefined)
  const own = bars(line)
  if (bars(context.lines[line.index - 1]) === own || bars(context.lines[line.index + 1]) === own) return undefined
  const itemWords = items.map((item) => wordsOf(item))
  if (itemWords.some((list) => list.length > 8)) return undefined
  if (items.some((item) => /[.!?]$/.test(item) && wordsOf(item).length > 4)) return undefined
  // "Reply · Quote · Like", "Download on the App Store | Get it on Google Play": a bar of buttons only.
  const {vocabulary} = context
  const button = (item: string) => {
    const lower = wordsOf(item).map((word) => word.lower)
    return vocabulary.buttons.is(lower) || vocabulary.ctaIdioms.is(lower)
  }

  if (items.every((item) => button(item))) return whole('buttons', line)
  if (items.some((item) => isChromeItem(item, context))) return whole('meta-bar', line)
  const shortCapitalised = itemWords.every((list) => list.length > 0 && list.length <= 4 && isCapitalWord(list[0]))
  return items.length >= 3 && shortCapitalised && inHeaderOrFooter(line, context) ? whole('meta-bar', line) : undefined
}

/**
 * A press release's or an e-mail newsletter's furniture: a line whose
 * items are each one of the marks (`pressMarks`, `newsletterMarks`:
 * "FOR IMMEDIATE RELEASE", "Notes to editors", "Unsubscribe | Update your
 * preferences", "View this email in your browser"); the end marks "###" and
 * "-30-", an upper-case "ENDS"; and a wire's "SOURCE Company Name".
 */
const markLine: Test = (line, context) => {
  if (line.long || line.words.length > 14 || /[.!?]$/.test(line.text)) return undefined
  if (endMark.test(line.text)) return context.document.format === 'text' || line.words.length > 0 ? whole('press', line) : undefined
  const {vocabulary} = context
  if (/^SOURCE \p{Lu}/u.test(line.text) && line.words.length <= 8 && !line.text.includes(':') && line.words.slice(1).every((word) => isCapitalWord(word) || vocabulary.functionWords.has(word.lower))) {
    return whole('press', line)
  }

  if (vocabulary.pressMarks.at(line.lower, 0) === 0 && vocabulary.newsletterMarks.at(line.lower, 0) === 0) return undefined
  const items = itemsOf(line.text).map((item) => wordsOf(item).map((word) => word.lower))
  if (items.length === 0 || items.some((item) => item.length === 0)) return undefined
  if (items.every((item) => vocabulary.pressMarks.is(item))) return whole('press', line)
  if (items.every((item) => vocabulary.newsletterMarks.is(item))) return whole('newsletter', line)
  return undefined
}

const endMark = /^(?:#{3}|-\s?30\s?-|–30–|ENDS|-\s?ends\s?-)$/i

/** "Was this page helpful? Yes | No": a feedback widget, the prompt and its answers. */
const feedback: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 14) return undefined
  const length = vocabulary.feedbackPrompts.at(line.lower, 0)
  if (length === 0) return undefined
  return line.lower.slice(length).every((word) => vocabulary.feedbackAnswers.has(word)) ? whole('feedback', line) : undefined
}

/**
 * "Follow us on Instagram @clinic", "Follow us on Facebook and Instagram for
 * parenting tips.": a link to the site's social media, naming a network or a
 * handle ("Follow us through a day at the clinic." names none).
 */
const socialLine: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 14 || vocabulary.socialOpeners.at(line.lower, 0) === 0) return undefined
  const named = line.lower.some((word) => vocabulary.socialNetworks.has(word)) || /(?:^|\s)@\w/.test(line.text)
  return named ? whole('social', line) : undefined
}

/** "10 min read", "8 min listen", "Reading time: 4 minutes" (and what shares its line). */
const readingTime: Test = (line) => {
  if (line.long || line.words.length > 16 || !readTime.test(line.text)) return undefined
  return !endsSentence(line) || line.words.length <= 6 ? whole('read-time', line) : undefined
}

/**
 * A relative date alone on its line ("- 2 days ago"): the page printed it
 * for the day it was read, and it is wrong in any copy. A date written out
 * ("June 4, 2025") is the article's own and is left alone; "June 4, 2025
 * by" opens a byline.
 */
const dateLine: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 10 || vocabulary.reviewLine.test(line.text)) return undefined
  const text = core(line)
  if (!dateClue.test(text) || !dateOnly.test(text)) return undefined
  // A date with a clock time and its zone ("Feb 04, 2025, 09:00 ET") is a wire's stamp; an event's time is the article's.
  if (relativeDate.test(text) || clockTime.test(text)) return /\sby$/i.test(text) ? whole('byline', line) : whole('date', line)
  return /\sby$/i.test(text) ? whole('byline', line) : whole('date', line, 'date')
}

const clockTime = /\d[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+(?:[ecmp][sd]?t|gmt|bst|utc|cet|cest|aest|aedt|ist)(?:\s+by)?$/i

/** The words of a name: capitalised (or initials, credentials), a few of them. */
function isName(list: readonly Word[], vocabulary: Vocabulary): boolean {
  if (list.length === 0 || list.length > 7) return false
  if (vocabulary.notNames.has(list[0].lower)) return false
  return list.every((word) => isCapitalWord(word) || word.lower === 'and' || word.lower === 'de' || word.lower === 'van' || word.lower === 'von')
}

/**
 * A byline: "By Jane Doe", "Posted by Jane Doe on March 3, 2024",
 * "Written by Dr. Amir Haddad, MD", "Author: Jane Doe", a "by" left alone
 * on its line, and the name on the line after such a "by". A reviewer's
 * line ("Reviewed by ...") is not flagged: health pages are asked to show it.
 */
const byline: Test = (line, context) => {
  const {vocabulary} = context
  if (line.long || line.words.length > 14 || vocabulary.reviewLine.test(line.text)) return undefined
  const text = core(line)
  if (/^by$/i.test(text)) return whole('byline', line, 'byline')
  const previous = context.lines[line.index - 1]
  if (previous && !previous.long && /\bby$/i.test(core(previous)) && !endsSentence(line) && isName(line.words, vocabulary)) {
    return whole('byline', line, 'byline')
  }

  // "Posted on September 9, 2024 by Dana W., House Manager", "Posted 14 February 2024 by the Clinic Team".
  const dated = datedByline(text)
  if (dated && dateAnywhere.test(` ${dated.date}`) && wordsOf(dated.author).length <= maxBylineNameWords) return whole('byline', line)
  const opened = vocabulary.bylineOpening.exec(text)
  if (!opened) return undefined
  let rest = text.slice(opened[0].length)
  // What follows the name: a date, with "on", a comma or a bar before it.
  const date = dateAnywhere.exec(rest)
  if (date) rest = beforeDate(rest.slice(0, date.index))
  else if (endsSentence(line) && !/\b(?:\p{Lu}[\p{L}]{0,3}|jr|sr|inc|ltd)\.$/iu.test(text)) return undefined
  const name = wordsOf(rest)
  if (name.length === 0) return date ? whole('byline', line) : undefined
  if (!isName(name, vocabulary)) return undefined
  // "Posted by" is the blog's template; a dated byline is the page's meta line; "By Jane Doe" alone is a credit.
  return date || opened[1]?.toLowerCase() === 'posted' ? whole('byline', line) : whole('byline', line, 'byline')
}

/** A byline that gives its date before its author: its date and its author. */
function datedByline(text: string): {date: string; author: string} | undefined {
  const opener = words().datedBylineOpening.exec(text)
  if (!opener) return undefined
  const by = text.toLowerCase().indexOf(' by ', opener[0].length)
  if (by < 0 || by - opener[0].length > 40) return undefined
  return {date: text.slice(opener[0].length, by), author: text.slice(by + 4)}
}
/** Most words of an author's name with a role or team ("Dana W., House Manager", "the NEN Clinical Advisory Team"). */
const maxBylineNameWords = 8

/** "Opening hours: Mon–Fri 9:00–17:00, Sat 10:00–14:00": a line of opening hours, with or without a label. */
const hoursLine: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 20 || !/\d/.test(line.text)) return undefined
  const items = core(line)
    .replace(/^[^:\d]{1,30}:/, '')
    .split(/[,;|·]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  return items.length > 0 && items.every((item) => isHours(item, vocabulary)) ? whole('contact', line) : undefined
}

/** "ES | EN", "English · Español · 中文": a language picker. */
const languagePicker: Test = (line, {vocabulary}) => {
  if (line.long || line.text.length > 80) return undefined
  const items = line.text.split(/[|/·]/).map((item) => item.trim().toLowerCase())
  return items.length >= 2 && items.every((item) => vocabulary.languageNames.has(item)) ? whole('buttons', line) : undefined
}

/** "Page 1 of 4 | Next »": a list's page links. */
const pagination: Test = (line, {vocabulary}) => {
  const page = /^page \d{1,3} of \d{1,3}/i.exec(line.text.trim())
  if (line.long || !page) return undefined
  const rest = line.text.trim().slice(page[0].length).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase()
  return rest === '' || vocabulary.pageLinks.has(rest) ? whole('buttons', line) : undefined
}

/** A name without the "on", comma or bar that led to its date ("Jane Doe, on" -> "Jane Doe"). */
function beforeDate(value: string): string {
  const marks = ' \t,|·•—–-'
  const name = trimEnd(value, marks)
  return /\s(?:on|at)$/i.test(name) ? trimEnd(name.slice(0, -3), marks) : name
}

/** "Tags: TMS, Depression", "Filed under Ketamine", "Tags: herbal remedies, sleep": the page's categories. */
const tags: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 16 || endsSentence(line)) return undefined
  const length = vocabulary.tagLabels.at(line.lower, 0)
  if (length === 0 || length === line.words.length) return undefined
  const after = line.text.slice(line.words[length - 1].end - line.start).trimStart()
  // "Posted in" needs no colon; "Tags" does ("Tags of a trial" is prose).
  const needsColon = length === 1
  if (needsColon && !after.startsWith(':')) return undefined
  const rest = line.words.slice(length)
  if (rest.every((word) => isCapitalWord(word) || vocabulary.functionWords.has(word.lower))) return whole('tags', line)
  // "Tags: herbal remedies, depression, sleep": a list of short terms after a colon.
  const terms = after.startsWith(':') ? after.slice(1).split(/[,;|]/) : []
  return terms.length >= 2 && terms.every((term) => wordsOf(term).length >= 1 && wordsOf(term).length <= 3) ? whole('tags', line) : undefined
}

/** "[READ: Title]", "RELATED: Title", "See also: Title": a link to another story; and "Related posts". */
const related: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 24) return undefined
  if (vocabulary.relatedHeadings.is(line.lower) && !endsSentence(line)) return whole('related', line)
  const text = line.text.replace(/^[[(]\s*/, '')
  const label = vocabulary.relatedLabels.at(line.lower, 0)
  if (label === 0) return undefined
  const after = text.slice(line.words[label - 1].end - line.start - (line.text.length - text.length)).trimStart()
  if (!after.startsWith(':')) return undefined
  const headline = after.slice(1).trim()
  return /^[\p{Lu}"'“‘]/u.test(headline) && wordsOf(headline).length >= 2 ? whole('related', line) : undefined
}

/** Most words of a footer's credit line ("Website by Northwind Studio"). */
const maxCreditWords = 8

/** "Website by Northwind Studio", "Powered by Shopify": the footer's credit to whoever built the site. */
const siteCredit: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > maxCreditWords || endsSentence(line)) return undefined
  const length = vocabulary.siteCredits.at(line.lower, 0)
  return length > 0 && length < line.words.length && isCapitalWord(line.words[length]) ? whole('copyright', line) : undefined
}

/** "© 2024 Clinic Name. All rights reserved." */
const copyrightLine: Test = (line) => {
  if (line.long || line.words.length > 30) return undefined
  return copyright.test(line.text) ? whole('copyright', line) : undefined
}

/** "Privacy Policy | Terms of Use | Sitemap": the footer's legal links. */
const legalLinks: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 20 || endsSentence(line)) return undefined
  let count = 0
  for (let index = 0; index < line.lower.length; ) {
    const length = vocabulary.legalLinks.at(line.lower, index)
    if (length === 0) return undefined
    count++
    index += length
  }

  return count >= 2 ? whole('legal-links', line) : undefined
}

function isHelpline(line: Line, vocabulary: Vocabulary): boolean {
  if (vocabulary.helplineWords.within(line.lower)) return true
  for (const found of line.text.matchAll(phoneNumber)) {
    const digits = found[0].replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')
    if (vocabulary.helplineDigits.has(digits)) return true
  }

  return false
}

/** Most words of a label that names the desk a number reaches ("Eating disorder program intake"). */
const maxNamedDeskWords = 6

/** The words of a label: phone labels, calls to action and the words that join them. */
function isContactLabel(words: readonly string[], vocabulary: Vocabulary): boolean {
  // "Eating disorder program intake": a few words naming the desk, ending in a phone label.
  if (words.length > 1 && words.length <= maxNamedDeskWords && vocabulary.phoneLabels.at(words, words.length - 1) > 0) return true
  for (let index = 0; index < words.length; ) {
    const length = Math.max(vocabulary.phoneLabels.at(words, index), vocabulary.ctaIdioms.at(words, index))
    if (length > 0) index += length
    else if (vocabulary.contactJoiners.has(words[index]) || vocabulary.ctaVerbs.has(words[index]) || vocabulary.ctaObjects.has(words[index])) index++
    else return false
  }

  return true
}

/** "Request Info", "Verify Your Insurance": a call to action that is a whole item. */
function isActionItem(words: readonly string[], vocabulary: Vocabulary): boolean {
  if (vocabulary.ctaIdioms.is(words)) return true
  return words.length >= 2 && words.length <= 6 && vocabulary.ctaVerbs.has(words[0]) && words.slice(1).some((word) => vocabulary.ctaObjects.has(word))
}

/** "Mon–Fri 8 am–6 pm", "Timings: 10 am to 7 pm (Sunday closed)": opening hours, with a time or a day in them. */
function isHours(item: string, vocabulary: Vocabulary): boolean {
  const words = wordsOf(item).map((word) => word.lower)
  if (words.length === 0 || words.length > 14 || !/\d/.test(item)) return false
  let named = false
  for (let index = 0; index < words.length; ) {
    const length = vocabulary.hours.at(words, index)
    if (length > 0) {
      named = true
      index += length
    } else if (/^\d/.test(words[index]) || words[index] === 'to' || words[index] === 'and') index++
    else return false
  }

  return named
}

/** What is left of an item once its phone numbers and e-mail addresses are taken out. */
function withoutContacts(item: string): {rest: string; found: boolean} {
  let found = false
  const rest = item.replace(phoneNumber, () => ((found = true), ' ')).replace(emailAddress, () => ((found = true), ' '))
  return {rest, found}
}

/**
 * Contact details: a phone number or an e-mail address with at most its
 * labels ("Call us: 888.794.8858", "Call 24/7: (561) 555-0128", "Book
 * online or call 021 555 0164", "press@clinic.example"); a line of such
 * items split by bars or commas, with calls to action, opening hours and,
 * beside an e-mail address, a contact's name among them ("Call/WhatsApp:
 * +91 90000 12345 | Timings: 10 am to 7 pm", "Rosa Delgado,
 * press@clinic.example, (555) 017-6621"); and "Call <number>" opening a
 * sentence that books something ("Call 614-555-0188 or request an
 * appointment online."). Never a help line.
 */
const contact: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 24 || !/\d|@/.test(line.text)) return undefined
  const numbers = [...line.text.matchAll(phoneNumber)]
  const email = line.text.includes('@') && emailAddress.test(line.text)
  emailAddress.lastIndex = 0
  if ((numbers.length === 0 && !email) || isHelpline(line, vocabulary)) return undefined
  const kind: ChromeKind = email ? 'contact' : 'phone'
  if (endsSentence(line)) {
    const call = /^(?:call|text|phone)\s+/i.exec(line.text)
    if (!call || numbers[0]?.index !== call[0].length || line.words.length > 14) return undefined
    return line.lower.slice(1).some((word) => vocabulary.ctaObjects.has(word)) ? whole(kind, line) : undefined
  }

  for (const item of line.text.split(/[|·•]|,\s/)) {
    if (item.trim().length === 0) continue
    const {rest, found} = withoutContacts(item)
    const words = wordsOf(rest).map((word) => word.lower)
    if (found || words.length === 0) {
      if (!isContactLabel(words, vocabulary)) return undefined
    } else if (!isActionItem(words, vocabulary) && !isHours(item, vocabulary)) {
      // A contact's name, beside an e-mail address.
      const name = wordsOf(rest)
      if (!email || name.length > 4 || !name.every((word) => isCapitalWord(word))) return undefined
    }
  }

  return whole(kind, line)
}

/** A street address: "1200 Harbor Blvd, Suite 4, Austin, TX 78701", "Leeds LS1 4AB", "Address: ... 411001". */
const address: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 20 || line.words.length < 2) return undefined
  // "Address: Shop No. 4, Station Road, Pune 411001": a labelled address with a number in it.
  const label = vocabulary.addressLabels.at(line.lower, 0)
  if (label > 0 && line.text.slice(line.words[label - 1].end - line.start).trimStart().startsWith(':') && /\d/.test(line.text) && !/[.!?]$/.test(line.text)) {
    return whole('address', line)
  }

  if (line.words.length > 16) return undefined
  if (/[.!?]$/.test(line.text) && !/\b(?:st|ave|rd|blvd|dr|ln|ct|pl|ste)\.$/i.test(line.text)) return undefined
  const allCapital = line.words.every((word) => isCapitalWord(word) || ['of', 'and', 'at', 'the'].includes(word.lower))
  if (allCapital && (usZip.test(line.text) || ukPostcode.test(line.text))) return whole('address', line)
  // A number, then a street's name and kind.
  const first = line.words[0]
  if (allCapital && /^\d{1,6}$/.test(first.text)) return line.lower.slice(2).some((word) => vocabulary.streets.has(word)) ? whole('address', line) : undefined
  // A street's kind and name, its number and a comma before the town ("Rua Augusta 120, Lisboa", "Brivibas iela 55, Riga").
  const street = line.lower.findIndex((word) => vocabulary.streets.has(word))
  if (street < 0 || !line.text.includes(',') || !line.words.some((word, index) => index > street && /^\d{1,5}[a-z]?$/i.test(word.text))) return undefined
  return line.words.every((word, index) => index === street || isCapitalWord(word) || vocabulary.addressParticles.has(word.lower)) ? whole('address', line) : undefined
}

/**
 * An app store's listing copied as text: its headings ("What's New", "App
 * Privacy"), its fields ("Seller: Mindsprout Health, Inc.", "Age Rating
 * 12+", "Size 212.4 MB") and its rank ("#3 in Health & Fitness"), on a page
 * that shows it is one ("App Store Preview", "Offers In-App Purchases").
 */
const storeLine: Test = (line, context) => {
  // A field may end with its value's abbreviation ("Seller: Calmly Labs, Inc.").
  if (line.long || line.words.length > 10 || /[!?]$/.test(line.text)) return undefined
  const {vocabulary} = context
  // Read once per page: most pages are no listing, and their lines stop here.
  context.storeListing ??= isStoreListing(context.document, vocabulary)
  if (!context.storeListing) return undefined
  const field = vocabulary.storeFields.at(line.lower, 0)
  if (field > 0 && field < line.lower.length) return whole('store', line)
  if (line.text.endsWith('.')) return undefined
  const headings = line.text.split(separatorBar).every((item) => vocabulary.storeHeadings.is(wordsOf(item).map((word) => word.lower)))
  return headings || storeRank.test(line.text) ? whole('store', line) : undefined
}

/** "#3 in Health & Fitness", "4.7 • 86K Ratings": a listing's rank and its rating count. */
const storeRank = /^#\d{1,3} in \p{Lu}|^\d(?:\.\d)?\s*[•·|]\s*[\d.,]+[KkMm]?\s+Ratings?$/u

function isStoreListing(document: Document, vocabulary: Vocabulary): boolean {
  const text = document.text.toLowerCase()
  return vocabulary.storeCues.some((cue) => text.includes(cue))
}

/**
 * The header of an e-mail copied with its message: "From: Rowan at Wildmind
 * <hello@wildmind.com>", "To: you", "Date: Fri, Oct 18, 2024, 7:02 AM", in
 * the lines above the message.
 */
const mailHeader: Test = (line, context) => {
  if (line.long || line.index >= context.articleStart || line.words.length > 16) return undefined
  const colon = line.text.indexOf(':')
  if (colon < 2 || colon > 9 || /[.!?]$/.test(line.text)) return undefined
  const field = line.text.slice(0, colon).trim().toLowerCase()
  if (!context.vocabulary.mailHeaders.has(field)) return undefined
  // A date field holds a date; a sender's or recipient's a name or an address, not a sentence.
  const value = line.text.slice(colon + 1)
  const fits = field === 'date' || field === 'sent' ? /\d/.test(value) : value.includes('@') || wordsOf(value).length <= 6
  return fits ? whole('mail-header', line) : undefined
}

/**
 * The owner's registration line from a footer: "Registered charity number
 * 1234567 (England and Wales)", "ABN 00 000 000 000", "Company no. 0987654".
 */
const registration: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > 16) return undefined
  // The label first: it is a lookup, and few lines have one.
  const length = vocabulary.registrationLabels.at(line.lower, 0)
  if (length === 0 || length >= line.words.length) return undefined
  return /\d{4}/.test(line.text.replace(/\s/g, '')) ? whole('registration', line) : undefined
}

/**
 * A publication's name as the page's first line, above its title: "Harbor
 * Health Blog", "The Valley Ledger"; a title with prose under it is the
 * page's own ("Ketamine in the News"). (A bar of two names under the title,
 * "Department of Psychiatry | Health Library", is left alone: it reads as
 * the page's own title as often as the site's.)
 */
const publicationName: Test = (line, context) => {
  if (line.long || line.words.length < 2 || line.words.length > 5 || /[.!?:;,|·•]/.test(line.text)) return undefined
  if (line.index !== context.firstJudged || line.index >= context.articleStart) return undefined
  const next = context.lines[line.index + 1]
  // The line under it is a title: short, even when it is a sentence.
  if (next === undefined || next.long || next.words.length > 15 || !line.words.every((word) => isCapitalWord(word) || context.vocabulary.functionWords.has(word.lower))) return undefined
  return context.vocabulary.publicationWords.has(line.lower.at(-1)!) ? whole('site-name', line) : undefined
}

/** Words a site's name line holds at most ("Riverbend Community Recovery Services — a nonprofit serving Franklin County"). */
const maxMastheadWords = 14
/** How far down the page a masthead may stand (under a phone bar or a cookie line). */
const mastheadLines = 3

/**
 * The site's name at the top of the page, right above its menu or
 * breadcrumb: "CALMWAVE", "Taman Minda Psychiatry & Counselling Centre,
 * Kuala Lumpur", "Hollis & Vale Apothecary — Independent pharmacy since 1962".
 * A page's own title stands under the menu, not over it.
 */
const masthead: Test = (line, context) => {
  if (line.long || line.words.length === 0 || line.words.length > maxMastheadWords || line.index >= context.articleStart) return undefined
  if (line.index - context.firstJudged >= mastheadLines || /[!?:]|[.!?]\s+\p{Lu}/u.test(line.text)) return undefined
  // "How Light Therapy Works", "What Is TMS": a title asks or tells; a name does neither.
  if (context.vocabulary.questionWords.has(line.lower[0])) return undefined
  const next = context.lines[line.index + 1]
  if (next === undefined || !next.judged) return undefined
  if (flatMenu(next, context) || menuLine(next, context)) return whole('site-name', line)
  // A breadcrumb that ends in this line's words follows the page's title, not its name.
  return breadcrumb(next, context) && !next.lower.join(' ').endsWith(line.lower.join(' ')) ? whole('site-name', line) : undefined
}

/** Most words of a marketplace widget's line ("Reviewed in the United States on January 15, 2024"). */
const maxMarketplaceWords = 12

/**
 * A marketplace product page's widgets: "Verified Purchase", "Visit the
 * Lumora Store", "Customers who viewed this item also viewed", "#1 Best
 * Seller in Light Therapy Lamps", and the product's options ("Color: Arctic
 * White", "Qty: 1").
 */
const marketplace: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length > maxMarketplaceWords || endsSentence(line)) return undefined
  const from = /^\d/.test(line.lower[0]) ? 1 : 0
  // "Visit the Lumora Store", not "Visit the Clinic".
  if (vocabulary.marketplaceLines.at(line.lower, from) > 0 && (line.lower[from] !== 'visit' || line.lower.at(-1) === 'store')) return whole('offer', line)
  // "Color: Arctic White": a label, a colon, a short value.
  return vocabulary.optionLabels.has(line.lower[0]) && /^[\p{L}]+:\s*\S/u.test(line.text) && line.words.length <= 6 ? whole('offer', line) : undefined
}

/** A price alone near the page's title ("$17.99"): a shop's product box. */
const priceLine: Test = (line, context) => {
  if (line.long || line.words.length > 6 || line.index >= context.articleStart) return undefined
  return price.test(core(line)) || price.test(line.text) ? whole('price', line) : undefined
}

/**
 * "1 Star2 Stars3 Stars (No Ratings Yet)", "Rate this post", "★★★★★ 1,284
 * reviews", "Customer reviews (412)": a rating widget. A line of stars with
 * a quotation after them is a review, which the testimonial rules read.
 */
const rating: Test = (line, context) => {
  if (line.long || line.words.length > 20) return undefined
  const stars = line.text.match(ratingStars)?.length ?? 0
  if (stars >= 2 || ratingWords.test(line.text)) return whole('rating', line)
  if (line.words.length > 10 || /["“”]/.test(line.text)) return undefined
  if (reviewCount.test(line.text)) return whole('rating', line)
  // "★★★★★ 4.8 (3,412 reviews)" is the widget; "★★★★★ Works fast" is a reviewer's title.
  if (!starGlyphs.test(line.text)) return undefined
  return line.words.every((word) => /^\p{N}/u.test(word.text) || context.vocabulary.ratingWidgetWords.has(word.lower)) ? whole('rating', line) : undefined
}

const starGlyphs = /^[★☆⭐✩✭]/u
const reviewCount = /^(?:customer |verified |patient )?(?:reviews|ratings) \(\d[\d,.]*\+?\)$|^\d[\d,.]*\s?[km]?\+? (?:verified |customer |patient )?(?:reviews|ratings)$/i

/** "20% off", "$1 a week", "$29/mo": an offer's price words. */
const percentOff = /\b\d{1,2}% off\b/i
const pricePerPeriod = /[$£€]\s?\d[\d,.]*\s*(?:\/\s?(?:mo|month|wk|week|yr|year)\b|(?:a|per) (?:day|week|month|year)\b)/i

/**
 * A shop's banner or payment line: "FREE SHIPPING ON ORDERS OVER $50",
 * "Flash sale: 40% off today only", "£179 | Pay in 3 with Klarna",
 * "Afterpay available", "Subscribe from $1 a week", "Get 15% off your first
 * order", "Frequently bought together: ...". A short line with no full
 * stop or question mark that holds one of the shop's offer words (`shopOffers`) or a
 * percentage off; a price by the week or month only with a call to action
 * before it. A sentence or a question about a seller's offer is prose, and
 * so is a heading that names one without a price, with prose under it.
 */
const shopOffer: Test = (line, context) => {
  const {vocabulary} = context
  if (line.long || line.words.length > 18 || /[.,;:?]$/.test(line.text) || vocabulary.questionWords.has(line.lower[0])) return undefined
  if (line.text.split(separatorBar).some((item) => wordsOf(item).length > 12)) return undefined
  // A heading with prose under it names an offer to talk about it ("Why Free Shipping Is Not a Reason to Buy"), unless it prices it or lists items.
  const next = context.lines[line.index + 1]
  const priced = percentOff.test(line.text) || /[$£€]\s?\d/.test(line.text) || /[:|·•]/.test(line.text)
  if (!priced && next !== undefined && next.block.kind === 'paragraph' && isProse(next)) return undefined
  if (vocabulary.shopOffers.within(line.lower) || percentOff.test(line.text)) return whole('offer', line)
  return pricePerPeriod.test(line.text) && vocabulary.ctaVerbs.has(line.lower[0]) && line.words.length <= 8 ? whole('offer', line) : undefined
}

/** A line of buttons only: "Share", "Save / Send", "Facebook Twitter Email". */
const buttons: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length === 0 || line.words.length > 8 || /[.?]$/.test(line.text)) return undefined
  let count = 0
  for (let index = 0; index < line.lower.length; ) {
    const length = vocabulary.buttons.at(line.lower, index)
    if (length === 0) return undefined
    count++
    index += length
  }

  if (count === 1 && !vocabulary.strongButtons.is(line.lower)) return undefined
  return whole('buttons', line)
}

/**
 * A call to action: a short line that starts with an action verb and
 * names what to book or ask for, or ends with "now", "today", "here"
 * ("Book a consultation", "Verify your insurance", "Call now", "Talk to a
 * licensed advisor"), names at its end what a button offers ("Book a free
 * 15-minute call", "Apply for a place"; never the reader's own, "Call your
 * therapist"), books something by name on a button's capitals ("Book Your
 * Brain Map") or sells a product by name ("Shop Calm Drops"); or holds a button idiom at its end ("Looking for a
 * doctor? Click Here") or at its start before a short tail ("Book online
 * in 2 minutes"). An item of a list is advice, not a button; a line that a paragraph of prose follows heads a section
 * of the article and is left alone, unless it is only the button ("Learn
 * more") or speaks for the reader ("Pay My Bill"). With a full stop, only a
 * button's whole slogan is one ("Book a consultation today."): a verb, what
 * to book, and when.
 */
const callToAction: Test = (line, context) => {
  if (line.long || line.words.length === 0 || line.words.length > 10 || /[:;,]$/.test(line.text)) return undefined
  const {vocabulary} = context
  const lower = line.lower
  const sentence = line.text.endsWith('.')
  const next = context.lines[line.index + 1]
  // A copyright line under it is the footer, not a section the line heads.
  const headsProse = next !== undefined && next.block.kind === 'paragraph' && isProse(next) && !copyright.test(next.text)
  if (!sentence) {
    for (let index = 0; index < lower.length; index++) {
      const length = vocabulary.ctaIdioms.at(lower, index)
      if (length === 0) continue
      // An idiom that ends the line, or that is all of it.
      if (index + length === lower.length && lower.length <= 8 && (index === 0 || !headsProse)) return whole('call-to-action', line)
      // An idiom that opens the line, before a short tail ("Apply now – only 12 places left").
      if (index === 0 && lower.length - length <= 6 && !headsProse && isCapitalWord(line.words[0])) return whole('call-to-action', line)
    }
  }

  // An item of a list is advice ("- Talk to your doctor"), not a button.
  if (line.block.kind === 'listItem' || !isCapitalWord(line.words[0]) || !vocabulary.ctaVerbs.has(lower[0]) || lower.length < 2) return undefined
  // "Subscribe to our newsletter for weekly health news.": a sign-up box's line.
  const newsletter = lower.includes('newsletter') && (lower[0] === 'subscribe' || lower[0] === 'sign' || lower[0] === 'join')
  if (newsletter && !headsProse) return whole('call-to-action', line)
  if (lower.length > 7 || lower[1] === 'you' || lower[1] === 'yourself') return undefined
  // A button neither negates nor pauses: "Check the clinician, not just the app" heads a section.
  if (lower.includes('not') || (headsProse && line.text.includes(','))) return undefined
  // A button speaks for the reader ("Pay My Bill"); a heading with prose under it does not:
  // one the author marked, or one whose prose goes on about what it names ("Book a visit" / "Visits last an hour").
  if (headsProse && lower[1] !== 'my' && (isMarkedHeading(line, context) || introducesAction(next, vocabulary) || shares(contentStems(line.words), contentStems(allWords(next))) > 0)) {
    return undefined
  }
  const object = lower.slice(1).some((word) => vocabulary.ctaObjects.has(word))
  const titleCase = line.words.slice(1).every((word) => isCapitalWord(word) || vocabulary.functionWords.has(word.lower))
  // "Call now", "Start Your Recovery Today"; but "Call your doctor today" is advice.
  const when = vocabulary.ctaAdverbs.at(lower, lower.length - 1) > 0 || vocabulary.ctaAdverbs.is(lower.slice(-2))
  const adverb = when && (!lower.includes('your') || titleCase || object)
  if (sentence) return object && adverb && lower.length <= 6 ? whole('call-to-action', line) : undefined
  // "Find a therapist near you", "Back this project": what a button names, at its end and not the reader's own ("Call your therapist").
  const named = vocabulary.ctaEndObjects.has(lower.at(-1)!) && !lower.includes('your')
  // "Try Drift free for 7 days".
  const freeTrial = /\bfree for \d/i.test(line.text)
  // "Shop Calm Drops", "Shop the Sleep Bundle": a product's name after the verb.
  const product = vocabulary.ctaProductVerbs.has(lower[0]) && line.words.slice(lower[1] === 'the' ? 2 : 1).every((word) => isCapitalWord(word)) && lower.length <= (lower[1] === 'the' ? 5 : 4) && lower.length >= 2
  // "Book Your Brain Map", "Reserve a Spot": booking something, whatever its name, on a button's capitals.
  const booking = vocabulary.ctaBookingVerbs.has(lower[0]) && vocabulary.ctaBookingDeterminers.has(lower[1]) && lower.length <= 6 && titleCase
  return object || adverb || named || freeTrial || product || booking ? whole('call-to-action', line) : undefined
}

/** The paragraph under a heading tells the reader how to act ("Talk with our team" / "Call (555) 019-2277. ..."). */
function introducesAction(next: Line, vocabulary: Vocabulary): boolean {
  const first = next.lower[0]
  return first !== undefined && vocabulary.ctaVerbs.has(first)
}

/**
 * A slogan with a one-word button glued on: "Make a difference Donate".
 * The button is capitalised after a word that is not.
 */
const sloganButton: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length < 2 || line.words.length > 6 || endsSentence(line)) return undefined
  const last = line.words.at(-1)!
  const before = line.words.at(-2)!
  if (!vocabulary.strongButtons.is([last.lower]) || !isCapitalWord(last)) return undefined
  if (isCapitalWord(before) || vocabulary.functionWords.has(before.lower)) return undefined
  return whole('buttons', line)
}

/** A line's items when they are split by bars, dots or runs of spaces ("Programs   Detox   Blog"). */
const itemSeparator = /[|·•¦∙‧⋅]|\s{2,}/

function itemsOf(text: string): string[] {
  return text
    .split(itemSeparator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
}

/**
 * A menu flattened into a line with bars, middle dots or runs of spaces
 * between its links ("Programs   Detox   Residential   Alumni   Blog",
 * "Shop | How It Works | Reviews | Support"): three or more short
 * capitalised items, none a sentence, two of them navigation labels; in the
 * page's header or footer, links split by runs of spaces need no label. A
 * run of lines with as many items is a table, not a menu.
 */
const flatMenu: Test = (line, context) => {
  if (line.long || line.words.length < 3 || line.words.length > 30 || /[.!:;,]$/.test(line.text) || !/[|·•¦∙‧⋅]|\s\s/.test(line.text)) return undefined
  const items = itemsOf(line.text)
  if (items.length < 3) return undefined
  const count = (other: Line | undefined) => (other && !other.long ? itemsOf(other.text).length : 0)
  if (count(context.lines[line.index - 1]) === items.length || count(context.lines[line.index + 1]) === items.length) return undefined
  const {vocabulary} = context
  let labels = 0
  let buttons = 0
  for (const item of items) {
    const list = wordsOf(item)
    // "rTMS", "iPhone": a name with a capital inside is a link label too.
    if (list.length === 0 || list.length > 5 || !(isCapitalWord(list[0]) || /\p{Lu}/u.test(list[0].text)) || /[.,;:]$/.test(item)) return undefined
    const lower = list.map((word) => word.lower)
    if (vocabulary.menu.is(lower) || vocabulary.ctaIdioms.is(lower)) labels++
    else if (vocabulary.buttons.is(lower)) buttons++
  }

  if (labels >= 2) return whole('menu', line)
  // A bar of share buttons is read by the button and meta-bar tests.
  const spaced = !separatorBar.test(line.text) && buttons < items.length
  return spaced && inHeaderOrFooter(line, context) && items.every((item) => wordsOf(item).length <= 4) ? whole('menu', line) : undefined
}

/**
 * A menu flattened into a line: three or more navigation labels, every word
 * capitalised, no sentence ("Home About Us Services Contact").
 */
const menuLine: Test = (line, {vocabulary}) => {
  if (line.long || line.words.length < 3 || line.words.length > 30 || /[.!?:]$/.test(line.text)) return undefined
  if (!line.words.every((word) => isCapitalWord(word))) return undefined
  let labels = 0
  for (let index = 0; index < line.lower.length; ) {
    const length = vocabulary.menu.at(line.lower, index)
    if (length > 0) {
      labels++
      index += length
    } else index++
  }

  return labels >= 3 ? whole('menu', line) : undefined
}

/**
 * Words that describe a picture: who or what is shown, how they look, what
 * they are doing. The line starts with an article or one of those words,
 * does not speak to the reader, and names someone or something shown doing
 * or wearing something ("A nonbinary person at home relaxing with headphones on").
 */
function isDepiction(lower: readonly string[], list: readonly Word[], vocabulary: Vocabulary): boolean {
  if (lower.length < 3 || lower.length > 20) return false
  if (list.slice(1).some((word) => !/^[\p{Ll}\p{N}]/u.test(word.text) && !/^\p{Lu}{2,}$/u.test(word.text))) return false
  if (lower.some((word) => vocabulary.secondPerson.has(word))) return false
  const first = lower[0]
  const opens = first === 'a' || first === 'an' || first === 'the' || vocabulary.looks.has(first) || vocabulary.people.has(first) || vocabulary.things.has(first)
  if (!opens) return false
  const shown = lower.some((word) => vocabulary.people.has(word) || vocabulary.things.has(word))
  const doing = lower.some((word) => vocabulary.doing.has(word))
  return shown && doing
}

/** "Close-up image of ...", "A photo of ...", "Close-up of ...". */
function opensWithPicture(lower: readonly string[]): boolean {
  let index = lower[0] === 'a' || lower[0] === 'an' ? 1 : 0
  const closeUp = lower[index] === 'close-up'
  if (closeUp) index++
  const picture = words().pictureWords.has(lower[index])
  if (picture) index++
  return (closeUp || picture) && lower[index] === 'of'
}

/**
 * Alt text and captions left on their own line: "Close-up image of an
 * ashwagandha plant", "A folded medical coat with a stethoscope,
 * representing senior clinician staffing", a logo's "wired logo", and in the
 * page header a picture's two or three words ("Happy family").
 */
const altText: Test = (line, context) => {
  if (line.long || line.words.length === 0 || line.words.length > 20 || line.block.kind === 'listItem' || isMarkedHeading(line, context)) return undefined
  const {vocabulary} = context
  const lower = line.lower
  if (opensWithPicture(lower)) return whole('caption', line)

  if (endsSentence(line) || /[:;,]$/.test(line.text)) return undefined
  // "Alita Ong / Stocksy", "Getty Images/Luis Alvarez", "Photo: Jane Doe".
  if (line.words.length <= 10 && vocabulary.photoAgencies.within(lower)) return whole('caption', line)
  const label = vocabulary.photoLabels.at(lower, 0)
  if (label > 0 && label < lower.length && line.words.length <= 10) {
    const after = line.text.slice(line.words[label - 1].end - line.start).trimStart()
    const byLabel = lower[label - 1] === 'by'
    if (after.startsWith(':') || (byLabel && isCapitalWord(line.words[label]))) return whole('caption', line)
  }

  // "wired logo", "fb pixel".
  if (lower.length >= 2 && lower.length <= 4 && vocabulary.imageWords.has(lower.at(-1)!) && !vocabulary.functionWords.has(lower.at(-2)!)) {
    return whole('alt-text', line)
  }

  if (isDepiction(lower, line.words, vocabulary)) return whole('alt-text', line)
  // "Happy family" at the top of the page: nothing but how someone looks and who they are.
  if (line.index < context.articleStart && lower.length >= 2 && lower.length <= 4) {
    const pictured = lower.every((word) => vocabulary.looks.has(word) || vocabulary.people.has(word) || vocabulary.things.has(word) || word === 'and')
    const someone = lower.some((word) => vocabulary.people.has(word) || vocabulary.things.has(word))
    if (pictured && someone && line.words.slice(1).every((word) => /^\p{Ll}/u.test(word.text))) return whole('alt-text', line)
  }

  return undefined
}

/**
 * A keyword line: a few words in lower case standing alone between
 * sentences ("adolescent psychiatric residential treatment centers"), the
 * alt text or search keyword of a picture. A line that continues a wrapped
 * sentence is not alone: the line before it does not end a sentence.
 */
const keywordLine: Test = (line, context) => {
  if (line.long || line.words.length < 2 || line.words.length > 8 || line.block.kind === 'listItem' || isMarkedHeading(line, context)) return undefined
  if (!lowerStart.test(line.text) || !keywordCharacters.test(line.text) || /[-–—]$/.test(line.text)) return undefined
  const previous = context.lines[line.index - 1]
  const next = context.lines[line.index + 1]
  const aloneBefore = !previous || line.blankBefore || endsSentence(previous)
  const aloneAfter = !next || line.blankAfter || upperStart.test(next.text)
  // Items of a list that lost its bullets ("Side effects:" / "blurred vision" / "dry mouth").
  if (previous && /:$/.test(previous.text)) return undefined
  const listMate = (other: Line | undefined) => other !== undefined && !other.long && other.words.length <= 8 && lowerStart.test(other.text) && other.text !== line.text
  if (listMate(previous) || listMate(next)) return undefined
  if (context.document.format !== 'text') {
    // In Markdown a short lower-case paragraph often introduces the code under it ("or as a module").
    if (line.block.prose.trim() !== line.text) return undefined
    if (!onlySpace(context.document.text, previous?.end ?? 0, line.start) || !onlySpace(context.document.text, line.end, next?.start ?? context.document.text.length)) return undefined
  }

  return aloneBefore && aloneAfter ? whole('alt-text', line) : undefined
}

/**
 * The site's name before the page's title, when the title follows on a line
 * of its own ("Clinic Name Article Title" above "Article Title").
 */
function siteName(line: Line, context: Context): ChromeSpan | undefined {
  if (line.long || line.index >= context.articleStart || line.words.length < 5) return undefined
  // The title is one of the next few lines.
  const last = Math.min(context.lines.length - 1, line.index + 3)
  for (let other = line.index + 1; other <= last; other++) {
    const title = context.lines[other]
    if (title.long || title.words.length < 4 || title.words.length >= line.words.length) continue
    const offset = line.words.length - title.words.length
    if (line.lower.slice(offset).join(' ') !== title.lower.join(' ')) continue
    return {kind: 'site-name', start: line.start, end: line.words[offset - 1].end}
  }

  return undefined
}

const lineTests: Test[] = [
  markup,
  cmsField,
  mailHeader,
  storeLine,
  imageName,
  repeated,
  gluedButton,
  copyrightLine,
  siteCredit,
  rating,
  markLine,
  feedback,
  socialLine,
  readingTime,
  dateLine,
  byline,
  legalLinks,
  contact,
  hoursLine,
  languagePicker,
  pagination,
  flatMenu,
  shopOffer,
  metaBar,
  breadcrumb,
  tags,
  related,
  address,
  priceLine,
  registration,
  buttons,
  callToAction,
  sloganButton,
  menuLine,
  altText,
  keywordLine,
  publicationName,
  siteName,
  masthead,
  marketplace
]

// ---------------------------------------------------------------------------
// Runs of lines

/** "Home" / "/" / "Rehabilitation" / "/" / "Title": a breadcrumb laid out one item a line. */
function breadcrumbRun(context: Context, from: number): ChromeSpan | undefined {
  const {lines, vocabulary} = context
  const first = lines[from]
  if (!first.judged || !vocabulary.menu.is(first.lower)) return undefined
  let last = from
  let index = from + 1
  while (index + 1 < lines.length && breadcrumbSeparator.test(lines[index].text) && !lines[index + 1].long && lines[index + 1].words.length <= 12) {
    last = breadcrumbSeparator.test(lines[index + 1].text) ? index : index + 1
    index += 2
  }

  return last > from ? {kind: 'breadcrumb', start: first.start, end: lines[last].end} : undefined
}

/** Three or more lines in a row, each a navigation label: a menu laid out one link a line. */
function menuRun(context: Context, from: number): ChromeSpan | undefined {
  const {lines, vocabulary} = context
  let index = from
  while (index < lines.length && lines[index].judged && !lines[index].long && vocabulary.menu.is(lines[index].lower)) index++
  return index - from >= 3 ? {kind: 'menu', start: lines[from].start, end: lines[index - 1].end} : undefined
}

/**
 * Above the article or below it, a menu laid out one link a line whose links
 * are not all navigation words: three or more short lines without a full
 * stop, the first and the last of them navigation labels ("Locations" /
 * "ADHD" / "Autism" / "Parents"), not introduced by a sentence. The title
 * just above the article is not a label, so it is not taken in.
 */
function outerMenuRun(context: Context, from: number): ChromeSpan | undefined {
  const {lines, vocabulary} = context
  if (!inHeaderOrFooter(lines[from], context) || !vocabulary.menu.is(lines[from].lower)) return undefined
  // A list that a sentence introduces ("We help in three areas:") is the article's.
  const before = lines[from - 1]
  if (before && (endsSentence(before) || /[:;,]$/.test(before.text))) return undefined
  let last = from
  let labels = 0
  for (let index = from; index < lines.length && inHeaderOrFooter(lines[index], context) && isLinkLabel(lines[index]); index++) {
    if (!vocabulary.menu.is(lines[index].lower)) continue
    labels++
    last = index
  }

  return labels >= 2 && last - from >= 2 ? {kind: 'menu', start: lines[from].start, end: lines[last].end} : undefined
}

/** Most words a link label of a menu holds. */
const maxLinkWords = 4

/** A line that could be one link of a menu: a few words, the first capitalised, no sentence punctuation. */
function isLinkLabel(line: Line): boolean {
  return line.judged && !line.long && line.words.length > 0 && line.words.length <= maxLinkWords && isCapitalWord(line.words[0]) && !/[.!?:;,]$/.test(line.text)
}

function contentStems(list: readonly Word[]): Set<string> {
  const {stopWords} = words()
  const stems = new Set<string>()
  for (const word of list) {
    if (stopWords.has(word.lower) || /^\d/.test(word.lower)) continue
    stems.add(stem(word.lower))
  }

  return stems
}

function stem(word: string): string {
  for (const suffix of ['ments', 'ment', 'ies', 'es', 's', 'ing', 'ed', 'ly']) {
    // "assess" is whole: its final s is not a plural's.
    if (suffix === 's' && word.endsWith('ss')) continue
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length)
  }

  return word
}

/**
 * A link to another story dropped between two paragraphs: a long headline
 * (nine words or more, no full stop) that shares no word with the
 * paragraphs around it and few with the article, and the one-sentence
 * summary under it when there is one ("Hundreds of items recalled at a
 * chain of stores" / "The items were stored ...").
 */
function otherStory(context: Context, index: number, stemsOfArticle: () => Map<string, number>): ChromeSpan | undefined {
  const {lines} = context
  const line = lines[index]
  if (!line.judged || line.long || line.block.kind === 'listItem' || line.words.length < 9 || line.words.length > 30) return undefined
  if (index <= context.articleStart || endsSentence(line) || /[:;,]$/.test(line.text)) return undefined
  // A quotation with its speaker ("... in two years." — Parent of a teen) holds a sentence; a headline does not.
  if (/[.!?]["'”’]?\s+[\p{Lu}"“—–-]/u.test(line.text)) return undefined
  // A heading the author marked, or one that speaks to the reader, is the article's own.
  if (isMarkedHeading(line, context)) return undefined
  if (line.lower.some((word) => context.vocabulary.secondPerson.has(word))) return undefined
  // A news headline is in sentence case; a Title Case line is the page's own heading.
  const capitals = line.words.slice(1).filter((word) => !context.vocabulary.stopWords.has(word.lower) && /^\p{Lu}/u.test(word.text)).length
  const content = line.words.slice(1).filter((word) => !context.vocabulary.stopWords.has(word.lower)).length
  if (capitals * 2 > content) return undefined
  const previous = lines[index - 1]
  let after = index + 1
  const headline = contentStems(line.words)
  if (headline.size < 4) return undefined
  // A one-sentence summary under the headline: it shares a word with the headline, or none with the paragraph after it.
  let summary: Line | undefined = lines[after]
  const afterSummary = lines[after + 1]
  if (summary && summary.block.kind === 'paragraph' && isProse(summary) && !summary.long && summary.words.length <= 30 && isProse(afterSummary)) {
    const own = contentStems(summary.words)
    if (shares(headline, own) > 0 || shares(own, contentStems(allWords(afterSummary))) === 0) after++
    else summary = undefined
  } else summary = undefined
  const next = lines[after]
  if (!isProse(previous) || !isProse(next)) return undefined
  const around = new Set([...contentStems(allWords(previous)), ...contentStems(allWords(next))])
  if (shares(headline, around) > 0) return undefined
  // Of the headline's words, at most half are found elsewhere in the article.
  const own = new Map<string, number>()
  for (const value of [line, summary]) if (value) for (const word of contentStems(value.words)) own.set(word, (own.get(word) ?? 0) + 1)
  const allStems = stemsOfArticle()
  let elsewhere = 0
  for (const word of headline) if ((allStems.get(word) ?? 0) > (own.get(word) ?? 0)) elsewhere++
  if (elsewhere * 2 > headline.size) return undefined
  return {kind: 'related', start: line.start, end: (summary ?? line).end}
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const word of a) if (b.has(word)) count++
  return count
}

// ---------------------------------------------------------------------------

/** The chrome of a document, in order, computed once. */
export function findChrome(document: Document): ChromeSpan[] {
  return document.shared('chrome', () => scan(document))
}

/** Whether `[start, end)` lies inside the page's chrome: text the readability and spelling checks leave out. */
export function inChrome(document: Document, start: number, end: number): boolean {
  return chromeAt(document, start, end) !== undefined
}

/** The chrome span that holds `[start, end)`, if any. */
export function chromeAt(document: Document, start: number, end: number): ChromeSpan | undefined {
  const spans = findChrome(document)
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle].end <= start) low = middle + 1
    else high = middle
  }

  return low < spans.length && spans[low].start <= start && end <= spans[low].end ? spans[low] : undefined
}

/** Whether `[start, end)` lies in a breadcrumb ("Blog > Depression > 7 Reasons TMS Beats ..."), which repeats page titles. */
export function inBreadcrumb(document: Document, start: number, end: number): boolean {
  return chromeAt(document, start, end)?.kind === 'breadcrumb'
}

function scan(document: Document): ChromeSpan[] {
  const lines = readLines(document)
  if (lines.length === 0) return []
  let articleStart = lines.findIndex((line) => line.judged && line.block.kind !== 'heading' && isProse(line))
  if (articleStart < 0) articleStart = lines.length
  let articleEnd = lines.length - 1
  while (articleEnd > articleStart && !(lines[articleEnd].judged && isProse(lines[articleEnd]))) articleEnd--
  const context: Context = {document, lines, vocabulary: words(), articleStart, articleEnd, firstJudged: lines.findIndex((line) => line.judged)}

  // What each line is, by its index; a run of lines is entered at each line it covers.
  const found: Array<Candidate | undefined> = new Array(lines.length)
  let allStems: Map<string, number> | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (!line.judged) continue
    let span = breadcrumbRun(context, index) ?? menuRun(context, index) ?? outerMenuRun(context, index)
    if (!span) {
      for (const test of lineTests) {
        span = test(line, context)
        if (span) break
      }
    }

    if (!span && line.words.length >= 9) span = otherStory(context, index, () => (allStems ??= stemCounts(document)))

    if (!span) continue
    found[index] = span
    while (index + 1 < lines.length && lines[index + 1].start < span.end) found[++index] = span
  }

  const kept: ChromeSpan[] = []
  for (const [index, span] of found.entries()) {
    if (!span || kept.at(-1) === span) continue
    if (span.weak && !keepWeak(span, found[index - 1], found[index + 1])) continue
    kept.push(span)
  }

  return kept.map(({kind, start, end}) => ({kind, start, end}))
}

/** A byline beside any chrome (a date among it); a date beside a byline. */
function keepWeak(span: Candidate, before: Candidate | undefined, after: Candidate | undefined): boolean {
  const beside = [before, after].filter((other): other is Candidate => other !== undefined)
  if (span.weak === 'byline') return beside.length > 0
  return beside.some((other) => other.kind === 'byline')
}

/** How many lines (sentences of the article) use each word stem. */
function stemCounts(document: Document): Map<string, number> {
  const {stopWords} = words()
  const counts = new Map<string, number>()
  const comments = document.commentsSection?.start ?? Number.POSITIVE_INFINITY
  for (const sentence of document.sentences) {
    if (sentence.start >= comments) break
    const seen = new Set<string>()
    for (const token of sentence.tokens) {
      if (token.kind !== 'word' || stopWords.has(token.lower)) continue
      const value = stem(token.lower)
      if (seen.has(value)) continue
      seen.add(value)
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
  }

  return counts
}
