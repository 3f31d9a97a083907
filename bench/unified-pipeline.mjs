// The bare unified pipeline the issue compares against: remark-parse,
// remark-retext, retext-english and retext-readability, nothing else, over
// every file given (folders are walked for .md files).
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'
import {VFile} from 'vfile'

const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextReadability)).freeze()

function files(path) {
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => files(join(path, name))) : path.endsWith('.md') ? [path] : []
}

let messages = 0
for (const file of process.argv.slice(2).flatMap(files)) {
  // No compiler: parse and run the transforms, as a linter does.
  const vfile = new VFile({path: file, value: readFileSync(file, 'utf8')})
  await processor.run(processor.parse(vfile), vfile)
  messages += vfile.messages.length
}

console.log(`${messages} messages`)
