import type {AnyRule} from '../src/rule/types.js'
import hardSentence from './hard-sentence/index.js'
import pageChrome from './page-chrome/index.js'
import riskDisclosure from './risk-disclosure/index.js'
import crisisResource from './crisis-resource/index.js'
import testimonialDisclosure from './testimonial-disclosure/index.js'
import unsourcedQuote from './unsourced-quote/index.js'
import offLabelDisclosure from './off-label-disclosure/index.js'
import supervisionDisclosure from './supervision-disclosure/index.js'
import standardCare from './standard-care/index.js'
import suicideLanguage from './suicide-language/index.js'
import stigmatizingLanguage from './stigmatizing-language/index.js'

/** Every built-in rule, in catalog order. */
export const allRules: readonly AnyRule[] = [
  // disclosures
  riskDisclosure,
  crisisResource,
  testimonialDisclosure,
  unsourcedQuote,
  offLabelDisclosure,
  supervisionDisclosure,
  standardCare,
  // language
  suicideLanguage,
  stigmatizingLanguage,
  // comments
  pageChrome,
  // readability
  hardSentence
]
