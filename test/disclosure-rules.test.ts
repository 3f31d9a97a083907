import {describe, expect, it} from 'vitest'
import {ConfigError, lint, type LintMessage} from '../src/index.js'
import {actionable, lintWith} from './helpers.js'

function messagesOf(ruleId: string, text: string, options?: Record<string, unknown>, path = 'draft.txt'): LintMessage[] {
  const setting = options ? ['error', options] : 'error'
  return actionable(lintWith(text, {[ruleId]: setting}, {path}), ruleId)
}

const fires = (ruleId: string, text: string, options?: Record<string, unknown>, path?: string) =>
  messagesOf(ruleId, text, options, path).length > 0

describe('risk-disclosure', () => {
  const page = [
    'Ketamine Infusions at Riverside',
    'Riverside opened in 2019 and has two treatment rooms.',
    'Ketamine infusions bring rapid relief for people with depression.',
    'Book a consultation to learn about the risks and benefits.'
  ].join('\n')

  it('reports once, at the first sentence that promotes the treatment, naming its risks', () => {
    const messages = messagesOf('risk-disclosure', page)
    expect(messages).toHaveLength(1)
    expect(messages[0].line).toBe(3)
    expect(messages[0].message).toBe('Ketamine is promoted here but no concrete risk is named')
    expect(messages[0].help).toMatch(/dissociation/)
    expect(messages[0].help).toMatch(/learn about the risks/)
  })

  it('is satisfied by a named risk of that treatment', () => {
    expect(fires('risk-disclosure', page + '\nDuring an infusion you may feel dizzy or detached, and your blood pressure rises for a while.')).toBe(false)
  })

  it('is satisfied by a Risks section that names a risk', () => {
    const text = '# Ketamine\n\nKetamine infusions bring rapid relief.\n\n## Risks\n\nSome people feel sick during the infusion.\n'
    expect(fires('risk-disclosure', text, undefined, 'draft.md')).toBe(false)
  })

  it('is satisfied by a side-effects list in its own words, not by a list of denials', () => {
    const intro = '# Ketamine\n\nKetamine infusions bring rapid relief.\n\n'
    expect(fires('risk-disclosure', intro + '## Side effects\n\n- Feeling unreal for an hour\n- An upset stomach\n', undefined, 'draft.md')).toBe(false)
    expect(fires('risk-disclosure', intro + '## Safety\n\n- No downtime\n- Non-habit-forming\n', undefined, 'draft.md')).toBe(true)
  })

  it('does not count denials, minimisers, drug classes or another drug\'s side effects', () => {
    for (const extra of [
      'Ketamine has no nausea and is non-addictive.',
      'It offers a lower risk of addiction or overdose than opioids.',
      'Ketamine is a dissociative anesthetic.',
      'Every patient is monitored for side effects.',
      'Antidepressants often cause weight gain and sexual side effects.',
      'It eases depression symptoms such as sadness, low energy or agitation.'
    ]) {
      expect(fires('risk-disclosure', page + '\n' + extra), extra).toBe(true)
    }
  })

  it('does not count a risk named only in the comments', () => {
    const text = [
      'TMS for Depression',
      'TMS is an effective treatment that helps adults with depression get their lives back on track again.',
      '2 Comments',
      'Ann',
      'My sister had a headache after every TMS session.'
    ].join('\n')
    expect(fires('risk-disclosure', text)).toBe(true)
  })

  it('stays quiet when no treatment is promoted', () => {
    expect(fires('risk-disclosure', 'Ketamine was first used as an anesthetic in the 1970s.')).toBe(false)
  })

  it('takes more treatments and risks from its options', () => {
    const text = 'Whole-body cryotherapy brings fast relief from PTSD symptoms.'
    const treatments = {cryo: ['whole-body cryotherapy', 'cryotherapy']}
    expect(fires('risk-disclosure', text)).toBe(false)
    expect(fires('risk-disclosure', text, {treatments})).toBe(true)
    const named = text + ' The cold can burn your skin.'
    expect(fires('risk-disclosure', named, {treatments})).toBe(true)
    expect(fires('risk-disclosure', named, {treatments, risks: {cryo: ['burn your skin']}})).toBe(false)
  })
})

