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
  files: Array<{file: string; batch?: string; comments: Label[]}>
}

interface Outcome {
  label: Label
  file: string
  batch: string
  flagged: boolean
  found: boolean
  message?: string
}

function evaluate(): Outcome[] {
  const outcomes: Outcome[] = []
  for (const {file, batch = 'dev', comments} of labels.files) {
    const text = readFileSync(new URL(`../fixtures/comments/${file}`, import.meta.url), 'utf8')
    const found = buildDocument(text, {path: file}).commentsSection?.comments ?? []
    const messages = actionable(lintWith(text, {'spam-comment': 'warn'}, {path: file}), 'spam-comment')
    let from = 0
    // A comment that holds two labels was split wrong: the second label counts as not found.
    const taken = new Set<number>()
    for (const label of comments) {
      const start = text.indexOf(label.text, from)
      if (start === -1) throw new Error(`${file}: label not found after offset ${from}: ${label.text}`)
      from = start + label.text.length
      const comment = found.find((item) => item.start <= start && start < item.end)
      const alone = comment !== undefined && !taken.has(comment.index)
      if (comment) taken.add(comment.index)
      const message = messages.find((item) => item.offset! <= start && start < item.endOffset!)
      outcomes.push({label, file, batch, flagged: message !== undefined, found: alone, ...(message ? {message: message.message} : {})})
    }
  }

  return outcomes
}

/**
 * Floors per batch of labels. `dev` is the set the rule was built on;
 * the `blind-*` batches were written later, before looking at the rule's
 * word lists, and measure how it does on comments it was not tuned to.
 */
const floors: Record<string, {precision: number; recall: number; missing: number}> = {
  dev: {precision: 0.95, recall: 0.9, missing: 0},
  'blind-1': {precision: 0.97, recall: 0.95, missing: 0},
  'blind-2': {precision: 0.95, recall: 0.9, missing: 0},
  // As written, neither "Reader comments (17)" nor "Comments 19" was read as a comments marker
  // (recall 0); after the marker fix, with no change to the signals, recall was 0.375; the
  // signals were then widened with it in view (so it is no longer blind).
  'blind-3': {precision: 0.95, recall: 0.85, missing: 0},
  // Untuned: precision 0.889 ("2026 anyone?" read as a one-word reply), recall 0.533; then tuned.
  'blind-4': {precision: 0.95, recall: 0.85, missing: 0},
  // Health-blog comment families (recovery scams, spell casters, SEO drops, loans, mash) and hard
  // genuine ones. First measured with the signals alone: blog-1 P 1.000 R 0.941, blog-2 P 0.964
  // R 0.931; both now train the learned model, so these floors are not blind.
  'blog-1': {precision: 0.97, recall: 0.95, missing: 0},
  'blog-2': {precision: 0.97, recall: 0.95, missing: 0},
  // Written last, after all tuning, and measured once: P 0.974, R 1.000 (two of its labels first
  // pointed at author lines that repeat the text, so the test counted them missed: R 0.946).
  'blog-final': {precision: 0.95, recall: 0.95, missing: 0}
}

const outcomes = evaluate()

describe.each(Object.entries(floors))('spam-comment on the labelled fixture comments, batch %s', (batch, floor) => {
  const inBatch = outcomes.filter((outcome) => outcome.batch === batch)
  const spam = inBatch.filter((outcome) => outcome.label.spam)
  const genuine = inBatch.filter((outcome) => !outcome.label.spam)
  const truePositives = spam.filter((outcome) => outcome.flagged).length
  const falsePositives = genuine.filter((outcome) => outcome.flagged).length
  const precision = truePositives / Math.max(1, truePositives + falsePositives)
  const recall = truePositives / Math.max(1, spam.length)

  it('has at least 30 labelled comments, spam and genuine', () => {
    expect(inBatch.length).toBeGreaterThanOrEqual(30)
    expect(spam.length).toBeGreaterThanOrEqual(12)
    expect(genuine.length).toBeGreaterThanOrEqual(12)
  })

  it('finds each labelled comment in the comments section, one comment each', () => {
    const missing = inBatch.filter((outcome) => !outcome.found).map((outcome) => `${outcome.file}: ${outcome.label.text}`)
    expect(missing.length, missing.join('\n')).toBeLessThanOrEqual(floor.missing)
  })

  it('reaches its precision and recall floors', () => {
    const missed = spam.filter((outcome) => !outcome.flagged).map((outcome) => `missed ${outcome.file}: ${outcome.label.text}`)
    const wrong = genuine.filter((outcome) => outcome.flagged).map((outcome) => `false ${outcome.file}: ${outcome.label.text}: ${outcome.message}`)
    console.log(`spam-comment ${batch}: ${inBatch.length} comments, tp ${truePositives}, fp ${falsePositives}, fn ${spam.length - truePositives}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`, [...missed, ...wrong])
    expect(precision, wrong.join('\n')).toBeGreaterThanOrEqual(floor.precision)
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(floor.recall)
  })
})

it('labels every fixture file in a batch that has floors', () => {
  expect(outcomes.filter((outcome) => !(outcome.batch in floors))).toEqual([])
  expect(outcomes.length).toBeGreaterThanOrEqual(40)
})

