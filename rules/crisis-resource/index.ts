import {findTaggedPhrases, inArticle, inComments, sectionRole, withTag} from '../../src/document/presence.js'
import {defineRule} from '../../src/rule/define-rule.js'
import {loadLexicon} from '../../src/rule/lexicon.js'
import {shownText} from '../../src/document/shown-text.js'

interface Options {
  locales: string[]
  resources: Record<string, string[]>
}

const lexicon = new URL('lexicon.yml', import.meta.url)

export default defineRule<Options>({
  meta: {
    id: 'crisis-resource',
    category: 'disclosures',
    severity: 'error',
    fixable: false,
    description: 'Suicide or self-harm mentioned with no crisis line or emergency advice anywhere in the article.',
    messages: {
      'no-resource': {
        message: "'{phrase}': suicide or self-harm is mentioned but the article gives no crisis resource",
        help: 'Add one where it is first mentioned: {resource}. Source: Recommendations for Reporting on Suicide; WHO, Preventing suicide (2023).'
      }
    },
    options: {
      locales: {
        type: 'string[]',
        default: ['US', 'UK', 'CA', 'AU', 'international'],
        description: 'Locales whose crisis resources count (built in: US, UK, CA, AU, international); the first one\'s resources are suggested.'
      },
      resources: {
        type: 'record',
        default: {},
        phrases: true,
        description: 'More crisis resources per locale, as phrases: {"IE": ["samaritans", "116 123", "pieta"]}.'
      }
    }
  },
  lexicon,
  check({document, matches, options, report}) {
    const found = inArticle(document, [
      ...matches.filter((match) => !isOtherNumber(match.text, match.entry.phrases)).map((match) => withTag(match, match.entry.tag ?? '')),
      ...findTaggedPhrases(document, options.resources, 'resource')
    ])
    const mentions = found.filter((item) => item.tag === 'mention' && sectionRole(document, item.sentence) !== 'references')
    if (mentions.length === 0) return

    const locales = new Set(options.locales)
    const counts = (tag: string) => tag.startsWith('resource:') && locales.has(tag.slice('resource:'.length))
    if (found.some((item) => counts(item.tag))) return

    // A linked crisis line counts even when the link text does not name it.
    const sites = resourcePhrases(options).filter(([tag, phrase]) => counts(tag) && /^[\w-]+(?:\.[\w-]+)+$/.test(phrase))
    const linked = document.links.some(
      (link) => !inComments(document, link.start) && sites.some(([, site]) => link.url.toLowerCase().includes(site))
    )
    if (linked) return

    const first = mentions[0]
    report({
      start: first.start,
      end: first.end,
      messageId: 'no-resource',
      data: {phrase: shownText(document, first.start, first.end), resource: suggestionFor(options)}
    })
  }
})

/** "988" inside a clinic's phone number (555-988-1234) is not the 988 Lifeline. */
function isOtherNumber(text: string, phrases: readonly string[]): boolean {
  const digits = text.replace(/\D/g, '')
  return digits.length >= 7 && !phrases.some((phrase) => phrase.replace(/\D/g, '') === digits)
}

/** Every resource phrase with its tag: the lexicon's and the configured ones. */
function resourcePhrases(options: Options): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (const entry of loadLexicon(lexicon).phrases) {
    if (entry.tag?.startsWith('resource:')) for (const phrase of entry.phrases) pairs.push([entry.tag, phrase.toLowerCase()])
  }

  for (const [locale, phrases] of Object.entries(options.resources)) {
    for (const phrase of phrases) pairs.push([`resource:${locale}`, phrase.toLowerCase()])
  }

  return pairs
}

/** What to offer: the first locale's suggestion, or its configured resources. */
function suggestionFor(options: Options): string {
  const locale = options.locales[0] ?? 'US'
  const suggested = loadLexicon(lexicon).phrases.find((entry) => entry.tag === `resource:${locale}` && entry.suggest)?.suggest?.[0]
  if (suggested) return suggested
  const configured = options.resources[locale]
  return configured?.length ? `a crisis line for ${locale} (${configured.join(', ')})` : 'a crisis line for your readers\' country, or advice to call the local emergency number'
}
