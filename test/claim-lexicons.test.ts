import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {loadLexicon} from '../src/rule/lexicon.js'

/**
 * Claim lexicons are reviewable data: every entry says why it is there, and
 * every entry that can be reported says on what ground. Entries used only as
 * context (their notes start "Context only") need no source.
 */
const claimRules = allRules.filter((rule) => rule.meta.category === 'claims')

describe('claim lexicons', () => {
  it('exist for all eight claim rules', () => {
    expect(claimRules.map((rule) => rule.meta.id)).toEqual([
      'efficacy-claim',
      'safety-claim',
      'speed-claim',
      'hype-claim',
      'evidence-claim',
      'unsourced-statistic',
      'mechanism-claim',
      'suicide-prevention-claim'
    ])
  })

  for (const rule of claimRules) {
    it(`${rule.meta.id}: every entry has a note, and every reported entry a source`, () => {
      const lexicon = loadLexicon(rule.lexicon!)
      for (const entry of lexicon.phrases) {
        expect(entry.note, entry.phrases[0]).toBeTruthy()
        if (!entry.note!.startsWith('Context only')) expect(entry.source, entry.phrases[0]).toMatch(/^https:\/\//)
      }

      for (const entry of lexicon.allow) expect(entry.note, entry.phrases[0]).toBeTruthy()
    })
  }
})
