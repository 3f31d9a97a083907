import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {actionable, lintWith} from './helpers.js'

/**
 * The comments rules scored on the fixture articles the way
 * `shared/tools/score.mjs` scores them: every labelled spam comment and
 * boilerplate line needs a comments-category message over it, and any
 * other comments message is a false flag (so the article bodies must stay
 * quiet). Markdown articles are scored too.
 */
interface ArticleLabel {
  id: string
  format: string
  spam_comments: string[]
  boilerplate: string[]
}

const labels = JSON.parse(readFileSync(new URL('../fixtures/labels.json', import.meta.url), 'utf8')) as ArticleLabel[]

describe('comments rules on the fixture articles', () => {
  let truePositives = 0
  let falseNegatives = 0
  const falseFlags: string[] = []
  const misses: string[] = []
  for (const article of labels) {
    const path = `${article.id}.${article.format}`
    const text = readFileSync(new URL(`../fixtures/articles/${path}`, import.meta.url), 'utf8')
    const messages = actionable(lintWith(text, {'spam-comment': 'warn', 'page-chrome': 'warn'}, {path}))
    const spans = [...article.spam_comments, ...article.boilerplate].map((quote) => {
      const start = text.lastIndexOf(quote)
      return {quote, start, end: start + quote.length}
    })
    for (const span of spans) {
      if (messages.some((message) => message.offset! < span.end && span.start < message.endOffset!)) truePositives++
      else {
        falseNegatives++
        misses.push(`${article.id}: ${span.quote}`)
      }
    }

    for (const message of messages) {
      if (!spans.some((span) => message.offset! < span.end && span.start < message.endOffset!)) {
        falseFlags.push(`${article.id}: ${message.ruleId}: ${text.slice(message.offset, message.endOffset)}`)
      }
    }
  }

  it('flags nothing that is not labelled spam or boilerplate', () => {
    expect(falseFlags).toEqual([])
  })

  it('finds the labelled spam and boilerplate', () => {
    console.log(`comments rules on fixtures/articles: tp ${truePositives}, fn ${falseNegatives}, fp ${falseFlags.length}`, misses)
    // The two misses are "N Comments" lines heading comments that are in
    // the draft, which page-chrome leaves to spam-comment by design.
    expect(truePositives).toBeGreaterThanOrEqual(17)
    expect(falseNegatives).toBeLessThanOrEqual(2)
  })
})
