import type {AnyRule} from '../src/rule/types.js'
import hardSentence from './hard-sentence/index.js'
import pageChrome from './page-chrome/index.js'

/** Every built-in rule, in catalog order. */
export const allRules: readonly AnyRule[] = [pageChrome, hardSentence]
