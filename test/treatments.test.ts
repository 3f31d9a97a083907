import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {findTreatmentMentions} from '../src/document/treatments.js'
import {compilePhrases, findRuleMatches} from '../src/engine/phrases.js'
import {allRules} from '../rules/index.js'
import {TreatmentDataError, treatmentKind, treatmentKinds, treatmentMatcher, validateTreatments} from '../src/text/treatments.js'

describe('treatment data (src/text/data/treatments.yml)', () => {
  it('gives every kind names, advice and a source URL', () => {
    const kinds = treatmentKinds()
    expect(kinds.length).toBeGreaterThan(5)
    for (const entry of kinds) {
      expect(entry.names.length, entry.kind).toBeGreaterThan(0)
      expect(entry.advice.length, entry.kind).toBeGreaterThan(10)
      expect(entry.source, entry.kind).toMatch(/^https:\/\//)
    }
  })

  it('rejects bad data naming the file, the kind and the problem', () => {
    expect(() => validateTreatments({kind: 'x'}, 'my.yml')).toThrow(/my\.yml: expected a list/)
    expect(() => validateTreatments([{kind: 'hbot', names: ['hbot'], advice: 'ear pain'}], 'my.yml')).toThrow(/my\.yml: hbot: "source" is required/)
    expect(() => validateTreatments([{kind: 'hbot', names: ['{nope}'], advice: 'ear pain', source: 'https://example.org'}], 'my.yml')).toThrow(
      /hbot\.names: "\{nope\}"/
    )
    expect(() => validateTreatments([{kind: 'hbot', names: ['hbot'], advice: 'a', source: 'https://example.org', extra: 1}], 'my.yml')).toThrow(
      TreatmentDataError
    )
  })
})

describe('treatment matcher', () => {
  const find = (text: string) => {
    const document = buildDocument(text, {path: 'a.txt'})
    return findTreatmentMentions(document).map((mention) => `${mention.role}:${mention.kind}:${text.slice(mention.start, mention.end)}`)
  }

  it('finds names and risks by kind, the longest name winning', () => {
    expect(find('A stellate ganglion block can leave you hoarse for a few hours.')).toEqual(['name:sgb:stellate ganglion block', 'risk:sgb:hoarse'])
    expect(find('Spravato can cause dissociation.')).toEqual(expect.arrayContaining(['name:esketamine:Spravato', 'risk:esketamine:dissociation']))
  })

  it('takes more names and risks, for a known kind or a new one', () => {
    const matcher = treatmentMatcher({names: {cryo: ['cryotherapy']}, risks: {cryo: ['frostbite']}})
    const document = buildDocument('Cryotherapy sessions can cause frostbite.', {path: 'a.txt'})
    expect(matcher.match(document.sentences[0].tokens).map((match) => `${match.role}:${match.kind}`)).toEqual(['name:cryo', 'risk:cryo'])
    expect(treatmentKind('cryo')).toBeUndefined()
  })
})

describe('treatment mentions found in the engine\'s one pass over every lexicon', () => {
  it('are those a pass of their own finds, in the same order', () => {
    const text = [
      '# Ketamine and Spravato',
      'A stellate ganglion block can leave you hoarse. The same dose of SAMe or NAD+ (an IV drip) may cause nausea.',
      'Esketamine nasal spray (Spravato) can cause sedation, dissociation and a rise in blood pressure; do not drive.',
      '- Ashwagandha and fish oil supplements: drowsiness, drug interactions',
      '- TMS: headaches and scalp discomfort, rarely seizures'
    ].join('\n\n')
    const shown = (mentions: ReturnType<typeof findTreatmentMentions>) =>
      mentions.map((mention) => [mention.kind, mention.role, mention.startToken, mention.endToken, mention.start, mention.end, mention.sentence.index])
    const own = shown(findTreatmentMentions(buildDocument(text, {path: 'a.md'})))
    expect(own.length).toBeGreaterThan(12)
    const document = buildDocument(text, {path: 'a.md'})
    findRuleMatches(document, compilePhrases(allRules.filter((rule) => rule.lexicon).map((rule) => ({rule, options: {}}))))
    expect(shown(findTreatmentMentions(document))).toEqual(own)
  })
})

describe('the built treatment data', () => {
  it('holds the same kinds as the YAML (dist/data/treatments.json)', async () => {
    const {existsSync, readFileSync} = await import('node:fs')
    const {parse} = await import('yaml')
    const built = new URL('../dist/data/treatments.json', import.meta.url)
    if (!existsSync(built)) return
    const yaml = parse(readFileSync(new URL('../src/text/data/treatments.yml', import.meta.url), 'utf8'))
    expect(JSON.parse(readFileSync(built, 'utf8')).kinds).toEqual(yaml)
  })
})
