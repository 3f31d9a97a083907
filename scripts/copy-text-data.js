// Build step: the shared vocabulary of src/text/data/ (word classes, context words, page chrome,
// the word lists of the readers in src/text and src/document) as JSON in dist/data/, so a run
// reads it without a YAML parser. Runs before the rule data is compiled, which reads the word
// classes. The treatment kinds are prepared with their phrases compiled (scripts/prepare-data.js).
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {parse} from 'yaml'

mkdirSync('dist/data', {recursive: true})
for (const file of readdirSync('src/text/data')) {
  if (!file.endsWith('.yml') || file === 'treatments.yml') continue
  const data = parse(readFileSync(`src/text/data/${file}`, 'utf8'))
  writeFileSync(`dist/data/${file.replace(/\.yml$/, '.json')}`, JSON.stringify(data))
}
