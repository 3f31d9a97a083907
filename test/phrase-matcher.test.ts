import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {compilePhrase, PhraseMatcher, PhraseSyntaxError} from '../src/text/phrase-matcher.js'

/** The text of every match of `phrases` in `text` (one plain-text paragraph). */
function found(phrases: string[], text: string): string[] {
  const matcher = new PhraseMatcher(phrases)
  const document = buildDocument(text, {path: 'test.txt'})
  return document.sentences.flatMap((sentence) => matcher.match(sentence.tokens).map((match) => text.slice(match.start, match.end)))
}

describe('phrase matcher', () => {
  it('matches inflections of every word, not just the first', () => {
    expect(found(['cure {condition}'], 'It cures depression. It cured anxiety. Curing PTSD.')).toEqual(['cures depression', 'cured anxiety', 'Curing PTSD'])
    expect(found(['regrow neuron'], 'Psilocybin regrew neurons.')).toEqual(['regrew neurons'])
  })

  it('does not inflect function words, whose made-up forms are other words', () => {
    expect(found(['it work'], 'It works. Its works are many. It worked.')).toEqual(['It works', 'It worked'])
    expect(found(['not proven'], 'It is not proven. They noted proven results.')).toEqual(['not proven'])
    expect(found(['the only option'], 'The only option. The one thing only option.')).toEqual(['The only option'])
  })

  it('matches word classes from the data file: several-word members, inflected members, classes built from others', () => {
    expect(found(['{treatmentName} be superior'], 'Fish oil is superior. St John\u2019s wort is superior. Oil is superior.')).toEqual(['Fish oil is superior', 'John\u2019s wort is superior'])
    expect(found(['{treatmentName} reduce'], 'L-theanine reduces worry.')).toEqual(['L-theanine reduces'])
    expect(found(['{benefitVerb} {condition}'], 'It eased anxiety and is easing stress.')).toEqual(['eased anxiety', 'easing stress'])
    expect(found(['{treatment} work'], 'It works. The supplement worked.')).toEqual(['It works', 'supplement worked'])
    expect(found(['{harm}?  free'], 'Side effects free.')).toEqual(['Side effects free'])
  })

  it('reads past a short gloss in brackets, but not a citation or a clause', () => {
    expect(found(['potent * effects'], 'It has potent anxiolytic (anti-anxiety) effects.')).toEqual(['potent anxiolytic (anti-anxiety) effects'])
    expect(found(['potent * effects'], 'It has potent anxiolytic (see 1, 2) effects.')).toEqual([])
    expect(found(['relief within hours'], 'Relief (for some people, in trials) within hours.')).toEqual([])
  })

  it('keeps "=word" exact', () => {
    expect(found(['=cure'], 'a cure, two cures')).toEqual(['cure'])
  })

  it('is case-insensitive and reads through NBSP, curly quotes and apostrophes', () => {
    expect(found(['relief within hours'], 'Relief within\u00a0Hours.')).toEqual(['Relief within\u00a0Hours'])
    expect(found(["the brain's wiring"], 'It resets the brain\u2019s wiring.')).toEqual(['the brain\u2019s wiring'])
  })

  it('matches hyphen variants: hyphenated, spaced and closed', () => {
    const text = 'A game-changer. A game changer. A gamechanger. A game\u2011changer. Game-changers.'
    expect(found(['game-changer'], text)).toEqual(['game-changer', 'game changer', 'gamechanger', 'game\u2011changer', 'Game-changers'])
    expect(found(['side-effect-free'], 'It is side-effect-free and side effect free.')).toEqual(['side-effect-free', 'side effect free'])
  })

  it('matches a word inside a hyphenated compound by its parts', () => {
    expect(found(['no side-effects'], 'There are no side-effects.')).toEqual(['no side-effects'])
  })

  it('lets a possessive match its stem', () => {
    expect(found(['rewire the brain'], 'TMS rewires the brain\u2019s circuits.')).toEqual(['rewires the brain\u2019s'])
  })

  it('matches contractions and their spelled-out form alike', () => {
    expect(found(["you'll feel better"], "You'll feel better. You will feel better. You\u2019ll feel better.")).toEqual([
      "You'll feel better",
      'You will feel better',
      'You\u2019ll feel better'
    ])
  })

  it('skips a symbol stuck to a word (NAD+, Spravato\u00ae)', () => {
    expect(found(['nad eliminate'], 'NAD+ eliminates cravings.')).toEqual(['NAD+ eliminates'])
    expect(found(['spravato help'], 'SPRAVATO\u00ae helps.')).toEqual(['SPRAVATO\u00ae helps'])
  })

  it('matches "#1", numbers and percentages', () => {
    expect(found(['#1'], 'The #1 clinic.')).toEqual(['#1'])
    expect(found(['{number} out of {number}'], 'Nine out of ten. 8 out of 10. Then more.')).toEqual(['Nine out of ten', '8 out of 10'])
    expect(found(['{percent}'], 'About 87% and 2.5% of people.')).toEqual(['87%', '2.5%'])
  })

  it('keeps every number-led phrase when there are enough of them to index by their second word', () => {
    const phrases = ['{number} sessions', '{number} minutes', '{number} out of {number}', '{number} *? weeks', '{percent} of patients', '{percent} of people', '{percent} success']
    const text = 'Six sessions, 40 minutes each, nine out of ten felt better within 2 short weeks and 80% of patients, or 75% success.'
    expect(found(phrases, text)).toEqual(['Six sessions', '40 minutes', 'nine out of ten', '2 short weeks', '80% of patients', '75% success'])
  })

  it('takes alternatives, optional words and gaps', () => {
    expect(found(['studies clearly? show'], 'Studies show it. Studies clearly show it.')).toEqual(['Studies show', 'Studies clearly show'])
    expect(found(['eliminate ... cravings'], 'It eliminates drug and alcohol cravings.')).toEqual(['eliminates drug and alcohol cravings'])
    expect(found(['heal *? trauma'], 'It heals trauma. It heals old trauma. It heals very old trauma.')).toEqual(['heals trauma', 'heals old trauma'])
  })

  it('never matches across punctuation', () => {
    expect(found(['safe and effective'], 'It is safe, and effective.')).toEqual([])
    expect(found(['miracle drug'], 'A miracle. Drug prices rose.')).toEqual([])
  })

  it('rejects bad phrases with a clear error', () => {
    expect(() => compilePhrase('... cure')).toThrow(PhraseSyntaxError)
    expect(() => compilePhrase('studies ...? show')).toThrow(/already matches zero words/)
    expect(() => compilePhrase('{nonsense}')).toThrow(/unknown word class/)
    expect(() => compilePhrase('   ')).toThrow(/empty phrase/)
  })

  it('finds the same matches after its scratch stamps wrap around', () => {
    const text = 'No side effects at all, and no side effects ever: no side effects.'
    const matcher = new PhraseMatcher(['no side effect', 'side effect'])
    const sentences = buildDocument(text, {path: 'test.txt'}).sentences
    const spans = () => sentences.flatMap((sentence) => matcher.match(sentence.tokens).map((match) => [match.phrase, match.start, match.end]))
    const expected = spans()
    expect(expected).toHaveLength(6)
    // The stamps are private; set them to their last value so the next sentence and position wrap.
    const scratch = matcher as unknown as {positions: {current: number}; sentences: {current: number}}
    scratch.positions.current = 0xff_ff_ff_ff - 2
    scratch.sentences.current = 0xff_ff_ff_ff
    expect(spans()).toEqual(expected)
    expect(scratch.positions.current).toBeLessThan(100)
  })

  it('finds the phrases of several lists in one pass, each list as a matcher of its own finds them', () => {
    // Alone, the two phrases of the first list starting with "side" are tried in their order; the
    // second list's "side" phrases would have them indexed by their next word, in another order.
    const first = ['side effects', 'side']
    const second = ['side note', 'side dish', 'no side effect', '{number} percent']
    const text = 'Side effects are few. A side note: no side effects in 90 percent.'
    const sentences = buildDocument(text, {path: 'test.txt'}).sentences
    const spans = (matcher: PhraseMatcher, from: number, to: number, offset: number) =>
      sentences.flatMap((sentence) =>
        matcher
          .match(sentence.tokens)
          .filter((match) => match.phrase >= from && match.phrase < to)
          .map((match) => [match.phrase - offset, text.slice(match.start, match.end)])
      )
    const both = new PhraseMatcher([...first, ...second], [first.length, second.length])
    const alone = spans(new PhraseMatcher(first), 0, first.length, 0)
    expect(alone).toEqual([[0, 'Side effects'], [1, 'Side'], [1, 'side'], [0, 'side effects'], [1, 'side']])
    // As one list, the order of the first list's matches would change.
    expect(spans(new PhraseMatcher([...first, ...second]), 0, first.length, 0)).not.toEqual(alone)
    expect(spans(both, 0, first.length, 0)).toEqual(alone)
    expect(spans(both, first.length, first.length + second.length, first.length)).toEqual(spans(new PhraseMatcher(second), 0, second.length, 0))
    expect(() => new PhraseMatcher(first, [1])).toThrow(RangeError)
  })
})

