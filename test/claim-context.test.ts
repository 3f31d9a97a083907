import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import type {Token} from '../src/document/types.js'
import {findCitations} from '../src/text/citations.js'
import {isInProperName} from '../src/text/proper-name.js'
import {
  boosterNear,
  clauseAround,
  hedgeInClause,
  isMentionInQuotes,
  isNamedAsPromise,
  isNegated,
  isDisputed,
  isPreclinical,
  isReportedExperience,
  isNegatedInside,
  isOpenQuestion,
  isReportedByOther,
  isReportedInQuotes
} from '../src/text/context.js'

/** The tokens of a one-sentence text, and the token range of `words` in it. */
function locate(text: string, words: string): {tokens: Token[]; range: {start: number; end: number}} {
  const [sentence] = buildDocument(text, {path: 'test.txt'}).sentences
  const tokens = sentence.tokens
  const at = text.toLowerCase().indexOf(words.toLowerCase())
  const start = tokens.findIndex((token) => token.start >= at)
  const end = tokens.findIndex((token) => token.end >= at + words.length) + 1
  return {tokens, range: {start, end}}
}

/** A check of the tokens around `words` in a one-sentence text. */
function atWords(check: (tokens: Token[], range: {start: number; end: number}) => boolean): (text: string, words: string) => boolean {
  return (text, words) => {
    const {tokens, range} = locate(text, words)
    return check(tokens, range)
  }
}

function clauseText(text: string, words: string): string {
  const {tokens, range} = locate(text, words)
  const clause = clauseAround(tokens, range)
  return text.slice(tokens[clause.start].start, tokens[clause.end - 1].end)
}

describe('negation', () => {
  const negated = (text: string, words: string) => {
    const {tokens, range} = locate(text, words)
    return isNegated(tokens, range.start)
  }

  it('sees a negator shortly before the words', () => {
    expect(negated('Ketamine is not a cure.', 'a cure')).toBe(true)
    expect(negated('There is no cure yet.', 'cure')).toBe(true)
    expect(negated("It isn't a miracle drug.", 'miracle')).toBe(true)
    expect(negated('It is a myth that ketamine cures depression.', 'cures depression')).toBe(true)
    expect(negated('It has not been shown to prevent suicide or reduce suicidal thoughts.', 'reduce suicidal')).toBe(true)
  })

  it('stops at the clause and ignores intensifiers', () => {
    expect(negated('It is not cheap, but it cures depression.', 'cures')).toBe(false)
    expect(negated('This is not only fast but a cure.', 'cure')).toBe(false)
    expect(negated('No doubt it is a miracle.', 'miracle')).toBe(false)
    expect(negated('Not one of the many patients who came to us, in every single season, had a cure.', 'cure')).toBe(false)
  })

  it('reads evidence said to be lacking as disputing what follows "that"', () => {
    expect(negated('There is no good evidence that berberine works like semaglutide.', 'works like')).toBe(true)
    expect(negated('There is little evidence that ashwagandha cures anxiety.', 'cures')).toBe(true)
    expect(negated('We found no large, independent trial showing that a home device reduces anxiety.', 'reduces anxiety')).toBe(true)
    expect(negated('There is strong evidence that ashwagandha cures anxiety.', 'cures')).toBe(false)
  })

  it('reads "without" inside a match as what the claim comes without, not a denial', () => {
    const {tokens, range} = locate('It wipes out cravings without the misery of detox.', 'wipes out cravings without the misery')
    expect(isNegatedInside(tokens, range, new Set(['wipe', 'out', 'misery']))).toBe(false)
  })

  it('sees a negator inside a match that is not one of the phrase words', () => {
    const {tokens, range} = locate('Research has not yet shown it.', 'Research has not yet shown')
    expect(isNegatedInside(tokens, range, new Set(['research', 'show']))).toBe(true)
    const phrase = locate('There are no side effects.', 'no side effects')
    expect(isNegatedInside(phrase.tokens, phrase.range, new Set(['no', 'side', 'effects']))).toBe(false)
  })
})

