import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {findQuotes, type Quote, quoteAround} from '../src/document/quotes.js'
import type {Document} from '../src/document/types.js'

function textOf(document: Document, start: number, end: number): string {
  return document.text.slice(start, end)
}

describe('plain-text segmentation', () => {
  const scraped = [
    'Why Ketamine Clinics Are Booming',
    'Ketamine has moved from the operating room to the clinic. People ask about it every week.',
    'How Does It Work?',
    'It acts on glutamate',
    '- Fast Relief: many people notice a change after a few visits.',
    '  • Another bullet without a full stop',
    '1. Numbered step one.'
  ].join('\n')
  const document = buildDocument(scraped, {path: 'a.txt'})

  it('makes every line its own block, so sentences never run across lines', () => {
    expect(document.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'heading',
      'listItem',
      'listItem',
      'listItem'
    ])
    for (const sentence of document.sentences) {
      expect(textOf(document, sentence.start, sentence.end)).not.toContain('\n')
    }
  })

  it('treats short lines without closing punctuation, and short questions, as headings', () => {
    expect(document.headings.map((block) => textOf(document, block.start, block.end))).toEqual([
      'Why Ketamine Clinics Are Booming',
      'How Does It Work?',
      'It acts on glutamate'
    ])
  })

  it('splits a leading title-case label off a list item as a sentence of its own', () => {
    const item = document.blocks[4]
    expect(item.sentences.map((sentence) => [sentence.role, textOf(document, sentence.start, sentence.end)])).toEqual([
      ['label', 'Fast Relief:'],
      ['body', 'many people notice a change after a few visits.']
    ])
  })

  it('strips bullets from list items', () => {
    expect(textOf(document, document.blocks[5].sentences[0].start, document.blocks[5].sentences[0].end)).toBe(
      'Another bullet without a full stop'
    )
    expect(textOf(document, document.blocks[6].sentences[0].start, document.blocks[6].sentences[0].end)).toBe('Numbered step one.')
  })

  it('sets sections from headings', () => {
    const sentence = document.sentences.find((item) => item.prose.startsWith('It acts'))!
    expect(document.sections[sentence.block.section].title).toBe('It acts on glutamate')
  })

  it("reads a shop page's check marks and arrows as bullets", () => {
    const shop = buildDocument(['The drink mix is made with zinc.', '✓ No crash', '✔ Calmer homework time', '➤ Ships in two days'].join('\n'), {path: 'c.txt'})
    expect(shop.blocks.map((block) => block.kind)).toEqual(['paragraph', 'listItem', 'listItem', 'listItem'])
    expect(shop.blocks[2].sentences[0].prose).toBe('Calmer homework time')
  })

  it('does not take a long line ending in a full stop for a heading', () => {
    const single = buildDocument('Clinics say this helps.', {path: 'b.txt'})
    expect(single.blocks[0].kind).toBe('paragraph')
  })
})

describe('offsets point into the original text', () => {
  it('keeps offsets through non-breaking spaces, curly quotes and CRLF', () => {
    const text = 'First line here.\r\nIt\u2019s\u00a0a \u201cgame-changer\u201d for many.\r\nLast line.'
    const document = buildDocument(text, {path: 'c.txt'})
    const tokens = document.sentences.flatMap((sentence) => sentence.tokens)
    const itIs = tokens.find((token) => token.lower === "it's")!
    expect(textOf(document, itIs.start, itIs.end)).toBe('It\u2019s')
    const game = tokens.find((token) => token.lower === 'game-changer')!
    expect(textOf(document, game.start, game.end)).toBe('game-changer')
    expect(game.parts).toEqual(['game', 'changer'])
    expect(document.sentences).toHaveLength(3)
    expect(document.toPoint(game.start)).toEqual({line: 2, column: 9, offset: game.start})
  })

  it('counts columns in UTF-16 code units after emoji', () => {
    const text = '\ud83d\ude00\ud83d\ude00 Ketamine clinics are busy.'
    const document = buildDocument(text, {path: 'd.txt'})
    const word = document.sentences[0].tokens.find((token) => token.lower === 'ketamine')!
    expect(word.start).toBe(5)
    expect(textOf(document, word.start, word.end)).toBe('Ketamine')
    expect(document.toPoint(word.start).column).toBe(6)
  })

  it('keeps a byte order mark out of the words but in the offsets', () => {
    const text = '\ufeffKetamine is a medicine.'
    const document = buildDocument(text, {path: 'e.txt'})
    const first = document.sentences[0].tokens[0]
    expect(first.start).toBe(1)
    expect(first.lower).toBe('ketamine')
  })
})

