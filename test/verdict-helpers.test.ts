import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {genreOf} from '../src/document/genre.js'
import {sentenceTreatments, treatmentsOf} from '../src/document/referents.js'
import {findCaseStory, findFirstPersonStory} from '../src/document/testimony.js'
import type {Sentence} from '../src/document/types.js'
import {findExpertGroups, findExperts, findSelfAttestation, findSpeechVerbFor} from '../src/text/attribution.js'
import {lint} from '../src/index.js'
import {actionable, lintWith} from './helpers.js'

const doc = (text: string, path = 'a.txt') => buildDocument(text, {path})

/** What each sentence of `text` is about, as "sentence start: kinds". */
function aboutOf(text: string, path?: string): string[] {
  const document = doc(text, path)
  const map = sentenceTreatments(document)
  return document.sentences.map((sentence) => `${sentence.prose.split(' ').slice(0, 2).join(' ')}: ${treatmentsOf(map, sentence).about.join(',')}`)
}

describe('which treatment a sentence is about (src/document/referents.ts)', () => {
  it('carries a named treatment to the next sentence of the paragraph and to a list under it', () => {
    expect(aboutOf('A stellate ganglion block is an injection in the neck. The procedure provides relief within hours.')).toEqual([
      'A stellate: sgb',
      'The procedure: sgb'
    ])
    expect(aboutOf('Ashwagandha is an herb from India. It helps you:\n\n- sleep better\n- feel calmer\n', 'a.md')).toEqual([
      'Ashwagandha is: supplement',
      'It helps: supplement',
      'sleep better: supplement',
      'feel calmer: supplement'
    ])
  })

  it('carries to a new paragraph only when it opens by pointing back', () => {
    expect(aboutOf('TMS is a magnetic treatment.\n\nIt lifts depression.\n\nSleep matters too.')).toEqual(['TMS is: tms', 'It lifts: tms', 'Sleep matters: '])
  })

  it('leaves out treatments only compared with, replaced, tried before or conceded', () => {
    const cases = [
      'Unlike antidepressants, ketamine works in hours.',
      'Saffron was as effective as Prozac in one trial.',
      'TMS helps people whom antidepressants have already failed.',
      'While SSRIs tinker with serotonin, ketamine acts on glutamate.'
    ]
    for (const text of cases) {
      const document = doc(text)
      const entry = treatmentsOf(sentenceTreatments(document), document.sentences[0])
      expect(entry.about, text).toHaveLength(1)
      expect(entry.compared.length, text).toBeGreaterThan(0)
    }
  })

  it('reads a failing verb only in its own clause: "TMS succeeds where medications fail" is about TMS', () => {
    expect(aboutOf('TMS succeeds where medications fail. Most patients see major improvement.')).toEqual(['TMS succeeds: tms', 'Most patients: tms'])
    expect(aboutOf('TMS helps people whom antidepressants have already failed.')).toEqual(['TMS helps: tms'])
  })

  it('reads "It can make antidepressants less effective" as about what "It" points back to', () => {
    expect(aboutOf("St John's wort may ease low mood. It can make antidepressants less effective.")).toEqual([
      "St John's: supplement",
      'It can: supplement'
    ])
  })

  it('does not take a nutrient in food, or a modifier, for the product', () => {
    expect(aboutOf('Foods rich in magnesium help you relax.')).toEqual(['Foods rich: '])
    expect(aboutOf('Esketamine keeps its antidepressant effects for months.')).toEqual(['Esketamine keeps: esketamine'])
  })

  it('matches a name written with capitals only as written', () => {
    expect(aboutOf('SAMe lifts mood. The same is true of sleep.')).toEqual(['SAMe lifts: supplement', 'The same: supplement'])
    expect(aboutOf('It is the same for everyone.')).toEqual(['It is: '])
  })
})

describe('stories told without quotation marks (src/document/testimony.ts)', () => {
  const outcome = (sentence: Sentence) => /myself again|sober|hopeful/.test(sentence.prose)

  it('finds a first-person story and a family member\'s account, not the author\'s voice', () => {
    expect(findFirstPersonStory(doc('I was afraid to leave the house. I tried the group program. Within a month I felt like myself again.'), outcome)?.teller).toBe('self')
    expect(findFirstPersonStory(doc('My son was using every day. I watched him disappear. Now he has been sober for a year.'), outcome)).toBeDefined()
    expect(findFirstPersonStory(doc("In this guide I'll explain the program. I recommend it to anyone who wants to feel like myself again."), outcome)).toBeUndefined()
    expect(findFirstPersonStory(doc('I felt like myself again.'), outcome)).toBeUndefined()
  })

  it('finds a case story about a named patient, not one about an expert', () => {
    const story = findCaseStory(doc('When Maria came to us she could not sleep. She started the program in May. By June she felt hopeful.'), outcome)
    expect(story?.teller).toBe('named')
    expect(story?.sentences).toHaveLength(3)
    expect(findCaseStory(doc('Dr. Hale started the clinic in 2010. He trained in Boston. He felt hopeful about it.'), outcome)).toBeUndefined()
  })
})

