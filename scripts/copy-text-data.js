// Build step: the shared vocabulary of src/text/data/ (word classes, context words, page chrome) as JSON in
// dist/data/, so a run reads it without a YAML parser. Runs before the rule
// data is compiled, which reads the word classes.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {parse} from 'yaml'

mkdirSync('dist/data', {recursive: true})
for (const name of ['word-classes', 'context-words', 'chrome', 'attribution-words', 'treatment-context']) {
  const data = parse(readFileSync(`src/text/data/${name}.yml`, 'utf8'))
  writeFileSync(`dist/data/${name}.json`, JSON.stringify(data))
}
