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

describe('stylish messages', () => {
  const draft = 'Is ketamine safe?\n\nYes. It cures depression.\n'

  it('prints the short statement and the rule id on one line, and the help only with --verbose', () => {
    const root = tempProject({'draft.md': draft})
    const json = JSON.parse(runCli(['draft.md', '--format', 'json'], {cwd: root}).stdout) as Array<{messages: Array<{message: string; help: string; ruleId: string}>}>
    const messages = json[0].messages
    expect(messages.length).toBeGreaterThan(1)

    const plain = runCli(['draft.md'], {cwd: root}).stdout.split('\n')
    for (const message of messages) {
      const line = plain.find((text) => text.includes(message.message))
      expect(line, message.message).toMatch(new RegExp(`${message.ruleId}$`))
      expect(plain.join('\n')).not.toContain(message.help.split(' ').slice(0, 6).join(' '))
    }

    const verbose = runCli(['draft.md', '--verbose'], {cwd: root}).stdout.split('\n')
    for (const message of messages) {
      const at = verbose.findIndex((text) => text.includes(message.message))
      const indent = verbose[at].indexOf(message.message)
      // The help follows, aligned under the statement, wrapped within 80 columns.
      const helpLines: string[] = []
      for (let index = at + 1; index < verbose.length && verbose[index].startsWith(' '.repeat(indent)) && verbose[index].trim() !== ''; index++) {
        helpLines.push(verbose[index])
      }

      expect(helpLines.map((line) => line.trim()).join(' ')).toBe(message.help)
      for (const line of helpLines) if (!/\S{40,}/.test(line)) expect(line.length).toBeLessThanOrEqual(80)
    }
  })
})
