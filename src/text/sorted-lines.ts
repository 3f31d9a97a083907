/**
 * A word list as one sorted text, one entry a line (`key` or `key<TAB>value`),
 * searched by bisection. Compared with a `Map` of the same words it loads in
 * a few milliseconds rather than tens, and holds one string and one index
 * instead of tens of thousands of entries: dictionaries stay cheap for a
 * one-file run and for every worker thread.
 */
export class SortedLines {
  private readonly text: string
  private lines: number | undefined

  /**
   * `text`: lines sorted by key, in code-unit order (as `Array.prototype.sort`
   * leaves them). Nothing is indexed: a search bisects the text itself and
   * finds the line around each probe, so loading costs nothing.
   */
  constructor(text: string) {
    this.text = text.endsWith('\n') ? text : `${text}\n`
  }

  /** How many lines (counted the first time it is asked). */
  get size(): number {
    if (this.lines === undefined) {
      let count = 0
      for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1)) count++
      this.lines = count
    }

    return this.lines
  }

  has(key: string): boolean {
    return this.find(key) !== -1
  }

  /** The value of `key` ('' for a key alone on its line), or undefined. */
  get(key: string): string | undefined {
    const line = this.find(key)
    if (line === -1) return undefined
    const start = line + key.length
    const end = this.text.indexOf('\n', start)
    return start === end ? '' : this.text.slice(start + 1, end)
  }

  /** Visit every key that starts with `prefix`, in order. */
  forEachKeyStartingWith(prefix: string, visit: (key: string) => void): void {
    const text = this.text
    for (let start = this.firstNotBelow(prefix); start < text.length; start = text.indexOf('\n', start) + 1) {
      if (!text.startsWith(prefix, start)) return
      let end = start + prefix.length
      for (let code = text.charCodeAt(end); code !== 10 && code !== 9; code = text.charCodeAt(++end));
      visit(text.slice(start, end))
    }
  }

  /** Where the line of `key` starts, or -1. */
  private find(key: string): number {
    const start = this.firstNotBelow(key)
    return start < this.text.length && this.compare(key, start) === 0 ? start : -1
  }

  /** Where the first line whose key is not below `key` starts (the text's length when there is none). */
  private firstNotBelow(key: string): number {
    const text = this.text
    // `low` and `high` are line starts: every line before `low` is below `key`, none from `high` on.
    let low = 0
    let high = text.length
    while (low < high) {
      // The line holding the middle: it starts at `low` at the earliest and before `high`.
      const middle = (low + high) >>> 1
      const line = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1
      if (this.compare(key, line) > 0) low = text.indexOf('\n', line) + 1
      else high = line
    }

    return low
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
