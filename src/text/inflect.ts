/**
 * The inflected forms of an English word, generated rather than stemmed so
 * that a lexicon phrase matches exactly the forms a reader would write
 * ("cure" matches cures, cured, curing; "heal" matches heals, healed,
 * healing) and nothing else. Forms that are not words never occur in text,
 * so over-generating is harmless.
 */

const irregular: Record<string, string[]> = {
  be: ['is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"],
  is: ['are', 'was', 'were', "'s"],
  have: ['has', 'had', 'having', "'ve"],
  has: ['have', 'had'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  make: ['makes', 'made', 'making'],
  take: ['takes', 'took', 'taken', 'taking'],
  feel: ['feels', 'felt', 'feeling'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  give: ['gives', 'gave', 'given', 'giving'],
  get: ['gets', 'got', 'gotten', 'getting'],
  bring: ['brings', 'brought', 'bringing'],
  prove: ['proves', 'proved', 'proven', 'proving'],
  grow: ['grows', 'grew', 'grown', 'growing'],
  regrow: ['regrows', 'regrew', 'regrown', 'regrowing'],
  rewrite: ['rewrites', 'rewrote', 'rewritten', 'rewriting'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  think: ['thinks', 'thought', 'thinking'],
  leave: ['leaves', 'left', 'leaving'],
  lose: ['loses', 'lost', 'losing'],
  child: ['children'],
  person: ['people'],
  man: ['men'],
  woman: ['women'],
  life: ['lives'],
  mouse: ['mice'],
  analysis: ['analyses'],
  diagnosis: ['diagnoses'],
  crisis: ['crises']
}

/**
 * Words that take no endings: articles, pronouns, prepositions, conjunctions,
 * modal verbs and the like. Their generated forms are often real words of
 * another kind ("the" -> "thing", "not" -> "noted", "it" -> "its", "can" ->
 * "canned"), so a phrase such as "it works" would match "its works".
 */
const uninflected = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'no', 'every', 'each', 'any', 'some', 'all', 'both', 'either',
  'neither', 'such', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'i', 'me', 'we', 'us', 'you', 'they', 'them',
  'he', 'him', 'she', 'it', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'within', 'into',
  'onto', 'than', 'via', 'per', 'about', 'after', 'before', 'during', 'through', 'between', 'among', 'against',
  'toward', 'towards', 'upon', 'and', 'or', 'but', 'nor', 'if', 'because', 'while', 'although', 'though', 'unless',
  'whether', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'not', 'very', 'too',
  'also', 'just', 'only', 'even', 'ever', 'never', 'so', 'as'
])

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
