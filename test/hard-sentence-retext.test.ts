import {readdirSync, readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {readingOf} from '../src/document/readability.js'
import {lintWith} from './helpers.js'

/**
 * hard-sentence computes retext-readability's seven formulas from the
 * document model's shared counts instead of running the plugin. With the
 * same settings it must flag exactly the sentences retext-readability flags,
 * on every prose sentence of the fixtures.
 */
const folder = new URL('../fixtures/articles/', import.meta.url)
const files = readdirSync(folder).filter((name) => /\.(?:txt|md)$/.test(name))

const settings = [
  {label: "retext-readability's defaults", age: 16, threshold: 4 / 7, minWords: 5},
  {label: "hard-sentence's defaults", age: 18, threshold: 5 / 7, minWords: 12}
]

/** Start offsets of the sentences retext-readability flags, per block. */
function retextFlags(prose: string, blockStart: number, options: {age: number; threshold: number; minWords: number}): Set<number> {
  const processor = unified().use(retextEnglish).use(retextReadability, options)
  const file = new VFile(prose)
  processor.runSync(processor.parse(file), file)
  return new Set(file.messages.map((message) => blockStart + (message.place && 'start' in message.place ? message.place.start.offset! : -1)))
}

describe('hard-sentence agrees with retext-readability', () => {
  for (const setting of settings) {
    it(`with ${setting.label}`, () => {
      let compared = 0
      let flagged = 0
      for (const name of files) {
        const text = readFileSync(new URL(name, folder), 'utf8')
        const path = name.endsWith('.md') ? 'example.md' : 'example.txt'
        const document = buildDocument(text, {path})
        const ours = new Set(
          lintWith(text, {'hard-sentence': ['warn', {targetAge: setting.age, threshold: setting.threshold, minWords: setting.minWords, skipDefinitions: false}]}, {path})
            .map((message) => message.offset)
        )

        const byBlock = new Map<number, Set<number>>()
        for (const {sentence} of readingOf(document).sentences) {
          // A list label split off the front ("Rapid Relief: ...") is one sentence to retext.
          if (sentence.block.sentences.some((other) => other.role === 'label')) continue
          const block = sentence.block
          if (!byBlock.has(block.index)) byBlock.set(block.index, retextFlags(block.prose, block.start, setting))
          const theirs = byBlock.get(block.index)!.has(sentence.start)
          expect(ours.has(sentence.start), `${name}: "${sentence.prose.slice(0, 80)}"`).toBe(theirs)
          compared++
          if (theirs) flagged++
        }
      }

      expect(compared).toBeGreaterThan(400)
      expect(flagged).toBeGreaterThan(0)
    })
  }
})
