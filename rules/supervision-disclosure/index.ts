import {inArticle} from '../../src/document/presence.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {shownText} from '../../src/document/shown-text.js'

export default defineRule({
  meta: {
    id: 'supervision-disclosure',
    category: 'disclosures',
    severity: 'error',
    fixable: false,
    description: 'At-home, mail-order or telehealth ketamine with no word on how patients are monitored.',
    messages: {
      unmonitored: {
        message: "'{phrase}': ketamine taken away from a clinic is offered with no word on monitoring",
        help: 'Say who watches the patient during and after each dose, how vital signs are checked and what happens in an emergency. Source: the FDA warned in 2023 about ketamine taken at home without monitoring.'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, report}) {
    const found = inArticle(document, matches, {skipRoles: ['references'], skipNegated: true})
    const tagged = (tag: string) => found.filter((match) => match.entry.tag === tag)
    // "ketamine" inside a longer at-home phrase ("ketamine therapy at home") counts too.
    const ketamine = found.some((match) => match.entry.tag === 'ketamine' || /\bketamine\b/i.test(match.text))
    if (!ketamine || tagged('monitoring').length > 0) return

    const atHome = tagged('at-home')[0]
    if (!atHome) return
    report({
      start: atHome.start,
      end: atHome.end,
      messageId: 'unmonitored',
      data: {phrase: shownText(document, atHome.start, atHome.end)}
    })
  }
})
