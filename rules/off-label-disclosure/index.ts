import {findTaggedPhrases, inArticle, withTag} from '../../src/document/presence.js'
import {defineRule} from '../../src/rule/define-rule.js'

interface Options {
  offLabelPhrases: string[]
}

export default defineRule<Options>({
  meta: {
    id: 'off-label-disclosure',
    category: 'disclosures',
    severity: 'warning',
    fixable: false,
    description: 'Ketamine promoted for depression, PTSD, anxiety, OCD or pain with no word that this use is off-label.',
    messages: {
      'off-label': {
        message: 'Ketamine is promoted for an unapproved use: the FDA has approved it only as an anesthetic',
        help: 'Say that this use is off-label ("ketamine is not FDA-approved for depression; esketamine, sold as Spravato, is"). Source: FDA, warning about compounded ketamine (October 2023).'
      }
    },
    options: {
      offLabelPhrases: {
        type: 'string[]',
        default: [],
        phrases: true,
        description: 'More wordings that disclose off-label use (e.g. a house style: "outside its licence").'
      }
    }
  },
  lexicon: new URL('lexicon.yml', import.meta.url),
  check({document, matches, options, report}) {
    const found = [
      ...inArticle(document, matches).map((match) => withTag(match, match.entry.tag ?? '')),
      ...findTaggedPhrases(document, {disclosure: options.offLabelPhrases}, 'off-label')
    ]
    if (found.some((item) => item.tag.startsWith('off-label'))) return

    // Promotion: a sentence of the article (not its reference list) naming ketamine and a condition.
    const promoted = inArticle(document, found.filter((item) => item.tag === 'ketamine'), {skipRoles: ['references']})
    const withCondition = new Set(found.filter((item) => item.tag === 'condition').map((item) => item.sentence))
    const use = promoted.find((item) => withCondition.has(item.sentence))
    if (!use) return

    report({
      start: use.sentence.start,
      end: use.sentence.end,
      messageId: 'off-label'
    })
  }
})
