#!/usr/bin/env node
// Claim precision and recall per category, with the matching rule of
// shared/tools/score.mjs, for .txt and .md articles alike.
// Run after `npm run build`:
//   node bench/claims-score.mjs [--verbose] LABELS.json DOCS_DIR [LABELS2.json DOCS_DIR2 ...]
// --verbose lists every missed claim and every false flag.
// Recall is per label category; precision per rule (a message counts as right
// when it falls in the sentence of any labelled claim, optional ones included).
// It also prints the document-level verdicts of the disclosure rules, read from
// the labels as score.mjs reads them (plus the off-label and supervision fields
// of the project's labels), so Markdown articles get verdicts too.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {lint, rules} from '../dist/src/index.js'

const verbose = process.argv.includes('--verbose')
const args = process.argv.slice(2).filter((arg) => arg !== '--verbose')
const misses = []
const falseFlags = []
if (args.length < 2 || args.length % 2 !== 0) {
  console.error('usage: node bench/claims-score.mjs LABELS.json DOCS_DIR [...]')
  process.exit(2)
}

const claimRules = new Set(rules.filter((rule) => rule.meta.category === 'claims').map((rule) => rule.meta.id))
const sentence = (text, start, end) => {
  let from = start
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--
  let to = end
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++
  return [from, to + 1]
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1]
const recall = {}
const precision = {}
const verdicts = {}
const expectedVerdicts = {
  'risk-disclosure': (article) => article.names_concrete_risks === false && article.kind !== 'careful',
  'crisis-resource': (article) => article.mentions_suicide == null ? null : article.mentions_suicide && !article.crisis_resource,
  'testimonial-disclosure': (article) => article.testimonial == null ? null : article.testimonial && !article.typical_results_disclaimer,
  'unsourced-quote': (article) => article.unsourced_expert_quote ?? null,
  'off-label-disclosure': (article) => article.off_label_promotion ?? null,
  'supervision-disclosure': (article) => article.unmonitored_at_home ?? null
}
const count = (table, key, field) => {
  table[key] ??= {right: 0, wrong: 0}
  table[key][field]++
}

for (let index = 0; index < args.length; index += 2) {
  for (const article of JSON.parse(readFileSync(args[index], 'utf8'))) {
    const file = [`${article.id}.${article.format ?? 'txt'}`, `${article.id}.txt`, `${article.id}.md`].map((name) => join(args[index + 1], name)).find((path) => existsSync(path))
    if (!file) continue
    const text = readFileSync(file, 'utf8')
    const all = lint(text, {path: file}).messages.filter((message) => message.severity !== 'info')
    for (const [ruleId, expected] of Object.entries(expectedVerdicts)) {
      const want = expected(article)
      if (want === null || want === undefined) continue
      const fired = all.some((message) => message.ruleId === ruleId)
      verdicts[ruleId] ??= {right: 0, wrong: 0, wrongDocs: []}
      if (fired === want) verdicts[ruleId].right++
      else {
        verdicts[ruleId].wrong++
        verdicts[ruleId].wrongDocs.push(`${article.id}: ${want ? 'missed' : 'false alarm'}`)
      }
    }

    const messages = all
      .filter((message) => claimRules.has(message.ruleId))
      .map((message) => ({...message, span: [message.offset, Math.max(message.endOffset, message.offset + 1)]}))
    const labels = article.claims.filter((claim) => !claim.supported).map((claim) => {
      const at = text.indexOf(claim.quote)
      return {...claim, span: sentence(text, at, at + claim.quote.length)}
    })
    for (const label of labels) {
      if (label.optional) continue
      const hit = messages.some((message) => overlaps(message.span, label.span))
      count(recall, label.category, hit ? 'right' : 'wrong')
      if (!hit) misses.push(`${article.id}: ${label.category}: ${label.quote}`)
    }

    for (const message of messages) {
      const right = labels.some((label) => overlaps(message.span, label.span))
      count(precision, message.ruleId, right ? 'right' : 'wrong')
      if (!right) falseFlags.push(`${article.id}: ${message.ruleId}: ${text.slice(message.offset, message.endOffset)}`)
    }
  }
}

const ratio = ({right, wrong}) => +(right / Math.max(1, right + wrong)).toFixed(3)
console.log(JSON.stringify({
  recallByCategory: Object.fromEntries(Object.entries(recall).map(([key, value]) => [key, {...value, recall: ratio(value)}])),
  precisionByRule: Object.fromEntries(Object.entries(precision).map(([key, value]) => [key, {...value, precision: ratio(value)}])),
  total: (() => {
    const hits = Object.values(recall).reduce((sum, value) => sum + value.right, 0)
    const misses = Object.values(recall).reduce((sum, value) => sum + value.wrong, 0)
    const right = Object.values(precision).reduce((sum, value) => sum + value.right, 0)
    const wrong = Object.values(precision).reduce((sum, value) => sum + value.wrong, 0)
    return {recall: ratio({right: hits, wrong: misses}), precision: ratio({right, wrong}), hits, misses, falseFlags: wrong}
  })(),
  verdicts,
  ...(verbose ? {misses, falseFlags} : {})
}, null, 1))
