import {describe, expect, it} from 'vitest'
import {runCli, tempProject} from './helpers.js'
import {sampleFiles} from './sample-project.js'

describe('stylish summary', () => {
  it('ends with the files checked and the problems by rule, most frequent first', () => {
    const root = tempProject(sampleFiles)
    const run = runCli(['posts'], {cwd: root})
    expect(run.code).toBe(1)
    const tail = run.stdout.trimEnd().split('\n').slice(-4)
    expect(tail).toEqual([
      '✖ 3 problems (1 error, 2 warnings)',
      '  2 files checked, 1 with problems',
      '  page-chrome    2  comments',
      '  hard-sentence  1  readability, 1 error'
    ])
  })

  it('prints nothing for a clean run', () => {
    const root = tempProject({'a.md': 'A nurse stays with you.\n'})
    expect(runCli(['.'], {cwd: root}).stdout).toBe('')
  })
})
