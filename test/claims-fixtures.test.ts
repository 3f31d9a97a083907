import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {claimMessages, scoreArticles} from './claim-scoring.js'

const articles = new URL('../fixtures/articles/', import.meta.url)

describe('claim rules on the labelled fixture articles (txt and md)', () => {
  const score = scoreArticles(new URL('../fixtures/labels.json', import.meta.url), articles)

  it('finds the labelled claims (recall)', () => {
    expect(score.misses).toEqual([])
    expect(score.recall).toBeGreaterThanOrEqual(0.95)
  })

  it('flags nothing else (precision)', () => {
    expect(score.falseFlags).toEqual([])
    expect(score.precision).toBeGreaterThanOrEqual(0.95)
  })
})

describe('careful patient pages', () => {
  const careful = readdirSync(articles).filter((name) => name.startsWith('careful-'))

  it('are all here', () => {
    expect(careful.length).toBeGreaterThanOrEqual(5)
  })

  for (const name of careful) {
    it(`${name} gets no claim warning or error`, () => {
      const text = readFileSync(new URL(name, articles), 'utf8')
      expect(claimMessages(text, name).map((message) => `${message.ruleId}: ${message.message}`)).toEqual([])
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
