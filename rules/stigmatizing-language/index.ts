import {defineRule} from '../../src/rule/define-rule.js'
import {preferredTermMessages, preferredTermReports} from '../../src/rule/preferred-term.js'

export default defineRule({
  meta: {
    id: 'stigmatizing-language',
    category: 'language',
    severity: 'warning',
    fixable: true,
    description: 'Words that label people by an illness or substance use; suggests person-first wording and fixes the certain cases.',
    messages: preferredTermMessages
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, report}) {
    for (const found of preferredTermReports(document, matches, {
      why: 'it labels people by their condition; put the person first',
      source: 'NIDA, Words Matter; APA Style, bias-free language'
    })) report(found)
  }
})
