import type {Token} from '../../src/document/types.js'
import {type ClaimSituation, defineClaimRule} from '../../src/rule/claims.js'
import {isPercent} from '../../src/text/word-classes.js'
import {loadWordLists} from '../../src/text/word-lists.js'

const words = loadWordLists(new URL('words.yml', import.meta.url), ['moneyWords', 'strengthWords', 'largeCounts', 'measuredAfter', 'definitionWords', 'remissionVerbs', 'ratingWords', 'outcomeCriteria', 'containVerbs'] as const)

/** Words around a percentage that make it a price, a discount or a dose. */
const moneyWords = new Set(words.moneyWords)
/** What a product's strength is a percentage of ("10% CBD", "5% ABV"). */
const strengthWords = new Set(words.strengthWords)
const containVerbs = new Set(words.containVerbs)
const largeCounts = new Set(words.largeCounts)
const smallNumbers: Record<string, number> = {a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100}

function valueOf(token: Token | undefined): number | undefined {
  if (!token) return undefined
  if (/^\d[\d,]*(?:\.\d+)?$/.test(token.lower)) return Number(token.lower.replaceAll(',', ''))
  return smallNumbers[token.lower]
}

/** What "100%" measures when it is an outcome ("100% absorption", "100% success"), not an absolute ("100% natural"). */
const measuredAfter = new Set(words.measuredAfter)

/** Words that make a sentence a definition or threshold ("a response is defined as a 50 percent drop"). */
const definitionWords = new Set(words.definitionWords)
/** What a score out of five or ten is of, when the words say so. */
const ratingWords = new Set(words.ratingWords)
const remissionVerbs = new Set(words.remissionVerbs)
const outcomeCriteria = new Set(words.outcomeCriteria)

/** A definition word in a threshold ("a response is defined as..."), not in an outcome ("no longer met criteria for PTSD"). */
function isDefinitionWord(tokens: readonly Token[], index: number): boolean {
  if (!definitionWords.has(tokens[index].lower)) return false
  let verb = index - 1
  if (tokens[verb]?.lower === 'the') verb--
  // "met remission criteria", "met response criteria": a result, as "no longer met criteria" is.
  if (outcomeCriteria.has(tokens[verb]?.lower ?? '') && remissionVerbs.has(tokens[verb - 1]?.lower ?? '')) return false
  return !(remissionVerbs.has(tokens[verb]?.lower ?? '') && tokens[verb - 1]?.lower === 'longer' && tokens[verb - 2]?.lower === 'no')
}

/** Why a match is not an outcome statistic, if it is not. */
function isNotAStatistic({tag, match, hasContext, inRiskSection}: ClaimSituation): boolean {
  const tokens = match.sentence.tokens
  if (tokens.some((_, index) => isDefinitionWord(tokens, index))) return true
  // "1 in 500 patients report a mild headache" under a Side effects heading: how often a risk occurs is the disclosure.
  if (inRiskSection && !hasContext('outcome', 'sentence')) return true
  // A figure that measures no outcome: how many people have an illness, what a capsule holds, where the body makes serotonin.
  if ((tag === 'percent' || tag === 'ratio' || tag === 'times') && !hasContext('outcome', 'sentence') && hasContext('not-outcome', 'sentence')) return true
  const first = tokens[match.startToken]
  const last = tokens[match.endToken - 1]
  switch (tag) {
    case 'percent': {
      const after = tokens[match.endToken]?.lower ?? ''
      // "100% natural", "0% financing", "100 percent safe": an absolute or a price, not a measured share.
      const value = isPercent(first.lower) ? Number.parseFloat(first.lower) : valueOf(first)
      // "Our success rate is 100%": the rate named just before is what it measures.
      const rateBefore = tokens.slice(Math.max(0, match.startToken - 3), match.startToken).some((token) => token.lower === 'rate' || token.lower === 'rates')
      if ((value === 100 || value === 0) && after !== 'of' && !measuredAfter.has(after) && !rateBefore) return true
      // "10% CBD": a product's strength.
      if (strengthWords.has(after)) return true
      // "save up to 20%", "10% off": a price; "contain less than 0.3%": what a product holds.
      const before = tokens.slice(Math.max(0, match.startToken - 3), match.startToken).map((token) => token.lower)
      if (before.some((word) => containVerbs.has(word))) return true
      // "a 20% media discount": the noun the figure describes may come one word later.
      const next = tokens[match.endToken + 1]
      const described = after !== 'of' && tokens[match.endToken]?.kind === 'word' && next?.kind === 'word' && moneyWords.has(next.lower)
      return before.some((word) => moneyWords.has(word)) || moneyWords.has(after) || described
    }

    case 'ratio': {
      // "9 out of 10", "1 in 3": a small share of a small whole, never a year.
      const part = valueOf(first)
      const whole = valueOf(last)
      if (part === undefined || whole === undefined || whole < 2 || whole > 1000 || part > whole) return true
      // "Rating: 4 out of 5": a score out of five or ten that nothing follows is a rating, not a share of people.
      if ((whole === 5 || whole === 10) && !tokens.slice(match.endToken).some((token) => token.kind === 'word')) return true
      // "5.0 out of 5 stars": a rating.
      if (ratingWords.has(tokens[match.endToken]?.lower ?? '')) return true
      // "4.8 out of 5": a rating (a share of people is a whole number of them).
      return !Number.isInteger(part) && (whole === 5 || whole === 10)
    }

    case 'share': {
      // "It cut my anxiety in half": one person's experience, which testimonial-disclosure reads, not a measured share.
      return tokens.slice(match.startToken, match.endToken).some((token) => token.lower === 'my')
    }

    case 'count': {
      // "12 patients" or "a few people" is no statistic; "5,000 patients",
      // "thousands of patients" and "80% of patients" are.
      if (isPercent(first.lower) || largeCounts.has(first.lower)) return false
      // "2 million people": the number word after the figure makes it large; "two thirds of patients" is a share.
      const next = tokens[match.startToken + 1]?.lower ?? ''
      if (largeCounts.has(`${next}s`) || largeCounts.has(next)) return false
      return first.kind !== 'number' || (valueOf(first) ?? 0) < 100
    }

    default: {
      return false
    }
  }
}

export default defineClaimRule({
  meta: {
    id: 'unsourced-statistic',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Outcome figures with no source nearby: percentages, "9 out of 10", "3 times faster", success or remission rates, "thousands of patients".',
    messages: {
      statistic: {
        message: "'{phrase}' is a statistic with no source",
        help: 'Cite the study or data it comes from in this sentence or the next, or remove it. Source: FTC, Health Products Compliance Guidance (2022).'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['outcome', 'not-outcome'],
    // "Blue Lantern Recovery has treated 4,000 clients": a centre's name tells no outcome.
    contextOutsideNames: ['outcome'],
    negatable: false,
    hedgeable: false,
    firstPerSentence: true,
    requires: {count: {tag: 'outcome', scope: 'sentence'}},
    excuse: isNotAStatistic,
    message: () => ({messageId: 'statistic'})
  }
})
