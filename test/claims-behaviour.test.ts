import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {lintWith} from './helpers.js'

describe('claim findings as an editor sees them', () => {
  it('name the words and say what to do', () => {
    const [message] = lintWith('Most patients experience minimal side effects.', {'safety-claim': 'error'})
    expect(message.message).toBe("'minimal side effects' plays the risks down")
    expect(message.messageId).toBe('minimiser')
    expect(message.help).toBe(
      'Name the common side effects, or cite the trial that measured them. Source: FDA, 21 CFR 202.1(e)(5); FTC, Health Products Compliance Guidance (2022).'
    )
    expect(message.severity).toBe('warning')
    expect(message.column).toBe(26)
  })

  it('keep severities of the catalog: cures and absolute safety are errors, the rest warnings', () => {
    const severities = (text: string, rule: string) => lintWith(text, {[rule]: rule === 'safety-claim' || rule === 'suicide-prevention-claim' ? 'error' : 'warn'}).map((message) => message.severity)
    expect(severities('Ketamine cures depression.', 'efficacy-claim')).toEqual(['error'])
    expect(severities('Ketamine provides long-lasting relief.', 'efficacy-claim')).toEqual(['warning'])
    expect(severities('Ketamine has no side effects.', 'safety-claim')).toEqual(['error'])
    expect(severities('Side effects are rare.', 'safety-claim')).toEqual(['warning'])
    expect(severities('Studies show that it works.', 'evidence-claim')).toEqual(['warning'])
    expect(severities('Studies clearly show that it works.', 'evidence-claim')).toEqual(['error'])
    expect(severities('Ketamine prevents suicide.', 'suicide-prevention-claim')).toEqual(['error'])
  })

  it('drop hedged efficacy, speed and hype claims by default and show them as notes in strict', () => {
    const text = 'For some people, ketamine may provide lasting relief within hours, and it may be life-changing.'
    expect(lint(text, {path: 'a.txt'}).messages.filter((message) => message.category === 'claims')).toEqual([])
    const notes = lint(text, {path: 'a.txt', config: {extends: 'strict'}}).messages.filter((message) => message.category === 'claims')
    expect(notes.map((message) => [message.ruleId, message.severity])).toEqual([
      ['efficacy-claim', 'info'],
      ['speed-claim', 'info'],
      ['hype-claim', 'info']
    ])
    expect(notes[0].message).toMatch(/softened by 'for some'/)
  })

  it('never let a hedge excuse a safety claim', () => {
    expect(lintWith('Esketamine may have fewer side effects than antidepressants.', {'safety-claim': 'error'}).map((message) => message.severity)).toEqual(['warning'])
  })

  it('let users add and allow phrases per rule', () => {
    const text = 'Our ketamine protocol will reclaim your life, and it is state of the art.'
    expect(lintWith(text, {'efficacy-claim': 'warn'})).toEqual([])
    const added = lintWith(text, {'efficacy-claim': ['warn', {extraPhrases: ['reclaim your life']}]})
    expect(added.map((message) => message.message)).toEqual(["'reclaim your life' states a treatment benefit as fact"])
    expect(added[0].help).toMatch(/^Cite the study that shows it, or say what ketamine may do for some people\./)
    const breakthrough = 'TMS is a breakthrough for depression.'
    expect(lintWith(breakthrough, {'hype-claim': 'warn'})).toHaveLength(1)
    expect(lintWith(breakthrough, {'hype-claim': ['warn', {allowPhrases: ['breakthrough for']}]})).toEqual([])
  })

  it('name the risks of the treatment the page promotes, never ketamine\'s on a supplement page', () => {
    // The advice (help) names the treatment and its risks; the statement stays short.
    const message = (text: string) => lintWith(text, {'safety-claim': 'error'})[0]?.help ?? ''
    const supplement = message('Our saffron capsules calm the mind. They have no side effects at all.')
    expect(supplement).toContain('of saffron')
    expect(supplement).toMatch(/interactions with medicines/)
    expect(supplement).not.toMatch(/ketamine|dissociation/)
    const tms = message('TMS sessions last twenty minutes.\n\nThe treatment is completely safe.')
    expect(tms).toMatch(/of TMS \(headache, scalp discomfort/)
    expect(message('Our program is completely safe.')).toMatch(/^Say what the risks are and how/)
  })

  it('read list labels and headings as sentences, and skip references and comments', () => {
    const text = [
      '# Ketamine at Harbor',
      '',
      '- **Zero side effects:** nothing to see here',
      '',
      '## References',
      '',
      '1. Smith J. Ketamine cures depression in mice. 2020.',
      ''
    ].join('\n')
    const messages = lintWith(text, {'safety-claim': 'error', 'efficacy-claim': 'warn'}, {path: 'a.md'})
    expect(messages.map((message) => message.message.split("'")[1])).toEqual(['Zero side effects'])
  })
})

describe('claims made by answers', () => {
  const safety = (text: string, path = 'faq.txt') => lintWith(text, {'safety-claim': 'error'}, {path}).map((message) => message.message)

  it('report a one-word answer once, at the answer, whichever question entries it answers', () => {
    const text = 'Are there side effects?\nNo.'
    const messages = lintWith(text, {'safety-claim': 'error'}, {path: 'faq.txt'})
    expect(messages).toHaveLength(1)
    expect(messages[0].line).toBe(2)
    expect(messages[0].message).toMatch(/^'No' answers a question/)
  })

  it('read the first cell of a table row as the question the next cell answers', () => {
    const table = '| | Psilocybin | Antidepressants |\n|---|---|---|\n| Side effects | None that last | Weight gain |\n'
    expect(safety(table, 'table.md')).toEqual(["'None that last' answers a question or table row on risks with a plain no"])
    expect(lintWith(table, {'safety-claim': 'error'}, {path: 'table.md'})[0].help).toMatch(/^Name the common side effects and the risk of misuse, or cite the trial/)
    // What the table says of the comparator is not the product's claim.
    expect(safety('| | Ketamine | SSRIs |\n|---|---|---|\n| Risk of addiction | Yes: it can be misused | None known |\n', 'table.md')).toEqual([])
  })

  it('leave a sentence that opens with the determiner "no"', () => {
    expect(safety('Are there any risks?\nNo two people respond alike, so your doctor will go through them with you.')).toEqual([])
  })

  it(`read the question's verb said back as a yes ("Does it work? It does."), but not when it is negated`, () => {
    const efficacy = (text: string) => lintWith(text, {'efficacy-claim': 'warn'}, {path: 'faq.txt'}).map((message) => message.message)
    expect(efficacy('Does online therapy work?\nIt does, and our members show it every day.')).toEqual([
      "'It does' answers whether the treatment works with a plain yes"
    ])
    expect(efficacy('Does online therapy work?\nIt does not work for everyone, and some people need other care.')).toEqual([])
  })
})

describe('claims the writer warns against', () => {
  const claims = (text: string) =>
    lintWith(text, {'efficacy-claim': 'warn', 'safety-claim': 'error', 'hype-claim': 'warn', 'evidence-claim': 'warn'}).map((message) => message.ruleId)

  it('leave a promise put in the mouth of anyone, or of sellers in general, by a relative clause', () => {
    expect(claims('Be careful of anyone who promises a guaranteed cure.')).toEqual([])
    expect(claims('Avoid clinics that claim to cure depression, or guarantee results by a set date.')).toEqual([])
    expect(claims('Steer clear of any supplement that promises "no side effects".')).toEqual([])
  })

  it("still report the page's own promise made the same way", () => {
    expect(claims('We are the only clinic that guarantees results.')).toEqual(['hype-claim', 'efficacy-claim'])
    expect(claims('Our programs that promise a cure for addiction are open to all.')).toEqual(['efficacy-claim'])
  })

  it("leave claims quoted from a product's box or a startup, as a reviewer reports them", () => {
    expect(claims('The box says it "treats depression in 3 days" and is "clinically proven."')).toEqual([])
    expect(claims('A startup says its earbuds "reset your nervous system."')).toEqual([])
  })

  it('leave what is listed under a heading that warns about claims, and read the next section again', () => {
    const text = '# Choosing a program\n\n## Red flags\n\n- "Guaranteed sobriety" or a cure for addiction.\n- Treatment with no side effects.\n\n## Our program\n\nOur program cures addiction.\n'
    const messages = lintWith(text, {'efficacy-claim': 'warn', 'safety-claim': 'error'}, {path: 'guide.md'})
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([['efficacy-claim', 10]])
  })

  it('leave a quotation that a reporting verb after it gives to another seller, not one the page gives to its own', () => {
    expect(claims('"Our program cures addiction, guaranteed," read a banner on one center\'s website.')).toEqual([])
    expect(claims('"Ketamine cures depression," reads our website.')).toEqual(['efficacy-claim'])
  })
})

describe('figures a public health agency is named for', () => {
  const statistics = (text: string) => lintWith(text, {'unsourced-statistic': 'warn'}).map((message) => message.ruleId)

  it('count "NIDA estimates" and a bare "(SAMHSA)" as the source, but not the short name after the full one', () => {
    expect(statistics('NIDA estimates that 40 to 60 percent of people treated for addiction relapse.')).toEqual([])
    expect(statistics('About 40 to 60 percent of people treated for addiction relapse (SAMHSA).')).toEqual([])
    expect(statistics('The National Institute on Drug Abuse (NIDA) is funding work on it, and 60 percent of our clients stay sober.')).toEqual(['unsourced-statistic'])
  })

  it('count an organisation spelled out in brackets, and let a source that opens the next sentence vouch only for that sentence', () => {
    expect(statistics('About half of adults respond to a first antidepressant (National Institute of Mental Health).')).toEqual([])
    expect(statistics('About 70% of our clients stay sober for a year. According to NIDA, relapse rates for addiction are 40 to 60 percent.')).toEqual(['unsourced-statistic'])
    expect(statistics('About 70% of our clients stay sober for a year, according to NIDA.')).toEqual([])
  })
})

describe('tables flattened to text with bars', () => {
  const table = 'Compare your options\nFeature | Our rapid detox | Traditional detox\nWithdrawal symptoms | None, you sleep through it | Days of sickness\nTime in treatment | 2 days | 10 days\n'

  it('read each line of three or more as a row whose first cell the others answer', () => {
    const messages = lintWith(table, {'safety-claim': 'error'}, {path: 'compare.txt'})
    expect(messages.map((message) => [message.line, message.column, message.message])).toEqual([
      [3, 23, "'None' answers a question or table row on risks with a plain no"]
    ])
  })

  it('leave one or two lines with bars as they are (a menu, a meta bar)', () => {
    const text = 'Home | Treatments | Contact\nWithdrawal symptoms | None\n'
    expect(lintWith(text, {'safety-claim': 'error'}, {path: 'menu.txt'})).toEqual([])
  })

  it('read an HTML table whose rows share one source line (a minified page) row by row', () => {
    const page = '<html><body><h1>Compare</h1><p>How our detox compares with the usual approach.</p><table><tr><th></th><th>Ours</th><th>Usual</th></tr><tr><td>Side effects</td><td>None that last</td><td>Weight gain</td></tr><tr><td>Cost</td><td>$900</td><td>$400</td></tr></table></body></html>'
    const messages = lintWith(page, {'safety-claim': 'error'}, {path: 'compare.html'})
    expect(messages.map((message) => page.slice(message.offset, message.endOffset))).toEqual(['None that last'])
  })

  it('report a lasting result that is a cell of its own ("Permanent"), but not the word inside a sentence', () => {
    const rows = 'Feature | Our TMS | Pills\nSessions | 36 | None\nLasting effect | Permanent | Stops when you stop\n'
    expect(lintWith(rows, {'efficacy-claim': 'warn'}, {path: 'compare.txt'}).map((message) => rows.slice(message.offset, message.endOffset))).toEqual(['Permanent'])
    expect(lintWith('Tinnitus after a loud concert can become permanent.', {'efficacy-claim': 'warn'})).toEqual([])
  })
})

describe("claims in the publisher's own replies under its article", () => {
  const page = (author: string) =>
    [
      'VAGA Calm Band',
      'By Dana Whitfield',
      'The VAGA band sends gentle pulses to the vagus nerve while you rest, and many people who wear it each evening say they wind down more easily before bed.',
      '2 Responses to “Meet the VAGA Calm Band”',
      'Renee K. says:',
      'April 2, 2024 at 9:14 am',
      'Has anyone with a heart condition tried this? I feel safe with it.',
      'Reply',
      author,
      'April 3, 2024 at 8:02 am',
      'Hi Renee! VAGA is safe for everyone. Enjoy your calm!',
      'Reply'
    ].join('\n')
  const flagged = (text: string) => lintWith(text, {'safety-claim': 'error'}, {path: 'page.txt'}).map((message) => message.line)

  it('reads a reply signed with the house and its brand, or with the byline, as the page copy', () => {
    expect(flagged(page('VAGA Support'))).toEqual([11])
    expect(flagged(page('Dana Whitfield'))).toEqual([11])
  })

  it("leaves a reader's comment and a stranger's team name alone", () => {
    expect(flagged(page('Marta'))).toEqual([])
    expect(flagged(page('SEO Expert Team'))).toEqual([])
  })
})
