import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {readPrepared} from './prepared-data.js'
import {SortedLines, toSortedLines} from './sorted-lines.js'

/**
 * Is a word English? Answered from the Hunspell en_US dictionary that the
 * `dictionary-en` package ships (about 49,000 stems): a word is English when
 * it is a stem, or a stem with one of the suffixes and prefixes its flags
 * allow ("helped" = "help" + D, "unhelpful" = "un" + "helpful").
 *
 * Loaded on first use, so a run that never asks pays nothing.
 */
export interface EnglishWords {
  has(word: string): boolean
  /** The dictionary's stems (lower case, without affixes): where suggestions are looked for. */
  stems: SortedLines
}

interface Affix {
  flag: string
  /** May combine with an affix of the other kind. */
  cross: boolean
  strip: string
  add: string
  condition: RegExp
}

let loaded: EnglishWords | undefined

export function englishWords(): EnglishWords {
  loaded ??= loadDictionary()
  return loaded
}

function loadDictionary(): EnglishWords {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en'))
  const {prefixes, suffixes} = readAffixes(readFileSync(join(folder, 'index.aff'), 'utf8'))
  const stems = new SortedLines(readPrepared('english-stems.txt', import.meta.url) ?? englishStemLines())
  const cache = new Map<string, boolean>()

  const withSuffix = (word: string, crossOnly: boolean): boolean => {
    for (const affix of suffixes) {
      if (crossOnly && !affix.cross) continue
      if (!word.endsWith(affix.add) || word.length <= affix.add.length) continue
      const stem = word.slice(0, word.length - affix.add.length) + affix.strip
      if (stems.get(stem)?.includes(affix.flag) && affix.condition.test(stem)) return true
    }

    return false
  }

  const known = (word: string): boolean => {
    if (stems.has(word) || withSuffix(word, false)) return true
    for (const affix of prefixes) {
      if (!word.startsWith(affix.add) || word.length <= affix.add.length) continue
      const stem = affix.strip + word.slice(affix.add.length)
      if (stems.get(stem)?.includes(affix.flag) && affix.condition.test(stem)) return true
      // "un" + "help" + "ful": the suffix must allow the combination too.
      if (affix.cross && withSuffix(stem, true)) return true
    }

    return false
  }

  return {
    stems,
    has(word: string): boolean {
      const lower = word.toLowerCase().replace(/[\u2019']s$|[\u2019']$/, '')
      let answer = cache.get(lower)
      if (answer === undefined) {
        answer = lower.length > 0 && known(lower)
        // Memory stays flat over a long run: the memo is dropped now and then.
        if (cache.size >= 50_000) cache.clear()
        cache.set(lower, answer)
      }

      return answer
    }
  }
}

/** `SFX D Y 4` opens a group; `SFX D y ied [^aeiou]y` is one rule of it. */
function readAffixes(aff: string): {prefixes: Affix[]; suffixes: Affix[]} {
  const prefixes: Affix[] = []
  const suffixes: Affix[] = []
  const cross = new Map<string, boolean>()
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/)
    if (parts[0] !== 'PFX' && parts[0] !== 'SFX') continue
    const [type, flag, strip, add, condition = '.'] = parts
    if (parts.length === 4 && /^\d+$/.test(add)) {
      cross.set(type + flag, strip === 'Y')
      continue
    }

    const suffix = type === 'SFX'
    const pattern = condition === '.' ? '' : condition
    ;(suffix ? suffixes : prefixes).push({
      flag,
      cross: cross.get(type + flag) ?? false,
      strip: strip === '0' ? '' : strip.toLowerCase(),
      add: add === '0' ? '' : add.split('/')[0].toLowerCase(),
      condition: new RegExp(suffix ? `${pattern}$` : `^${pattern}`, 'i')
    })
  }

  return {prefixes, suffixes}
}

/**
 * The en_US stems as sorted lines of `stem<TAB>flags`: what the build
 * prepares (scripts/prepare-data.js) and what a run without it computes.
 */
export function englishStemLines(): string {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-en'))
  return toSortedLines(readStems(readFileSync(join(folder, 'index.dic'), 'utf8')))
}

/** Stems in lower case, with the flags of every spelling merged ("Nice/M", "nice/PYTR"). */
function readStems(dic: string): Map<string, string> {
  const stems = new Map<string, string>()
  const lower = dic.toLowerCase()
  // The first line is the word count; then one `word/FLAGS` a line.
  let start = lower.indexOf('\n') + 1
  while (start > 0 && start < lower.length) {
    let end = lower.indexOf('\n', start)
    if (end === -1) end = lower.length
    const slash = lower.indexOf('/', start)
    const wordEnd = slash !== -1 && slash < end ? slash : end
    const word = lower.slice(start, wordEnd).trim()
    if (word.length > 0) {
      let flagsEnd = wordEnd + 1
      while (flagsEnd < end && dic.charCodeAt(flagsEnd) > 32) flagsEnd++
      // Flags are case-sensitive: read them from the original text.
      const flags = wordEnd < end ? dic.slice(wordEnd + 1, flagsEnd) : ''
      const known = stems.get(word)
      stems.set(word, known === undefined ? flags : known + flags)
    }

    start = end + 1
  }

  return stems
}