describe('spam-comment messages and options', () => {
  const article =
    'Ketamine clinics have opened in many cities over the last five years, and more people are asking what a first visit involves and what it costs.'
  const lintComments = (comments: string[], setting: unknown = 'warn', path = 'a.txt') =>
    actionable(lintWith([article, `${comments.length / 2} Comments`, ...comments].join('\n'), {'spam-comment': setting}, {path}), 'spam-comment')

  it('names the reasons in the message and reports at the comment text', () => {
    const text = [article, '3 Comments', 'Rudi', 'uuuu', 'Max', 'Buy now, message me on WhatsApp for the best price', 'Lia', 'great info https://a.example.com https://b.example.net'].join('\n')
    const messages = actionable(lintWith(text, {'spam-comment': 'warn'}), 'spam-comment')
    expect(messages.map((message) => text.slice(message.offset, message.endOffset))).toEqual([
      'uuuu',
      'Buy now, message me on WhatsApp for the best price',
      'great info https://a.example.com https://b.example.net'
    ])
    // The statement names the first reason; the help lists them all and says what to do.
    expect(messages[0].message).toBe('Likely spam comment: no English words')
    expect(messages[0].help).toContain('Signals: no English words; one-word off-topic reply.')
    expect(messages[1].help).toMatch(/contact requests: .*WhatsApp/)
    expect(messages[1].help).toMatch(/sales words: Buy.*best price/)
    expect(messages[2].help).toContain('two links')
    expect(messages.every((message) => message.help?.startsWith('Remove it from the draft.') && message.fix === undefined)).toBe(true)
  })

  it('leaves genuine comments alone, short ones and ones with a source link included', () => {
    expect(
      lintComments([
        'Ana',
        'Thank you, this helped me decide to talk to my doctor.',
        'Jo',
        'Does the dizziness go away before you leave the clinic?',
        'Lee',
        'The NIMH page on this is good: https://www.nimh.nih.gov/health/topics/depression',
        'Kim',
        'We could not afford to buy it without insurance, so we asked about a payment plan.'
      ])
    ).toEqual([])
  })

  it('leaves short genuine reactions and everyday uses of spam words alone', () => {
    const text = [
      article,
      'Comments',
      'love this',
      'great video, thanks',
      'this helped me a lot',
      'I subscribed after this, your explanations are so clear',
      'My husband and kids support me through every session.',
      'Can anyone help me get my insurance to cover it?',
      'If you are struggling tonight, call or text 988.',
      'who else is here in 2026?',
      '2026 anyone?'
    ].join('\n')
    expect(actionable(lintWith(text, {'spam-comment': 'warn'}), 'spam-comment').map((message) => text.slice(message.offset, message.endOffset))).toEqual([])
  })

  it('flags spam one comment a line, with no author lines', () => {
    const text = [
      article,
      'Comments',
      'love this',
      'Sub 4 sub anyone? Reply done and I will do it',
      'this helped me a lot',
      'click here to earn free robux bit.ly/fr33rbx',
      'mantap bang',
      'Hey guys, I just uploaded my first rap song, please give it a listen'
    ].join('\n')
    const messages = actionable(lintWith(text, {'spam-comment': 'warn'}), 'spam-comment')
    expect(messages.map((message) => text.slice(message.offset, message.endOffset))).toEqual([
      'Sub 4 sub anyone? Reply done and I will do it',
      'click here to earn free robux bit.ly/fr33rbx',
      'mantap bang',
      'Hey guys, I just uploaded my first rap song, please give it a listen'
    ])
    expect(messages[1].message).toContain('a shortened link')
    expect(messages[2].message).toContain('not in English')
  })

  it('does not take the capital that starts a comment for a name when it checks the language', () => {
    const text = [article, 'Comments', 'Bagus artikelnya min', 'Okafor was amazing with my mom', 'Namaste everyone'].join('\n')
    expect(actionable(lintWith(text, {'spam-comment': 'warn'}), 'spam-comment').map((message) => text.slice(message.offset, message.endOffset))).toEqual(['Bagus artikelnya min'])
  })

  it('takes the threshold from the options', () => {
    const comments = ['Sam', 'Nice post, thanks for sharing']
    expect(lintComments(comments)).toEqual([])
    expect(lintComments(comments, ['warn', {threshold: 0.5}])).toHaveLength(1)
  })

  it('does not count another language against comments under an article in that language', () => {
    const spanish =
      'La ketamina se usa en clínicas para la depresión resistente, siempre con supervisión médica y controles de la presión arterial durante la sesión.'
    const text = [spanish, 'Comments', 'Lucía', '¿Cuántas sesiones hacen falta normalmente para notar algún cambio en el ánimo?'].join('\n')
    expect(actionable(lintWith(text, {'spam-comment': 'warn'}), 'spam-comment')).toEqual([])
  })

  it('reads nothing in an article without a comments section', () => {
    const text = `${article}\nReaders often buy the books we recommend, and some message us on WhatsApp; their views shape what we write next.`
    expect(actionable(lintWith(text, {'spam-comment': 'warn'}), 'spam-comment')).toEqual([])
  })
})
