import type {AnyRule} from '../src/rule/types.js'
import hardSentence from './hard-sentence/index.js'
import pageChrome from './page-chrome/index.js'
import spamComment from './spam-comment/index.js'

/** Every built-in rule, in catalog order. */
export const allRules: readonly AnyRule[] = [spamComment, pageChrome, hardSentence]
