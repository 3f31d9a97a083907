#!/usr/bin/env node
// Cost of the eight claim rules per article: lints every fixture article
// (and any folders given as arguments) with all rules, then with the claim
// rules off, many times, and prints the difference per article.
// Run after `npm run build`: node bench/claims.mjs [DIR...]
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {lint, rules} from '../dist/src/index.js'

const folders = process.argv.slice(2)
if (folders.length === 0) folders.push('fixtures/articles', 'fixtures/claims/articles')
const articles = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .map((name) => ({path: name, text: readFileSync(join(folder, name), 'utf8')}))
)

const claimIds = rules.filter((rule) => rule.meta.category === 'claims').map((rule) => rule.meta.id)
const withClaims = {extends: 'recommended'}
const withoutClaims = {extends: 'recommended', rules: Object.fromEntries(claimIds.map((id) => [id, 'off']))}
const rounds = 50

function run(config, times) {
  for (let round = 0; round < times; round++) for (const {path, text} of articles) lint(text, {path, config})
}

// Warm up both ways first: lexicons load, matchers compile and the JIT settles.
run(withClaims, 5)
run(withoutClaims, 5)

function time(config) {
  const start = performance.now()
  run(config, rounds)
  return (performance.now() - start) / (rounds * articles.length)
}

const all = time(withClaims)
const none = time(withoutClaims)
const words = articles.reduce((sum, {text}) => sum + text.split(/\s+/).length, 0) / articles.length
console.log(JSON.stringify({
  articles: articles.length,
  meanWords: Math.round(words),
  msPerArticleAllRules: +all.toFixed(2),
  msPerArticleWithoutClaimRules: +none.toFixed(2),
  msPerArticleForClaimRules: +(all - none).toFixed(2)
}))