describe("the build's compiled phrases (dist/data/phrases.json)", () => {
  it('match every fixture exactly as the same phrases compiled from the sources', async () => {
    const {readdirSync, readFileSync} = await import('node:fs')
    const built = (await import('../dist/src/text/phrase-matcher.js')) as typeof import('../src/text/phrase-matcher.js')
    const stored = Object.keys(JSON.parse(readFileSync(new URL('../dist/data/phrases.json', import.meta.url), 'utf8')).phrases as object)
    expect(stored.length).toBeGreaterThan(1000)
    // Two lists, with phrases the build never saw (one with an optional first word) among the stored ones.
    const half = stored.length >> 1
    const phrases = [...stored.slice(0, half), 'completely? zorbly {condition}', ...stored.slice(half), 'no|zero zorbly effects']
    const lists = [half + 1, phrases.length - half - 1]
    const fromStore = new built.PhraseMatcher(phrases, lists)
    const fromSources = new PhraseMatcher(phrases, lists)
    let matches = 0
    for (const folder of ['articles', 'claims']) {
      const directory = new URL(`../fixtures/${folder}/`, import.meta.url)
      for (const name of readdirSync(directory).filter((file) => file.endsWith('.md'))) {
        const text = readFileSync(new URL(name, directory), 'utf8') + '\n\nIt is completely zorbly depression. Zero zorbly effects.'
        for (const sentence of buildDocument(text, {path: name}).sentences) {
          const expected = fromSources.match(sentence.tokens)
          matches += expected.length
          expect(fromStore.match(sentence.tokens), `${name}: ${text.slice(sentence.start, sentence.end)}`).toEqual(expected)
        }
      }
    }

    expect(matches).toBeGreaterThan(1000)
  })
})