describe('"so" opening a clause with its own subject', () => {
  const negatedAt = (text: string, words: string) => {
    const {tokens, range} = locate(text, words)
    return isNegated(tokens, range.start)
  }

  it('stops a negator before it from reaching the clause after', () => {
    expect(negatedAt("The brain doesn't unlearn it so the results are permanent.", 'results are permanent')).toBe(false)
    expect(negatedAt('The infusion is not so safe for everyone.', 'safe for everyone')).toBe(true)
  })
})

describe('clauses', () => {
  it('keep a fronted qualifier with its clause', () => {
    expect(clauseText('For some people, TMS can ease symptoms.', 'ease')).toBe('For some people, TMS can ease symptoms')
  })

  it('end at a conjunction after a comma, at "but" and at dashes', () => {
    expect(clauseText('It brings lasting relief, and some people need boosters.', 'lasting relief')).toBe('It brings lasting relief,')
    expect(clauseText('It is not for everyone but it brings lasting relief.', 'lasting')).toBe('but it brings lasting relief')
    expect(clauseText('More than a treatment\u2014it is a beacon of hope.', 'beacon')).toBe('it is a beacon of hope')
  })
})

describe('hedges', () => {
  const hedge = (text: string, words: string) => {
    const {tokens, range} = locate(text, words)
    return hedgeInClause(tokens, range)?.cue
  }

  it('finds modals, epistemic verbs, quantifiers and qualifiers in the clause', () => {
    expect(hedge('Ketamine may provide lasting relief.', 'lasting relief')).toBe('may')
    expect(hedge('For some people, TMS can ease symptoms.', 'ease')).toBe('for some')
    expect(hedge('Studies suggest that it works within hours.', 'within hours')).toBe('suggest')
    expect(hedge('It is thought to act on glutamate.', 'act on')).toBe('is thought to')
  })

  it('reads "potential" as a hedge, but not in "the potential of"', () => {
    expect(hedge('It offers a potential new option to achieve remission.', 'achieve remission')).toBe('potential')
    expect(hedge('Discover the potential of this groundbreaking therapy.', 'groundbreaking')).toBeUndefined()
  })

  it('leaves a hedge that opens a time phrase after a comma to that phrase', () => {
    expect(hedge('Hypnotherapy resolves it at the source, usually in 3 to 5 sessions.', 'resolves it at the source')).toBeUndefined()
    expect(hedge('Ketamine lifts depression, often within hours.', 'within hours')).toBe('often')
    expect(hedge('Ketamine usually lifts depression, within hours.', 'lifts depression')).toBe('usually')
  })

  it('ignores hedges in another clause and look-alikes', () => {
    expect(hedge('It brings lasting relief, and some people need boosters.', 'lasting relief')).toBeUndefined()
    expect(hedge('Ketamine blocks certain receptors responsible for depression.', 'responsible')).toBeUndefined()
    expect(hedge('Many patients feel relief within hours.', 'within hours')).toBeUndefined()
  })
})

describe('boosters', () => {
  const booster = (text: string, words: string, phraseWords: string[] = []) => {
    const {tokens, range} = locate(text, words)
    return boosterNear(tokens, range, new Set(phraseWords))?.cue
  }

  it('raise a claim when they stand next to it', () => {
    expect(booster('Studies clearly show it works.', 'Studies clearly show', ['studies', 'show'])).toBe('clearly')
    expect(booster('It definitely provides lasting relief.', 'lasting relief')).toBe('definitely')
  })

  it('are words of certainty, not verbs such as "guarantees"', () => {
    expect(booster('The data guarantees debate.', 'data')).toBeUndefined()
    expect(booster('It is guaranteed lasting relief.', 'lasting relief')).toBe('guaranteed')
  })

  it('do not reach a claim several words away, nor count the phrase itself', () => {
    expect(booster('The mounting data confirming its potency guarantees that doctors will debate it.', 'mounting data')).toBeUndefined()
    expect(booster('It works for everyone.', 'works for everyone', ['works', 'for', 'everyone'])).toBeUndefined()
  })
})

