import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

const plain = `How the visit works

You come to the clinic in the morning. A nurse checks your blood pressure. Then the doctor gives the medicine through a drip in your arm. Most visits take about two hours. You must not drive until the next day, so bring a friend.
`

const dense = `Ketamine infusion therapy represents an innovative pharmacological intervention for individuals experiencing treatment-resistant depressive disorders, offering considerable therapeutic potential. Comprehensive evaluation by experienced multidisciplinary practitioners facilitates individualized administration protocols that optimize therapeutic outcomes for patients who have not responded adequately to conventional antidepressant medications.
`

function statsOf(text: string, path = 'draft.txt') {
  return lint(text, {path, config: {extends: [], rules: {}}}).stats
}

describe('stats in every result', () => {
  it('carries counts, grades and shares', () => {
    const stats = statsOf(plain)
    for (const key of ['words', 'sentences', 'paragraphs', 'fleschKincaidGrade', 'fleschReadingEase', 'smogIndex', 'colemanLiau', 'longSentenceShare', 'passiveShare']) {
      expect(typeof stats[key], key).toBe('number')
    }

    expect(stats.fleschKincaidGrade).toBeLessThan(6)
    expect(stats.fleschReadingEase).toBeGreaterThan(70)
  })

  it('rates dense copy far above plain copy', () => {
    const stats = statsOf(dense)
    expect(stats.fleschKincaidGrade).toBeGreaterThan(16)
    expect(stats.fleschReadingEase).toBeLessThan(20)
    expect(stats.longSentenceShare).toBe(0.5)
  })

  it('does not score headings, list labels, the comments section or front matter as prose', () => {
    const base = statsOf(plain).fleschKincaidGrade
    const withComments = `${plain}\n3 Comments\nMaria\nThe pharmacological characterization of intravenous administration necessitates comprehensive understanding.\n`
    expect(statsOf(withComments).fleschKincaidGrade).toBe(base)

    const markdown = `---\ntitle: Pharmacological considerations regarding intravenous administration\n---\n\n# Comprehensive Pharmacological Considerations\n\n${plain.split('\n').slice(2).join('\n')}\n- **Individualized Administration Protocols:** A nurse stays with you.\n`
    expect(statsOf(markdown, 'draft.md').fleschKincaidGrade).toBeLessThan(6)
  })

  it('counts passive sentences', () => {
    const stats = statsOf('The medicine is given by a nurse. You rest in a quiet room. Your blood pressure is checked every hour. You go home after two hours.')
    expect(stats.passiveShare).toBe(0.5)
  })

  it('gives zeros, not NaN, for a file with no prose', () => {
    const stats = statsOf('# Title only\n', 'draft.md')
    expect(stats.fleschKincaidGrade).toBe(0)
    expect(JSON.stringify(stats)).not.toContain('null')
  })
})