describe('crisis-resource', () => {
  const mention = 'Many of our patients first came to us with suicidal thoughts.'

  it('reports once, at the first mention', () => {
    const messages = messagesOf('crisis-resource', `Intro line.\n${mention}\nSuicide is a crisis in our town.`)
    expect(messages).toHaveLength(1)
    expect(messages[0].line).toBe(2)
    expect(messages[0].message).toMatch(/no crisis resource/)
    expect(messages[0].help).toMatch(/988/)
  })

  it('accepts a crisis line or emergency advice anywhere', () => {
    for (const resource of [
      'Call or text 988 any time.',
      'You can reach the Crisis Text Line by texting HOME to 741741.',
      'If you are in danger, call 911 or go to the nearest emergency room.',
      'In the UK, call Samaritans free on 116 123.',
      'Find a helpline in your country at findahelpline.com.'
    ]) {
      expect(fires('crisis-resource', `${mention}\n${resource}`), resource).toBe(false)
    }
  })

  it('accepts a link to a crisis line whatever its text', () => {
    expect(fires('crisis-resource', `${mention}\n\n[Get help now](https://988lifeline.org/chat/)\n`, undefined, 'draft.md')).toBe(false)
  })

  it('does not take "a crisis" or a booking hotline for a resource', () => {
    expect(fires('crisis-resource', `${mention}\nThis is a crisis. Call our booking line to schedule.`)).toBe(true)
    expect(fires('crisis-resource', `${mention}\nCall our front desk at 555-988-1234.`)).toBe(true)
    expect(fires('crisis-resource', `${mention}\nCall the Lifeline at 1-800-273-8255.`)).toBe(false)
  })

  it('counts only the locales configured, and their added resources', () => {
    const text = `${mention}\nCall Samaritans free on 116 123.`
    expect(fires('crisis-resource', text, {locales: ['US']})).toBe(true)
    const irish = `${mention}\nCall Pieta on 1800 247 247.`
    expect(fires('crisis-resource', irish, {locales: ['IE'], resources: {IE: ['pieta']}})).toBe(false)
    expect(messagesOf('crisis-resource', mention, {locales: ['IE'], resources: {IE: ['pieta']}})[0].help).toMatch(/pieta/)
  })

  it('ignores mentions in a reference list and in the comments', () => {
    const text = '# Ketamine\n\nKetamine is an anesthetic.\n\n## References\n\n1. Smith J. Ketamine and suicidal ideation. 2020.\n'
    expect(fires('crisis-resource', text, undefined, 'draft.md')).toBe(false)
  })
})

describe('testimonial-disclosure', () => {
  const quote = '“After my second infusion I laughed at a joke for the first time in months.” – Jenna, 38'

  it('flags a first-person outcome quote with no typical-results statement', () => {
    const messages = messagesOf('testimonial-disclosure', `${quote}\nBook your first infusion today.`)
    expect(messages).toHaveLength(1)
    expect(messages[0].message).toBe('A patient testimonial implies that its result is typical')
    expect(messages[0].help).toMatch(/a bare "results may vary" is not enough\. Source: FTC Endorsement Guides, 16 CFR 255\.2/)
  })

  it('lowers a bare disclaimer, or a count of patients with no source, to a note', () => {
    const bare = lintWith(`${quote}\nResults may vary.`, {'testimonial-disclosure': 'error'}, {path: 'draft.txt'})
    expect(bare.map((message) => [message.severity, message.messageId, message.message])).toEqual([['info', 'bare', 'A patient testimonial comes with only "Results may vary"']])
    const unsourced = lintWith(`${quote}\nIn our clinic about 60% of patients improve.`, {'testimonial-disclosure': 'error'}, {path: 'draft.txt'})
    expect(unsourced.map((message) => [message.severity, message.messageId])).toEqual([['info', 'unsourced']])
    expect(unsourced[0].help).toContain('"In our clinic about 60% of patients improve."')
    // An effect size is no statement of what most people get.
    expect(fires('testimonial-disclosure', `${quote}\nOur formula reduces anxiety by 44%.`)).toBe(true)
  })

  it('is satisfied only by a typical-results statement with a number and a source', () => {
    expect(fires('testimonial-disclosure', `${quote}\nIn a trial, 64% of people responded after one infusion (Murrough et al., 2013).`)).toBe(false)
  })

  it('does not take staff or expert quotes for testimonials', () => {
    expect(fires('testimonial-disclosure', '“I have seen it help so many people feel better again,” says Dr. Ana Ruiz, our medical director.')).toBe(false)
    expect(fires('testimonial-disclosure', '“I check on every patient until they feel better,” says Tom, our nurse.')).toBe(false)
  })

  it('finds what the clinic\'s own patients are reported to say, but not a general report', () => {
    expect(fires('testimonial-disclosure', 'Our own patients tell us they feel like a fog has lifted.')).toBe(true)
    expect(fires('testimonial-disclosure', 'Patients who have had the treatment have reported an improvement in their mood.')).toBe(false)
  })

  it('finds a quotation signed with a name even without "I"', () => {
    expect(fires('testimonial-disclosure', '“Life-changing. Worked when nothing else did.” – Mark T., Denver')).toBe(true)
    expect(fires('testimonial-disclosure', 'Some call it “a new hope” for depression.')).toBe(false)
  })

  it('finds a named patient story told without quotation marks', () => {
    expect(fires('testimonial-disclosure', 'One patient, Omar, told us that after three sessions he was sleeping through the night again.')).toBe(true)
  })
})

