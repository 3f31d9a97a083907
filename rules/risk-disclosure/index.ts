import {type FoundPhrase, inArticle, inComments, sectionRole} from '../../src/document/presence.js'
import {findTreatmentMentions} from '../../src/document/treatments.js'
import type {Document, Sentence} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {treatmentKind} from '../../src/text/treatments.js'
import {shownText} from '../../src/document/shown-text.js'

interface Options {
  treatments: Record<string, string[]>
  risks: Record<string, string[]>
}

type Found = FoundPhrase & {tag: string}

export default defineRule<Options>({
  meta: {
    id: 'risk-disclosure',
    category: 'disclosures',
    severity: 'error',
    fixable: false,
    description: 'A treatment promoted with benefit language while no concrete risk of it is named.',
    options: {
      treatments: {
        type: 'record',
        default: {},
        phrases: true,
        description: 'More treatments, or more names for one: {"hbot": ["hyperbaric oxygen", "hbot"]}.'
      },
      risks: {
        type: 'record',
        default: {},
        phrases: true,
        description: 'More risk phrases per treatment (use "any" for risks of every treatment): {"hbot": ["ear pain"]}.'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, options, report}) {
    const mentions = findTreatmentMentions(document, {names: options.treatments, risks: options.risks})
    const lexical = matches.map((match) => ({...match, tag: match.entry.tag ?? ''}))
    const notRisks = lexical.filter((item) => item.tag === 'not-risk')
    const found: Found[] = inArticle(document, [
      ...lexical.filter((item) => item.tag !== 'not-risk'),
      ...mentions.map((mention) => ({...mention, tag: `${mention.role === 'name' ? 'treatment' : 'risk'}:${mention.kind}`}))
    ]).filter((item) => !(item.tag.startsWith('risk:') && notRisks.some((other) => other.start < item.end && item.start < other.end)))

    // A treatment is promoted where a sentence of the article joins it to benefit language.
    const promoting = (sentence: Sentence) => {
      const role = sectionRole(document, sentence)
      return role !== 'references' && role !== 'risks'
    }

    const benefits = new Set(found.filter((item) => item.tag === 'benefit' && promoting(item.sentence)).map((item) => item.sentence))
    const promoted = new Map<string, Found>()
    for (const item of found) {
      if (item.tag.startsWith('treatment:') && benefits.has(item.sentence) && !promoted.has(item.tag)) promoted.set(item.tag, item)
    }

    if (promoted.size === 0) return

    const treatments = new Set([...promoted.keys()].map((tag) => tag.slice('treatment:'.length)))
    const named = inArticle(document, found.filter((item) => item.tag.startsWith('risk:')), {skipNegated: true}).some((item) => {
      const treatment = item.tag.slice('risk:'.length)
      return treatment === 'any' || treatments.has(treatment) || sectionRole(document, item.sentence) === 'risks'
    })
    if (named || hasSideEffectList(document)) return

    const first = [...promoted.values()].sort((a, b) => a.start - b.start)[0]
    const known = treatmentKind(first.tag.slice('treatment:'.length))
    const advice = known ? `name the risks readers need: ${known.advice} (source: ${known.source})` : 'name the risks readers need'
    report({
      start: first.sentence.start,
      end: first.sentence.end,
      message:
        `${capitalise(shownText(document, first.start, first.end))} is promoted here but no concrete risk is named: ${advice}. ` +
        '"Fewer side effects", "monitored for side effects" or "learn about the risks" name none; list the side effects or add a "Risks and side effects" section'
    })
  }
})

/** Words that make a list item a denial or a minimiser rather than a risk ("No downtime"). */
const denial = /\b(?:no|non|not|zero|free|minimal|without|safe|safer|rare|rarely|never|few|fewer|only|mild)\b/i

/**
 * A "Risks" or "Side effects" section with content: a list of at least two
 * items, none of them a denial. (A section naming a known risk counts already.)
 */
function hasSideEffectList(document: Document): boolean {
  return document.sections.some((section) => {
    if (section.role !== 'risks' || inComments(document, section.start)) return false
    const items = document.blocks.filter((block) => block.section === section.index && block.kind === 'listItem')
    return items.length >= 2 && items.every((item) => !denial.test(item.prose))
  })
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
