import {treatmentName} from '../../src/rule/claim-treatment.js'
import {defineClaimRule} from '../../src/rule/claims.js'
import type {Block} from '../../src/document/types.js'
import {wordClasses} from '../../src/text/word-classes.js'

const ftc = 'Source: FTC, Health Products Compliance Guidance (2022).'
const fda = 'Source: FDA, 21 CFR 202.1(e)(6).'

/** Tags with a message of their own; other benefit claims get `benefit`. */
const tagged = new Set(['cure', 'guarantee', 'universal', 'lasting', 'permanence', 'promise', 'comparative-outcome', 'bare-works'])

export default defineClaimRule({
  meta: {
    id: 'efficacy-claim',
    category: 'claims',
    severity: 'warning',
    fixable: false,
    description: 'Treatment benefits stated as fact with no source: cures, guarantees, "works for everyone", lasting relief, "is an effective treatment".',
    messages: {
      benefit: {
        message: "'{phrase}' states a treatment benefit as fact",
        help: `Cite the study that shows it, or say what {treatment} may do for some people. ${ftc}`
      },
      cure: {
        message: "'{phrase}' promises a cure no treatment here is shown to give",
        help: `Say what it may do for some people, and cite the evidence. ${ftc}`
      },
      guarantee: {
        message: "'{phrase}' guarantees a result no treatment can promise",
        help: `Describe typical results from a cited study, and say they vary. ${ftc}`
      },
      universal: {
        message: "'{phrase}' claims it works for everyone: no treatment does",
        help: `Give the share of people who improved in a cited study. ${fda}`
      },
      lasting: {
        message: "'{phrase}' promises lasting relief as fact",
        help: `Say how long benefits lasted in a cited study, and that they often fade without more treatment. ${ftc}`
      },
      permanence: {
        message: "'{phrase}' promises a permanent result",
        help: `Say what people may expect and for how long, with a source. ${ftc}`
      },
      promise: {
        message: "'{phrase}' promises the reader how they will feel",
        help: `Say what some people notice, and that results vary, with a source. ${ftc}`
      },
      'comparative-outcome': {
        message: "'{phrase}' promises a better outcome than other care, with no source",
        help: `Cite the head-to-head study, or say what the treatment may do. ${fda}`
      },
      'bare-works': {
        message: "'{phrase}' says the treatment works, with nothing to show it",
        help: `Say for how many people it worked in a cited study. ${ftc}`
      },
      'answers-works': {
        message: "'{phrase}' answers whether the treatment works with a plain yes",
        help: `Say for how many people it worked in a cited study, and that many do not improve. ${ftc}`
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['change'],
    hedgeable: true,
    quantifierHedges: true,
    answers: {'asks-if-works': 'yes'},
    boostable: true,
    requires: {permanence: {tag: 'change', scope: 'clause'}},
    // "Coaching ends it." only where the paragraph names the illness "it" stands for.
    excuse: ({tag, match}) => tag === 'ends-it' && !namesCondition(match.sentence.block),
    // "Because it works." and "Walk out free." only where nothing follows to say for what or whom ("leave free of charge"); "Guaranteed." only as a sentence of its own or its tail after a comma; "gone" only after the illness it ends ("Anxiety, gone").
    placement: {'bare-works': 'end', 'walk-free': 'end', stays: 'end', alone: 'alone', 'tail-guarantee': 'tail', verdict: 'after-burden', feature: 'start', 'works-alone': 'alone'},
    message: (situation) => ({
      messageId: situation.tag !== undefined && tagged.has(situation.tag) ? situation.tag : 'benefit',
      data: {treatment: treatmentName(situation, 'it')}
    })
  }
})

const conditions = new Set(wordClasses.condition?.members ?? [])

/** Whether a paragraph names an illness ("anxiety", "depression"), tested once per paragraph. */
const named = new WeakMap<Block, boolean>()
function namesCondition(block: Block): boolean {
  let found = named.get(block)
  if (found === undefined) named.set(block, (found = block.sentences.some((sentence) => sentence.tokens.some((token) => conditions.has(token.lower)))))
  return found
}
