import type {AnyRule} from '../src/rule/types.js'
import hardSentence from './hard-sentence/index.js'
import pageChrome from './page-chrome/index.js'
import riskDisclosure from './risk-disclosure/index.js'
import crisisResource from './crisis-resource/index.js'

/** Every built-in rule, in catalog order. */
export const allRules: readonly AnyRule[] = [
  // disclosures
  riskDisclosure,
  crisisResource,
  // comments
  pageChrome,
  // readability
  hardSentence
]
