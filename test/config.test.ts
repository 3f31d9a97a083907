import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError, lint} from '../src/index.js'
import {runCli, tempProject} from './helpers.js'

const chrome = 'Ketamine Clinics Explained\n- 19 Likes\nMany people ask what happens during a ketamine visit, so here is a short guide.\n'

function jsonOf(run: {stdout: string}): Array<{path: string; messages: Array<{ruleId: string; severity: string}>}> {
  return JSON.parse(run.stdout)
}

describe('configuration errors exit 2 naming the file and the key', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['unknown rule, with a suggestion', JSON.stringify({rules: {'page-crome': 'warn'}}), /\.mindlintrc\.json: rules\.page-crome: unknown rule \(did you mean "page-chrome"\?\)/],
    ['bad severity', JSON.stringify({rules: {'page-chrome': 'loud'}}), /rules\.page-chrome: expected "off", "info" \(or "note"\), "warn" \(or "warning"\) or "error", got "loud"/],
    ['bad option type', JSON.stringify({rules: {'hard-sentence': ['warn', {targetAge: 'twelve'}]}}), /rules\.hard-sentence\[1\]\.targetAge: expected a number, got "twelve"/],
    ['unknown option', JSON.stringify({rules: {'hard-sentence': ['warn', {age: 12}]}}), /rules\.hard-sentence\[1\]\.age: unknown option/],
    ['unknown top-level key', JSON.stringify({rule: {}}), /\.mindlintrc\.json: rule: unknown key \(did you mean "rules"\?\)/],
    ['malformed JSON, with line and column', '{\n  "rules": {\n    "page-chrome": "warn",\n  }\n}', /\.mindlintrc\.json: line 4, column 3: invalid JSON/],
    ['unknown preset', JSON.stringify({extends: 'strictest'}), /extends\[0\]: "strictest" is neither a preset/]
  ]

  for (const [name, content, expected] of cases) {
    it(name, () => {
      const root = tempProject({'.mindlintrc.json': content, 'post.txt': chrome})
      const run = runCli(['post.txt'], {cwd: root})
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(expected)
      expect(run.stdout).toBe('')
    })
  }

  it('malformed YAML, with line and column', () => {
    const root = tempProject({'.mindlintrc.yaml': 'rules:\n  page-chrome: [warn\n', 'post.txt': chrome})
    const run = runCli(['post.txt'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/\.mindlintrc\.yaml: line \d+, column \d+: invalid YAML/)
  })

  it('circular extends', () => {
    const root = tempProject({
      '.mindlintrc.json': JSON.stringify({extends: './base.json'}),
      'base.json': JSON.stringify({extends: './.mindlintrc.json'}),
      'post.txt': chrome
    })
    const run = runCli(['post.txt'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/circular extends/)
  })

  it('the API throws a ConfigError', () => {
    expect(() => lint('text', {config: {rules: {'no-such-rule': 'warn'}}})).toThrow(ConfigError)
  })
})

describe('finding configuration', () => {
  it('uses the nearest config for each file', () => {
    const root = tempProject({
      '.mindlintrc.json': JSON.stringify({rules: {'page-chrome': 'error'}}),
      'a/post.txt': chrome,
      'b/.mindlintrc.yml': 'rules:\n  page-chrome: "off"\n',
      'b/post.txt': chrome
    })
    const results = jsonOf(runCli(['.', '--format', 'json'], {cwd: root}))
    expect(results.find((result) => result.path === join('a', 'post.txt'))!.messages.map((message) => message.severity)).toEqual(['error'])
    expect(results.find((result) => result.path === join('b', 'post.txt'))!.messages).toEqual([])
  })

  it('reads the "mindlint" key of package.json', () => {
    const root = tempProject({'package.json': JSON.stringify({name: 'x', mindlint: {rules: {'page-chrome': 'off'}}}), 'post.txt': chrome})
    expect(jsonOf(runCli(['post.txt', '--format', 'json'], {cwd: root}))[0].messages).toEqual([])
  })

  it('lets --config override the nearest config', () => {
    const root = tempProject({
      '.mindlintrc.json': JSON.stringify({rules: {'page-chrome': 'off'}}),
      'other.json': JSON.stringify({rules: {'page-chrome': 'error'}}),
      'post.txt': chrome
    })
    const run = runCli(['post.txt', '--config', 'other.json'], {cwd: root})
    expect(run.code).toBe(1)
  })

  it('extends another file, applies overrides and ignores', () => {
    const root = tempProject({
      'base.yaml': 'rules:\n  page-chrome: error\n',
      '.mindlintrc.json': JSON.stringify({
        extends: ['recommended', './base.yaml'],
        overrides: [{files: 'press/**', rules: {'page-chrome': 'off'}}],
        ignores: ['archive/**']
      }),
      'post.txt': chrome,
      'press/release.txt': chrome,
      'archive/old.txt': chrome
    })
    const results = jsonOf(runCli(['.', '--format', 'json'], {cwd: root}))
    expect(results.map((result) => result.path)).toEqual([join('post.txt'), join('press', 'release.txt')])
    expect(results[0].messages.map((message) => message.severity)).toEqual(['error'])
    expect(results[1].messages).toEqual([])
  })
})

