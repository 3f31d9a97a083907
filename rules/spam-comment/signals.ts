import {stripEdges} from '../../src/text/trim.js'
import type {Comment, Token} from '../../src/document/types.js'
import type {RuleMatch} from '../../src/rule/types.js'
import type {EnglishWords} from '../../src/text/english-words.js'
import {startsWithCapital} from '../../src/text/word-shapes.js'
import type {WordLists} from './word-lists.js'

/** One reason a comment looks like spam, with how much it weighs. */
export interface Signal {
  /** What kind of signal it is, as the learned model knows it (`features.ts`). */
  key: string
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
  /** Where the comments begin: the text before is the article. */
  articleEnd: number
  /** The article is in English, so another language is a signal. */
  articleIsEnglish: boolean
  /** This rule's lexicon matches inside the comment. */
  matches: readonly RuleMatch[]
  /** Earlier comments, for copies. */
  seen: SeenComments
}

/** Earlier comments of the section: normalised texts, and word triples of the longer ones. */
export interface SeenComments {
  texts: Map<string, number>
  triples: Map<string, number[]>
  sizes: Map<number, number>
  authors: Map<number, string | undefined>
}

export function newSeenComments(): SeenComments {
  return {texts: new Map(), triples: new Map(), sizes: new Map(), authors: new Map()}
}

const tagWeights: Record<string, number> = {contact: 1, app: 0.5, pharma: 1, promo: 1, adult: 1, scam: 0.7, money: 0.6, sales: 0.5, cta: 0.5, drugs: 0.4, ask: 0.3, creator: 0.3}
const tagLabels: Record<string, string> = {
  contact: 'contact requests',
  app: 'a messaging app',
  pharma: 'drug selling',
  drugs: 'drug names',
  promo: 'self-promotion',
  cta: 'self-promotion',
  creator: 'self-promotion',
  ask: 'asks readers to act',
  adult: 'adult bait',
  scam: 'scam wording',
  money: 'money offers'
}

// Lookbehinds make each match start where a run starts, not anywhere inside it.
const email = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i
const phone = /(?:\+\d{1,3}[\s.-]?)?(?:\(?\d{2,4}\)?[\s.-]?){2,4}\d{3,4}\b/g
const domain = /(?<![a-z\d.-])(?:[a-z\d][a-z\d-]*\.)+(?:com|net|org|biz|info|io|co|us|uk|in|ru|xyz|top|site|online|shop|store|club|pro|me|ly|to|cc|pw|vip|live|app|link|click|be|tv|gl|gd|ee|tk|ml|bet|vn|pl|ws)\b(?:\/\S*)?/gi

/** "name (at) mail (dot) com", "name @ mail . com", "name at mail dot com" (both words spelled out). */
const hiddenEmail =
  /(?<![\w.+-])[\w.+-]{2,}\s*[([{]\s*at\s*[)\]}]\s*[\w-]{2,}\s*(?:[([{]\s*dot\s*[)\]}]|\.|\sdot\s)\s*(?:com|net|org|co|io|info|biz|ru|uk|us|in|me)\b|(?<![\w.+-])[\w.+-]{2,}(?:\s+@\s*|@\s+)[\w-]{2,}\s*(?:[([{]\s*dot\s*[)\]}]|\.|\sdot\s)\s*(?:com|net|org|co|io|info|biz|ru|uk|us|in|me)\b|(?<![\w.+-])[\w.+-]{2,}\s+at\s+[\w-]{2,}\s+dot\s+(?:com|net|org|co|io|info|biz|ru|uk|us|in|me)\b/i
/** Digits one or two at a time between dots, dashes or spaces: "5.5.5-0.1.9-8.7.2.1". */
const hiddenPhone = /(?<![\d.,])(?:\d[\s.-]{1,2}){8,14}\d(?![\d.,]*\d)/
const money = String.raw`(?:[$£€]\s?\d[\d,.]*\s?(?:k\b|m\b|million\b|thousand\b)?|\b\d[\d,.]*\s?k?\s?(?:usd|dollars|bucks|euros)\b)`
/** "$6,500 every week", "$90 an hour", "$2,500 in 7 days": earnings offered, not a price paid. */
const moneyPromise = new RegExp(
  `${money}\\s*(?:(?:a|an|per|every|each)\\s+(?:hour|day|week|month)\\b|(?:hourly|daily|weekly|monthly)\\b|(?:in|within)\\s+(?:\\d+|a|one|two|three|seven)\\s+(?:hours?|days?|weeks?)\\b)`,
  'i'
)

