import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {lintWith} from './helpers.js'

const plainPage = Array.from({length: 4}, () =>
  'A nurse gives you the medicine through a drip in your arm. You rest in a quiet room. Most visits take about two hours. Bring a friend to drive you home.'
).join('\n\n')

const densePage = Array.from({length: 6}, () =>
  'Ketamine infusion therapy represents an innovative pharmacological intervention for individuals experiencing treatment-resistant depressive disorders. Comprehensive evaluation by multidisciplinary practitioners facilitates individualized administration protocols.'
).join('\n\n')

describe('reading-level', () => {
  it('is quiet at the target grade, warns above it and errs three grades above', () => {
    expect(lintWith(plainPage, {'reading-level': 'warn'})).toEqual([])

    const [error] = lintWith(densePage, {'reading-level': 'warn'})
    expect(error.severity).toBe('error')
    expect(error.message).toMatch(/^Reads at grade \d+\.\d \(Flesch-Kincaid; reading ease -?\d+\), above the grade 8/)
    expect(error.line).toBeUndefined()

    const [warning] = lintWith(plainPage, {'reading-level': ['warn', {targetGrade: 1, errorAbove: 10}]})
    expect(warning.severity).toBe('warning')
    expect(warning.message).toContain('above the grade 1 patients need')
  })

  it('does not grade code, front matter, headings or list labels', () => {
    const markdown = `---\ntitle: Pharmacological characterization of intravenous administration protocols\n---\n\n# Comprehensive Pharmacological Characterization\n\n${plainPage}\n\n\`\`\`text\nIndividualized pharmacological administration necessitates comprehensive multidisciplinary characterization.\n\`\`\`\n\n- **Multidisciplinary Characterization:** A nurse stays with you.\n`
    const result = lint(markdown, {path: 'page.md', config: {extends: [], rules: {'reading-level': 'warn'}}})
    expect(result.messages).toEqual([])
    expect(result.stats.fleschKincaidGrade).toBe(lint(plainPage + '\n\nA nurse stays with you.', {path: 'page.md', config: {extends: [], rules: {}}}).stats.fleschKincaidGrade)
  })
})

describe('long-sentence', () => {
  const long = 'Ketamine is a medicine that doctors have used in surgery for many years, and some clinics now offer it for depression that has not improved with other treatment, which means patients should ask about the risks, the costs and the evidence before they book a first visit.'

  it('counts the words and names where to split', () => {
    const [message] = lintWith(long, {'long-sentence': 'warn'})
    expect(message.severity).toBe('warning')
    expect(message.message).toBe('47 words: patient copy reads best under 20 words a sentence')
    expect(message.help).toMatch(/^Split after 'treatment' \(word 28\)\./)
  })

  it('gives a note between the two thresholds and nothing below', () => {
    const [note] = lintWith(long, {'long-sentence': ['warn', {noteAbove: 25, warnAbove: 60}]})
    expect(note.severity).toBe('info')
    expect(lintWith('Ketamine is a medicine that doctors have used in surgery for many years.', {'long-sentence': 'warn'})).toEqual([])
  })

  it('does not split inside a list', () => {
    const listy = 'People with depression, anxiety, bipolar disorder, chronic pain, obsessive thoughts, eating disorders or trouble sleeping often ask us whether ketamine could help them feel better again soon.'
    const [message] = lintWith(listy, {'long-sentence': ['warn', {noteAbove: 20}]})
    expect(message.help).toMatch(/^Split /)
    expect(message.help).not.toMatch(/Split after '(?:depression|anxiety|disorder|pain|thoughts)'/)
  })
})

describe('long-paragraph', () => {
  it('warns over the limit and says where to break', () => {
    const paragraph = Array.from({length: 13}, (_, index) => `Sentence ${index + 1} tells the reader one more small thing about the visit.`).join(' ')
    const [message] = lintWith(paragraph, {'long-paragraph': 'warn'})
    expect(message.message).toBe('156 words in one paragraph (at most 150 read well)')
    expect(message.help).toMatch(/^Start a new paragraph at 'Sentence 7 tells the\.\.\.'/)
    expect(lintWith(paragraph, {'long-paragraph': ['warn', {maxWords: 160}]})).toEqual([])
  })
})

describe('passive-voice', () => {
  const sentences = ['The medicine is given by a nurse.', 'Your blood pressure is checked often.', 'You rest in a quiet room.', 'A friend drives you home.', 'You sleep well that night.', 'Most people feel calm.', 'Some people feel dizzy.', 'We call you the next day.', 'You can ask us anything.', 'We answer every call.']

  it('notes each passive sentence and warns when they pass the share', () => {
    const messages = lintWith(sentences.join(' '), {'passive-voice': 'info'})
    expect(messages.filter((message) => message.severity === 'info').map((message) => message.message)).toEqual([
      "Passive voice ('is given')",
      "Passive voice ('is checked')"
    ])
    expect(messages.find((message) => message.severity === 'info')?.help).toMatch(/^Say who does it, e\.g\. "a nurse gives\.\.\." or "you take\.\.\."/)
    const share = messages.filter((message) => message.severity === 'warning')
    expect(share.map((message) => message.message)).toEqual(['20% of sentences are passive (2 of 10; at most 10% read well)'])
    expect(share[0].help).toMatch(/^Rewrite them to say who does what/)
    expect(lintWith(sentences.join(' '), {'passive-voice': ['info', {maxShare: 0.2}]}).filter((message) => message.severity === 'warning')).toEqual([])
  })
})

describe('plain-words', () => {
  it('notes a jargon word once, at its first use, with the plain word', () => {
    const messages = lintWith('Our nurses administer the medicine. They administer it slowly.', {'plain-words': 'info'})
    expect(messages).toHaveLength(1)
    expect(messages[0].suggestions).toEqual(['give'])
    expect(messages[0].column).toBe(12)
  })

  it('flags an acronym spelled out only after its first use', () => {
    const messages = lintWith('TRD is common. Treatment-resistant depression (TRD) affects many adults.', {'plain-words': 'info'})
    expect(messages.map((message) => message.message)).toEqual(["'TRD' is not spelled out"])
    expect(messages[0].help).toMatch(/^Write 'treatment-resistant depression \(TRD\)' the first time\./)
  })

  it('flags an unknown acronym only when the text relies on it', () => {
    expect(lintWith('Ask about our KLC program.', {'plain-words': 'info'})).toEqual([])
    expect(lintWith('Ask about our KLC program. The KLC program takes six weeks.', {'plain-words': 'info'})).toHaveLength(1)
    expect(lintWith('DO NOT DRIVE after a session. DO NOT DRIVE until the next day.', {'plain-words': 'info'})).toEqual([])
  })
})