describe('attribution (src/text/attribution.ts)', () => {
  const tokens = (text: string) => doc(text).sentences[0].tokens
  const said = (text: string) => findExpertGroups(tokens(text)).map((group) => text.slice(group.start, group.end))

  it('finds unnamed groups of experts credited with a statement', () => {
    expect(said('Experts say it works well.')).toEqual(['Experts say'])
    expect(said('Most addiction experts believe in treating both.')).toEqual(['addiction experts believe'])
    expect(said('It is not for pain.Experts say it binds well.')).toHaveLength(1)
  })

  it('leaves staff, advice, a patient\'s doctors and research findings to others', () => {
    expect(said('Our doctors recommend two sessions a week.')).toEqual([])
    expect(said('Ask your doctor about side effects.')).toEqual([])
    expect(said('The doctors told me I was free of opioids.')).toEqual([])
    expect(said('Researchers found that it helps some people.')).toEqual([])
  })

  it('ties a speech verb to the expert, and tells organisations from experts', () => {
    const sentence = tokens('Dr. Lena Ortiz, a psychiatrist in Denver, explains that it takes time.')
    expect(findSpeechVerbFor(sentence, findExperts(sentence)[0])).toBeGreaterThan(0)
    const bonus = tokens('As an added bonus, you get a feel for Dr. Nelson, too.')
    expect(findSpeechVerbFor(bonus, findExperts(bonus)[0])).toBe(-1)
    expect(findExperts(tokens('I run Dr. Ruiz Therapeutics with my sister.'))).toEqual([])
  })

  it('finds the writer vouching on their own expertise', () => {
    expect(findSelfAttestation(tokens('As someone who has treated addiction for years, I can attest that it works.'))).toBeDefined()
    expect(findSelfAttestation(tokens('I can attest that the coffee is good.'))).toBeUndefined()
  })
})

describe('pages that report rather than sell (src/document/genre.ts)', () => {
  it('knows a journal abstract and a call for trial volunteers', () => {
    expect(genreOf(doc('Background: Few options exist.\n\nMethods: We treated 60 adults.\n\nResults: Scores improved.\n\nConclusions: It may help.'))).toBe('abstract')
    expect(genreOf(doc('We are recruiting adults for a clinical trial. You may be eligible if you are over 18.'))).toBe('trial-recruitment')
    expect(genreOf(doc('Our clinic offers ketamine. Results vary from person to person.'))).toBe('other')
  })

  it('reads the cues in any case and in different paragraphs, and needs two of them', () => {
    expect(genreOf(doc('WE ARE NOW ENROLLING.\n\nYou are COMPENSATED FOR YOUR TIME.'))).toBe('trial-recruitment')
    expect(genreOf(doc('We are now enrolling.\n\nA study doctor explains the study.'))).toBe('trial-recruitment')
    expect(genreOf(doc('We are now enrolling new clients for our spring program.'))).toBe('other')
  })
})

describe('risk-disclosure messages', () => {
  const risk = (text: string) => actionable(lintWith(text, {'risk-disclosure': 'error'}, {path: 'a.txt'}), 'risk-disclosure')

  it('names the promoted treatment\'s risks and their source, at the first benefit claim', () => {
    const text = 'Calm Roots is a small shop. Our ashwagandha gummies relieve stress in days.'
    const [message] = risk(text)
    expect(message.message).toBe('Ashwagandha is promoted here but no concrete risk is named')
    expect(message.help).toMatch(/St John's wort weakens antidepressants, birth control/)
    expect(message.help).toMatch(/Source: https:\/\/www\.nccih\.nih\.gov/)
    expect(text.slice(message.offset, message.endOffset)).toBe('Our ashwagandha gummies relieve stress in days.')
  })

  it('gives TMS its own risks', () => {
    expect(risk('TMS brings relief to people with depression.')[0].help).toMatch(/headache, scalp discomfort .* seizure \(rare\)/)
  })

  it('does not credit a competing treatment\'s side effects', () => {
    expect(risk('TMS lifts depression without pills. Antidepressants often cause weight gain and nausea.')).toHaveLength(1)
    expect(risk('TMS lifts depression without pills. Some people get a headache after a session.')).toHaveLength(0)
  })

  it('is unchanged by the public API path', () => {
    expect(lint('Our NAD+ drips restore balance in your brain.', {path: 'a.txt'}).messages.some((message) => message.ruleId === 'risk-disclosure')).toBe(true)
  })
})
