import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {claimMessages, scoreArticles} from './claim-scoring.js'

const articles = new URL('../fixtures/articles/', import.meta.url)

const claimArticles = new URL('../fixtures/claims/articles/', import.meta.url)

const sets = [
  {name: 'the project fixtures', labels: new URL('../fixtures/labels.json', import.meta.url), directory: articles},
  {name: 'the claims fixtures', labels: new URL('../fixtures/claims/labels.json', import.meta.url), directory: claimArticles}
]

for (const set of sets) {
  describe(`claim rules on ${set.name} (txt and md, scored like score.mjs)`, () => {
    const score = scoreArticles(set.labels, set.directory)

    it('finds the labelled claims (recall)', () => {
      expect(score.misses).toEqual([])
      expect(score.recall).toBeGreaterThanOrEqual(0.95)
    })

    it('flags nothing else (precision)', () => {
      expect(score.falseFlags).toEqual([])
      expect(score.precision).toBeGreaterThanOrEqual(0.95)
    })
  })
}

describe('careful patient pages', () => {
  const careful = sets.flatMap(({directory}) =>
    readdirSync(directory)
      .filter((name) => name.startsWith('careful-'))
      .map((name) => new URL(name, directory))
  )

  it('are all here', () => {
    expect(careful.length).toBeGreaterThanOrEqual(6)
  })

  for (const file of careful) {
    const name = file.pathname.split('/').at(-1)!
    it(`${name} gets no claim warning or error`, () => {
      expect(claimMessages(readFileSync(file, 'utf8'), name).map((message) => `${message.ruleId}: ${message.message}`)).toEqual([])
    })
  }
})

describe('the design card examples', () => {
  it('flags "Minimal Side Effects" with an unsourced fewer-side-effects comparison', () => {
    const text = '- Minimal Side Effects: When administered in a controlled setting, ketamine has been found to have fewer side effects compared to traditional antidepressants.'
    const messages = claimMessages(text, 'card.txt')
    expect(messages.some((message) => message.ruleId === 'safety-claim' && /minimal side effects/i.test(message.message))).toBe(true)
    expect(messages.some((message) => message.ruleId === 'safety-claim' && /fewer side effects/i.test(message.message))).toBe(true)
    expect(messages.some((message) => message.ruleId === 'evidence-claim')).toBe(true)
  })

  it('flags "mounting data" as unsourced evidence and not "guarantees" as a guaranteed result', () => {
    const text = 'The mounting data confirming its potency guarantees that the medical community will continue to debate this issue.'
    const messages = claimMessages(text, 'card.txt')
    expect(messages.map((message) => message.ruleId)).toEqual(['evidence-claim'])
    expect(messages[0].message).toMatch(/^'mounting data'/)
  })

  it('does not flag "Ketamine just like any drug is not a cure"', () => {
    expect(claimMessages('Ketamine just like any drug is not a cure.', 'card.txt')).toEqual([])
  })
})
