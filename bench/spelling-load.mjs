#!/usr/bin/env node
// What the spelling rule's dictionary costs, and that a run without the rule
// does not pay it. Run after `npm run build`: node bench/spelling-load.mjs
// Prints one JSON line (milliseconds). Target: the dictionary loads once per
// run (under a second here), and a run with spelling off stays within noise
// of one that never imports it.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'mindlint-bench-'))
const config = (spelling) => {
  const file = join(dir, `${spelling}.json`)
  writeFileSync(file, JSON.stringify({extends: 'recommended', rules: {spelling}}))
  return file
}

function cliMilliseconds(spelling, runs = 3) {
  const times = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    try {
      execFileSync('node', ['bin/mindlint.js', '--config', config(spelling), 'fixtures/articles'], {stdio: 'ignore'})
    } catch {
      // Exit code 1 means lint errors were found: the run still counts.
    }

    times.push(performance.now() - started)
  }

  return Math.round(Math.min(...times))
}

const {lint} = await import('../dist/src/index.js')
const dictionary = await import('../dist/rules/spelling/dictionary.js')
lint('Warm up the engine.', {config: {extends: [], rules: {'reading-level': 'warn'}}})
const before = dictionary.loadMilliseconds
const started = performance.now()
lint('Our nurses reccomend rest.', {config: {extends: [], rules: {spelling: 'warn'}}})
const firstRun = performance.now() - started

console.log(JSON.stringify({
  dictionaryLoadedBeforeSpellingRan: before > 0,
  dictionaryLoad: Math.round(dictionary.loadMilliseconds),
  firstSpellingLint: Math.round(firstRun),
  cliFixturesSpellingOff: cliMilliseconds('off'),
  cliFixturesSpellingOn: cliMilliseconds('warn')
}))
