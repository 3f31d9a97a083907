import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

function spelling(text: string, options?: Record<string, unknown>, path = 'draft.txt') {
  return lintWith(text, {spelling: options ? ['warn', options] : 'warn'}, {path}).filter((message) => message.ruleId === 'spelling')
}

describe('spelling', () => {
  it('does not load the dictionary for a run without the rule', async () => {
    lintWith('Ketamine is a medicine. Our nurses reccomend rest.', {'reading-level': 'warn'})
    const dictionary = await import('../rules/spelling/dictionary.js')
    expect(dictionary.loadMilliseconds).toBe(0)
    spelling('Our nurses reccomend rest.')
    expect(dictionary.loadMilliseconds).toBeGreaterThan(0)
  })

  it('flags a run-on misspelling and suggests the words it was meant to be', () => {
    for (const text of [
      'Supervisionining is part of every visit.',
      'Every visit includes Medical Supervisionining by a nurse.',
      'Medical Supervisionining\n\nA nurse stays with you.',
      'Every visit includes medical supervisionining by a nurse.'
    ]) {
      const [message] = spelling(text)
      expect(message?.message, text).toMatch(/Supervisionining/i)
      const suggestions = (message.suggestions ?? []).map((value) => value.toLowerCase())
      expect(suggestions).toContain('supervising')
      expect(suggestions).toContain('supervision')
    }
  })

  it('flags ordinary typos with the dictionary word', () => {
    const [message] = spelling('Our nurses reccomend a quiet room after the infusion.')
    expect(message.suggestions).toEqual(['recommend'])
    expect(message.severity).toBe('warning')
  })

  it('suggests words two edits away, prefixed and inflected ones included, the likeliest first', () => {
    const suggested = (text: string) => spelling(text)[0]?.suggestions
    expect(suggested('Our nurses reccomended a quiet room.')).toEqual(['recommended'])
    expect(suggested('Book your visit for tommorow morning.')?.[0]).toBe('tomorrow')
    expect(suggested('The staff check on maintainance of the room.')).toContain('maintenance')
  })

  it('gives a word the same suggestions whatever was asked before it (a worker lints files in any order)', async () => {
    const {loadSpeller} = await import('../rules/spelling/dictionary.js')
    const speller = loadSpeller()
    const quick = speller.suggest('excercize', false)
    expect(speller.suggest('excercize', true)).toContain('exercise')
    expect(speller.suggest('excercize', false)).toEqual(quick)
  })

  it('knows the medical vocabulary', () => {
    expect(spelling('Esketamine (Spravato) and ketamine act on glutamate and NMDA receptors. Some think neuroplasticity explains it. Ketamine-assisted psychotherapy is used for PTSD, and psilocybin is being studied. Detox, telehealth visits and microdosing are not the same thing.')).toEqual([])
  })

  it('accepts the words of the accept list, in any case', () => {
    expect(spelling('Ask about Brightwellia at your first visit. brightwellia is our clinic app.', {accept: ['BrightWellia']})).toEqual([])
  })

  it('skips names, addresses, numbers and the comments section', () => {
    expect(spelling('Our founder, Dr. Okonkwo-Baptiste, trained at Emory. Write to hello@calmwaters.health or visit calmwaters.health today. Doses start at 0.5mg per kg.')).toEqual([])
    expect(spelling('Ketamine therapy is offered at our clinic for adults with depression who have tried two or more antidepressants.\n3 Comments\nXiomara Quintanilla\nmantap sekali artikelnya\n')).toEqual([])
    expect(spelling('"I feel like myself again." — Priya, 41, Denver')).toEqual([])
  })

  it('says once that it did not check a page in another language, instead of flagging every word', () => {
    const page = 'Terapi ketamin adalah pilihan baru untuk depresi yang sulit diobati. Dokter kami memantau tekanan darah selama infus berlangsung. Banyak pasien merasa lebih tenang setelah beberapa sesi, tetapi hasilnya berbeda untuk setiap orang.'
    const messages = spelling(page)
    expect(messages).toHaveLength(1)
    expect(messages[0].severity).toBe('info')
    expect(messages[0].message).toMatch(/^Spelling not checked: \d+% of the words are not English \(another language, or code\?\)$/)
    expect(messages[0].help).toMatch(/^The rule checks English only/)
  })

  it('skips words in other scripts and with accents', () => {
    expect(spelling('Our nurse Zoë greets you in English, español or 中文 at the café.')).toEqual([])
  })

  it('stays quiet on the fixtures except for their labelled typos', () => {
    const labels = JSON.parse(readFileSync(new URL('../fixtures/labels.json', import.meta.url), 'utf8')) as Array<{id: string; format: string; typos?: string[]}>
    let typos = 0
    for (const label of labels) {
      const path = `${label.id}.${label.format}`
      const text = readFileSync(new URL(`../fixtures/articles/${path}`, import.meta.url), 'utf8')
      const flagged = spelling(text, undefined, path).map((message) => text.slice(message.offset, message.endOffset))
      expect(flagged, label.id).toEqual(label.typos ?? [])
      typos += flagged.length
    }

    expect(typos).toBe(8)
  })

  it("accepts mindlint, the linter's own name, as users write it in their docs", () => {
    expect(spelling('Run mindlint before you publish. Mindlint reads every draft.')).toEqual([])
  })
})
