import {hostOf, type Signal} from './signals.js'

/**
 * What the learned model reads of a comment, as feature names: the
 * signals it gave (`s:`), its words (`w:`) and word pairs (`b:`, `^` marks
 * the start), and a few shapes (`f:`). Links, e-mail addresses, money and
 * other numbers are read as placeholders, so the model learns "a link after
 * 'check out'" rather than one site's name. Shared by the rule and by
 * `scripts/train-spam-model.mjs`, so both read a comment the same way.
 */
export function commentFeatures(source: string, signals: readonly Signal[], trusted: (host: string) => boolean): string[] {
  const features = new Set<string>()
  for (const signal of signals) features.add(`s:${signal.key}`)
  const score = signals.reduce((sum, signal) => sum + signal.weight, 0)
  features.add(`f:score-${score === 0 ? '0' : score < 1 ? 'below-1' : score < 2 ? '1' : '2-or-more'}`)

  const words = wordsOf(source, trusted)
  let previous = '^'
  for (const word of words) {
    features.add(`w:${word}`)
    features.add(`b:${previous} ${word}`)
    previous = word
  }

  if (words.length > 0) features.add(`b:${previous} $`)
  // Letter groups inside words, so a misspelling ("sucscribe") still reads like the word.
  for (const word of words) {
    if (word.startsWith('_')) continue
    const marked = `<${word}>`
    for (let size = 3; size <= 4; size++) for (let index = 0; index + size <= marked.length; index++) features.add(`c:${marked.slice(index, index + size)}`)
  }

  features.add(`f:words-${sizeClass(words.length)}`)
  if (source.includes('?')) features.add('f:question')
  if (source.includes('!')) features.add('f:exclamation')
  return [...features]
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' '}
const address =
  /(?:https?:\/\/|www\.)\S+|(?<![\w.-])(?:[a-z\d][a-z\d-]*\.)+(?:com|net|org|biz|info|io|co|us|uk|in|ru|xyz|top|site|online|shop|store|club|pro|me|ly|to|cc|pw|vip|live|app|link|click|be|tv|gl|gd|ee|tk|ml|bet|vn|pl|ws)\b(?:\/\S*)?/gi
const emailAddress = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi
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
  return (text.match(/[\p{L}\p{N}_']+/gu) ?? []).map((word) => word.replace(/^'+|'+$/g, '')).filter((word) => word.length > 0)
}

function sizeClass(count: number): string {
  if (count <= 1) return String(count)
  if (count <= 3) return '2-3'
  if (count <= 7) return '4-7'
  if (count <= 15) return '8-15'
  return count <= 31 ? '16-31' : '32+'
}
