/**
 * A word list as one sorted text, one entry a line (`key` or `key<TAB>value`),
 * searched by bisection. Compared with a `Map` of the same words it loads in
 * a few milliseconds rather than tens, and holds one string and one index
 * instead of tens of thousands of entries: dictionaries stay cheap for a
 * one-file run and for every worker thread.
 */
export class SortedLines {
  private readonly text: string
  /** Where each line starts. */
  private readonly starts: Uint32Array

  /** `text`: lines sorted by key, in code-unit order (as `Array.prototype.sort` leaves them). */
  constructor(text: string) {
    this.text = text.endsWith('\n') ? text : `${text}\n`
    let count = 0
    for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1)) count++
    this.starts = new Uint32Array(count)
    let line = 0
    let start = 0
    for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1)) {
      this.starts[line++] = start
      start = index + 1
    }
  }

  get size(): number {
    return this.starts.length
  }

  has(key: string): boolean {
    return this.find(key) !== -1
  }

  /** The value stored with `key` ('' when it has none), or undefined when `key` is not listed. */
  get(key: string): string | undefined {
    const line = this.find(key)
    if (line === -1) return undefined
    const start = this.starts[line] + key.length
    const end = this.text.indexOf('\n', start)
    return start === end ? '' : this.text.slice(start + 1, end)
  }

  /** Call `visit` with every key that starts with `prefix`, in order. */
  forEachKeyStartingWith(prefix: string, visit: (key: string) => void): void {
    let low = 0
    let high = this.starts.length
    // The first line whose key is not below `prefix`.
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.compare(prefix, this.starts[middle]) > 0) low = middle + 1
      else high = middle
    }

    for (let line = low; line < this.starts.length; line++) {
      const start = this.starts[line]
      if (!this.text.startsWith(prefix, start)) return
      let end = start + prefix.length
      for (let code = this.text.charCodeAt(end); code !== 10 && code !== 9; code = this.text.charCodeAt(++end));
      visit(this.text.slice(start, end))
    }
  }

  /** The line holding `key`, or -1. */
  private find(key: string): number {
    let low = 0
    let high = this.starts.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = this.compare(key, this.starts[middle])
      if (order === 0) return middle
      if (order < 0) high = middle - 1
      else low = middle + 1
    }

    return -1
  }

  /** `key` against the key of the line at `start`, without slicing it out. */
  private compare(key: string, start: number): number {
    const text = this.text
    for (let index = 0; ; index++) {
      const code = text.charCodeAt(start + index)
      const lineEnded = code === 10 || code === 9
      if (index === key.length) return lineEnded ? 0 : -1
      if (lineEnded) return 1
      const difference = key.charCodeAt(index) - code
      if (difference !== 0) return difference
    }
  }
}

/** Lines for `SortedLines` from key/value pairs (keys unique, with no tab or line break). */
export function toSortedLines(entries: Iterable<readonly [string, string]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sorted.map(([key, value]) => (value === '' ? key : `${key}\t${value}`)).join('\n') + '\n'
}
