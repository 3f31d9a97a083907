import type {AnyRule} from '../src/rule/types.js'
import efficacyClaim from './efficacy-claim/index.js'
import safetyClaim from './safety-claim/index.js'
import speedClaim from './speed-claim/index.js'
import hypeClaim from './hype-claim/index.js'
import evidenceClaim from './evidence-claim/index.js'
import unsourcedStatistic from './unsourced-statistic/index.js'
import mechanismClaim from './mechanism-claim/index.js'
import suicidePreventionClaim from './suicide-prevention-claim/index.js'
import hardSentence from './hard-sentence/index.js'
import pageChrome from './page-chrome/index.js'

/** Every built-in rule, in catalog order. */
export const allRules: readonly AnyRule[] = [efficacyClaim, safetyClaim, speedClaim, hypeClaim, evidenceClaim, unsourcedStatistic, mechanismClaim, suicidePreventionClaim, pageChrome, hardSentence]
