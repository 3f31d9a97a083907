import type {Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {startsWithCapital, startsWithDigit} from '../text/word-shapes.js'
import {loadWordLists} from '../text/word-lists.js'
import type {RawBlock} from './raw-block.js'
import type {Block, Sentence, SentenceRole, Token} from './types.js'

const english = unified().use(retextEnglish).freeze()

const sentenceWords = loadWordLists('sentence-words', ['numberLabels', 'ordinaryWords'] as const)

/** Longest list label split off as a sentence of its own ("Minimal Side Effects:"). */
const maxLabelWords = 6

/**
 * Parse one block's prose into English sentences and tokens. Headings are
 * one sentence each; a short title-case label ending in a colon at the start
 * of a list item or paragraph ("Rapid Relief: ...") is a sentence too.
 */
export function splitSentences(raw: RawBlock, block: Block): Sentence[] {
  const shown = raw.hidden && raw.hidden.length > 0 ? shownText(raw.prose, raw.hidden) : undefined
  // The tree is let go once its sentences are read: kept with the document,
  // it outlived several young-generation collections (more garbage-collection
  // work) for nothing a rule reads.
  const tree = english.parse(shown ? shown.text : raw.prose) as NlcstRoot
  const sentences: Sentence[] = []

  const nodes: NlcstSentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      for (const node of splitAtFullStopsInWords(child)) {
        const previous = nodes.at(-1)
        if (previous && endsInNumberLabel(previous) && startsWithNumber(node)) nodes[nodes.length - 1] = joined(previous, node)
        else nodes.push(node)
      }
    }
  }

  if (nodes.length === 0) return sentences

  if (raw.kind === 'heading') {
    const merged: NlcstSentence = {
      type: 'SentenceNode',
      children: nodes.flatMap((node, index) =>
        index === 0 ? node.children : [{type: 'WhiteSpaceNode', value: ' '} as SentenceContent, ...node.children]
      ),
      position: {start: nodes[0].position!.start, end: nodes.at(-1)!.position!.end}
    }
    sentences.push(makeSentence(block, merged, 'heading', shown))
    return sentences
  }

  for (const [index, node] of nodes.entries()) {
    const label = index === 0 ? labelEnd(raw, node) : -1
    if (label > 0) {
      const head: NlcstSentence = {
        type: 'SentenceNode',
        children: node.children.slice(0, label + 1),
        position: {start: node.position!.start, end: node.children[label].position!.end}
      }
      let rest = label + 1
      while (node.children[rest]?.type === 'WhiteSpaceNode') rest++
      sentences.push(makeSentence(block, head, 'label', shown))
      if (rest < node.children.length) {
        const tail: NlcstSentence = {
          type: 'SentenceNode',
          children: node.children.slice(rest),
          position: {start: node.children[rest].position!.start, end: node.position!.end}
        }
        sentences.push(makeSentence(block, tail, 'body', shown))
      }
    } else {
      sentences.push(makeSentence(block, node, 'body', shown))
    }
  }

  return sentences
}

/**
 * parse-english keeps the full stop after a number inside the word and runs
 * on ("It costs $450. Then we left." is one sentence), and does the same
 * after "Here", which it reads as an abbreviation ("Healing Starts Here. Call
 * us."): split the full stop off, and end the sentence there when a
 * capitalised word follows.
 */
function splitAtFullStopsInWords(node: NlcstSentence): NlcstSentence[] {
  // Most sentences have no such number: kept as they are, not copied.
  if (!node.children.some((child) => fullStopInWord(child))) return [node]
  const sentences: NlcstSentence[] = []
  let children: SentenceContent[] = []
  for (let index = 0; index < node.children.length; index++) {
    const child = node.children[index]
    const parts = fullStopInWord(child)
    if (!parts) {
      children.push(child)
      continue
    }

    children.push(...parts)
    const next = node.children[index + 1]
    const after = node.children[index + 2]
    if (next?.type === 'WhiteSpaceNode' && after?.type === 'WordNode' && startsWithCapital(toString(after))) {
      sentences.push(sentenceOf(children))
      children = []
      index++
    }
  }

  if (children.length > 0) sentences.push(sentenceOf(children))
  return sentences
}