describe('mentions and questions', () => {
  it('tells a term in scare quotes from a quoted claim', () => {
    const mention = locate('Is ketamine a "miracle drug"?', 'miracle')
    expect(isMentionInQuotes(mention.tokens, mention.range)).toBe(true)
    const quotation = locate('"Ketamine is the biggest advance in psychiatry in fifty years," says Dr. Hale.', 'biggest advance')
    expect(isMentionInQuotes(quotation.tokens, quotation.range)).toBe(false)
  })

  it('treats questions as asking, except "why" questions', () => {
    const tokens = (text: string) => buildDocument(text, {path: 'test.txt'}).sentences[0].tokens
    expect(isOpenQuestion(tokens('Can ketamine cure depression?'))).toBe(true)
    expect(isOpenQuestion(tokens('What have studies found?'))).toBe(true)
    expect(isOpenQuestion(tokens('Why is ketamine a miracle?'))).toBe(false)
    expect(isOpenQuestion(tokens('Ketamine cures depression.'))).toBe(false)
  })
})

describe('citations', () => {
  it('find "et al." and a year anywhere in a longer aside', () => {
    const text = 'About half responded (see the product information and Okafor et al., J Affect Disord, 2022).'
    expect(findCitations(text).map((citation) => citation.kind)).toContain('author-year')
    expect(findCitations('About half responded (we asked them all, et al).').map((citation) => citation.kind)).not.toContain('author-year')
  })

  const kinds = (text: string) => findCitations(text).map((citation) => citation.kind)

  it('finds the evidence markers a reader can check', () => {
    expect(kinds('It helped [2].')).toEqual(['numeric'])
    expect(kinds('It helped (Popova et al., 2019).')).toEqual(['author-year'])
    expect(kinds('See doi:10.1176/appi.ajp.2019.19020172.')).toEqual(['doi'])
    expect(kinds('PMID 31109201 reports it.')).toEqual(['pmid'])
    expect(kinds('In trial NCT01234567, it helped.')).toEqual(['trial-id'])
    expect(kinds('About a third respond (see NICE IPG542 and the studies it reviews).')).toEqual(['guideline-id'])
    expect(kinds('NICE guideline NG222 recommends it.')).toEqual(['guideline-id'])
    expect(kinds('The NG lamp ships in May.')).toEqual([])
    expect(kinds('According to the World Health Organization, many people have depression.')).toEqual(['according-to'])
    expect(kinds('Lower cortisol was reported (for example, Lee et al., 2019).')).toEqual(['author-year'])
    expect(kinds('In findings published Friday in Nature Medicine, most veterans improved.')).toEqual(['published-in'])
    expect(kinds('In our 2024 client survey (860 responses), 58% slept better.')).toEqual(['sample-size'])
    expect(kinds('Of the veterans treated (n = 48), most improved.')).toEqual(['sample-size'])
    expect(kinds('A 2021 study at Johns Hopkins University found it.')).toEqual(['named-study'])
    expect(kinds('She said so in an interview with the Child Mind Institute (childmind.org).')).toEqual(['source-site'])
    expect(kinds('See the guidance (www.nice.org.uk/guidance/ng222) for dosing.')).toEqual(['source-site'])
    expect(kinds('About half of adults respond to a first antidepressant (National Institute of Mental Health).')).toEqual(['according-to'])
    expect(kinds('Most people who start therapy improve (the American Psychological Association, 2023).')).toEqual(['according-to'])
  })

  it('does not take the writer or an unnamed source for a citation', () => {
    expect(kinds('According to our Medical Director, it works.')).toEqual([])
    expect(kinds('According to many patients, it works.')).toEqual([])
    expect(kinds('We have helped (1,200 families) and counting.')).toEqual([])
    // A shop's own site is where to buy, not a source.
    expect(kinds('Order today (calmclinic.com) and save.')).toEqual([])
    expect(kinds('Research from Israel has proven it works.')).toEqual([])
    expect(kinds('Studies at Brazilian universities have shown it works.')).toEqual([])
    // An institution with no study a reader could find: no date, journal or link.
    expect(kinds('Researchers at Johns Hopkins have shown it works.')).toEqual([])
    expect(kinds('A study at Johns Hopkins University found it.')).toEqual([])
    // A clinic in brackets is the business, not a source; an organisation's short name after its full one is no citation.
    expect(kinds('About 70% of our patients respond (Blue Ridge Ketamine Clinic).')).toEqual([])
    expect(kinds('The National Institute of Mental Health (NIMH) funds trials.')).toEqual([])
  })
})