describe('Markdown documents', () => {
  const markdown = [
    '---',
    'title: Ketamine FAQ',
    '---',
    '',
    '# What **is** ketamine?',
    '',
    'Ketamine is an anaesthetic ([FDA label](https://www.accessdata.fda.gov/label.pdf)). See `dose` notes.[^1]',
    '',
    '> A quoted line that',
    '> continues here.',
    '',
    '- **Fast Relief:** some people feel better.',
    '',
    '```',
    'code is not prose',
    '```',
    '',
    '## References',
    '',
    '[^1]: Smith J. A trial. 2021.'
  ].join('\n')
  const document = buildDocument(markdown, {path: 'f.md'})

  it('skips front matter and code', () => {
    expect(document.frontmatter).toBeDefined()
    expect(document.sentences.some((sentence) => sentence.prose.includes('title'))).toBe(false)
    expect(document.sentences.some((sentence) => sentence.prose.includes('code is not prose'))).toBe(false)
  })

  it('reads headings through inline markup', () => {
    expect(document.headings[0].sentences[0].prose.trim().replace(/\s+/g, ' ')).toBe('What is ketamine?')
  })

  it('records links and footnote references as citations of their sentence', () => {
    const sentence = document.sentences.find((item) => item.prose.includes('anaesthetic'))!
    expect(sentence.citations.map((citation) => citation.kind)).toContain('link')
    expect(document.links[0].url).toBe('https://www.accessdata.fda.gov/label.pdf')
    const footnoted = document.sentences.find((item) => item.prose.includes('notes'))!
    expect(footnoted.citations.map((citation) => citation.kind)).toContain('footnote')
  })

  it('blanks blockquote markers inside a quoted paragraph', () => {
    const quoted = document.blocks.find((block) => block.quoted)!
    expect(quoted.sentences).toHaveLength(1)
    expect(quoted.sentences[0].tokens.map((token) => token.lower)).toEqual(['a', 'quoted', 'line', 'that', 'continues', 'here', '.'])
  })

  it('splits an emphasised list label off as a sentence', () => {
    const item = document.blocks.find((block) => block.kind === 'listItem')!
    expect(item.sentences.map((sentence) => sentence.role)).toEqual(['label', 'body'])
  })

  it('marks the references section', () => {
    const references = document.sections.find((section) => section.title === 'References')!
    expect(references.role).toBe('references')
  })
})

describe('comments section', () => {
  it('finds the comments after the article, not the counter in the page header', () => {
    const text = [
      'Is Ketamine Right For You',
      '- 3 Comments',
      'Many people who have lived with depression for years want to know whether ketamine could help them, and what a visit involves.',
      '3 Comments',
      'Jo Smith',
      'great',
      'Ana Lee',
      'Does insurance cover the infusions?'
    ].join('\n')
    const document = buildDocument(text, {path: 'g.txt'})
    expect(document.commentsSection).toBeDefined()
    expect(textOf(document, document.commentsSection!.start, document.commentsSection!.start + 10)).toBe('3 Comments')
    const comment = document.sentences.find((sentence) => sentence.prose === 'great')!
    expect(document.sections[comment.block.section].role).toBe('comments')
    expect(document.stats.words).toBeLessThan(30)
  })

  it('finds none in an article that only talks about comments', () => {
    const text = 'Ketamine Questions\nReaders left many comments on our last post about infusions and asked how long a visit lasts.\nWe answer the three most common questions below.'
    expect(buildDocument(text, {path: 'h.txt'}).commentsSection).toBeUndefined()
  })
})

describe('sentence-final words the parser reads as abbreviations', () => {
  it('gives "Here." at a sentence end its own full stop, in the middle of a text and at its end', () => {
    for (const [text, path] of [['Recovery Starts Here. Call us.', 'g.txt'], ['# Healing\n\nYour healing begins *Here*.\n', 'h.md']] as const) {
      const document = buildDocument(text, {path})
      const sentence = document.sentences.find((candidate) => candidate.tokens.some((token) => token.lower === 'here'))!
      const here = sentence.tokens.findIndex((token) => token.lower === 'here')
      expect(sentence.tokens[here].text).toBe('Here')
      expect(sentence.tokens[here + 1]?.text).toBe('.')
      expect(text.slice(sentence.tokens[here + 1].start, sentence.tokens[here + 1].end)).toBe('.')
    }
  })

  it('keeps an abbreviation inside a sentence whole', () => {
    const document = buildDocument('Write to Dr. Lee today.', {path: 'i.txt'})
    expect(document.sentences[0].tokens.map((token) => token.text)).toContain('Dr.')
  })
})

describe('quoteAround', () => {
  // The index it searches must give what a scan of every quotation gives:
  // the shortest quotation holding the range among those before the first
  // that starts after it, the first of equals.
  function scanned(document: Document, start: number, end: number): Quote | undefined {
    let found: Quote | undefined
    for (const quote of findQuotes(document)) {
      if (quote.start > start) break
      if (quote.start <= start && end <= quote.end && (!found || quote.end - quote.start < found.end - found.start)) found = quote
    }

    return found
  }

  it('finds the quotation a scan of them all finds, at every offset of quoted pages', () => {
    const pages = ['heldout', 'heldout2', 'heldout3'].flatMap((name) => {
      const folder = new URL(`../fixtures/${name}/`, import.meta.url)
      return readdirSync(folder).filter((file) => /\.(?:md|txt)$/.test(file) && file !== 'README.md').map((file) => ({path: file, text: readFileSync(new URL(file, folder), 'utf8')}))
    })
    const nested = '# Q\n\n“She said ‘it works’ and “it lasts”,” he wrote. > not a quote\n\n> A quoted block “with a quote” inside.\n\n“Open and ‘never closed.\n'
    let quoted = 0
    for (const {path, text} of [{path: 'nested.md', text: nested}, ...pages]) {
      const document = buildDocument(text, {path})
      quoted += findQuotes(document).length
      // Callers ask for a quotation's own range, and for claims that end where it ends.
      for (const quote of findQuotes(document)) {
        for (const [start, end] of [[quote.start, quote.end], [quote.start + 1, quote.end], [quote.start, quote.end - 1], [quote.end, quote.end]]) {
          expect(quoteAround(document, start, end)).toBe(scanned(document, start, end))
        }
      }

      for (let start = 0; start < text.length; start += 3) {
        for (const length of [0, 1, 7, 40]) {
          expect(quoteAround(document, start, start + length)).toBe(scanned(document, start, start + length))
        }
      }
    }

    expect(quoted).toBeGreaterThan(20)
  })
})
