import {startsWithCapital} from './word-shapes.js'

/** A token as written (a sentence's tokens keep their case). */
interface WrittenToken {
  kind: string
  text: string
}

/**
 * Whether the words of tokens `[start, end)` belong to a proper name in
 * running text ("Desert Haven Recovery has treated 6,000 clients", "at Blue
 * Ridge Healing Center"): each capitalised, in a run of two or more
 * capitalised words, in a sentence whose other words are mostly in lower case
 * (a heading capitalises every word).
 * A name's words are a name, not what the sentence says: "Recovery" in a
 * centre's name tells no outcome.
 */
export function isInProperName(tokens: readonly WrittenToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (tokens[index].kind === 'word' && !isCapitalisedWord(tokens[index])) return false
  }

  // The run of capitalised words the match stands in.
  let first = start
  while (first > 0 && isCapitalisedWord(tokens[first - 1])) first--
  let last = end
  while (last < tokens.length && isCapitalisedWord(tokens[last])) last++
  if (last - first < 2) return false
  // The rest of the sentence in lower case, as running text is: a heading capitalises every word.
  let words = 0
  let capitalised = 0
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'word' || (index >= first && index < last)) continue
    words++
    if (isCapitalisedWord(token)) capitalised++
  }

  return words > 0 && capitalised * 2 < words
}

function isCapitalisedWord(token: WrittenToken | undefined): boolean {
  return token !== undefined && token.kind === 'word' && startsWithCapital(token.text)
}