describe('unsourced-quote', () => {
  it('flags a named expert quoted with no source, at the quotation', () => {
    const text = 'Dr. Ellen Ward, a leading researcher, explains, “Ketamine changes how brain cells talk to each other.”'
    const messages = messagesOf('unsourced-quote', text)
    expect(messages).toHaveLength(1)
    expect(text.slice(messages[0].offset, messages[0].endOffset)).toBe('Ketamine changes how brain cells talk to each other.')
    expect(messages[0].message).toMatch(/^Dr\. Ellen Ward is quoted with no source/)
  })

  it('flags a paraphrase with a speech verb', () => {
    expect(fires('unsourced-quote', 'According to Dr. Ellen Ward, ketamine changes how brain cells talk to each other.')).toBe(true)
    expect(fires('unsourced-quote', 'Yale psychiatrist Ellen Ward says ketamine changes how brain cells talk to each other.')).toBe(true)
  })

  it('accepts a link or citation in the same paragraph only', () => {
    const quoted = 'Dr. Ellen Ward explains, "Ketamine changes how brain cells talk to each other."'
    expect(fires('unsourced-quote', `${quoted} ([Ward, 2022](https://doi.org/10.1000/xyz))`, undefined, 'draft.md')).toBe(false)
    expect(fires('unsourced-quote', `${quoted} (Ward et al., 2022)`)).toBe(false)
    expect(fires('unsourced-quote', `${quoted}\n\nSee [the interview](https://example.org/ward).`, undefined, 'draft.md')).toBe(true)
  })

  it('leaves experts who are only mentioned, or named inside a patient\'s words', () => {
    expect(fires('unsourced-quote', 'Every patient meets Dr. Hale before the first infusion.')).toBe(false)
    expect(fires('unsourced-quote', '“Dr. Hale listened to me,” says Maria, a patient.')).toBe(false)
  })
})

describe('off-label-disclosure', () => {
  it('flags ketamine for a condition without off-label wording, not esketamine', () => {
    expect(fires('off-label-disclosure', 'We offer ketamine infusions for depression and PTSD.')).toBe(true)
    expect(fires('off-label-disclosure', 'We offer Spravato (esketamine) for treatment-resistant depression.')).toBe(false)
    expect(fires('off-label-disclosure', 'We offer ketamine infusions for depression. This use is not FDA-approved.')).toBe(false)
    expect(fires('off-label-disclosure', 'We offer ketamine for depression; it is not licensed for depression in the UK.')).toBe(false)
  })
})

describe('supervision-disclosure', () => {
  it('flags at-home ketamine with no monitoring, at the first at-home wording', () => {
    const messages = messagesOf('supervision-disclosure', 'Our ketamine tablets arrive by mail. Take your dose at home whenever it suits you.')
    expect(messages).toHaveLength(1)
    expect(messages[0].message).toMatch(/^'arrive by mail'/)
  })

  it('is satisfied by monitoring, not by its absence', () => {
    const offer = 'Start at-home ketamine this week.'
    expect(fires('supervision-disclosure', `${offer} A nurse watches every session on video and you check your blood pressure first.`)).toBe(false)
    expect(fires('supervision-disclosure', `${offer} There is no need for monitoring.`)).toBe(true)
  })

  it('does not read a refusal as an offer', () => {
    expect(fires('supervision-disclosure', 'We do not offer ketamine at home.')).toBe(false)
  })
})