describe('inline control comments', () => {
  const rules = {extends: [], rules: {'page-chrome': 'warn'}} as const

  it('disables and re-enables rules by range', () => {
    const text = [
      '<!-- mindlint-disable page-chrome -->',
      '- 19 Likes',
      '<!-- mindlint-enable page-chrome -->',
      '- 20 Likes'
    ].join('\n')
    const messages = lint(text, {path: 'a.md', config: rules}).messages
    expect(messages.map((message) => message.line)).toEqual([4])
  })

  it('disables the next line only, in plain text too', () => {
    const text = ['Some Title Here', '<!-- mindlint-disable-next-line page-chrome -->', '19 Likes', '20 Likes'].join('\n')
    expect(lint(text, {path: 'a.txt', config: rules}).messages.map((message) => message.line)).toEqual([4])
  })

  it('disables every rule without ids, and leaves other rules alone with ids', () => {
    expect(lint('<!-- mindlint-disable -->\n\n- 19 Likes', {path: 'a.md', config: rules}).messages).toEqual([])
    expect(lint('<!-- mindlint-disable hard-sentence -->\n\n- 19 Likes', {path: 'a.md', config: rules}).messages).toHaveLength(1)
  })
})

describe('checking the control comments themselves', () => {
  const rules = {extends: [], rules: {'page-chrome': 'warn', 'hype-claim': 'warn'}} as const

  it('warns about an unknown rule id at its comment, with the nearest real one, and suppresses nothing with it', () => {
    const text = '# Visit\n\n<!-- mindlint-disable-next-line page-crome -->\n- 19 Likes\n'
    const messages = lint(text, {path: 'a.md', config: rules}).messages
    expect(messages.map((message) => [message.line, message.ruleId, message.severity])).toEqual([[3, null, 'warning'], [4, 'page-chrome', 'warning']])
    expect(messages[0].message).toBe('unknown rule "page-crome" in a mindlint-disable-next-line comment (did you mean "page-chrome"?)')
    expect(messages[0].suggestions).toEqual(['<!-- mindlint-disable-next-line page-chrome -->'])
    const far = lint('<!-- mindlint-disable zzz -->\nText.\n', {path: 'a.md', config: rules}).messages
    expect(far[0].message).toBe('unknown rule "zzz" in a mindlint-disable comment: `mindlint rules` lists the rule ids')
  })

  it('reads words after "--" as the reason, not as rule ids', () => {
    const text = '- 19 Likes <!-- mindlint-disable-line page-chrome -- kept for the screenshot -->\n'
    expect(lint(text, {path: 'a.md', config: rules}).messages).toEqual([])
  })

  it('--report-unused-disable-directives reports disables that switched nothing off, as errors, in every mode', () => {
    const text = [
      '# Visit',
      '',
      '<!-- mindlint-disable-next-line page-chrome -->',
      '- 19 Likes',
      '',
      '<!-- mindlint-disable-line hype-claim -->',
      'A nurse stays with you.',
      '',
      '<!-- mindlint-disable page-chrome hype-claim -->',
      '- 20 Likes',
      ''
    ].join('\n')
    const root = tempProject({'.mindlintrc.json': JSON.stringify(rules), 'a.md': text, 'b.md': text})
    const quiet = runCli(['a.md', '--format', 'json'], {cwd: root})
    expect(quiet.code).toBe(0)
    expect(jsonOf(quiet)[0].messages).toEqual([])

    for (const extra of [[], ['--jobs', '2']]) {
      const run = runCli(['a.md', 'b.md', '--format', 'json', '--report-unused-disable-directives', ...extra], {cwd: root})
      expect(run.code).toBe(1)
      for (const result of JSON.parse(run.stdout) as Array<{messages: Array<{line: number; severity: string; message: string}>}>) {
        expect(result.messages.map((message) => [message.line, message.severity, message.message])).toEqual([
          [6, 'error', 'unused mindlint-disable-line comment (no problem from "hype-claim" was reported): remove it'],
          [9, 'error', 'unused mindlint-disable comment (no problem from "hype-claim" was reported): remove it']
        ])
      }
    }

    const stdin = runCli(['--stdin', '--stdin-filename', 'a.md', '--format', 'json', '--report-unused-disable-directives'], {cwd: root, input: text})
    expect(jsonOf(stdin)[0].messages).toHaveLength(2)
  })
})

