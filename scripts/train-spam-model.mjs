#!/usr/bin/env node
// Trains spam-comment's learned model (rules/spam-comment/model.json) and
// reports cross-validated precision and recall. Run after `npm run build`:
//
//   node scripts/train-spam-model.mjs [--csv ../shared/corpus/spam] [--cv [--errors]] [--write [--out FILE]]
//
// Data: the labelled comments of the YouTube Spam Collection in --csv (CSV
// files COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS; Alberto, Lochter and Almeida,
// ICMLA 2015; CC BY 4.0), rendered as the comments sections of short health
// articles as ../shared/tools/spam-score.mjs renders them, and the labelled
// fixture batches in fixtures/comments/ named in `trainingBatches` below.
// Each comment is read by the rule itself (comments reader, signals,
// features), so training sees exactly what a run sees.
//
// The model is a logistic regression with an L2 penalty, fitted by full-batch
// gradient descent from zero weights over features in sorted order: the same
// data always gives the same weights. --cv prints k-fold figures (random
// folds, one CSV file held out at a time, one fixture batch held out at a
// time); every comment is scored by a model that never saw it (--errors
// lists the comments it gets wrong). --write writes the weights trained on
// all the data to rules/spam-comment/model.json, or to --out FILE.
import {readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
if (!existsSync(join(root, 'dist', 'rules', 'spam-comment', 'index.js'))) {
  console.error('train-spam-model: dist/ is missing or stale; run npm run build first')
  process.exit(2)
}

const {lintText} = await import(join(root, 'dist/src/engine/lint-text.js'))
const {ConfigLoader} = await import(join(root, 'dist/src/config/load.js'))
const spam = await import(join(root, 'dist/rules/spam-comment/index.js'))
const {featureNames} = await import(join(root, 'dist/rules/spam-comment/features.js'))

/** Fixture batches the model trains on. The last-written batch and any blind set stay out. */
const trainingBatches = ['dev', 'blind-1', 'blind-2', 'blind-3', 'blind-4', 'blog-1', 'blog-2']

const settings = {
  /** L2 penalty, per comment (the mean loss is penalised by l2 / n * |w|^2 / 2). */
  l2: 3,
  iterations: 1500,
  rate: 1,
  /** Features seen in fewer training comments than this are left out. */
  minCount: 2,
  /** Weights smaller than this are not written. */
  keep: 0.01
}

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}

const csvFolder = resolve(option('--csv', join(root, '..', 'shared', 'corpus', 'spam')))
if (!existsSync(csvFolder)) {
  console.error(`train-spam-model: no CSV folder at ${csvFolder} (pass --csv DIR)`)
  process.exit(2)
}

// --- reading the data ---------------------------------------------------------

const wrapper = {meta: spam.default.meta, lexicon: spam.default.lexicon, check() {}}
const config = new ConfigLoader([wrapper], {cwd: root}).resolveData({extends: [], rules: {'spam-comment': 'warn'}})

/** The rule's readings of every comment in a text. */
function read(text, path) {
  let readings = []
  wrapper.check = ({document, matches}) => {
    readings = spam.readComments(document, matches)
  }

  lintText(text, {path, config, rules: [wrapper]})
  return readings
}

function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }

  if (field || row.length > 0) {
    row.push(field)
    rows.push(row)
  }

  return rows
}

const body = [
  'Talking to Your Doctor About Depression Treatment',
  'Depression treatment works differently for each person. Some people feel better with talk therapy, some with medication, and many with both.',
  'Every treatment has risks. Ask your doctor which side effects to watch for and how long a treatment usually takes to help.'
]

