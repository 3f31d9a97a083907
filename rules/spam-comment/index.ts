import type {Comment, Document} from '../../src/document/types.js'
import {defineRule} from '../../src/rule/define-rule.js'
import type {RuleMatch} from '../../src/rule/types.js'
import {englishWords, type EnglishWords} from '../../src/text/english-words.js'
import {type CommentFeatures, commentFeatures} from './features.js'
import {spamModel, spamProbability, spamWords} from './model.js'
import {commentSignals, isTrustedHost, newSeenComments, type Signal} from './signals.js'
import {type WordLists, wordLists} from './word-lists.js'

interface Options {
  threshold: number
  learned: boolean
}

/** Reasons named in a message; the rest only add to the score. */
const maxReasons = 4

export default defineRule<Options>({
  meta: {
    id: 'spam-comment',
    category: 'comments',
    severity: 'warning',
    fixable: false,
    description: 'Spam in a scraped comments section: scams, link drops and self-promotion, hidden contact details, copies, gibberish, off-topic one-word replies, other languages.',
    messages: {
      spam: {
        message: 'Likely spam comment: {reason}',
        help: 'Remove it from the draft. Signals: {reasons}. Source: Google Search Central, spam policies (user-generated spam).'
      }
    },
    options: {
      threshold: {
        type: 'number',
        default: 1,
        min: 0.1,
        max: 10,
        description: 'Signal score at which a comment is reported unless the learned model reads it as genuine (one strong signal weighs 1, a weak one 0.3 to 0.7).'
      },
      learned: {
        type: 'boolean',
        default: true,
        description: 'Let the learned model weigh the signals with the words of the comment; off, the signals alone decide (score at the threshold).'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, options, matches, report}) {
    const readings = readComments(document, matches)
    if (readings.length === 0) return
    const model = options.learned ? spamModel() : undefined
    for (const {comment, signals, score, features} of readings) {
      if (score <= 0) continue
      if (model ? !isSpam(score, spamProbability(model, features), options.threshold) : score < options.threshold) continue
      const reasons = signals.slice(0, maxReasons).map((signal) => signal.reason)
      // When the signals alone fall short, say which words tipped the model.
      const words = model && score < options.threshold ? spamWords(model, features) : []
      if (words.length > 0) reasons.push(`words comment spam uses: ${words.slice(0, 3).map((word) => `"${word}"`).join(', ')}`)
      report({
        start: comment.start,
        end: comment.end,
        messageId: 'spam',
        data: {reason: reasons[0], reasons: reasons.join('; ')}
      })
    }
  }
})

/** The model's probability from which a comment that gives any signal is reported. */
export const modelCut = 0.5

/** Below this probability the model reads a comment as genuine, whatever its signals score. */
export const genuineCut = 0.3

/**
 * The verdict. The model never reports a comment on its words alone: it
 * needs a signal the message can name. A comment is spam when it gives a
 * signal and the model is sure enough, or when its signals reach the
 * threshold and the model does not read it as plainly genuine.
 */
export function isSpam(score: number, probability: number, threshold: number): boolean {
  if (score <= 0) return false
  return probability >= modelCut || (score >= threshold && probability >= genuineCut)
}

/** One comment with what the signals found and the features the model reads. */
export interface CommentReading {
  comment: Comment
  signals: Signal[]
  score: number
  features: CommentFeatures
}

/** Read every comment of the document's comments section (none when it has none). */
export function readComments(document: Document, matches: readonly RuleMatch[]): CommentReading[] {
  const comments = document.commentsSection?.comments ?? document.threadPosts ?? []
  if (comments.length === 0) return []

  // Loaded only now: a file with no comments never reads the dictionary.
  const lists = wordLists()
  const dictionary = englishWords()
  const article = document.shared('spam-comment:article', () => readArticle(document, lists, dictionary))
  const seen = newSeenComments()
  // The article ends where the comments section (or the first post's author line) begins.
  const first = comments[0]
  const articleEnd = Math.min(document.commentsSection?.start ?? first.start, first.authorStart ?? first.start)
  const inComments = matches.filter((match) => match.start >= comments[0].start).sort((a, b) => a.start - b.start)
  let next = 0
  const readings: CommentReading[] = []

  for (const comment of comments) {
    while (next < inComments.length && inComments[next].start < comment.start) next++
    const inside = []
    for (let index = next; index < inComments.length && inComments[index].start < comment.end; index++) {
      if (inComments[index].end <= comment.end) inside.push(inComments[index])
    }

    const signals = commentSignals(comment, {text: document.text, articleEnd, lists, dictionary, ...article, matches: inside, seen})
    const score = signals.reduce((sum, signal) => sum + signal.weight, 0)
    const features = commentFeatures(document.text.slice(comment.start, comment.end), signals, (host) => isTrustedHost(host, lists))
    readings.push({comment, signals, score, features})
  }

  return readings
}

/** The article's content words, and whether it is in English (another language is a signal only then). */
function readArticle(document: Document, lists: WordLists, dictionary: EnglishWords): {articleWords: Set<string>; articleIsEnglish: boolean} {
  const articleWords = new Set<string>()
  let sampled = 0
  let english = 0
  for (const sentence of document.sentences) {
    if (document.sections[sentence.block.section].role === 'comments') continue
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue
      if (token.lower.length >= 3 && !lists.functionWords.has(token.lower)) articleWords.add(token.lower)
      if (sampled < 400 && /^\p{Ll}+$/u.test(token.text)) {
        sampled++
        if (dictionary.has(token.lower) || lists.english.has(token.lower)) english++
      }
    }
  }

  return {articleWords, articleIsEnglish: sampled < 20 || english / sampled >= 0.6}
}
