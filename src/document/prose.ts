import {normalizeCodeAt} from '../text/normalize.js'
import {trimEnd} from '../text/trim.js'
import type {Link} from './types.js'

const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>"'\])}]+/g

/**
 * Builds the "prose" view of one block: a string as long as the block's
 * source span, blank (spaces, with the line breaks kept) except where text
 * is copied in. Copying normalises characters, so the prose is what the
 * sentence parser and the phrase matcher read, while every index still maps
 * to an offset in the file.
 */
export class ProseBuilder {
  readonly start: number
  readonly end: number
  /** Character codes: a string is built once, at the end. */
  private readonly chars: Uint16Array
  private readonly text: string
  /** The string of `chars`, until they change again. */
  private built: string | undefined

  constructor(text: string, start: number, end: number) {
    this.text = text
    this.start = start
    this.end = end
    this.chars = new Uint16Array(end - start).fill(0x20)
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) this.chars[index - start] = 0x0a
    }
  }

  /** Copy the source span `[from, to)` in, normalised. */
  copy(from: number, to: number): void {
    this.built = undefined
    const lower = Math.max(from, this.start)
    const upper = Math.min(to, this.end)
    for (let index = lower; index < upper; index++) {
      this.chars[index - this.start] = normalizeCodeAt(this.text, index)
    }
  }

  /** Blank the source span `[from, to)` again (keeping line breaks). */
  blank(from: number, to: number): void {
    this.built = undefined
    const lower = Math.max(from, this.start)
    const upper = Math.min(to, this.end)
    for (let index = lower; index < upper; index++) {
      if (this.chars[index - this.start] !== 0x0a) this.chars[index - this.start] = 0x20
    }
  }

  /**
   * Copy in a parsed text `value` whose source is `[from, to)`: the source
   * may hold more than the value (escapes, entities, blockquote markers and
   * indentation on continuation lines), so value characters are aligned to
   * source characters in order and unmatched source stays blank.
   */
  copyAligned(value: string, from: number, to: number): void {
    this.built = undefined
    const lower = Math.max(from, this.start)
    const upper = Math.min(to, this.end)
    if (upper - lower === value.length && this.text.slice(lower, upper) === value) {
      this.copy(lower, upper)
      return
    }

    let source = lower
    for (let index = 0; index < value.length && source < upper; index++) {
      const wanted = value.charCodeAt(index)
      let probe = source
      // Look a little ahead for the character; give up on this one if absent.
      const limit = Math.min(upper, source + 16)
      while (probe < limit && !sameChar(this.text.charCodeAt(probe), wanted)) probe++
      if (probe < limit) {
        this.chars[probe - this.start] = normalizeCodeAt(this.text, probe)
        source = probe + 1
      }
    }
  }

  /**
   * Bare web addresses in the copied text are links, not words: record
   * them and blank them out.
   */
  blankBareUrls(): Link[] {
    const links: Link[] = []
    const text = this.toString()
    if (!text.includes('http') && !text.includes('www.')) return links
    bareUrl.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = bareUrl.exec(text))) {
      const url = trimEnd(match[0], '.,;:!?')
      const from = this.start + match.index
      const to = from + url.length
      links.push({url, start: from, end: to, textStart: from, textEnd: to})
      this.blank(from, to)
    }

    return links
  }

  toString(): string {
    if (this.built !== undefined) return this.built
    // fromCharCode over chunks keeps the argument list within the call stack.
    let result = ''
    for (let offset = 0; offset < this.chars.length; offset += 8192) {
      result += String.fromCharCode.apply(null, this.chars.subarray(offset, offset + 8192) as unknown as number[])
    }

    this.built = result
    return result
  }
}

function sameChar(a: number, b: number): boolean {
  if (a === b) return true
  // Line endings and tabs may be rewritten by the Markdown parser.
  return (a === 0x0d || a === 0x09) && (b === 0x0a || b === 0x20)
}
