import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {checkContextWords} from '../src/text/context-words.js'
import {checkWordClasses} from '../src/text/word-classes.js'
import {alternatives, checkWordLists, loadWordLists} from '../src/text/word-lists.js'
import {repoRoot, tempProject} from './helpers.js'

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

/**
 * The word lists kept as data, each `{note, words}`: the shared ones in
 * src/text/data/ (all but the word classes, the chrome words and the
 * treatments, which have shapes of their own) and each rule's words.yml.
 */
const wordListFiles = [
  ...readdirSync(join(repoRoot, 'src', 'text', 'data'))
    .filter((name) => name.endsWith('.yml') && !['word-classes.yml', 'chrome.yml', 'treatments.yml'].includes(name))
    .map((name) => `src/text/data/${name}`),
  ...readdirSync(join(repoRoot, 'rules'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && readdirSync(join(repoRoot, 'rules', entry.name)).includes('words.yml'))
    .map((entry) => `rules/${entry.name}/words.yml`)
]

describe('word lists as data', () => {
  it('are found: the shared readers\' lists and the rules\' own', () => {
    for (const file of ['src/text/data/treatment-context.yml', 'src/text/data/comment-widgets.yml', 'rules/unsourced-statistic/words.yml', 'rules/spam-comment/words.yml']) {
      expect(wordListFiles).toContain(file)
    }
  })

  for (const file of wordListFiles) {
    it(`${file}: every list says in one line what it holds and passes the check, and a broken list is named`, () => {
      const data = parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, {note: string; words: string[]; caseSensitive?: boolean}>
      const names = Object.keys(data)
      expect(names.length).toBeGreaterThan(0)
      const lists = checkWordLists(file, data, names)
      for (const name of names) {
        expect(data[name].note, `${file}: ${name}`).toMatch(/^\S.{19,}$/)
        expect(lists[name].length).toBeGreaterThan(0)
      }

      const [first] = names
      const broken = (change: Record<string, unknown>) => () => checkWordLists(file, {...data, ...change}, names)
      const wrongCase = data[first].caseSensitive ? ' Spaced ' : 'Upper'
      expect(broken({[first]: {...data[first], words: [...data[first].words, wrongCase]}})).toThrow(`${file}: ${first}.words must be a list of`)
      expect(broken({[first]: {words: data[first].words, caseSensitive: data[first].caseSensitive}})).toThrow(`${file}: ${first}.note must say in one line what the list holds`)
      expect(broken({[first]: undefined})).toThrow(`${file}: the list "${first}" is missing`)
      expect(broken({extra: {note: 'A list no code reads.', words: ['x']}})).toThrow(`${file}: unknown list "extra"`)
    })
  }

  it('a rule\'s list is read from its file and a slip in it is named with the file and the list', () => {
    const root = tempProject({
      'rules/house-style/words.yml': 'banned:\n  note: Words the house style bans.\n  words: [utilize, leverage]\n',
      'rules/broken-style/words.yml': 'banned:\n  note: Words the house style bans.\n  words: [Utilize]\n'
    })
    const url = (id: string) => pathToFileURL(join(root, 'rules', id, 'words.yml'))
    expect(loadWordLists(url('house-style'), ['banned']).banned).toEqual(['utilize', 'leverage'])
    expect(() => loadWordLists(url('broken-style'), ['banned'])).toThrow('rules/broken-style/words.yml: banned.words must be a list of lower-case words')
    expect(() => loadWordLists(url('house-style'), ['banned', 'allowed'])).toThrow('rules/house-style/words.yml: the list "allowed" is missing')
    expect(() => loadWordLists(url('no-such-rule'), ['banned'])).toThrow(/no-such-rule.words\.yml: cannot load data/)
  })

  it('a shared list is read by its name', () => {
    expect(loadWordLists('treatment-context', ['minimisers', 'mildNotMinimised', 'dismissingBe', 'dismissingIntensifiers', 'enabling', 'concessive', 'knowing', 'searching', 'treating', 'indicating', 'causing', 'ordinaryUses', 'prohibitedUses', 'untreated', 'untreatedAfterWithout']).concessive).toContain('whilst')
    expect(() => loadWordLists('treatment-context', ['minimisers'])).toThrow('src/text/data/treatment-context.yml: unknown list "mildNotMinimised"')
  })

  it('turn a list into the alternatives of a pattern, escaped and longest first', () => {
    const pattern = new RegExp(`^(?:${alternatives(['trial', 'trial registration', '(c)', 'e-mail'])})\\b`, 'i')
    expect(pattern.exec('Trial registration: NCT01')?.[0]).toBe('Trial registration')
    expect(pattern.test('E-mail')).toBe(true)
    const whole = new RegExp(`^(?:${alternatives(['(c)', 'a.m.'])})$`)
    expect(['(c)', 'a.m.', 'c', 'abmc'].map((text) => whole.test(text))).toEqual([true, true, false, false])
  })
})
