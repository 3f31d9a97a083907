import {readFileSync} from 'node:fs'
import {parse as parseYaml} from 'yaml'
import {readPrepared} from './prepared-data.js'

/**
 * The words of `data/chrome.yml`: what makes a scraped line page chrome
 * (menu labels, buttons, call-to-action verbs, photo agencies...). The
 * structure tests that read them are in `src/document/chrome.ts`.
 * Vocabulary as data; the build stores it as JSON. Loaded on first use.
 */
const listNames = [
  'menu', 'buttons', 'notNames', 'bylineNames', 'badges', 'tagLabels', 'relatedLabels', 'relatedHeadings', 'cmsFields',
  'photoAgencies', 'photoLabels', 'imageWords', 'legalLinks', 'streets', 'phoneLabels', 'helplines', 'loneButtons', 'functionWords',
  'secondPerson', 'pictureWords', 'stopWords', 'reviewWords', 'ratingWidgetWords', 'counterNouns', 'bylineOpeners', 'hours', 'shopOffers', 'pressMarks', 'newsletterMarks', 'feedbackPrompts', 'socialNetworks', 'registrationLabels', 'publicationWords', 'contactJoiners', 'addressLabels', 'questionWords', 'feedbackAnswers', 'socialOpeners', 'languageNames', 'pageLinks', 'datedBylineOpeners', 'marketplaceLines', 'optionLabels', 'siteCredits', 'addressParticles', 'mailHeaders', 'storeCues', 'storeHeadings', 'storeFields'
] as const
const groups = {
  callToAction: ['verbs', 'objects', 'endObjects', 'adverbs', 'idioms', 'productVerbs', 'bookingVerbs', 'bookingDeterminers'],
  depicted: ['people', 'things', 'looks', 'doing']
} as const

type ListName = (typeof listNames)[number]
type Group<Name extends keyof typeof groups> = Record<(typeof groups)[Name][number], readonly string[]>

export type ChromeWords = Record<ListName, readonly string[]> & {
  callToAction: Group<'callToAction'>
  depicted: Group<'depicted'>
}

function checkList(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((word) => typeof word !== 'string' || word === '' || word !== word.toLowerCase().trim())) {
    throw new Error(`chrome words: ${name} must be a list of lower-case words`)
  }

  return value as string[]
}

/** Check the file's shape: every list present, each a list of lower-case entries; throws naming the list. */
export function checkChromeWords(data: unknown): ChromeWords {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('chrome words: expected a mapping of lists')
  const raw = data as Record<string, unknown>
  const known = new Set<string>([...listNames, ...Object.keys(groups)])
  const unknown = Object.keys(raw).find((name) => !known.has(name))
  if (unknown) throw new Error(`chrome words: unknown list "${unknown}"`)

  const words = {} as Record<string, unknown>
  for (const name of listNames) words[name] = checkList(raw[name], name)
  for (const [group, members] of Object.entries(groups)) {
    const value = raw[group]
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`chrome words: ${group} must be a mapping of lists`)
    const lists = value as Record<string, unknown>
    const extra = Object.keys(lists).find((name) => !(members as readonly string[]).includes(name))
    if (extra) throw new Error(`chrome words: unknown list "${group}.${extra}"`)
    words[group] = Object.fromEntries(members.map((name) => [name, checkList(lists[name], `${group}.${name}`)]))
  }

  return words as ChromeWords
}

let loaded: ChromeWords | undefined

export function chromeWords(): ChromeWords {
  if (loaded) return loaded
  const prepared = readPrepared('chrome.json', import.meta.url)
  const data = (prepared === undefined ? parseYaml(readFileSync(new URL('data/chrome.yml', import.meta.url), 'utf8')) : JSON.parse(prepared)) as unknown
  loaded = checkChromeWords(data)
  return loaded
}
