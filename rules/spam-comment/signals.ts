import {stripEdges} from '../../src/text/trim.js'
import type {Comment, Token} from '../../src/document/types.js'
import type {RuleMatch} from '../../src/rule/types.js'
import type {EnglishWords} from '../../src/text/english-words.js'
import {startsWithCapital} from '../../src/text/word-shapes.js'
import type {WordLists} from './word-lists.js'

/** One reason a comment looks like spam, with how much it weighs. */
export interface Signal {
  reason: string
  weight: number
}

/** What the signals read besides the comment itself. */
export interface SignalContext {
  text: string
  lists: WordLists
  dictionary: EnglishWords
  /** Content words of the article, lower case. */
  articleWords: ReadonlySet<string>
  /** The article is in English, so another language is a signal. */
  articleIsEnglish: boolean
  /** This rule's lexicon matches inside the comment. */
  matches: readonly RuleMatch[]
  /** Earlier comments' normalised texts, for duplicates. */
  seen: Map<string, number>
}

const tagWeights: Record<string, number> = {contact: 1, pharma: 1, promo: 1, adult: 1, scam: 0.7, money: 0.6, sales: 0.5, cta: 0.5, drugs: 0.4}
const tagLabels: Record<string, string> = {promo: 'self-promotion', cta: 'self-promotion', adult: 'adult bait', scam: 'scam wording', money: 'money offers'}

// Lookbehinds make each match start where a run starts, not anywhere inside it.
const email = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i
const phone = /(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]?){2,4}\d{3,4}\b/g
const domain = /(?<![a-z\d.-])(?:[a-z\d][a-z\d-]*\.)+(?:com|net|org|biz|info|io|co|us|uk|in|ru|xyz|top|site|online|shop|store|club|pro|me|ly|to|cc|pw|vip|live|app|link|click|be|tv|gl|gd|ee|tk|ml|bet|vn|pl|ws)\b(?:\/\S*)?/gi

const spelledDomain = /(?<![\w.-])([a-z\d][a-z\d-]*)\s+dot\s+(com|net|org|co|io|info|biz|xyz|site|online)\b/gi

/** Every signal a comment gives, strongest first. */
export function commentSignals(comment: Comment, context: SignalContext): Signal[] {
  const signals: Signal[] = []
  const add = (reason: string, weight: number) => signals.push({reason, weight})
  const words = comment.tokens.filter((token) => isWord(token))
  const source = context.text.slice(comment.start, comment.end)

  const language = readLanguage(comment.tokens, context)
  if (language === 'gibberish') add('no English words', 1)
  else if (language === 'foreign' && context.articleIsEnglish) add('not in English, the language of the article', 1)

  const praise = context.matches.some((match) => match.entry.tag === 'praise')
  // Only a link is spam; only emoji is a contentless reaction, weighed as one.
  if (words.length === 0 && comment.links.length > 0) add('only a link', 1)
  else if (words.length === 0 && comment.tokens.length > 0) add('no words', 0.6)
  // "2026 anyone?" is a reply about when the reader watched, not one word.
  else if (words.length === 1 && !comment.tokens.some((token) => token.kind === 'number') && !onTopic(words[0], context)) add('one-word off-topic reply', 1)
  else if (words.length <= 5 && (praise || words.every((word) => isFiller(word, context)))) add('short generic reply', 0.6)
  else if (praise && !words.some((word) => onTopic(word, context) && !context.lists.functionWords.has(word.lower))) {
    // Long praise that names nothing from the article: the spun comment a link hides behind.
    add('generic praise that says nothing about the article', 1)
  }

  const links = spamLinks(comment, source, context)
  if (links.shop) add('a pharmacy or shop link', 1)
  else if (links.short) add('a shortened link that hides where it goes', 1)
  if (links.count >= 2) add(`${links.count === 2 ? 'two' : links.count} links`, links.shop || links.short ? 0.5 : 1)
  else if (links.count === 1 && !links.shop && !links.short) {
    // A link dropped with a few words around it is the commonest comment spam.
    if (praise) add('generic praise with a link', 1)
    else if (words.length <= 6) add('a link with a few words around it', 1)
    else add('a link', 0.7)
  }

  const byLabel = new Map<string, {weight: number; phrases: string[]}>()
  for (const match of context.matches) {
    const weight = tagWeights[match.entry.tag ?? ''] ?? (match.entry.tag ? 0 : 1)
    if (weight === 0) continue
    const label = tagLabels[match.entry.tag ?? ''] ?? 'sales words'
    const group = byLabel.get(label) ?? {weight: 0, phrases: []}
    const phrase = match.text.replace(/\s+/g, ' ')
    if (group.phrases.some((seen) => seen.toLowerCase() === phrase.toLowerCase())) continue
    group.phrases.push(phrase)
    group.weight += weight
    byLabel.set(label, group)
  }

  for (const [label, group] of byLabel) add(`${label}: ${group.phrases.join(', ')}`, Math.min(group.weight, 2))

  if (source.includes('@') && email.test(source)) add('an e-mail address', 0.8)
  if (hasPhoneNumber(source)) add('a phone number', 0.8)

  const key = comment.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  const first = context.seen.get(key)
  if (key.length > 0 && first !== undefined) add(`a duplicate of comment ${first + 1}`, 1)
  else if (key.length > 0) context.seen.set(key, comment.index)

  const letters = source.replace(/[^\p{L}]/gu, '')
  if (words.length >= 3 && letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8) {
    add('all capitals', 0.5)
  }

  if (language !== 'gibberish' && /(\p{L})\1{3,}|([!?$])\2{3,}/u.test(source)) add('repeated characters', 0.3)
  if (comment.author && isKeywordName(comment.author, context.lists)) add(`the author name is a keyword ("${comment.author}")`, 0.7)

  return signals.sort((a, b) => b.weight - a.weight)
}

