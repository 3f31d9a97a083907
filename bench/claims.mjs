#!/usr/bin/env node
// Cost of the eight claim rules per article: each article is parsed once
// (outside the timing, as the engine shares the parse between rules), then
// the claim lexicons are matched and the eight checks run, many times over.
// Run after `npm run build`: node bench/claims.mjs [DIR...]
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {buildDocument} from '../dist/src/document/build.js'
import {compilePhrases, findRuleMatches} from '../dist/src/engine/phrases.js'
import {defaultOptions} from '../dist/src/rule/options.js'
import {rules} from '../dist/src/index.js'

const folders = process.argv.slice(2)
if (folders.length === 0) folders.push('fixtures/articles', 'fixtures/claims/articles')
const documents = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .map((name) => buildDocument(readFileSync(join(folder, name), 'utf8'), {path: name}))
)

const claimRules = rules.filter((rule) => rule.meta.category === 'claims').map((rule) => ({rule, options: defaultOptions(rule)}))
const compileStart = performance.now()
const phrases = compilePhrases(claimRules)
const compileMs = performance.now() - compileStart

let findings = 0
function runClaims() {
  for (const document of documents) {
    const matches = findRuleMatches(document, phrases)
    for (const {rule, options} of claimRules) {
      rule.check({document, options, matches: matches.get(rule.meta.id) ?? [], report: () => findings++})
    }
  }
}

for (let round = 0; round < 10; round++) runClaims() // warm up the JIT
const rounds = 100
const start = performance.now()
for (let round = 0; round < rounds; round++) runClaims()
const perArticle = (performance.now() - start) / (rounds * documents.length)
const words = documents.reduce((sum, document) => sum + document.stats.words, 0) / documents.length
console.log(JSON.stringify({
  articles: documents.length,
  meanWords: Math.round(words),
  compileLexiconsMs: +compileMs.toFixed(1),
  msPerArticleForClaimRules: +perArticle.toFixed(3)
}))
