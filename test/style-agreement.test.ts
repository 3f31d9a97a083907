import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {readingOf} from '../src/document/readability.js'

/**
 * Our document grades against an independent implementation: GNU `style`
 * (Debian package `diction`), fed exactly the paragraphs mindlint scores.
 * Runs only where `style` is installed (`.ci/run` installs it); installs
 * nothing itself. The two differ mostly in syllable counting: `style`
 * counts vowel groups ("cre-at-ed" is one), the `syllable` package knows
 * better, so our grades run up to about a grade higher.
 */
const hasStyle = spawnSync('style', ['--version'], {encoding: 'utf8'}).error === undefined
const folders = ['fixtures/articles', 'fixtures/readability']
const files = folders.flatMap((folder) => {
  const url = new URL(`../${folder}/`, import.meta.url)
  try {
    return readdirSync(url).filter((name) => /\.(?:txt|md)$/.test(name)).map((name) => new URL(name, url))
  } catch {
    return []
  }
})

function styleKincaid(paragraphs: string): number {
  const run = spawnSync('style', [], {input: paragraphs, encoding: 'utf8'})
  const match = /Kincaid:\s*(-?[\d.]+)/.exec(run.stdout)
  if (!match) throw new Error(`style printed no Kincaid grade: ${run.stdout}${run.stderr}`)
  return Number(match[1])
}

describe.skipIf(!hasStyle)('document grades agree with GNU style within 1.5 grades', () => {
  it('has files to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(14)
  })

  for (const url of files) {
    const name = url.pathname.split('/').slice(-2).join('/')
    it(name, () => {
      const document = buildDocument(readFileSync(url, 'utf8'), {path: url.pathname})
      const reading = readingOf(document)
      const paragraphs = reading.paragraphs
        .map((paragraph) => paragraph.sentences.map((item) => item.sentence.prose.replace(/\s+/g, ' ').trim()).join(' '))
        .join('\n\n')
      const theirs = styleKincaid(paragraphs + '\n')
      expect(Math.abs(reading.grades.fleschKincaidGrade - theirs), `mindlint ${reading.grades.fleschKincaidGrade}, style ${theirs}`).toBeLessThanOrEqual(1.5)
    })
  }
})
