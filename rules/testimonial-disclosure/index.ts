import {inArticle, inComments} from '../../src/document/presence.js'
import {findPatientQuotes} from '../../src/document/testimony.js'
import type {Document, Token} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import type {RuleMatch} from '../../src/rule/types.js'
import {startsWithCapital} from '../../src/text/word-shapes.js'
import {shownText} from '../../src/document/shown-text.js'

export default defineRule({
  meta: {
    id: 'testimonial-disclosure',
    category: 'disclosures',
    severity: 'warning',
    fixable: false,
    description: 'A patient story or first-person outcome quote with no statement of the results people generally get.'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, report}) {
    const found = inArticle(document, matches, {skipRoles: ['references']})
    const tagged = (tag: string) => found.filter((match) => match.entry.tag === tag)

    const testimonial = findTestimonial(document, tagged('outcome'), [...tagged('story'), ...tagged('story-name')])
    if (!testimonial) return
    if (hasTypicalResults(tagged('typical-number'), tagged('typical-result'))) return

    const bare = tagged('bare-disclaimer')[0]
    report({
      start: testimonial.start,
      end: testimonial.end,
      message:
        'A patient testimonial implies that its result is typical: say what patients generally experience, with a number and its source ' +
        '("in a study of 300 adults, about half improved (Author, 2023)")' +
        (bare ? `; "${shownText(document, bare.start, bare.end)}"` : '; a bare "results may vary"') +
        ' is not enough under the FTC Endorsement Guides (16 CFR 255.2)'
    })
  }
})

/** The first quotation or story in which a patient tells of their own result. */
function findTestimonial(document: Document, outcomes: RuleMatch[], stories: RuleMatch[]): {start: number; end: number} | undefined {
  for (const quote of findPatientQuotes(document)) {
    const role = document.sections[quote.block.section]?.role
    if (inComments(document, quote.start) || role === 'comments' || role === 'references') continue
    if (outcomes.some((match) => match.start >= quote.start && match.end <= quote.end)) return quote
  }

  // A story told by the publisher ("One patient, Sarah, shares her journey"),
  // or a section of them ("Patient Stories").
  for (const story of stories) {
    const {sentence} = story
    if (story.entry.tag === 'story-name' && !namedAfter(sentence.tokens, story.endToken)) continue
    const told = outcomes.find((match) =>
      sentence.role === 'heading'
        ? match.sentence.block.section === sentence.block.section && match.sentence.role !== 'heading'
        : match.sentence.block === sentence.block && match.start > story.end
    )
    if (told) return {start: told.sentence.start, end: told.sentence.end}
  }

  return undefined
}

/** "One patient, Sarah, ...": a name in commas after the words. */
function namedAfter(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.text === ',' && startsWithCapital(tokens[end + 1]?.text ?? '') && tokens[end + 1]?.kind === 'word'
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
