import {defineRule} from '../../src/rule/define-rule.js'
import {preferredTermMessages, preferredTermReports} from '../../src/rule/preferred-term.js'

export default defineRule({
  meta: {
    id: 'suicide-language',
    category: 'language',
    severity: 'warning',
    fixable: true,
    description: 'Wording about suicide that implies a crime, a success or failure, or an epidemic; fixes the certain cases.',
    messages: preferredTermMessages
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, report}) {
    for (const found of preferredTermReports(document, matches, {
      why: 'safe-messaging guidelines advise against this wording',
      source: 'Recommendations for Reporting on Suicide'
    })) report(found)
  }
})
