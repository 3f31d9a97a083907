import {describe, expect, it} from 'vitest'
import {allRules} from '../rules/index.js'
import {loadLexicon} from '../src/rule/lexicon.js'
import {splitAlternativeProblems} from '../src/text/phrase-pitfalls.js'
import {builtInTreatmentPhrases} from '../src/text/treatments.js'

/**
 * `a|b c` is "a c" or "b c": alternatives are single words. Several-word
 * alternatives written that way match something else than meant, often
 * nothing; the check finds the traces such a slip leaves.
 */
describe('several-word alternatives split by the phrase syntax', () => {
  it('flags a word listed twice in one slot', () => {
    expect(splitAlternativeProblems('stored in your fat|fat cells|tissue')).toEqual([
      expect.stringContaining('"fat|fat" lists "fat" twice: alternatives are single words ("a|b c" is "a c" or "b c")')
    ])
  })

  it('flags a word in one slot and in the slot beside it', () => {
    expect(splitAlternativeProblems('more|far more|much more likely to recover')).toEqual([
      expect.stringContaining('"more" is in "more|far" and in the next slot "more|much"'),
      expect.stringContaining('"more" is in "more|much" and in the next slot "more"')
    ])
    expect(splitAlternativeProblems("won't|will not|doesn't|does not|never leave you groggy")).toEqual([
      expect.stringContaining('"not" is in "not|doesn\'t|does" and in the next slot "not|never"')
    ])
  })

  it('flags two neighbouring words that are also one alternative there', () => {
    expect(splitAlternativeProblems('can not|cannot overdose')).toEqual([expect.stringContaining('"can not" is also the alternative "cannot" there')])
    expect(splitAlternativeProblems('hook up|hookup tonight')).toEqual([expect.stringContaining('"hook up" is also the alternative "hookup" there')])
    expect(splitAlternativeProblems("you are|you're receiving this email")).toEqual([expect.stringContaining('"you are" is also the alternative "you\'re" there')])
    expect(splitAlternativeProblems('twelve percent|per cent of our patients')).toEqual([expect.stringContaining('"per cent" is also the alternative "percent" there')])
  })

  it('flags the first word of a two-word name listed beside words that do not go before the second', () => {
    expect(splitAlternativeProblems('train|trains ... brain|mind|nervous system to')).toEqual([
      expect.stringContaining('"brain|mind|nervous system" lists "nervous system" beside words that do not go before "system"')
    ])
    expect(splitAlternativeProblems('as safe as a haircut|massage|teeth cleaning')).toEqual([expect.stringContaining('lists "teeth cleaning"')])
    expect(splitAlternativeProblems('calm|quiet the limbic|nervous system')).toEqual([])
    expect(splitAlternativeProblems('reset|calm the stress|fight-or-flight response')).toEqual([])
  })

  it('says how to write several-word alternatives instead', () => {
    expect(splitAlternativeProblems('addiction|mental health|medical|health? experts say')[0]).toMatch(/write several-word alternatives with hyphens \(mental-health\|medical\) or as phrases of their own$/)
  })

  it('passes single-word alternatives, the same word in two optional slots, hyphens, classes and wildcards', () => {
    for (const phrase of [
      'cure|cures|cured for {condition}',
      '{treatment} can|will|also? quickly|also? relieve ... {condition}',
      'mental-health|medical experts say',
      'no|zero side-effects|risks',
      'in|within {number} hours|days',
      'the|a ... the|your brain',
      'very very'
    ]) {
      expect(splitAlternativeProblems(phrase), phrase).toEqual([])
    }
  })
})

/** Each problem of each phrase, after the phrase it is in. */
function problemsOf(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => splitAlternativeProblems(phrase).map((problem) => `${phrase}: ${problem}`))
}

describe('shipped phrases', () => {
  for (const rule of allRules.filter((candidate) => candidate.lexicon)) {
    it(`${rule.meta.id}: no lexicon phrase writes several-word alternatives with "|"`, () => {
      const lexicon = loadLexicon(rule.lexicon!)
      expect(problemsOf([...lexicon.phrases, ...lexicon.allow].flatMap((entry) => entry.phrases))).toEqual([])
    })
  }

  it('treatments.yml: no name or risk writes several-word alternatives with "|"', () => {
    expect(problemsOf(builtInTreatmentPhrases().phrases)).toEqual([])
  })
})
