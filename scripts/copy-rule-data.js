// Build step: put each rule's README and JSON data beside its compiled
// module in dist/, and compile its lexicon YAML to JSON there (checked at load time, and
// loadable without a YAML parser). The phrases themselves are compiled by
// scripts/prepare-data.js.
import {mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'

const source = 'rules'
const target = join('dist', 'rules')

for (const entry of readdirSync(source, {withFileTypes: true})) {
  if (!entry.isDirectory()) continue
  const from = join(source, entry.name)
  const to = join(target, entry.name)
  mkdirSync(to, {recursive: true})
  for (const file of readdirSync(from)) {
    // README.md, and data a rule reads as JSON as it is (spam-comment's learned weights).
    if (file === 'README.md' || file.endsWith('.json')) copyFileSync(join(from, file), join(to, file))
    else if (/\.ya?ml$/.test(file)) {
      const data = parse(readFileSync(join(from, file), 'utf8'))
      writeFileSync(join(to, file.replace(/\.ya?ml$/, '.json')), JSON.stringify(data))
    }
  }
}

if (!existsSync(join('dist', 'src', 'cli.js'))) {
  console.error('copy-rule-data: dist/src/cli.js is missing; run tsc first')
  process.exit(1)
}
