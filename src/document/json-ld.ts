import {readReference} from './html-text.js'

/**
 * schema.org `FAQPage` answers from JSON-LD: search engines show them under
 * the page's link, so a clinic's "Is it safe? Yes, completely" there is
 * copy. JSON.parse gives no positions, so the JSON is read here, keeping
 * where each string's characters are in the file.
 */

/** A JSON string with, for each of its characters, the file offset it was written at. */
export interface PlacedString {
  value: string
  offsets: number[]
  start: number
  end: number
}

type JsonValue = PlacedString | JsonValue[] | {[key: string]: JsonValue} | number | boolean | null

/** One question of an FAQ and its answers, as placed strings. */
export interface FaqEntry {
  question?: PlacedString
  answers: PlacedString[]
}

export class JsonError extends Error {
  readonly offset: number
  constructor(message: string, offset: number) {
    super(message)
    this.offset = offset
  }
}

/** The FAQ entries of every `FAQPage` in the JSON text `[from, to)` of `source`; throws a `JsonError`. */
export function faqEntries(source: string, from: number, to: number): FaqEntry[] {
  const reader = new JsonReader(source, from, to)
  const value = reader.document()
  const entries: FaqEntry[] = []
  const visit = (node: JsonValue, depth: number) => {
    if (depth > 64 || node === null || typeof node !== 'object' || isPlaced(node)) return
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1)
      return
    }

    if (hasType(node, 'FAQPage')) {
      for (const question of asList(node.mainEntity)) {
        if (!question || typeof question !== 'object' || Array.isArray(question) || isPlaced(question)) continue
        const name = question.name
        const answers = asList(question.acceptedAnswer).concat(asList(question.suggestedAnswer))
        entries.push({
          ...(isPlaced(name) ? {question: name} : {}),
          answers: answers.flatMap((answer) => (answer && typeof answer === 'object' && !Array.isArray(answer) && !isPlaced(answer) && isPlaced(answer.text) ? [answer.text] : []))
        })
      }

      return
    }

    for (const child of Object.values(node)) visit(child, depth + 1)
  }

  visit(value, 0)
  return entries
}

function isPlaced(value: JsonValue | undefined): value is PlacedString {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'offsets' in value && Array.isArray(value.offsets) && typeof value.value === 'string'
}

function asList(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

function hasType(node: {[key: string]: JsonValue}, type: string): boolean {
  const names = asList(node['@type'])
  return names.some((name) => isPlaced(name) && name.value.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '') === type)
}

class JsonReader {
  private at: number
  private readonly source: string
  private readonly to: number

  constructor(source: string, from: number, to: number) {
    this.source = source
    this.at = from
    this.to = to
  }

  document(): JsonValue {
    this.skipSpace()
    // Pages wrap their JSON-LD in HTML comments or CDATA markers now and then.
    this.skipWrapper()
    const value = this.value(0)
    this.skipSpace()
    this.skipWrapper()
    if (this.at < this.to) throw new JsonError('unexpected text after the JSON value', this.at)
    return value
  }

  private skipWrapper(): void {
    for (const wrapper of ['<!--', '-->', '<![CDATA[', ']]>', '//<![CDATA[', '//]]>']) {
      if (this.source.startsWith(wrapper, this.at)) {
        this.at += wrapper.length
        this.skipSpace()
      }
    }
  }

  private skipSpace(): void {
    while (this.at < this.to && /\s/.test(this.source.charAt(this.at))) this.at++
  }

  private value(depth: number): JsonValue {
    if (depth > 200) throw new JsonError('JSON nested too deeply', this.at)
    this.skipSpace()
    const char = this.source.charAt(this.at)
    if (char === '{') return this.object(depth)
    if (char === '[') return this.array(depth)
    if (char === '"') return this.string()
    const literal = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y
    literal.lastIndex = this.at
    const match = literal.exec(this.source)
    if (!match || this.at >= this.to) throw new JsonError(this.at >= this.to ? 'the JSON ends too early' : `unexpected "${char}"`, this.at)
    this.at += match[0].length
    return match[0] === 'true' ? true : match[0] === 'false' ? false : match[0] === 'null' ? null : Number(match[0])
  }

