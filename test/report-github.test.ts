import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {github} from '../src/report/github.js'
import {allRules} from '../rules/index.js'
import {runCli, tempProject} from './helpers.js'
import {sampleFiles} from './sample-project.js'

/** Parse one workflow command the way the Actions runner does. */
function parseCommand(line: string): {command: string; properties: Record<string, string>; message: string} {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line)
  if (!match) throw new Error(`not a workflow command: ${line}`)
  const unescape = (text: string) =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
  const properties = Object.fromEntries(
    match[2].split(',').map((pair) => {
      const at = pair.indexOf('=')
      return [pair.slice(0, at), unescape(pair.slice(at + 1))]
    })
  )
  return {command: match[1], properties, message: unescape(match[3])}
}

const context = {cwd: '/work/site', color: false, rules: new Map(allRules.map((rule) => [rule.meta.id, rule.meta]))}

describe('--format github', () => {
  it('writes one annotation per message with file, line, col, endLine, endColumn and the rule as title', () => {
    const root = tempProject(sampleFiles)
    const run = runCli(['posts', '--format', 'github'], {cwd: root})
    expect(run.code).toBe(1)
    const json = JSON.parse(runCli(['posts', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    const expected = json.flatMap((result) => result.messages.map((message) => ({path: result.path, ...message})))

    const lines = run.stdout.trimEnd().split('\n')
    const commands = lines.filter((line) => line.startsWith('::')).map(parseCommand)
    expect(commands).toHaveLength(expected.length)
    for (const [index, command] of commands.entries()) {
      const message = expected[index]
      expect(command.command).toBe(message.severity === 'error' ? 'error' : 'warning')
      expect(command.properties).toEqual({
        file: 'posts/draft.md',
        line: String(message.line),
        col: String(message.column),
        endLine: String(message.endLine),
        endColumn: String(message.endColumn),
        title: message.ruleId
      })
      // The statement heads the annotation; the help and the rule's docs follow on lines of their own.
      expect(command.message).toBe(`${message.message}\n${message.help}\n${message.url}`)
      expect(message.help).toMatch(/Source: /)
    }

    // The only other line is a plain summary, not a command.
    const draft = json.find((result) => result.path === 'posts/draft.md')
    expect(draft?.errorCount).toBe(1)
    expect(lines.filter((line) => !line.startsWith('::'))).toEqual([
      `mindlint: 1 error(s), ${draft?.warningCount} warning(s), 0 note(s) in 2 file(s)`
    ])
  })

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const results: LintResult[] = [
      {
        path: 'posts/100%, really: new.md',
        messages: [
          {ruleId: 'page-chrome', category: 'comments', severity: 'info', message: "'Save 50%' is\r\nfurniture: remove it, please", line: 3, column: 1, endLine: 3, endColumn: 9, offset: 20, endOffset: 28}
        ],
        errorCount: 0,
        warningCount: 0,
        infoCount: 1,
        fixableCount: 0,
        stats: {words: 3, sentences: 1, paragraphs: 1}
      }
    ]
    const [line] = github(results, context).split('\n')
    expect(line).toBe(
      "::notice file=posts/100%25%2C really%3A new.md,line=3,col=1,endLine=3,endColumn=9,title=page-chrome::'Save 50%25' is%0D%0Afurniture: remove it, please"
    )
    const parsed = parseCommand(line)
    expect(parsed.properties.file).toBe('posts/100%, really: new.md')
    expect(parsed.message).toBe("'Save 50%' is\r\nfurniture: remove it, please")
  })

  it('annotates a document-level problem at the file, and prints nothing for a clean run', () => {
    const results: LintResult[] = [
      {
        path: '/work/site/a.md',
        messages: [{ruleId: 'page-chrome', category: 'comments', severity: 'error', message: 'whole page'}],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
        fixableCount: 0,
        stats: {words: 1, sentences: 1, paragraphs: 1}
      }
    ]
    expect(github(results, context).split('\n')[0]).toBe('::error file=a.md,title=page-chrome::whole page')
    expect(github([{...results[0], messages: [], errorCount: 0}], context)).toBe('')
  })
})
