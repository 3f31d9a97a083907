import {defineClaimRule} from '../../src/rule/claims.js'

export default defineClaimRule({
  meta: {
    id: 'suicide-prevention-claim',
    category: 'claims',
    severity: 'error',
    fixable: false,
    description: 'Promises to prevent suicide or stop suicidal thoughts, which no treatment here has been shown to do.',
    messages: {
      prevention: {
        message: "'{phrase}' promises to prevent suicide, which no treatment here has been shown to do",
        help: 'Remove it and give the 988 Suicide & Crisis Lifeline. Source: the esketamine (Spravato) label: its effect in preventing suicide has not been shown.'
      },
      reduction: {
        message: "'{phrase}' states a drop in suicidal thoughts as fact",
        help: 'Cite the trial and how long the effect lasted, and give the 988 Suicide & Crisis Lifeline. Source: Spravato prescribing information; Recommendations for Reporting on Suicide.'
      },
      'those-thoughts': {
        message: "'{phrase}' promises relief from the suicidal thoughts named beside it, as fact",
        help: 'Cite the trial and how long the effect lasted, and give the 988 Suicide & Crisis Lifeline. Source: Spravato prescribing information; Recommendations for Reporting on Suicide.'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  policy: {
    contextTags: ['suicide-topic'],
    // A hedged promise to prevent suicide is still a promise; a hedged trial result is not.
    hedgeable: ['reduction', 'those-thoughts'],
    requires: {'those-thoughts': {tag: 'suicide-topic', scope: 'block'}},
    message: ({tag}) => ({messageId: tag === 'reduction' ? 'reduction' : 'prevention'})
  }
})
