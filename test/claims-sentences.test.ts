import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {claimMessages} from './claim-scoring.js'

interface LabelledSentence {
  text: string
  flagged: boolean
  rule: string | null
  why: string
}

/**
 * Every labelled sentence of `fixtures/sentences.json`: a flagged one must
 * get a warning or error from its rule; an unflagged one must get no claim
 * warning or error at all (hedged efficacy, speed and hype become notes).
 */
const sentences = JSON.parse(readFileSync(new URL('../fixtures/sentences.json', import.meta.url), 'utf8')) as LabelledSentence[]

describe('labelled claim sentences', () => {
  for (const [index, sentence] of sentences.entries()) {
    const title = `${index}: ${sentence.flagged ? 'flags' : 'leaves'} (${sentence.why}): ${sentence.text}`
    it(title, () => {
      const found = claimMessages(sentence.text, 'sentence.txt').map((message) => message.ruleId)
      if (sentence.flagged) expect(found).toContain(sentence.rule)
      else expect(found).toEqual([])
    })
  }
})
