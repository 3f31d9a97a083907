import {inArticle, inComments} from '../../src/document/presence.js'
import {findQuotes} from '../../src/document/quotes.js'
import {findCaseStory, findFirstPersonStory, findPatientQuotes, findReviewTelling, findSignedTelling, isQuotedQuestion} from '../../src/document/testimony.js'
import {findTreatmentMentions} from '../../src/document/treatments.js'
import type {Document, Sentence, Token} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import type {RuleMatch} from '../../src/rule/types.js'
import {isNegated} from '../../src/text/context.js'
import {wordClasses} from '../../src/text/word-classes.js'
import {startsWithCapital} from '../../src/text/word-shapes.js'
import {alternatives, loadWordLists} from '../../src/text/word-lists.js'
import {shownText} from '../../src/document/shown-text.js'

const words = loadWordLists(new URL('words.yml', import.meta.url), ['inviting', 'serviceWords', 'crediting', 'reportingVerbs', 'countedPeople'] as const)

export default defineRule({
  meta: {
    id: 'testimonial-disclosure',
    category: 'disclosures',
    severity: 'warning',
    fixable: false,
    description: 'A patient story or first-person outcome quote with no statement of the results people generally get.',
    messages: {
      typical: {
        message: 'A patient testimonial implies that its result is typical',
        help:
          'Say what patients generally experience, with a number and its source ("in a study of 300 adults, about half improved (Author, 2023)"); ' +
          'a bare "results may vary" is not enough. Source: FTC Endorsement Guides, 16 CFR 255.2.'
      },
      bare: {
        message: 'A patient testimonial comes with only {disclaimer}',
        help:
          'Say what patients generally experience, with a number and its source ("in a study of 300 adults, about half improved (Author, 2023)"). ' +
          'Source: FTC Endorsement Guides, 16 CFR 255.2.'
      },
      unsourced: {
        message: "A patient testimonial's typical-results statement gives no source",
        help:
          'Give the source of "{statement}": the study or the audit of your own patients that measured it, so readers can check it. ' +
          'Source: FTC Endorsement Guides, 16 CFR 255.2.'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, report}) {
    const found = inArticle(document, matches, {skipRoles: ['references']})
    const tagged = (tag: string) => found.filter((match) => match.entry.tag === tag)

    const testimonial = findTestimonial(document, tagged('outcome'), [...tagged('story'), ...tagged('story-name')], tagged('story-outcome'))
    if (!testimonial) return
    const numbers = tagged('typical-number')
    const results = tagged('typical-result')
    if (hasTypicalResults(numbers, results)) return

    // A statement of what patients generally get, but with no source, or a
    // bare "results may vary": the page says something about typical
    // results, so the finding is a note (the unsourced figure itself is
    // unsourced-statistic's). The shared corpus labels an unsourced figure
    // as such a statement.
    const statement = typicalStatement(numbers, results)
    if (statement) {
      report({start: testimonial.start, end: testimonial.end, messageId: 'unsourced', severity: 'info', data: {statement: shownText(document, statement.start, statement.end)}})
      return
    }

    const bare = tagged('bare-disclaimer')[0]
    if (bare) {
      report({start: testimonial.start, end: testimonial.end, messageId: 'bare', severity: 'info', data: {disclaimer: `"${shownText(document, bare.start, bare.end)}"`}})
      return
    }

    report({start: testimonial.start, end: testimonial.end, messageId: 'typical'})
  }
})

/** The first quotation or story in which a patient tells of their own result. */
function findTestimonial(
  document: Document,
  outcomes: RuleMatch[],
  stories: RuleMatch[],
  storyOutcomes: RuleMatch[]
): {start: number; end: number} | undefined {
  for (const quote of findPatientQuotes(document)) {
    const role = document.sections[quote.block.section]?.role
    if (inComments(document, quote.start) || role === 'comments' || role === 'references') continue
    // A question in quotation marks ("Am I paying too much?") voices a worry, not a result.
    if (isQuotedQuestion(document, quote)) continue
    if (isEpigraph(document, quote)) continue
    // A story's outcome words ('I haven\'t binged once', 'a miracle') tell a result inside a quotation too.
    if ([...outcomes, ...storyOutcomes].some((match) => match.start >= quote.start && match.end <= quote.end)) return quote
  }

  // A story told by the publisher ("One patient, Sarah, shares her journey"),
  // or a section of them ("Patient Stories").
  for (const story of stories) {
    const {sentence} = story
    if (story.entry.tag === 'story-name' && !namedAfter(sentence.tokens, story.endToken)) continue
    if (isInvitation(document, story)) continue
    const told = outcomes.find((match) =>
      sentence.role === 'heading'
        ? match.sentence.block.section === sentence.block.section && match.sentence.role !== 'heading'
        : match.sentence.block === sentence.block && match.start > story.end
    )
    if (told) return {start: told.sentence.start, end: told.sentence.end}
  }

  // A customer review under its star rating.
  const review = findReviewTelling(document, (sentence) =>
    outcomes.some((match) => match.sentence === sentence && !isNegated(sentence.tokens, match.startToken))
  )
  if (review) return {start: review.start, end: review.end}

  // A testimonial without quotation marks, signed with a name after a dash.
  const signed = findSignedTelling(document, (sentence) =>
    outcomes.some((match) => match.sentence === sentence && !isNegated(sentence.tokens, match.startToken))
  )
  if (signed) return {start: signed.start, end: signed.end}

  // A story told without quotation marks: in the first person, or about a named patient.
  const tellsOutcome = (sentence: Sentence) =>
    storyOutcomes.some((match) => match.sentence === sentence && !isNegated(sentence.tokens, match.startToken))
  const story = findFirstPersonStory(document, tellsOutcome) ?? findCaseStory(document, tellsOutcome)
  const at = story?.sentences.find(tellsOutcome)
  return at ? {start: at.start, end: at.end} : undefined
}

/** "One patient, Sarah, ...": a name in commas after the words. */
function namedAfter(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === ',' && startsWithCapital(tokens[end + 1]?.text ?? '') && tokens[end + 1]?.kind === 'word'
}

const inviting = new Set(words.inviting)

/** "Read our success stories", a link to them: a promise of stories, not one told. */
function isInvitation(document: Document, story: RuleMatch): boolean {
  if (document.links.some((link) => link.textStart <= story.start && story.end <= link.textEnd)) return true
  const {tokens} = story.sentence
  for (let index = story.startToken - 1; index >= Math.max(0, story.startToken - 4); index--) {
    if (inviting.has(tokens[index].lower)) return true
  }

  return false
}

/** Words that tie a quotation to a treatment or a service. */
const serviceWords = new RegExp(`\\b(?:${alternatives(words.serviceWords)})s?\\b`, 'i')

/** Words by which a quotation credits something with a result ("Worked when nothing else did"). */
const crediting = new RegExp(`\\b(?:${alternatives(words.crediting)})\\b`, 'i')

/**
 * An epigraph: a quotation signed with a name near the top of the page that
 * speaks of the illness but of no treatment ("Depression is like a
 * fog..." – a novelist). It sets a scene; it endorses nothing.
 */
function isEpigraph(document: Document, quote: ReturnType<typeof findQuotes>[number]): boolean {
  if (quote.block.index > 3) return false
  const after = shownText(document, quote.end, Math.min(quote.block.end, quote.end + 40)).slice(0, 12)
  if (!/^\W{0,2}\s*[\u2014\u2013-]\s*\p{Lu}/u.test(after)) return false
  const text = shownText(document, quote.start, quote.end)
  if (serviceWords.test(text) || crediting.test(text)) return false
  return !findTreatmentMentions(document).some((mention) => mention.role === 'name' && mention.start >= quote.start && mention.end <= quote.end)
}

/**
 * A statement of generally expected results: a count of people and the
 * result counted, in a sentence with a source (its own citation or the
 * next sentence's).
 */
function hasTypicalResults(numbers: RuleMatch[], results: RuleMatch[]): boolean {
  return numbers.some(({sentence}) => {
    if (!results.some((match) => match.sentence === sentence)) return false
    const next = sentence.block.sentences[sentence.block.sentences.indexOf(sentence) + 1]
    return sentence.citations.length > 0 || (next?.citations.length ?? 0) > 0
  })
}

const people = new Set([...wordClasses.patient.members, ...words.countedPeople])
/** Verbs with which a count of people reports their result ("91% said they felt calmer"). */
const reporting = new Set(words.reportingVerbs)

/**
 * The sentence that states, with a number, what patients generally get: a
 * count of people ("9 in 10 patients report relief", "most clients notice"),
 * not an effect size ("reduces anxiety by 44%", "a 97% success rate").
 */
function typicalStatement(numbers: RuleMatch[], results: RuleMatch[]): Sentence | undefined {
  return numbers.find(({sentence, startToken, endToken}) => {
    if (!results.some((match) => match.sentence === sentence)) return false
    const near = sentence.tokens.slice(Math.max(0, startToken - 3), endToken + 4)
    return near.some((token) => people.has(token.lower)) || reporting.has(sentence.tokens[endToken]?.lower ?? '')
  })?.sentence
}
