import type {AnyRule} from '../src/rule/types.js'
import hardSentence from './hard-sentence/index.js'
import longParagraph from './long-paragraph/index.js'
import longSentence from './long-sentence/index.js'
import pageChrome from './page-chrome/index.js'
import passiveVoice from './passive-voice/index.js'
import plainWords from './plain-words/index.js'
import readingLevel from './reading-level/index.js'
import spelling from './spelling/index.js'

/** Every built-in rule, in catalog order. */
export const allRules: readonly AnyRule[] = [
  spelling,
  pageChrome,
  readingLevel,
  hardSentence,
  longSentence,
  longParagraph,
  passiveVoice,
  plainWords
]
