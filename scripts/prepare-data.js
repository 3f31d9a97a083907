// Build step: prepare the word lists a run reads into dist/data/ as sorted
// lines (src/text/sorted-lines.ts), so a run loads them in milliseconds
// instead of building maps of tens of thousands of words. A run from the
// TypeScript sources computes the same lines itself.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {parse} from 'yaml'
import {serializeCompiled} from '../dist/src/text/phrase-matcher.js'
import {englishStemLines} from '../dist/src/text/english-words.js'
import {vocabularyLines} from '../dist/rules/spelling/dictionary.js'

mkdirSync('dist/data', {recursive: true})
writeFileSync('dist/data/english-stems.txt', englishStemLines())
writeFileSync('dist/data/spelling-vocabulary.txt', vocabularyLines())

// The treatment kinds (src/text/data/treatments.yml) as JSON, their phrases compiled.
const treatments = parse(readFileSync('src/text/data/treatments.yml', 'utf8'))
const phrases = treatments.flatMap((entry) => [...(entry.names ?? []), ...(entry.risks ?? [])])
writeFileSync('dist/data/treatments.json', JSON.stringify({kinds: treatments, compiled: serializeCompiled(phrases)}))