describe('severity from configuration', () => {
  it('applies a configured severity to the rule\'s findings', () => {
    const error = lint('- 19 Likes', {path: 'a.txt', config: {extends: [], rules: {'page-chrome': 'error'}}}).messages
    expect(error.map((message) => message.severity)).toEqual(['error'])
    const info = lint('- 19 Likes', {path: 'a.txt', config: {extends: [], rules: {'page-chrome': 'info'}}}).messages
    expect(info.map((message) => message.severity)).toEqual(['info'])
  })

  it('reads the names reports print, warning and note, as warn and info', () => {
    const root = tempProject({
      '.mindlintrc.yaml': 'extends: []\nrules:\n  page-chrome: warning\n  hard-sentence: [note, {targetAge: 16}]\n',
      'post.txt': chrome
    })
    const run = runCli(['post.txt', '--format', 'json'], {cwd: root})
    expect(run.stderr).toBe('')
    expect(jsonOf(run)[0].messages.map((message) => [message.ruleId, message.severity])).toEqual([['page-chrome', 'warning']])
    const note = lint('- 19 Likes', {path: 'a.txt', config: {extends: [], rules: {'page-chrome': 'note'}}}).messages
    expect(note.map((message) => message.severity)).toEqual(['info'])
    const strongest = lint('- 19 Likes', {path: 'a.txt', config: {extends: [], rules: {'page-chrome': ['warning', {}]}}}).messages
    expect(strongest.map((message) => message.severity)).toEqual(['warning'])
  })
})

describe('--print-config FILE', () => {
  const project = {
    'base.yaml': 'rules:\n  spelling: [warn, {accept: [Brightwell]}]\n',
    '.mindlintrc.json': JSON.stringify({
      extends: ['recommended', './base.yaml'],
      rules: {'hard-sentence': ['warning', {targetAge: 14}], 'plain-words': 'note'},
      overrides: [{files: 'press/**', rules: {'page-chrome': 'off'}}],
      ignores: ['archive/**']
    }),
    'press/release.md': '- 19 Likes\n'
  }

  it('prints the rules, severities (config spelling) and options that apply, with the files and overrides they came from, and lints nothing', () => {
    const root = tempProject(project)
    const run = runCli(['--print-config', 'press/release.md'], {cwd: root})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const printed = JSON.parse(run.stdout) as {file: string; configFiles: string[]; overrides: string[]; ignored: boolean; rules: Record<string, unknown>}
    expect(printed.file).toBe('press/release.md')
    expect(printed.configFiles).toEqual(['recommended preset', 'base.yaml', '.mindlintrc.json'])
    expect(printed.overrides).toEqual(['.mindlintrc.json: overrides[0] (files: press/**)'])
    expect(printed.ignored).toBe(false)
    expect(printed.rules['page-chrome']).toBe('off')
    expect(printed.rules['spelling']).toEqual(['warn', {accept: ['Brightwell']}])
    expect(printed.rules['plain-words']).toEqual(['info', expect.objectContaining({acronyms: true})])
    // Options given, with the rule's defaults for the rest.
    expect(printed.rules['hard-sentence']).toEqual(['warn', expect.objectContaining({targetAge: 14, minWords: expect.any(Number)})])
    expect(printed.rules['passive-voice']).toBe('off')

    const other = JSON.parse(runCli(['--print-config', 'archive/old.md'], {cwd: root}).stdout) as {ignored: boolean; overrides: string[]; rules: Record<string, unknown>}
    expect(other).toMatchObject({ignored: true, overrides: []})
    expect(other.rules['page-chrome']).toEqual(['warn', expect.any(Object)])
  })

  it('names the preset when no config file is found, and follows --config', () => {
    const root = tempProject({'a.md': 'Text.\n', 'other.yml': 'extends: strict\n'})
    expect(JSON.parse(runCli(['--print-config', 'a.md'], {cwd: root}).stdout).configFiles).toEqual(['recommended preset (no config file found)'])
    const strict = JSON.parse(runCli(['--print-config', 'a.md', '--config', 'other.yml'], {cwd: root}).stdout)
    expect(strict.configFiles).toEqual(['strict preset', 'other.yml'])
    expect(strict.reportHedged).toBe(true)
  })

  it('exits 2 on a config error, or with other paths', () => {
    const root = tempProject({'.mindlintrc.json': JSON.stringify({rules: {'page-crome': 'warn'}}), 'a.md': 'Text.\n'})
    const bad = runCli(['--print-config', 'a.md'], {cwd: root})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('rules.page-crome: unknown rule (did you mean "page-chrome"?)')
    const both = runCli(['a.md', '--print-config', 'a.md'], {cwd: root})
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('give no other paths')
    expect(both.stdout).toBe('')
  })
})
