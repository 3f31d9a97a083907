import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'suicide-prevention-claim',
    category: 'claims',
    severity: 'error',
    fixable: false,
    description: 'Promises to prevent suicide or stop suicidal thoughts, which no treatment here has been shown to do.'
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['suicide-topic'],
    // A hedged promise to prevent suicide is still a promise; a hedged trial result is not.
    hedgeable: ['reduction', 'those-thoughts'],
    requires: {'those-thoughts': {tag: 'suicide-topic', scope: 'sentence'}},
    message: ({phrase, tag}) =>
      tag === 'reduction'
        ? `'${phrase}' states a drop in suicidal thoughts as fact: cite the trial and how long the effect lasted, and give the 988 Suicide & Crisis Lifeline`
        : `'${phrase}' promises to prevent suicide, which no treatment here has been shown to do (the esketamine label says so): remove it and give the 988 Suicide & Crisis Lifeline`
  }
})