function fullStopInWord(child: SentenceContent): SentenceContent[] | undefined {
  if (child.type !== 'WordNode' || child.children.length < 2) return undefined
  const stop = child.children.at(-1)!
  if (stop.type !== 'PunctuationNode' || stop.value !== '.') return undefined
  const digits = child.children.slice(0, -1)
  if (!digits.every((part) => part.type === 'TextNode')) return undefined
  const word = toString({type: 'WordNode', children: digits})
  if (!/^\d[\d,]*$/.test(word) && !ordinaryWords.has(word)) return undefined
  return [{type: 'WordNode', children: digits, position: {start: child.position!.start, end: stop.position!.start}}, stop]
}

/**
 * parse-english ends a sentence at the full stop of "No. 1", "Vol. 3" or
 * "Fig. 2": a label of that kind, written with its full stop, goes with
 * the number after it ("Nigeria's No. 1 Drug Rehabilitation Centre"). Written
 * as labels are (capitalised, but "p." and "pp."), so "We said no. 12 came." still ends.
 */
const numberLabels = new Set(sentenceWords.numberLabels)

function endsInNumberLabel(node: NlcstSentence): boolean {
  const children = node.children
  let index = children.length - 1
  while (index >= 0 && children[index].type === 'WhiteSpaceNode') index--
  const last = children[index]
  if (!last) return false
  // "No." is one word with its full stop inside, or a word then the full stop
  if (last.type === 'WordNode') return /^[A-Za-z]{1,4}\.$/.test(toString(last)) && numberLabels.has(toString(last).slice(0, -1))
  const word = children[index - 1]
  return last.type === 'PunctuationNode' && last.value === '.' && word?.type === 'WordNode' && numberLabels.has(toString(word))
}

function startsWithNumber(node: NlcstSentence): boolean {
  const first = node.children.find((child) => child.type !== 'WhiteSpaceNode')
  return first?.type === 'WordNode' && /^\d/.test(toString(first))
}

function joined(first: NlcstSentence, second: NlcstSentence): NlcstSentence {
  return {
    type: 'SentenceNode',
    children: [...first.children, {type: 'WhiteSpaceNode', value: ' '} as SentenceContent, ...second.children],
    position: {start: first.position!.start, end: second.position!.end}
  }
}

/** Capitalised words parse-english takes for abbreviations (of English counties) that copy uses as words. */
const ordinaryWords = new Set(sentenceWords.ordinaryWords)

function sentenceOf(children: SentenceContent[]): NlcstSentence {
  return {type: 'SentenceNode', children, position: {start: children[0].position!.start, end: children.at(-1)!.position!.end}}
}

/** Index of the colon ending a leading label, or -1. */
function labelEnd(raw: RawBlock, node: NlcstSentence): number {
  let words = 0
  let capitalised = 0
  for (const [index, child] of node.children.entries()) {
    if (child.type === 'WordNode') {
      words++
      if (words > maxLabelWords) return -1
      if (/^[\p{Lu}\p{N}]/u.test(toString(child))) capitalised++
    } else if (child.type === 'PunctuationNode') {
      const value = toString(child)
      if (value === ':') {
        const titleCase = capitalised * 2 >= words && capitalised > 0
        const labelled = raw.startsWithEmphasis || titleCase
        const more = node.children.slice(index + 1).some((rest) => rest.type === 'WordNode')
        return words > 0 && labelled && more ? index : -1
      }

      if (value !== '-' && value !== '&' && value !== '/' && value !== "'") return -1
    }
  }

  return -1
}

/**
 * The text a reader sees of a block whose prose has hidden spans (HTML
 * markup inside a sentence): the prose without them, with where each of
 * its characters sits in the prose.
 */
interface ShownText {
  text: string
  /** For each character of `text`, its index in the prose. */
  at: Int32Array
}

