#!/usr/bin/env node
// What the comments rules cost. Run after `npm run build`: node bench/comments.mjs
// Prints one JSON line (milliseconds): the English word list's first load,
// linting an article with 2,000 comments in plain text and in Markdown with
// spam-comment and page-chrome on and off, and the same article with no
// comments; then the comments stage of a typical page (see below). Targets:
// the word list and the learned weights load once, in well under a second,
// and only for a file that has comments; the comments rules add at most a
// few milliseconds a comment, growing in step with the number of comments;
// the comments stage takes under 10% of a typical page's time.
import {performance} from 'node:perf_hooks'

const {lint, rules} = await import('../dist/src/index.js')
const {lintText} = await import('../dist/src/engine/lint-text.js')
const {ConfigLoader} = await import('../dist/src/config/load.js')
const {splitComments} = await import('../dist/src/document/comments.js')

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
// The comments stage of a typical page: an article of about 900 words with
// 20 comments, recommended rules. The stage is the comments reader (timed by
// running it again on the section) and spam-comment's check (timed inside
// the run); whole-run differences with the rule on and off drown in the
// noise of a shared machine. Medians of 30 runs after 20 to warm up.
const long = Array.from({length: 8}, (_, index) => `${article} Clinic ${index + 1} asks for a referral, and most ask you to keep taking your other medicines while the course runs.`).join('\n\n')
const page = `# Ketamine\n\n${long}\n\n## 20 Comments\n\n${comments(20, true)}\n`
let checkMs = 0
const timedRules = rules.map((rule) =>
  rule.meta.id === 'spam-comment'
    ? {
        ...rule,
        check(context) {
          const started = performance.now()
          rule.check(context)
          checkMs += performance.now() - started
        }
      }
    : rule
)
const recommended = new ConfigLoader(timedRules).resolveData({extends: 'recommended'})
const runs = {file: [], check: [], reader: []}
for (let round = 0; round < 50; round++) {
  checkMs = 0
  const started = performance.now()
  const {document} = lintText(page, {path: 'p.md', config: recommended, rules: timedRules})
  const file = performance.now() - started
  const section = document.commentsSection
  const readerStarted = performance.now()
  splitComments(section.blocks, {text: page, links: document.links ?? [], containers: []})
  const reader = performance.now() - readerStarted
  if (round < 20) continue
  runs.file.push(file)
  runs.check.push(checkMs)
  runs.reader.push(reader)
}

const median = (values) => values.sort((a, b) => a - b)[values.length >> 1]
result.typicalPageMs = Math.round(median(runs.file) * 10) / 10
result.typicalPageSpamCommentMs = Math.round(median(runs.check) * 100) / 100
result.typicalPageCommentsReaderMs = Math.round(median(runs.reader) * 100) / 100
result.commentsStageShareOfTypicalPage = Math.round(((median(runs.check) + median(runs.reader)) / median(runs.file)) * 1000) / 1000
console.log(JSON.stringify(result))