  private object(depth: number): {[key: string]: JsonValue} {
    const result: {[key: string]: JsonValue} = Object.create(null) as {[key: string]: JsonValue}
    this.at++
    this.skipSpace()
    if (this.source.charAt(this.at) === '}') {
      this.at++
      return result
    }

    while (this.at < this.to) {
      this.skipSpace()
      if (this.source.charAt(this.at) !== '"') throw new JsonError('expected a quoted key', this.at)
      const key = this.string().value
      this.skipSpace()
      if (this.source.charAt(this.at) !== ':') throw new JsonError('expected ":"', this.at)
      this.at++
      result[key] = this.value(depth + 1)
      this.skipSpace()
      const next = this.source.charAt(this.at++)
      if (next === '}') return result
      if (next !== ',') throw new JsonError('expected "," or "}"', this.at - 1)
    }

    throw new JsonError('the JSON ends too early', this.at)
  }

  private array(depth: number): JsonValue[] {
    const result: JsonValue[] = []
    this.at++
    this.skipSpace()
    if (this.source.charAt(this.at) === ']') {
      this.at++
      return result
    }

    while (this.at < this.to) {
      result.push(this.value(depth + 1))
      this.skipSpace()
      const next = this.source.charAt(this.at++)
      if (next === ']') return result
      if (next !== ',') throw new JsonError('expected "," or "]"', this.at - 1)
    }

    throw new JsonError('the JSON ends too early', this.at)
  }

  private string(): PlacedString {
    const start = this.at
    this.at++
    let value = ''
    const offsets: number[] = []
    while (this.at < this.to) {
      const char = this.source.charAt(this.at)
      if (char === '"') {
        this.at++
        return {value, offsets, start, end: this.at}
      }

      if (char === '\\') {
        const escape = this.source.charAt(this.at + 1)
        const simple: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}
        if (escape in simple) {
          value += simple[escape]
          offsets.push(this.at)
          this.at += 2
        } else if (escape === 'u' && /^[\da-fA-F]{4}$/.test(this.source.slice(this.at + 2, this.at + 6))) {
          value += String.fromCharCode(Number.parseInt(this.source.slice(this.at + 2, this.at + 6), 16))
          offsets.push(this.at)
          this.at += 6
        } else {
          throw new JsonError('a bad escape in a string', this.at)
        }

        continue
      }

      value += char
      offsets.push(this.at++)
    }

    throw new JsonError('a string is not closed', start)
  }
}

/**
 * The text a reader sees of a string that may hold HTML (FAQ answers often
 * do: "<p>Yes, it&#39;s safe.</p>"): each character with its file offset,
 * tags left out (block tags and `<br>` as a space), entities decoded.
 */
export function visibleCharacters(string: PlacedString): Array<{offset: number; code: number}> {
  const {value, offsets} = string
  const shown: Array<{offset: number; code: number}> = []
  let index = 0
  while (index < value.length) {
    const char = value.charAt(index)
    if (char === '<') {
      const close = value.indexOf('>', index + 1)
      const tag = close === -1 ? '' : value.slice(index + 1, close)
      if (close !== -1 && /^\/?[a-zA-Z][^<>]*$/.test(tag)) {
        if (!/^\/?(?:a|abbr|b|em|i|span|strong|sup|sub|u|mark|small|q|cite|code|time|s|del|ins)\b/i.test(tag)) shown.push({offset: offsets[index], code: 0x20})
        index = close + 1
        continue
      }
    }

    if (char === '&') {
      // Entities inside the JSON string: decoded against the string itself, written at the file offset of the "&".
      const found = readReference(value, index, value.length)
      if (found) {
        for (let part = 0; part < found.value.length; part++) shown.push({offset: offsets[index + part] ?? offsets[index], code: found.value.charCodeAt(part)})
        index += found.length
        continue
      }
    }

    shown.push({offset: offsets[index], code: value.charCodeAt(index)})
    index++
  }

  return shown
}