describe('claims the writer disputes in the same sentence', () => {
  const disputed = atWords(isDisputed)

  it('reads "is unproven" or "remains unverified" after the claim in its clause', () => {
    expect(disputed('Their link to lasting improvement is unproven.', 'lasting improvement')).toBe(true)
    expect(disputed('The promise of permanent relief remains unverified.', 'permanent relief')).toBe(true)
  })

  it('reads a sentence saying the claim comes with no source', () => {
    expect(disputed('The site says 90 per cent stay sober, but gives no source for the figure.', '90 per cent')).toBe(true)
    expect(disputed('The clinic claims, without evidence, that its drip cures anxiety.', 'cures anxiety')).toBe(true)
    expect(disputed('The brand cites no study for its promise of instant calm.', 'instant calm')).toBe(true)
  })

  it('reads a source the seller never gave for the figure', () => {
    expect(disputed("The company hasn't published its 30% figure anywhere I could check.", '30%')).toBe(true)
    expect(disputed('The brand never published its 90% success rate.', '90%')).toBe(true)
    expect(disputed('We published our 90% success rate last year.', '90%')).toBe(false)
  })

  it('reads a study the seller is said to have withheld, after the claim', () => {
    expect(disputed('Calmi says its band detects stress with 90 percent accuracy, but it has not published the study behind that number.', '90 percent')).toBe(true)
    expect(disputed("The clinic reports 80% remission and hasn't shared the data.", '80% remission')).toBe(true)
    expect(disputed('Ketamine works within hours, and it has not shown side effects in our clinic.', 'within hours')).toBe(false)
  })

  it('leaves a claim alone when the dispute is about something else in another clause', () => {
    expect(disputed('Side effects are exaggerated; our ketamine is completely safe.', 'completely safe')).toBe(false)
    expect(disputed('Our detox is painless and permanent.', 'painless')).toBe(false)
  })
})

describe('reports by another seller read past a relative clause', () => {
  it('finds the seller before ", which ...," as the subject of the reporting verb', () => {
    const quoted = locate('One clinic\'s website, which the paper reviewed, calls ibogaine "a full reset of the brain".', 'a full reset')
    expect(isReportedInQuotes(quoted.tokens, quoted.range)).toBe(true)
    const plain = locate('A rival app, which has since closed, promised instant calm to every user.', 'instant calm')
    expect(isReportedByOther(plain.tokens, plain.range)).toBe(true)
  })

  it('still reads the page\'s own website as the page', () => {
    const own = locate('Our website, which we update weekly, calls our detox "a full reset of the brain".', 'a full reset')
    expect(isReportedInQuotes(own.tokens, own.range)).toBe(false)
  })
})

