#!/usr/bin/env node
// What the comments rules cost. Run after `npm run build`: node bench/comments.mjs
// Prints one JSON line (milliseconds): the English word list's first load,
// linting an article with 2,000 comments in plain text and in Markdown with
// spam-comment and page-chrome on and off, and the same article with no
// comments. Targets: the word list loads once, in well under a second, and
// only for a file that has comments; the comments rules add at most a few
// milliseconds a comment, growing in step with the number of comments.
import {performance} from 'node:perf_hooks'

const {lint} = await import('../dist/src/index.js')

const article =
  'Many people who have lived with depression for years want to know whether ketamine could help them, what a visit involves and what it costs. ' +
  'A nurse checks your blood pressure before and after each infusion, and you cannot drive for the rest of the day.'

function comments(count, markdown) {
  const lines = []
  for (let index = 0; index < count; index++) {
    const text =
      index % 4 === 0
        ? `great info https://deals${index}.example.com https://meds${index}.example.net`
        : index % 4 === 1
          ? 'mantap'
          : `Does the clinic take insurance for the visit on day ${index}? My psychiatrist mentioned it.`
    lines.push(markdown ? `- **Reader ${index}**\n  ${text}` : `Reader ${index}\n${text}`)
  }

  return lines.join('\n')
}

const plain = `${article}\n${2000} Comments\n${comments(2000, false)}\n`
const markdown = `# Ketamine\n\n${article}\n\n## Comments\n\n${comments(2000, true)}\n`
const config = (on) => ({extends: [], rules: on ? {'spam-comment': 'warn', 'page-chrome': 'warn'} : {'hard-sentence': 'off'}})

function time(run) {
  const started = performance.now()
  run()
  return Math.round(performance.now() - started)
}

const firstLoad = time(() => lint(`${article}\n1 Comment\nAva\nnice`, {path: 'a.txt', config: config(true)}))
const result = {
  firstLoadWithOneComment: firstLoad,
  noComments: time(() => lint(article, {path: 'b.txt', config: config(true)})),
  plain2000CommentsRulesOn: time(() => lint(plain, {path: 'c.txt', config: config(true)})),
  plain2000CommentsRulesOff: time(() => lint(plain, {path: 'c.txt', config: config(false)})),
  markdown2000CommentsRulesOn: time(() => lint(markdown, {path: 'c.md', config: config(true)})),
  markdown2000CommentsRulesOff: time(() => lint(markdown, {path: 'c.md', config: config(false)}))
}
console.log(JSON.stringify(result))
