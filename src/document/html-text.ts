import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {normalizeCodeAt} from '../text/normalize.js'
import {trimEnd} from '../text/trim.js'
import type {Link} from './types.js'

/**
 * The prose of one HTML block, built over its span of the source: every
 * character is hidden (markup) until text is placed on it. Text nodes are
 * aligned with their source, entity by entity, so `&rsquo;` shows as one
 * apostrophe at the `&` and hides the rest; whitespace (HTML collapses it)
 * shows as spaces, never as line breaks.
 */
export class HtmlProse {
  readonly start: number
  readonly end: number
  private readonly text: string
  private readonly chars: Uint16Array
  private readonly shown: Uint8Array
  /** Anything placed at all: a block with no text is no block. */
  private placed = false

  constructor(text: string, start: number, end: number) {
    this.text = text
    this.start = start
    this.end = end
    this.chars = new Uint16Array(Math.max(0, end - start)).fill(0x20)
    this.shown = new Uint8Array(Math.max(0, end - start))
  }

  /** Show the character `code` at file offset `offset`. */
  put(offset: number, code: number): void {
    if (offset < this.start || offset >= this.end) return
    this.chars[offset - this.start] = code
    this.shown[offset - this.start] = 1
    if (code !== 0x20) this.placed = true
  }

  /** Show `[from, to)` as spaces: a line break, a block's edge, content that is not prose. */
  space(from: number, to: number): void {
    const lower = Math.max(from, this.start)
    const upper = Math.min(to, this.end)
    for (let index = lower; index < upper; index++) {
      this.chars[index - this.start] = 0x20
      this.shown[index - this.start] = 1
    }
  }

  /** Place a text node whose decoded value is `value` and whose source is `[from, to)`. */
  textNode(value: string, from: number, to: number): void {
    if (to - from === value.length && this.text.startsWith(value, from)) {
      for (let index = 0; index < value.length; index++) this.put(from + index, htmlCodeAt(value, index))
      return
    }

    alignText(this.text, value, from, to, (offset, index) => this.put(offset, htmlCodeAt(value, index)))
  }

  get empty(): boolean {
    return !this.placed
  }

  /**
   * The block: its span trimmed to the text shown, its prose, and the
   * hidden spans inside it (offsets into the prose, in pairs).
   */
  finish(): {start: number; end: number; prose: string; hidden: number[]} | undefined {
    let first = 0
    let last = this.chars.length
    while (first < last && (this.shown[first] === 0 || this.chars[first] === 0x20)) first++
    while (last > first && (this.shown[last - 1] === 0 || this.chars[last - 1] === 0x20)) last--
    if (first >= last) return undefined

    const hidden: number[] = []
    let runStart = -1
    for (let index = first; index < last; index++) {
      if (this.shown[index] === 0) {
        if (runStart < 0) runStart = index - first
      } else if (runStart >= 0) {
        hidden.push(runStart, index - first)
        runStart = -1
      }
    }

    let prose = ''
    for (let offset = first; offset < last; offset += 8192) {
      prose += String.fromCharCode.apply(null, this.chars.subarray(offset, Math.min(last, offset + 8192)) as unknown as number[])
    }

    return {start: this.start + first, end: this.start + last, prose, hidden}
  }
}

/** Normalised as in Markdown (`normalizeCodeAt`), but any line break is a space: HTML collapses whitespace. */
function htmlCodeAt(value: string, index: number): number {
  const code = normalizeCodeAt(value, index)
  return code === 0x0a ? 0x20 : code
}

/**
 * Walk a decoded text `value` along its source `[from, to)`, calling
 * `place(offset, index)` for each character of the value with the source
 * offset it shows at: an entity's characters at its start, anything the
 * parser dropped or rewrote (a carriage return) skipped.
 */
export function alignText(source: string, value: string, from: number, to: number, place: (offset: number, index: number) => void): void {
  let at = from
  let index = 0
  while (at < to && index < value.length) {
    const code = source.charCodeAt(at)
    const wanted = value.charCodeAt(index)
    if (code === wanted) {
      place(at++, index++)
      continue
    }

    if (code === 0x26 /* & */) {
      const reference = readReference(source, at, to)
      if (reference && value.startsWith(reference.value, index)) {
        for (let part = 0; part < reference.value.length; part++) place(at + part, index + part)
        at += reference.length
        index += reference.value.length
        continue
      }
    }

    if (code === 0x0d /* CR */) {
      // "\r\n" and a lone "\r" are read as "\n".
      if (wanted === 0x0a && source.charCodeAt(at + 1) !== 0x0a) place(at, index++)
      at++
      continue
    }

    // Look a little ahead for the character; give up on this one if absent.
    let probe = at + 1
    const limit = Math.min(to, at + 16)
    while (probe < limit && source.charCodeAt(probe) !== wanted) probe++
    if (probe < limit) at = probe
    else index++
  }
}

const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}))(;?)/y

/** Windows-1252 characters that `&#128;` to `&#159;` stand for, as browsers read them. */
const windows1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
]

/** The character reference at `at` (`&rsquo;`, `&#8217;`, `&#x2019;`): its length and what it stands for. */
export function readReference(source: string, at: number, to: number): {length: number; value: string} | undefined {
  reference.lastIndex = at
  const match = reference.exec(source)
  if (!match || at + match[0].length > to) return undefined
  if (match[3] !== undefined) {
    const value = decodeNamedCharacterReference(match[3])
    return value === false ? undefined : {length: match[0].length, value}
  }

  let code = match[1] === undefined ? Number.parseInt(match[2], 16) : Number.parseInt(match[1], 10)
  if (code >= 0x80 && code <= 0x9f) code = windows1252[code - 0x80]
  else if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd
  return {length: match[0].length, value: String.fromCodePoint(code)}
}

const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>"'\])}]+/g

/** Bare web addresses in a block's prose: links, not words (as in Markdown and text). */
export function bareUrlsIn(prose: string, start: number): Link[] {
  const links: Link[] = []
  if (!prose.includes('http') && !prose.includes('www.')) return links
  bareUrl.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = bareUrl.exec(prose))) {
    const url = trimEnd(match[0], '.,;:!?')
    const from = start + match.index
    links.push({url, start: from, end: from + url.length, textStart: from, textEnd: from + url.length})
  }

  return links
}
