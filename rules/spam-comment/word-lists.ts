import {loadWordLists} from '../../src/text/word-lists.js'

/** The lists in `words.yml`, as sets. */
export interface WordLists {
  english: Set<string>
  foreign: Set<string>
  fillers: Set<string>
  functionWords: Set<string>
  keywordAuthors: Set<string>
  trustedDomains: readonly string[]
  shopLinks: readonly string[]
  shortLinks: readonly string[]
}

const names = ['english', 'foreign', 'fillers', 'functionWords', 'keywordAuthors', 'trustedDomains', 'shopLinks', 'shortLinks'] as const

let cached: WordLists | undefined

/**
 * Read `words.yml` once, on first use (in the built package, the JSON the
 * build wrote beside it), checked like every word list: a list missing or
 * malformed is an error naming the file and the list.
 */
export function wordLists(): WordLists {
  if (cached) return cached
  const lists = loadWordLists(new URL('words.yml', import.meta.url), names)
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
