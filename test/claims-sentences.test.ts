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
const files = ['../fixtures/sentences.json', '../fixtures/claims/sentences.json']

for (const file of files) {
  const sentences = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as LabelledSentence[]

  describe(`labelled claim sentences in ${file.slice(3)}`, () => {
    it('cover every claim rule, flagged and not', () => {
      const rules = new Set(sentences.map((sentence) => sentence.rule).filter(Boolean))
      expect(rules.size).toBe(8)
      expect(sentences.filter((sentence) => sentence.flagged).length).toBeGreaterThan(20)
      expect(sentences.filter((sentence) => !sentence.flagged).length).toBeGreaterThan(20)
    })

    for (const [index, sentence] of sentences.entries()) {
      const title = `${index}: ${sentence.flagged ? 'flags' : 'leaves'} (${sentence.why}): ${sentence.text}`
      it(title, () => {
        const found = claimMessages(sentence.text, 'sentence.txt').map((message) => message.ruleId)
        if (sentence.flagged) expect(found).toContain(sentence.rule)
        else expect(found).toEqual([])
      })
    }
  })
}
