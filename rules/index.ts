import type {AnyRule} from '../src/rule/types.js'
import crisisResource from './crisis-resource/index.js'
import efficacyClaim from './efficacy-claim/index.js'
import evidenceClaim from './evidence-claim/index.js'
import hardSentence from './hard-sentence/index.js'
import hypeClaim from './hype-claim/index.js'
import longParagraph from './long-paragraph/index.js'
import longSentence from './long-sentence/index.js'
import mechanismClaim from './mechanism-claim/index.js'
import offLabelDisclosure from './off-label-disclosure/index.js'
import pageChrome from './page-chrome/index.js'
import passiveVoice from './passive-voice/index.js'
import plainWords from './plain-words/index.js'
import readingLevel from './reading-level/index.js'
import riskDisclosure from './risk-disclosure/index.js'
import safetyClaim from './safety-claim/index.js'
import spamComment from './spam-comment/index.js'
import speedClaim from './speed-claim/index.js'
import spelling from './spelling/index.js'
import standardCare from './standard-care/index.js'
import stigmatizingLanguage from './stigmatizing-language/index.js'
import suicideLanguage from './suicide-language/index.js'
import suicidePreventionClaim from './suicide-prevention-claim/index.js'
import supervisionDisclosure from './supervision-disclosure/index.js'
import testimonialDisclosure from './testimonial-disclosure/index.js'
import unsourcedQuote from './unsourced-quote/index.js'
import unsourcedStatistic from './unsourced-statistic/index.js'

/** Every built-in rule, in catalog order (see ../shared/RULES.md). */
export const allRules: readonly AnyRule[] = [
  // claims
  efficacyClaim,
  safetyClaim,
  speedClaim,
  hypeClaim,
  evidenceClaim,
  unsourcedStatistic,
  mechanismClaim,
  suicidePreventionClaim,
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
  spelling,
  // comments
  spamComment,
  pageChrome,
  // readability
  readingLevel,
  hardSentence,
  longSentence,
  longParagraph,
  passiveVoice,
  plainWords
]

/** The rule module contract: worker threads import this module (by its address) and run its `rules`. */
export {allRules as rules}
export const rulesModule: string = import.meta.url
