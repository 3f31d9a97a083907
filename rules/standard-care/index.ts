import {inArticle, isQuestion} from '../../src/document/presence.js'
import type {Sentence} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {shownText} from '../../src/document/shown-text.js'
import {loadWordLists} from '../../src/text/word-lists.js'

const words = loadWordLists(new URL('words.yml', import.meta.url), ['imperatives', 'readerWords', 'questionOpeners'] as const)

/** Verbs that start an instruction to the reader ("Try ketamine instead of therapy"). */
const imperatives = new Set(words.imperatives)
const readerWords = new Set(words.readerWords)
const questionOpeners = new Set(words.questionOpeners)

export default defineRule({
  meta: {
    id: 'standard-care',
    category: 'disclosures',
    severity: 'error',
    fixable: false,
    description: 'Advice to stop or replace prescribed medicine or therapy.',
    messages: {
      'stop-care': {
        message: "'{phrase}' advises stopping or replacing prescribed care",
        help: 'Remove it, and tell readers to keep their current treatment and talk to their prescriber before changing any medicine or therapy. Source: NICE guideline NG222; FTC, Health Products Compliance Guidance (2022).'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, report}) {
    const found = inArticle(document, matches, {skipRoles: ['references'], skipNegated: true})
    const careful = new Set(found.filter((match) => match.entry.tag === 'consult').map((match) => match.sentence))

    let reachedEnd = -1
    for (const match of found) {
      const {sentence} = match
      if (match.entry.tag === 'consult' || careful.has(sentence) || isReadersQuestion(sentence)) continue
      if (match.entry.tag === 'replace' && !addressesReader(sentence)) continue
      // Two phrases over the same words are one finding.
      if (match.start < reachedEnd) continue
      reachedEnd = match.end
      report({
        start: match.start,
        end: match.end,
        messageId: 'stop-care',
        data: {phrase: shownText(document, match.start, match.end)}
      })
    }
  }
})

/** "Should I stop my antidepressant?": a question readers ask, answered below it. */
function isReadersQuestion(sentence: Sentence): boolean {
  return isQuestion(sentence) && questionOpeners.has(sentence.tokens[0]?.lower ?? '')
}

function addressesReader(sentence: Sentence): boolean {
  const first = sentence.tokens.find((token) => token.kind === 'word')
  return sentence.tokens.some((token) => readerWords.has(token.lower)) || imperatives.has(first?.lower ?? '')
}
