import {shownText} from '../document/shown-text.js'
import type {Document, Sentence} from '../document/types.js'
import {type Polarity, plainAnswer} from '../text/answers.js'
import {cellsAfterHeader} from './claim-table.js'
import type {RuleMatch} from './types.js'

/**
 * A question in the copy ("Is ketamine addictive?") and the plain answer
 * right after it ("Not at the doses we use."): when the answer is the one
 * that makes the claim (`claiming`), the answer's opening words as a match
 * of the question's lexicon entry, so the claim check can judge and report
 * it there. The answer follows in the same block or opens the next one; in
 * a table, the first cell of a row ("Side effects") is answered by the
 * next cell ("None that last"): the product's column, which comparison
 * tables put first; what they say of the comparator is not read.
 */
export function claimingAnswer(document: Document, question: RuleMatch, claiming: Polarity): RuleMatch | undefined {
  const {sentence} = question
  if (sentence.tokens.at(-1)?.lower !== '?') {
    const cell = cellsAfterHeader(document, sentence.block)[0]?.sentences[0]
    return cell && answerMatch(document, question, cell, claiming)
  }

  const answer: Sentence | undefined = document.sentences[sentence.index + 1]
  if (!answer || !follows(document, sentence, answer)) return undefined
  return answerMatch(document, question, answer, claiming)
}

function answerMatch(document: Document, question: RuleMatch, answer: Sentence, claiming: Polarity): RuleMatch | undefined {
  const opening = plainAnswer(answer.tokens)
  if (!opening || opening.polarity !== claiming) return undefined
  const start = answer.tokens[opening.start].start
  const end = answer.tokens[opening.end - 1].end
  return {entry: question.entry, sentence: answer, startToken: opening.start, endToken: opening.end, start, end, text: shownText(document, start, end)}
}

function follows(document: Document, question: Sentence, answer: Sentence): boolean {
  if (answer.block === question.block) return true
  return answer.block.index === question.block.index + 1 && answer.block.sentences[0] === answer && answer.block.section === question.block.section
}