/** The CSV comments, interleaved and rendered twelve to an article as spam-score.mjs does. */
function csvItems() {
  let comments = []
  for (const name of readdirSync(csvFolder).filter((file) => file.endsWith('.csv')).sort()) {
    const rows = parseCsv(readFileSync(join(csvFolder, name), 'utf8'))
    const head = rows[0].map((cell) => cell.trim().toUpperCase())
    const [content, author, label] = ['CONTENT', 'AUTHOR', 'CLASS'].map((column) => head.indexOf(column))
    for (const row of rows.slice(1)) {
      if (row.length > label && row[content]) comments.push({author: row[author].trim() || 'Anonymous', text: row[content].replace(/\s+/g, ' ').trim(), spam: row[label].trim() === '1', file: name})
    }
  }

  const spamOnes = comments.filter((comment) => comment.spam)
  const genuine = comments.filter((comment) => !comment.spam)
  comments = []
  for (let index = 0; index < spamOnes.length || index < genuine.length; index++) {
    if (index < genuine.length) comments.push(genuine[index])
    if (index < spamOnes.length) comments.push(spamOnes[index])
  }

  const items = []
  let unread = 0
  for (let start = 0; start < comments.length; start += 12) {
    const chunk = comments.slice(start, start + 12)
    const lines = [...body, `${chunk.length} Comments`]
    for (const comment of chunk) lines.push(comment.author, comment.text)
    const text = lines.join('\n') + '\n'
    const readings = read(text, 'article.txt')
    let offset = body.join('\n').length + `\n${chunk.length} Comments\n`.length
    for (const comment of chunk) {
      offset += comment.author.length + 1
      const reading = readings.find((item) => item.comment.start === offset)
      offset += comment.text.length + 1
      if (!reading) {
        unread++
        continue
      }

      items.push(itemOf(reading, comment.spam, `csv:${comment.file}`, comment.text))
    }
  }

  if (unread > 0) console.error(`train-spam-model: ${unread} CSV comments not read as one comment each, left out`)
  return items
}

/** The labelled comments of the fixture batches in `batches`. */
function fixtureItems(batches) {
  const folder = join(root, 'fixtures', 'comments')
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8'))
  const items = []
  for (const {file, batch = 'dev', comments} of labels.files) {
    if (!batches.includes(batch)) continue
    const text = readFileSync(join(folder, file), 'utf8')
    const readings = read(text, file)
    let from = 0
    for (const label of comments) {
      const start = text.indexOf(label.text, from)
      if (start === -1) throw new Error(`${file}: label not found: ${label.text}`)
      from = start + label.text.length
      const reading = readings.find((item) => item.comment.start <= start && start < item.comment.end)
      if (reading) items.push(itemOf(reading, label.spam, `batch:${batch}`, text.slice(reading.comment.start, reading.comment.end)))
    }
  }

  return items
}

function itemOf(reading, isSpam, group, text) {
  return {features: featureNames(reading.features), score: reading.score, spam: isSpam, group, text}
}

// --- the model -------------------------------------------------------------------

/** Fit weights on `items`; returns {bias, weights: Map}. */
function train(items) {
  const counts = new Map()
  for (const item of items) for (const feature of item.features) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const names = [...counts.keys()].filter((name) => counts.get(name) >= settings.minCount).sort()
  const ids = new Map(names.map((name, index) => [name, index]))
  const rows = items.map((item) => Int32Array.from(item.features.filter((name) => ids.has(name)).map((name) => ids.get(name)).sort((a, b) => a - b)))
  const targets = items.map((item) => (item.spam ? 1 : 0))
  const weights = new Float64Array(names.length)
  const gradient = new Float64Array(names.length)
  let bias = 0
  const n = items.length
  for (let step = 0; step < settings.iterations; step++) {
    gradient.fill(0)
    let biasGradient = 0
    for (let index = 0; index < n; index++) {
      let logit = bias
      for (const id of rows[index]) logit += weights[id]
      const error = 1 / (1 + Math.exp(-logit)) - targets[index]
      biasGradient += error
      for (const id of rows[index]) gradient[id] += error
    }

    for (let id = 0; id < names.length; id++) weights[id] -= (settings.rate * (gradient[id] + settings.l2 * weights[id])) / n
    bias -= (settings.rate * biasGradient) / n
  }

  const kept = new Map()
  for (let id = 0; id < names.length; id++) if (Math.abs(weights[id]) >= settings.keep) kept.set(names[id], weights[id])
  return {bias, weights: kept}
}

function probability(model, features) {
  let logit = model.bias
  for (const feature of features) logit += model.weights.get(feature) ?? 0
  return 1 / (1 + Math.exp(-logit))
}

// --- cross-validation ---------------------------------------------------------

/** mulberry32: a seeded generator, so the random folds are the same every run. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The rule's verdict, and the signals alone and the model alone for comparison. */
const verdicts = {
  combined: (item, p) => spam.isSpam(item.score, p, 1),
  signals: (item) => item.score >= 1,
  model: (item, p) => p >= spam.modelCut
}