/**
 * Whether the words are English: `gibberish` when none is and they look like
 * keyboard mash, `foreign` when none or few are, else `english`. Capitalised
 * words the dictionary lacks, after the first, are taken for names and left
 * out, unless the comment has nothing else ("Bagus Sekali").
 */
function readLanguage(tokens: Token[], context: SignalContext): 'english' | 'foreign' | 'gibberish' {
  const plain = {counted: 0, english: 0, mash: 0}
  const names = {counted: 0, english: 0, mash: 0}
  let first = true
  for (const token of tokens) {
    if (!isWord(token)) continue
    const lower = stripEdges(token.lower, /[^'-]/)
    if (lower.length === 0 || /\d/.test(lower)) continue
    const known = isEnglish(lower, context)
    // The first word is capitalised because it starts the comment, not because it is a name ("Bagus artikelnya min").
    const tally = !known && !first && startsWithCapital(token.text) ? names : plain
    first = false
    tally.counted++
    if (known) tally.english++
    else if (looksLikeMash(lower)) tally.mash++
  }

  const {counted, english, mash} = plain.counted > 0 ? plain : names
  if (counted === 0) return 'english'
  if (english === 0) return mash * 2 >= counted ? 'gibberish' : 'foreign'
  return counted >= 3 && english / counted < 0.5 ? 'foreign' : 'english'
}

/** A word token that is not part of an address ("cheap-meds.biz", "me@x.com"). */
function isWord(token: Token): boolean {
  return token.kind === 'word' && !/[@/]|\w\.\w/.test(token.text)
}

function isEnglish(lower: string, context: SignalContext): boolean {
  if (context.lists.foreign.has(lower)) return false
  if (context.lists.english.has(lower) || context.dictionary.has(lower)) return true
  const parts = lower.split('-').filter(Boolean)
  return parts.length > 1 && parts.every((part) => context.lists.english.has(part) || context.dictionary.has(part))
}

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** Letters no language writes: no vowel, one letter over and over, a keyboard run, a repeated chunk. */
export function looksLikeMash(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return false
  if (!/[aeiouy]/.test(word)) return true
  if (new Set(word).size <= 2 && word.length >= 4) return true
  if (/(.)\1\1/.test(word) || /[^aeiouy]{5,}/.test(word)) return true
  if (/^(.{2,4})\1+$/.test(word)) return true
  for (let index = 0; index + 4 <= word.length; index++) {
    const chunk = word.slice(index, index + 4)
    if (keyboardRows.some((row) => row.includes(chunk))) return true
  }

  return false
}

function isFiller(word: Token, context: SignalContext): boolean {
  return context.lists.fillers.has(word.lower) || context.lists.functionWords.has(word.lower)
}

/** A single word the article itself uses (and that is not a filler) is on topic: "Ketamine?" */
function onTopic(word: Token, context: SignalContext): boolean {
  return !context.lists.fillers.has(word.lower) && context.articleWords.has(word.lower)
}

function spamLinks(comment: Comment, source: string, context: SignalContext): {count: number; shop: boolean; short: boolean} {
  const urls = comment.links.map((link) => link.url)
  for (const found of source.includes('.') ? source.matchAll(domain) : []) {
    const at = comment.start + found.index
    const inLink = comment.links.some((link) => link.start <= at && at < link.end)
    const inEmail = source[found.index - 1] === '@'
    if (!inLink && !inEmail) urls.push(found[0])
  }

  // "growfast dot com": an address spelled out to get past link filters.
  for (const found of source.includes(' dot ') ? source.matchAll(spelledDomain) : []) urls.push(`${found[1]}.${found[2]}`)

  let count = 0
  let shop = false
  let short = false
  for (const url of urls) {
    const host = url.replace(/^[a-z]+:\/\/|^www\./gi, '').replace(/^www\./i, '').split(/[/?#]/)[0].toLowerCase()
    if (context.lists.trustedDomains.some((trusted) => host === trusted.replace(/^\./, '') || host.endsWith(trusted.startsWith('.') ? trusted : `.${trusted}`))) continue
    count++
    if (context.lists.shortLinks.includes(host)) short = true
    const parts = url.toLowerCase().split(/[^a-z\d]+/)
    if (context.lists.shopLinks.some((word) => parts.some((part) => part === word || (word.length >= 5 && part.includes(word))))) shop = true
  }

  return {count, shop, short}
}

function hasPhoneNumber(source: string): boolean {
  if (source.replace(/\D/g, '').length < 9) return false
  for (const found of source.matchAll(phone)) {
    const digits = found[0].replace(/\D/g, '').length
    // Years, prices and doses are shorter; a run with separators and 9-15 digits is a number to call.
    if (digits >= 9 && digits <= 15 && /[\s.()+-]/.test(found[0].trim())) return true
  }

  return false
}

/** "Best Rehab Center Miami", "PharmaDeals", "cheap-meds.biz": a name that is a keyword, not a person. */
export function isKeywordName(name: string, lists: WordLists): boolean {
  if (/^(?:https?:\/\/|www\.)|\.[a-z]{2,6}$/i.test(name.trim())) return true
  const parts = name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
  const hits = new Set(parts.filter((part) => lists.keywordAuthors.has(part) || lists.keywordAuthors.has(part.replace(/s$/, ''))))
  return hits.size >= 2 || (hits.size === 1 && parts.length >= 3)
}
