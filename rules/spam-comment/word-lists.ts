import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'

/** The lists in `words.yml`, as sets. */
export interface WordLists {
  english: Set<string>
  foreign: Set<string>
  fillers: Set<string>
  functionWords: Set<string>
  keywordAuthors: Set<string>
  trustedDomains: string[]
  shopLinks: string[]
  shortLinks: string[]
}

const names = ['english', 'foreign', 'fillers', 'functionWords', 'keywordAuthors', 'trustedDomains', 'shopLinks', 'shortLinks'] as const

let cached: WordLists | undefined

/**
 * Read `words.yml` once (in the built package, the JSON the build wrote
 * beside it). A list missing or malformed is an error naming the file.
 */
export function wordLists(): WordLists {
  if (cached) return cached
  const file = fileURLToPath(new URL('words.yml', import.meta.url))
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file.replace(/\.yml$/, '.json'), 'utf8'))
  } catch {
    data = parseYaml(readFileSync(file, 'utf8'))
  }

  const lists: Record<string, string[]> = {}
  for (const name of names) {
    const words = (data as Record<string, {words?: unknown}> | null)?.[name]?.words
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) {
      throw new Error(`${file}: "${name}.words" must be a list of words`)
    }

    lists[name] = words.map((word) => word.toLowerCase())
  }

  cached = {
    english: new Set(lists.english),
    foreign: new Set(lists.foreign),
    fillers: new Set(lists.fillers),
    functionWords: new Set(lists.functionWords),
    keywordAuthors: new Set(lists.keywordAuthors),
    trustedDomains: lists.trustedDomains,
    shopLinks: lists.shopLinks,
    shortLinks: lists.shortLinks
  }
  return cached
}