const spelledDomain = /(?<![\w.-])([a-z\d][a-z\d-]*)\s+dot\s+(com|net|org|co|io|info|biz|xyz|site|online)\b/gi
/** "marketglory . com/game", "tv. mtvema. com": spaces around the dots. */
const spacedDomain = /(?<![\w.-])([a-z\d][a-z\d-]*)(?:\s+\.\s*|\.\s+)(com|net|org|info|biz|xyz)\b/gi
/** A video page's address without its host ("watch?v=..."). */
const videoPath = /(?:^|[\s/])watch\?v=[\w-]{6,}/
/** "@name", "+name": a handle (see `hasHandle`). */
const handle = /(?:^|[\s(])[@+][\w.]{3,}/g

/** Every signal a comment gives, strongest first. */
export function commentSignals(comment: Comment, context: SignalContext): Signal[] {
  const signals: Signal[] = []
  const add = (key: string, reason: string, weight: number) => signals.push({key, reason, weight})
  const words = comment.tokens.filter((token) => isWord(token))
  const source = context.text.slice(comment.start, comment.end)
  // The site answering its readers under its own name ("RapidClear Detox Institute": "we offer financing") promotes the page it is on, not another.
  if (comment.author && namesThePage(comment.author, context)) return signals

  const language = readLanguage(comment.tokens, context)
  if (language === 'gibberish') add('gibberish', 'no English words', 1)
  else if (language === 'foreign' && context.articleIsEnglish) add('foreign', 'not in English, the language of the article', 1)

  const praise = context.matches.some((match) => match.entry.tag === 'praise')
  // Only a link is spam; only emoji is a contentless reaction, weighed as one.
  if (words.length === 0 && comment.links.length > 0) add('only-link', 'only a link', 1)
  else if (words.length === 0 && comment.tokens.length > 0) add('no-words', 'no words', 0.6)
  // "2026 anyone?" is a reply about when the reader watched, not one word.
  else if (words.length === 1 && !comment.tokens.some((token) => token.kind === 'number') && !onTopic(words[0], context)) add('one-word', 'one-word off-topic reply', 1)
  else if (words.length <= 5 && (praise || words.every((word) => isFiller(word, context)))) add('short-generic', 'short generic reply', 0.6)
  else if (praise && !words.some((word) => onTopic(word, context) && !context.lists.functionWords.has(word.lower))) {
    // Long praise that names nothing from the article: the spun comment a link hides behind.
    add('empty-praise', 'generic praise that says nothing about the article', 1)
  }

  const links = spamLinks(comment, source, context)
  if (links.shop) add('shop-link', 'a pharmacy or shop link', 1)
  else if (links.short) add('short-link', 'a shortened link that hides where it goes', 1)
  if (links.count >= 2) add('links', `${links.count === 2 ? 'two' : links.count} links`, links.shop || links.short ? 0.5 : 1)
  else if (links.count === 1 && !links.shop && !links.short) {
    // A link dropped with a few words around it is the commonest comment spam.
    if (praise) add('praise-link', 'generic praise with a link', 1)
    else if (words.length <= 6) add('bare-link', 'a link with a few words around it', 1)
    else add('link', 'a link', 0.7)
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

  for (const [label, group] of byLabel) add(`words:${label.replace(/\s+/g, '-')}`, `${label}: ${group.phrases.join(', ')}`, Math.min(group.weight, 2))

  if (source.includes('@') && email.test(source)) add('email', 'an e-mail address', 0.8)
  else if (hiddenEmail.test(source)) add('hidden-email', 'an e-mail address broken up to get past filters', 1)
  if (hasPhoneNumber(source)) add('phone', 'a phone number', 0.8)
  else if (hiddenPhone.test(source)) add('hidden-phone', 'a phone number broken up to get past filters', 1)
  if (moneyPromise.test(source)) add('money-rate', 'money figures with a rate or a deadline', 0.6)
  if ((source.includes('@') || source.includes('+')) && hasHandle(source)) add('handle', 'a social-media handle', 0.3)

  const copy = copyOf(comment, words.length, links.count > 0 || signals.some((signal) => signal.key === 'email' || signal.key === 'phone'), context)
  if (copy !== undefined) add('duplicate', `${copy.exact ? 'a copy' : 'a near copy'} of comment ${copy.index + 1}`, 1)

  const letters = source.replace(/[^\p{L}]/gu, '')
  if (words.length >= 3 && letters.length >= 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8) {
    add('capitals', 'all capitals', 0.5)
  }

  if (language !== 'gibberish' && /(\p{L})\1{3,}|([!?$])\2{3,}/u.test(source)) add('repeats', 'repeated characters', 0.3)
  if (comment.author && isKeywordName(comment.author, context.lists)) add('keyword-name', `the author name is a keyword ("${comment.author}")`, 0.7)

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
  const known = (word: string) => context.lists.english.has(word) || context.dictionary.has(word)
  if (known(lower)) return true
  const parts = lower.split('-').filter(Boolean)
  if (parts.length > 1 && parts.every(known)) return true
  // A word drawn out for effect ("sooooo", "loooove", "roaaaarrr") is still the word.
  if (!/(\p{L})\1\1/u.test(lower) || new Set(lower).size < 2) return false
  return known(lower.replace(/(\p{L})\1{2,}/gu, '$1')) || known(lower.replace(/(\p{L})\1{2,}/gu, '$1$1'))
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

  // "growfast dot com", "growfast . com": an address broken up to get past link filters.
  for (const found of source.includes(' dot ') ? source.matchAll(spelledDomain) : []) urls.push(`${found[1]}.${found[2]}`)
  for (const found of /\.\s|\s\./.test(source) ? source.matchAll(spacedDomain) : []) urls.push(`${found[1]}.${found[2]}`)
  if (source.includes('watch?v=') && videoPath.test(source)) urls.push('youtube.com/watch')

  let count = 0
  let shop = false
  let short = false
  for (const url of urls) {
    const host = hostOf(url)
    if (isTrustedHost(host, context.lists)) continue
    count++
    if (context.lists.shortLinks.includes(host)) short = true
    const parts = url.toLowerCase().split(/[^a-z\d]+/)
    if (context.lists.shopLinks.some((word) => parts.some((part) => part === word || (word.length >= 5 && part.includes(word))))) shop = true
  }

  return {count, shop, short}
}

/** "https://www.nimh.nih.gov/health" -> "nimh.nih.gov". */
export function hostOf(url: string): string {
  return url.replace(/^[a-z]+:\/\/|^www\./gi, '').replace(/^www\./i, '').split(/[/?#]/)[0].toLowerCase()
}

/** A health agency, journal or crisis line: a source a genuine commenter cites. */
export function isTrustedHost(host: string, lists: WordLists): boolean {
  return lists.trustedDomains.some((trusted) => host === trusted.replace(/^\./, '') || host.endsWith(trusted.startsWith('.') ? trusted : `.${trusted}`))
}

/**
 * The earlier comment this one copies: the same words, or (for eight words
 * or more) most of the same word triples, as spam pasted under several
 * names with a name or a number changed (a site's templated replies under
 * its one name are not). A short reply said twice by two
 * readers ("thank you!") is no copy unless it carries a link or a contact.
 */
function copyOf(comment: Comment, words: number, contact: boolean, context: SignalContext): {index: number; exact: boolean} | undefined {
  const {seen} = context
  const key = comment.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  if (key.length === 0) return undefined
  const first = seen.texts.get(key)
  if (first !== undefined) return words >= 4 || contact ? {index: first, exact: true} : undefined
  seen.texts.set(key, comment.index)
  const parts = key.split(' ')
  if (parts.length < 8) return undefined
  const triples = new Set<string>()
  for (let index = 0; index + 3 <= parts.length; index++) triples.add(parts.slice(index, index + 3).join(' '))
  const shared = new Map<number, number>()
  let found: number | undefined
  for (const triple of triples) {
    const earlier = seen.triples.get(triple)
    if (!earlier) {
      seen.triples.set(triple, [comment.index])
      continue
    }

    for (const index of earlier) {
      const count = (shared.get(index) ?? 0) + 1
      shared.set(index, count)
      if (found === undefined && count >= 0.7 * Math.min(triples.size, seen.sizes.get(index)!) && seen.authors.get(index) !== comment.author) found = index
    }

    // Enough to find a copy; a section of near-identical comments stays linear.
    if (earlier.length < 16) earlier.push(comment.index)
  }

  seen.sizes.set(comment.index, triples.size)
  seen.authors.set(comment.index, comment.author)
  return found === undefined ? undefined : {index: found, exact: false}
}

/** A handle after the start of the comment: a reply starts with the name it answers ("@Jen me too"). */
function hasHandle(source: string): boolean {
  const lead = source.length - source.trimStart().length
  for (const found of source.matchAll(handle)) if (found.index + found[0].length - found[0].trimStart().length > lead) return true
  return false
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

/** The author's name stands in the article itself (its header, "At RapidClear, ..."): the site answering its readers. */
function namesThePage(name: string, context: SignalContext): boolean {
  const trimmed = name.trim()
  if (trimmed.length < 4) return false
  const article = context.text.slice(0, context.articleEnd)
  const at = article.indexOf(trimmed)
  if (at < 0) return false
  // A whole name, not a part of a longer word ("Mark" in "market").
  const before = article[at - 1]
  const after = article[at + trimmed.length]
  return !(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))
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