describe('standard-care', () => {
  it('flags advice to stop or replace care, each phrase once', () => {
    const messages = messagesOf('standard-care', 'With ketamine you can ditch your meds and stop taking your antidepressants.')
    expect(messages.map((message) => message.message.split("'")[1])).toEqual(['ditch your meds', 'stop taking your antidepressants'])
  })

  it('leaves careful advice, readers\' questions and descriptions alone', () => {
    for (const text of [
      'Do not stop your antidepressant on your own.',
      'Talk to your prescriber before stopping any medicine.',
      'Should I stop my antidepressant?',
      'TMS uses magnetic pulses instead of medication.'
    ]) {
      expect(fires('standard-care', text), text).toBe(false)
    }
  })

  it('flags "instead of therapy" said to the reader', () => {
    expect(fires('standard-care', 'Try ketamine instead of therapy.')).toBe(true)
    expect(fires('standard-care', 'You can use ketamine instead of your antidepressants.')).toBe(true)
  })
})

describe('suicide-language', () => {
  it('fixes "commit suicide" keeping tense and case', () => {
    const cases: Array<[string, string]> = [
      ['He committed suicide in 2019.', 'died by suicide'],
      ['When someone commits suicide, families grieve.', 'dies by suicide'],
      ['People who commit suicide often told someone.', 'die by suicide'],
      ['Committed suicide is an old phrase.', 'Died by suicide'],
      ['She attempted to commit suicide twice.', 'attempted suicide']
    ]
    for (const [text, fixed] of cases) {
      const [message] = messagesOf('suicide-language', text)
      expect(message.fix?.text, text).toBe(fixed)
    }
  })

  it('suggests but does not fix where grammar could break', () => {
    const [message] = messagesOf('suicide-language', 'The suicide epidemic is growing.')
    expect(message.suggestions).toContain('rising suicide rates')
    expect(message.fix).toBeUndefined()
  })

  it('leaves quotations alone', () => {
    expect(fires('suicide-language', 'Her mother said, “He committed suicide and nobody saw it coming.”')).toBe(false)
  })
})

describe('stigmatizing-language', () => {
  it('fixes "suffers from" in every form', () => {
    const cases: Array<[string, string]> = [
      ['Millions suffer from depression.', 'have'],
      ['She suffers from anxiety.', 'has'],
      ['He suffered from PTSD for years.', 'had'],
      ['People suffering from depression deserve care.', 'living with']
    ]
    for (const [text, fixed] of cases) {
      const [message] = messagesOf('stigmatizing-language', text)
      expect(message.fix?.text, text).toBe(fixed)
    }
  })

  it('fixes only the adjective of a clean or dirty test', () => {
    const text = 'You need a clean drug test before you start.'
    const [message] = messagesOf('stigmatizing-language', text)
    expect(text.slice(message.offset, message.endOffset)).toBe('clean')
    expect(message.fix?.text).toBe('negative')
  })

  it('flags ambiguous words only about a person or a drug use', () => {
    expect(fires('stigmatizing-language', 'Our program helps addicts get clean.')).toBe(true)
    expect(fires('stigmatizing-language', 'Drug abuse is rising in rural areas.')).toBe(true)
    expect(fires('stigmatizing-language', 'He went mad after the war.')).toBe(true)
    for (const text of [
      'Every room is kept clean and quiet.',
      'Avoid alcoholic drinks on treatment days.',
      'The label warns about abuse and misuse.',
      'She was a survivor of child abuse.',
      'He gets mad at the traffic.',
      'Our app users can book online.'
    ]) {
      expect(fires('stigmatizing-language', text), text).toBe(false)
    }
  })

  it('never flags names or quoted self-descriptions', () => {
    expect(fires('stigmatizing-language', 'We host Alcoholics Anonymous and Narcotics Anonymous meetings.')).toBe(false)
    expect(fires('stigmatizing-language', 'Dan says, “I am an addict, and I will always be one.”')).toBe(false)
  })
})

describe('phrase options', () => {
  it('are checked with the configuration, naming the rule, the key and the phrase', () => {
    const config = {extends: 'recommended', rules: {'risk-disclosure': ['error', {treatments: {sgb: ['{nope}']}}]}}
    expect(() => lint('Text.', {config: config as never})).toThrow(ConfigError)
    expect(() => lint('Text.', {config: config as never})).toThrow(/risk-disclosure\[1\]\.treatments: "sgb": phrase "\{nope\}": unknown word class/)
  })
})