describe('claims named as examples of what sellers promise', () => {
  const named = atWords(isNamedAsPromise)

  it('reads "promises like", "claims of" and "red flags include" before the claim, through a list', () => {
    expect(named('Be wary of promises like quick fixes, guaranteed results or instant relief.', 'guaranteed results')).toBe(true)
    expect(named('Claims of guaranteed sobriety are a red flag.', 'guaranteed sobriety')).toBe(true)
    expect(named('Red flags include promises such as a cure in thirty days.', 'a cure')).toBe(true)
  })

  it('reads "advertised as" and "marketed as" just before the claim', () => {
    expect(named('Be cautious about gummies advertised as a cure for anxiety.', 'a cure')).toBe(true)
  })

  it('reads others selling a product "as" something, and "make it sound like"', () => {
    expect(named('Clinics market ketamine as a breakthrough for depression.', 'a breakthrough')).toBe(true)
    expect(named('The ads make it sound like a miracle.', 'a miracle')).toBe(true)
    expect(named('We market our TMS program as the best treatment in Texas.', 'the best treatment')).toBe(false)
    expect(named('Ketamine sounds like a miracle.', 'a miracle')).toBe(false)
  })

  it('keeps the page\'s own promises, and a sentence that goes on past what "touted as" names', () => {
    expect(named('Our promises of guaranteed results set us apart.', 'guaranteed results')).toBe(false)
    expect(named('We are proud to be billed as the best rehab in Texas.', 'the best rehab')).toBe(false)
    expect(named('Ketamine, touted as a miracle cure, works in hours.', 'in hours')).toBe(false)
  })
})

describe('findings set in animals or lab dishes', () => {
  const preclinical = (text: string) => isPreclinical(buildDocument(text, {path: 'test.txt'}).sentences[0].tokens)

  it('reads a finding in mice, rats or cells, or from animal studies, as preclinical', () => {
    expect(preclinical('In mice, psilocybin regrows lost synapses within a day.')).toBe(true)
    expect(preclinical('In lab dishes, the extract raised nerve growth factor.')).toBe(true)
    expect(preclinical('Rat studies showed less anxious behaviour.')).toBe(true)
  })

  it('leaves findings in people alone', () => {
    expect(preclinical('In adults with depression, psilocybin eased symptoms within a day.')).toBe(false)
    expect(preclinical('Our patients feel the difference within a day.')).toBe(false)
  })
})

describe("one person's experience reported in the third person", () => {
  const reported = atWords(isReportedExperience)

  it('reads "says she", "he tells us" and a coordinated "and says" as a report of one person', () => {
    expect(reported('Efua ordered online and says she sleeps like a baby.', 'sleeps like a baby')).toBe(true)
    expect(reported('Six months later he tells us the flashbacks are gone.', 'flashbacks are gone')).toBe(true)
    expect(reported('She has not had a drink in two years and says the cravings vanished.', 'cravings vanished')).toBe(true)
  })

  it("leaves the page's own voice and a doctor's claim alone", () => {
    expect(reported('Our doctor says ketamine melts away depression.', 'melts away depression')).toBe(false)
    expect(reported('Ketamine melts away depression in hours.', 'melts away depression')).toBe(false)
  })
})

describe('words of a proper name (src/text/proper-name.ts)', () => {
  const named = atWords((tokens, range) => isInProperName(tokens, range.start, range.end))

  it('reads a capitalised word beside another in running text as part of a name', () => {
    expect(named('Since 2011, Blue Lantern Recovery has treated 4,000 clients.', 'Recovery')).toBe(true)
    expect(named('We visited the Serenity Recovery Center last spring.', 'Recovery')).toBe(true)
  })

  it('leaves a word in lower case, one standing alone, and the words of a heading in title case', () => {
    expect(named('Since 2011, our clients have found recovery with us.', 'recovery')).toBe(false)
    expect(named('Recovery is possible for many people.', 'Recovery')).toBe(false)
    expect(named('Why Recovery Takes Time And Patience', 'Recovery')).toBe(false)
  })
})