function tally(outcomes, verdict) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const {item, p} of outcomes) {
    const flagged = verdict(item, p)
    if (flagged && item.spam) tp++
    else if (flagged) fp++
    else if (item.spam) fn++
  }

  return {n: outcomes.length, tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn)}
}

/** Train on all but each fold, score the fold; per-fold and pooled figures. */
function crossValidate(title, items, foldOf, folds) {
  const pooled = []
  const perFold = []
  for (const fold of folds) {
    const held = items.filter((item) => foldOf(item) === fold)
    if (held.length === 0) continue
    const model = train(items.filter((item) => foldOf(item) !== fold && foldOf(item) !== 'never'))
    const outcomes = held.map((item) => ({item, p: probability(model, item.features)}))
    pooled.push(...outcomes)
    perFold.push({fold, ...tally(outcomes, verdicts.combined)})
  }

  const format = (value) => value.toFixed(3)
  console.log(`\n${title}`)
  if (args.includes('--errors')) {
    for (const {item, p} of pooled) {
      if (verdicts.combined(item, p) !== item.spam) console.log(`  ${item.spam ? 'missed' : 'false'} p=${p.toFixed(2)} score=${item.score.toFixed(1)} ${item.text.replace(/\s+/g, ' ').slice(0, 160)}`)
    }
  }

  for (const [name, verdict] of Object.entries(verdicts)) {
    const all = tally(pooled, verdict)
    console.log(`  ${name.padEnd(9)} pooled: n ${all.n}, tp ${all.tp}, fp ${all.fp}, fn ${all.fn}, precision ${format(all.precision)}, recall ${format(all.recall)}`)
  }

  const precisions = perFold.map((fold) => fold.precision)
  const recalls = perFold.map((fold) => fold.recall)
  console.log(`  combined per fold: precision ${format(Math.min(...precisions))}-${format(Math.max(...precisions))}, recall ${format(Math.min(...recalls))}-${format(Math.max(...recalls))}`)
  for (const fold of perFold) console.log(`    ${String(fold.fold).padEnd(28)} n ${String(fold.n).padStart(3)}  precision ${format(fold.precision)}  recall ${format(fold.recall)}`)
  return pooled
}

const csv = csvItems()
const fixtures = fixtureItems(trainingBatches)
const all = [...csv, ...fixtures]
console.log(`comments: ${csv.length} from ${csvFolder} (${csv.filter((item) => item.spam).length} spam), ${fixtures.length} from fixture batches ${trainingBatches.join(', ')} (${fixtures.filter((item) => item.spam).length} spam)`)

if (args.includes('--cv')) {
  const next = random(20151209)
  const randomFold = new Map(csv.map((item) => [item, Math.floor(next() * 10)]))
  crossValidate('YouTube comments, 10 random folds (fixture batches always in training)', all, (item) => (randomFold.has(item) ? randomFold.get(item) : 'train'), [...Array(10).keys()])
  crossValidate('YouTube comments, one CSV file held out at a time', all, (item) => item.group, [...new Set(csv.map((item) => item.group))])
  crossValidate('Fixture comments, one batch held out at a time (all YouTube comments in training)', all, (item) => item.group, trainingBatches.map((batch) => `batch:${batch}`))
}

if (args.includes('--write')) {
  const model = train(all)
  const weights = Object.fromEntries([...model.weights].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, weight]) => [name, Math.round(weight * 10000) / 10000]))
  const data = {
    note: 'spam-comment learned weights: written by scripts/train-spam-model.mjs --write; do not edit by hand. Trained on the YouTube Spam Collection (Alberto, Lochter and Almeida, ICMLA 2015; CC BY 4.0) and the fixture batches named in `batches`.',
    batches: trainingBatches,
    comments: all.length,
    settings,
    bias: Math.round(model.bias * 10000) / 10000,
    weights
  }
  const out = resolve(option('--out', join(root, 'rules', 'spam-comment', 'model.json')))
  writeFileSync(out, JSON.stringify(data, null, 0).replace(/,"/g, ',\n"') + '\n')
  console.log(`wrote ${out}: ${Object.keys(weights).length} weights`)
}
