import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {checkContextWords} from '../src/text/context-words.js'
import {checkWordClasses} from '../src/text/word-classes.js'
import {checkWordLists} from '../src/text/word-lists.js'

/** The shared vocabulary in src/text/data/ is checked when it is loaded: a slip in the data is named, never half-read. */
describe('shared vocabulary data', () => {
  const classes = parse(readFileSync(new URL('../src/text/data/word-classes.yml', import.meta.url), 'utf8')) as Record<string, unknown>
  const contextWords = parse(readFileSync(new URL('../src/text/data/context-words.yml', import.meta.url), 'utf8')) as Record<string, unknown>

  it('loads the shipped files', () => {
    expect(Object.keys(checkWordClasses(classes))).toContain('treatmentName')
    expect(checkContextWords(contextWords).hedges).toContain('may')
  })

  it('builds a class from the classes it includes', () => {
    const built = checkWordClasses({a: {members: ['x']}, b: {members: ['y']}, both: {include: ['a', 'b'], members: ['z']}})
    expect(built.both.members).toEqual(['z', 'x', 'y'])
  })

  it('names the class or list that is wrong', () => {
    expect(() => checkWordClasses({treatment: {members: 'ketamine'}})).toThrow(/treatment\.members/)
    expect(() => checkWordClasses({treatment: {include: ['nothing']}})).toThrow(/treatment\.include/)
    expect(() => checkWordClasses({verb: {members: ['improve'], inflect: 'yes'}})).toThrow(/verb\.inflect/)
    expect(() => checkContextWords({...contextWords, hedges: {words: ['May']}})).toThrow(/hedges/)
    expect(() => checkContextWords({...contextWords, extra: {words: ['x']}})).toThrow(/unknown list "extra"/)
  })

  it('keeps case only in a list that says it is case-sensitive', () => {
    const attribution = parse(readFileSync(new URL('../src/text/data/attribution-words.yml', import.meta.url), 'utf8')) as Record<string, unknown>
    const names = Object.keys(attribution)
    expect(checkWordLists('attribution', attribution, names).credentials).toContain('MD')
    expect(() => checkWordLists('attribution', {...attribution, titles: {words: ['Dr']}}, names)).toThrow(/titles\.words must be a list of lower-case words/)
  })
})