function shownText(prose: string, hidden: readonly number[]): ShownText {
  const at = new Int32Array(prose.length)
  let text = ''
  let length = 0
  let from = 0
  const keep = (to: number) => {
    if (to <= from) return
    text += prose.slice(from, to)
    for (let index = from; index < to; index++) at[length++] = index
  }

  for (let pair = 0; pair < hidden.length; pair += 2) {
    keep(hidden[pair])
    from = Math.max(from, hidden[pair + 1])
  }

  keep(prose.length)
  return {text, at: at.subarray(0, length)}
}

/** The prose index of a start offset into the shown text. */
function proseStart(shown: ShownText | undefined, offset: number): number {
  if (!shown) return offset
  return offset < shown.at.length ? shown.at[offset] : proseEnd(shown, offset)
}

/** The prose index of an end offset into the shown text. */
function proseEnd(shown: ShownText | undefined, offset: number): number {
  if (!shown) return offset
  return offset === 0 ? (shown.at.length > 0 ? shown.at[0] : 0) : shown.at[Math.min(offset, shown.at.length) - 1] + 1
}

function makeSentence(block: Block, node: NlcstSentence, role: SentenceRole, shown?: ShownText): Sentence {
  const localStart = proseStart(shown, node.position!.start.offset!)
  const localEnd = proseEnd(shown, node.position!.end.offset!)
  const tokens = tokenize(block, node, shown)
  let wordCount = 0
  for (const token of tokens) if (token.kind === 'word' || token.kind === 'number') wordCount++

  return {
    index: -1,
    start: block.start + localStart,
    end: block.start + localEnd,
    prose: block.prose.slice(localStart, localEnd),
    role,
    tokens,
    wordCount,
    block,
    citations: []
  }
}

const digits = /^\d[\d.,:]*$/

function tokenize(block: Block, sentence: NlcstSentence, shown?: ShownText): Token[] {
  const tokens: Token[] = []
  let previousEnd = -1

  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode' || child.type === 'SourceNode') continue
    const from = child.position!.start.offset!
    const to = child.position!.end.offset!
    // With hidden spans, words are read from the shown text (no markup inside them); offsets stay the file's.
    const start = block.start + proseStart(shown, from)
    const end = block.start + proseEnd(shown, to)
    const text = shown ? shown.text.slice(from, to) : block.prose.slice(start - block.start, end - block.start)
    const attached = from === previousEnd
    previousEnd = to
    const previous = tokens[tokens.length - 1] as Token | undefined

    if (child.type === 'WordNode') {
      // "1,000" and "2.5" arrive as several nodes: join digit groups back up.
      if (
        previous &&
        attached &&
        /^\d+$/.test(text) &&
        previous.kind === 'punctuation' &&
        (previous.text === ',' || previous.text === '.') &&
        tokens.at(-2)?.kind === 'number' &&
        tokens.at(-2)!.end === previous.start
      ) {
        tokens.pop()
        const number = tokens.at(-1)!
        number.text += previous.text + text
        number.lower = number.text
        number.end = end
        continue
      }

      // Every token has every field (\`parts\` too), in one order: one object shape for the rules' loops.
      const token: Token = {
        kind: startsWithDigit(text) && digits.test(text) ? 'number' : 'word',
        text,
        lower: text.toLowerCase(),
        start,
        end,
        parts: undefined,
        attached
      }
      if (text.includes('-') && /[^-]-[^-]/.test(text)) {
        token.parts = token.lower.split('-').filter(Boolean)
      }

      tokens.push(token)
    } else {
      const kind = child.type === 'SymbolNode' ? 'symbol' : 'punctuation'
      // "90%" is one number.
      if (text === '%' && attached && previous?.kind === 'number') {
        previous.text += '%'
        previous.lower = previous.text
        previous.end = end
        continue
      }

      tokens.push({kind, text, lower: text, start, end, parts: undefined, attached})
    }
  }

  return tokens
}
