import {startsWithCapital} from './word-shapes.js'

/** A token as written (a sentence's tokens keep their case). */
interface WrittenToken {
  kind: string
  text: string
}

/**
 * Whether the words of tokens `[start, end)` belong to a proper name in
 * running text ("Desert Haven Recovery has treated 6,000 clients", "at Blue
 * Ridge Healing Center"): each capitalised, next to another capitalised word,
 * in a sentence not written in title case (a heading capitalises every word).
 * A name's words are a name, not what the sentence says: "Recovery" in a
 * centre's name tells no outcome.
 */
export function isInProperName(tokens: readonly WrittenToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const token = tokens[index]
    if (token.kind === 'word' && !startsWithCapital(token.text)) return false
  }

  const capitalisedWord = (token: WrittenToken | undefined) => token !== undefined && token.kind === 'word' && startsWithCapital(token.text)
  if (!capitalisedWord(tokens[start - 1]) && !capitalisedWord(tokens[end])) return false
  return !isTitleCase(tokens)
}

/** Most of a sentence's words (four or more) capitalised: a title or a heading, where capitals mark no name. */
function isTitleCase(tokens: readonly WrittenToken[]): boolean {
  let words = 0
  let capitalised = 0
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    words++
    if (startsWithCapital(token.text)) capitalised++
  }

  return words >= 4 && capitalised * 2 > words
}
