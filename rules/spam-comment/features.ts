import {stripEdges} from '../../src/text/trim.js'
import {hostOf, type Signal} from './signals.js'

/** The kinds of feature the model weighs, by the prefix their names carry in `model.json`. */
export const featureKinds = ['s', 'f', 'w', 'b', 'c'] as const
export type FeatureKind = (typeof featureKinds)[number]

/**
 * What the learned model reads of a comment, each kind a set: the signals
 * it gave (`s`), a few shapes (`f`), its words (`w`), word pairs (`b`, `^`
 * and `$` mark the start and end) and letter groups inside words (`c`, `<`
 * and `>` mark the word's edges, so a misspelling like "sucscribe" still
 * reads like the word). Links, e-mail addresses, money and other numbers
 * are read as placeholders, so the model learns "a link after 'check out'"
 * rather than one site's name. Shared by the rule and by
 * `scripts/train-spam-model.mjs`, so both read a comment the same way.
 */
export type CommentFeatures = Record<FeatureKind, Set<string>>

export function commentFeatures(source: string, signals: readonly Signal[], trusted: (host: string) => boolean): CommentFeatures {
  const features: CommentFeatures = {s: new Set(), f: new Set(), w: new Set(), b: new Set(), c: new Set()}
  for (const signal of signals) features.s.add(signal.key)
  const score = signals.reduce((sum, signal) => sum + signal.weight, 0)
  features.f.add(`score-${score === 0 ? '0' : score < 1 ? 'below-1' : score < 2 ? '1' : '2-or-more'}`)

  const words = wordsOf(source, trusted)
  let previous = '^'
  for (const word of words) {
    features.w.add(word)
    features.b.add(`${previous} ${word}`)
    previous = word
    if (word.startsWith('_')) continue
    const marked = `<${word}>`
    for (let size = 3; size <= 4; size++) for (let index = 0; index + size <= marked.length; index++) features.c.add(marked.slice(index, index + size))
  }

  if (words.length > 0) features.b.add(`${previous} $`)
  features.f.add(`words-${sizeClass(words.length)}`)
  if (source.includes('?')) features.f.add('question')
  if (source.includes('!')) features.f.add('exclamation')
  return features
}

/** The features as the names `model.json` uses ("w:subscribe", "b:check out"), for training. */
export function featureNames(features: CommentFeatures): string[] {
  return featureKinds.flatMap((kind) => [...features[kind]].map((name) => `${kind}:${name}`))
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' '}
const address =
  /(?:https?:\/\/|www\.)\S+|(?<![\w.-])(?:[a-z\d][a-z\d-]*\.)+(?:com|net|org|biz|info|io|co|us|uk|in|ru|xyz|top|site|online|shop|store|club|pro|me|ly|to|cc|pw|vip|live|app|link|click|be|tv|gl|gd|ee|tk|ml|bet|vn|pl|ws)\b(?:\/\S*)?/gi
const emailAddress = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi
const moneyFigure = /[$£€]\s?\d[\d,.]*\s?k?\b/g

/**
 * Lower-case words, with links (a source such as a health agency apart),
 * e-mail addresses, money and numbers as placeholders and long letter runs shortened.
 */
export function wordsOf(source: string, trusted: (host: string) => boolean): string[] {
  const text = source
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, name: string) => entities[name])
    .replace(emailAddress, ' _email_ ')
    .replace(address, (url) => (trusted(hostOf(url)) ? ' _source_ ' : ' _link_ '))
    .toLowerCase()
    .replace(moneyFigure, ' _money_ ')
    .replace(/\d[\d,.]*/g, (digits) => (digits.replace(/\D/g, '').length >= 7 ? ' _longnumber_ ' : ' _number_ '))
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
  return (text.match(/[\p{L}\p{N}_']+/gu) ?? []).map((word) => stripEdges(word, /[^']/)).filter((word) => word.length > 0)
}

function sizeClass(count: number): string {
  if (count <= 1) return String(count)
  if (count <= 3) return '2-3'
  if (count <= 7) return '4-7'
  if (count <= 15) return '8-15'
  return count <= 31 ? '16-31' : '32+'
}
