// Build step: prepare the word lists a run reads into dist/data/ as sorted
// lines (src/text/sorted-lines.ts), so a run loads them in milliseconds
// instead of building maps of tens of thousands of words. A run from the
// TypeScript sources computes the same lines itself.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {parse} from 'yaml'
import {storeCompiled} from '../dist/src/text/phrase-matcher.js'
import {allRules} from '../dist/rules/index.js'
import {englishStemLines} from '../dist/src/text/english-words.js'
import {vocabularyLines} from '../dist/rules/spelling/dictionary.js'

mkdirSync('dist/data', {recursive: true})
writeFileSync('dist/data/english-stems.txt', englishStemLines())

// The treatment kinds (src/text/data/treatments.yml) as JSON.
const treatments = parse(readFileSync('src/text/data/treatments.yml', 'utf8'))
writeFileSync('dist/data/treatments.json', JSON.stringify({kinds: treatments}))

// Every built-in phrase compiled, so a run need not compile them: the rules'
// lexicons in catalog order, then the treatment names and risks (the order a
// run with every rule on meets them, so their words keep the same numbers).
const phrases = []
for (const rule of allRules) {
  if (!rule.lexicon) continue
  const lexicon = parse(readFileSync(new URL(rule.lexicon.href.replace('/dist/rules/', '/rules/')), 'utf8'))
  for (const entry of [...(lexicon.phrases ?? []), ...(lexicon.allow ?? [])]) phrases.push(...[typeof entry === 'string' ? entry : entry.phrase].flat())
}

for (const entry of treatments) phrases.push(...(entry.names ?? []), ...(entry.risks ?? []))
writeFileSync('dist/data/phrases.json', JSON.stringify(storeCompiled(phrases)))

// The spelling vocabulary takes in the treatment names, so it is read after the phrases are stored.
writeFileSync('dist/data/spelling-vocabulary.txt', vocabularyLines())
