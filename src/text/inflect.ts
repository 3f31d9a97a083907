import {loadWordLists} from './word-lists.js'

/**
 * The inflected forms of an English word, generated rather than stemmed so
 * that a lexicon phrase matches exactly the forms a reader would write
 * ("cure" matches cures, cured, curing; "heal" matches heals, healed,
 * healing) and nothing else. Forms that are not words never occur in text,
 * so over-generating is harmless.
 */

const words = loadWordLists('inflections', ['irregularForms', 'uninflected'] as const)

/** Each word's irregular forms ("go" -> goes, went, gone, going), from lines that give the word first. */
const irregular: Record<string, string[]> = {}
for (const line of words.irregularForms) {
  const [word, ...forms] = line.split(' ')
  irregular[word] = forms
}

/**
 * Words that take no endings: articles, pronouns, prepositions, conjunctions,
 * modal verbs and the like. Their generated forms are often real words of
 * another kind ("the" -> "thing", "not" -> "noted", "it" -> "its", "can" ->
 * "canned"), so a phrase such as "it works" would match "its works".
 */
const uninflected = new Set(words.uninflected)

const vowel = /[aeiou]/
const consonantY = /[^aeiou]y$/
const sibilant = /(?:s|x|z|ch|sh)$/
/** Short words whose last consonant doubles: stop -> stopped, rid -> ridding. */
const doubling = /^(?:[^aeiou]*[aeiou])([bdgmnprt])$/

const inflected = new Map<string, string[]>()

export function inflections(word: string): string[] {
  let forms = inflected.get(word)
  if (!forms) {
    forms = inflect(word)
    inflected.set(word, forms)
  }

  return forms
}

function inflect(word: string): string[] {
  const forms = new Set<string>([word])
  const extra = irregular[word]
  if (extra) for (const form of extra) forms.add(form)
  if (word.length < 2 || uninflected.has(word) || !/^[a-z]+$/.test(word)) return [...forms]

  if (consonantY.test(word)) {
    const stem = word.slice(0, -1)
    forms.add(stem + 'ies')
    forms.add(stem + 'ied')
    forms.add(word + 'ing')
  } else if (word.endsWith('e')) {
    forms.add(word + 's')
    forms.add(word + 'd')
    if (!word.endsWith('ee')) forms.add(word.slice(0, -1) + 'ing')
    else forms.add(word + 'ing')
  } else {
    forms.add(sibilant.test(word) ? word + 'es' : word + 's')
    const doubled = doubling.exec(word)
    if (doubled && vowel.test(word)) {
      forms.add(word + doubled[1] + 'ed')
      forms.add(word + doubled[1] + 'ing')
    }

    forms.add(word + 'ed')
    forms.add(word + 'ing')
  }

  // Nouns ending in -y that take -s (days, ways) and plural of -f(e) forms are
  // rare in lexicons; list them as separate phrases when needed.
  return [...forms]
}
