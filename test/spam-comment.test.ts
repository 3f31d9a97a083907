import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {actionable, lintWith} from './helpers.js'

/**
 * Precision and recall of spam-comment over the hand-labelled comments in
 * `fixtures/comments/` (articles written for this project, each with a
 * comments section in a different layout).
 */
interface Label {
  text: string
  spam: boolean
  kind: string
}

const labels = JSON.parse(readFileSync(new URL('../fixtures/comments/labels.json', import.meta.url), 'utf8')) as {
  files: Array<{file: string; comments: Label[]}>
}

interface Outcome {
  label: Label
  file: string
  flagged: boolean
  found: boolean
  message?: string
}

function evaluate(): Outcome[] {
  const outcomes: Outcome[] = []
  for (const {file, comments} of labels.files) {
    const text = readFileSync(new URL(`../fixtures/comments/${file}`, import.meta.url), 'utf8')
    const found = buildDocument(text, {path: file}).commentsSection?.comments ?? []
    const messages = actionable(lintWith(text, {'spam-comment': 'warn'}, {path: file}), 'spam-comment')
    let from = 0
    for (const label of comments) {
      const start = text.indexOf(label.text, from)
      if (start === -1) throw new Error(`${file}: label not found after offset ${from}: ${label.text}`)
      from = start + label.text.length
      const comment = found.find((item) => item.start <= start && start < item.end)
      const message = messages.find((item) => item.offset! <= start && start < item.endOffset!)
      outcomes.push({label, file, flagged: message !== undefined, found: comment !== undefined, ...(message ? {message: message.message} : {})})
    }
  }

  return outcomes
}

describe('spam-comment on the labelled fixture comments', () => {
  const outcomes = evaluate()
  const spam = outcomes.filter((outcome) => outcome.label.spam)
  const genuine = outcomes.filter((outcome) => !outcome.label.spam)
  const truePositives = spam.filter((outcome) => outcome.flagged).length
  const falsePositives = genuine.filter((outcome) => outcome.flagged).length
  const precision = truePositives / Math.max(1, truePositives + falsePositives)
  const recall = truePositives / Math.max(1, spam.length)

  it('has at least 40 labelled comments, spam and genuine', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(40)
    expect(spam.length).toBeGreaterThanOrEqual(15)
    expect(genuine.length).toBeGreaterThanOrEqual(15)
  })

  it('finds every labelled comment in the comments section', () => {
    expect(outcomes.filter((outcome) => !outcome.found).map((outcome) => `${outcome.file}: ${outcome.label.text}`)).toEqual([])
  })

  it('reaches its precision and recall floors', () => {
    const missed = spam.filter((outcome) => !outcome.flagged).map((outcome) => `missed ${outcome.file}: ${outcome.label.text}`)
    const wrong = genuine.filter((outcome) => outcome.flagged).map((outcome) => `false ${outcome.file}: ${outcome.label.text}: ${outcome.message}`)
    console.log(`spam-comment fixtures: ${outcomes.length} comments, tp ${truePositives}, fp ${falsePositives}, fn ${spam.length - truePositives}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`, [...missed, ...wrong])
    expect(precision, wrong.join('\n')).toBeGreaterThanOrEqual(0.95)
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(0.9)
  })
})
