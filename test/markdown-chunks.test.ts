import {describe, expect, it} from 'vitest'
import {chunkSizes, chunkStarts, parseInChunks} from '../src/document/markdown-chunks.js'
import {parserFor, readMarkdownTree} from '../src/document/markdown.js'

/** One section of a long Markdown page, with the constructs a cut must not break. */
function section(index: number): string {
  return [
    `# Visit ${index}: what to expect`,
    '',
    `Our nurses check your blood pressure before infusion ${index}. Side effects can include nausea and dizziness, and most pass within an hour.`,
    'A second line of the same paragraph, with *emphasis* and a [link](https://example.org/study).',
    '',
    '- Arrive early',
    '  - bring a driver',
    '',
    '  Still the first item, after a blank line.',
    '- Eat lightly',
    '',
    '> A quote from a patient,',
    'continued lazily.',
    '',
    '```text',
    '',
    '# not a heading: inside code',
    '',
    '```',
    '',
    '<!-- an editor note',
    '',
    '# not a heading: inside a comment',
    '',
    '-->',
    '',
    '| Week | Sessions |',
    '| --- | --- |',
    `| ${index} | 2 |`,
    '',
    '## Aftercare',
    'Setext heading',
    '---',
    '',
    '    indented code',
    '',
    '~~~~',
    '~~~',
    '# still code: the fence needs four tildes to close',
    '~~~~',
    ''
  ].join('\n')
}

function page(sections: number, lineEnding = '\n'): string {
  return Array.from({length: sections}, (_, index) => section(index)).join('\n').replaceAll('\n', lineEnding)
}

describe('a very large Markdown file parsed in pieces', () => {
  const parse = (text: string) => parserFor(text).parse(text)
  // Small sizes, so the test parses tens of kilobytes, not megabytes.
  const sizes = {min: 16 * 1024, target: 2 * 1024}

  it('gives the same tree, positions included, as one parse of the whole file', () => {
    for (const lineEnding of ['\n', '\r\n']) {
      const text = page(60, lineEnding)
      expect(text.length).toBeGreaterThan(sizes.min)
      expect(chunkStarts(text, sizes).length).toBeGreaterThan(10)
      expect(parseInChunks(text, parse, sizes)).toEqual(parse(text))
    }
  })

  it('reads the same blocks, links and containers piece by piece as from the whole tree', () => {
    for (const lineEnding of ['\n', '\r\n']) {
      const text = page(60, lineEnding)
      const whole = readMarkdownTree(text, parse(text))
      expect(whole.blocks.length).toBeGreaterThan(300)
      expect(readMarkdownTree(text, undefined, sizes)).toEqual(whole)
    }
  })

  it('cuts only before a heading that follows a blank line', () => {
    const text = page(60)
    for (const start of chunkStarts(text, sizes).slice(1)) {
      expect(text.slice(start, start + 7)).toMatch(/^#{1,6} /)
      expect(text.slice(start - 2, start)).toBe('\n\n')
    }
  })

  it('parses whole a file with link or footnote definitions, or raw HTML that may span blank lines, and any short file', () => {
    expect(chunkStarts(page(60) + '\n[study]: https://example.org/study\n', sizes)).toEqual([0])
    expect(chunkStarts(page(60) + '\n[^1]: A footnote.\n', sizes)).toEqual([0])
    expect(chunkStarts(page(60) + '\n<pre>\n\n# kept\n</pre>\n', sizes)).toEqual([0])
    expect(chunkStarts(page(60))).toEqual([0])
    expect(page(60).length).toBeLessThan(chunkSizes.min)
  })
})
