import {spawnSync} from 'node:child_process'
import {chmodSync, mkfifoSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {otherUser} from './as-other-user.js'
import {projectsRemovedAfterEach, runCli} from './helpers.js'

/**
 * Configuration faults beyond those in config.test.ts: each stops the run
 * with exit 2 before any file is linted, naming the file and, where there
 * is one, the key or the line and column.
 */

const post = 'Ketamine Clinics Explained\n- 19 Likes\nMany people ask what happens during a ketamine visit.\n'

/** Temporary projects, removed after each test. */
const project = projectsRemovedAfterEach()

function expectConfigError(run: {code: number | null; stdout: string; stderr: string}, expected: RegExp): void {
  expect(run.code).toBe(2)
  expect(run.stderr).toMatch(expected)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.stdout).toBe('')
}

const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[index]}`).join(', ')}]`), 'rules: {}', ''].join('\n')

describe('configuration faults exit 2, naming the file and the key or place', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['an empty JSON file', {'.mindlintrc.json': ''}, /\.mindlintrc\.json: line 1, column 1: invalid JSON: the file is empty/],
    ['JSON with trailing garbage', {'.mindlintrc.json': '{"rules": {}}\n}'}, /\.mindlintrc\.json: line 2, column 1: invalid JSON/],
    ['a YAML list instead of settings', {'.mindlintrc.yaml': '- recommended\n'}, /\.mindlintrc\.yaml: a configuration must be an object/],
    ['a YAML key given twice', {'.mindlintrc.yml': 'rules:\n  page-chrome: warn\n  page-chrome: error\n'}, /\.mindlintrc\.yml: line 3, column 3: invalid YAML: Map keys must be unique/],
    ['YAML indented with a tab', {'.mindlintrc.yaml': 'rules:\n\tpage-chrome: warn\n'}, /\.mindlintrc\.yaml: line 2, column 1: invalid YAML: Tabs are not allowed/],
    ['a YAML tag that would run code elsewhere', {'.mindlintrc.yaml': 'rules: !!js/function "x"\n'}, /\.mindlintrc\.yaml: line 1, column 8: invalid YAML: Unresolved tag/],
    ['a YAML alias bomb (a billion laughs)', {'.mindlintrc.yaml': aliasBomb}, /\.mindlintrc\.yaml: invalid YAML: Excessive alias count/],
    ['a list of the wrong type', {'.mindlintrc.json': JSON.stringify({ignores: '*.md'})}, /\.mindlintrc\.json: ignores: expected a list of strings/],
    ['a boolean of the wrong type', {'.mindlintrc.json': JSON.stringify({reportHedged: 'yes'})}, /\.mindlintrc\.json: reportHedged: expected true or false/],
    ['a wrong type deep in overrides', {'.mindlintrc.json': JSON.stringify({overrides: [{files: 5}]})}, /\.mindlintrc\.json: overrides\[0\]\.files: expected a list of strings/],
    ['a wrong type in a rule option list', {'.mindlintrc.json': JSON.stringify({rules: {spelling: ['warn', {accept: 'Brightwell'}]}})}, /rules\.spelling\[1\]\.accept: expected a list of strings, got "Brightwell"/],
    ['an unknown key in overrides', {'.mindlintrc.json': JSON.stringify({overrides: [{files: '*.md', rule: {}}]})}, /\.mindlintrc\.json: overrides\[0\]\.rule: unknown key/],
    ['a prototype key', {'.mindlintrc.json': '{"rules": {"__proto__": "warn"}}'}, /\.mindlintrc\.json: rules\.__proto__: unknown rule/],
    [
      'a malformed file it extends (named, not the one extending it)',
      {'.mindlintrc.json': JSON.stringify({extends: './base.yaml'}), 'base.yaml': 'rules:\n  page-chrome: [warn\n'},
      /base\.yaml: line 3, column 1: invalid YAML/
    ],
    [
      'a longer circle of extends',
      {
        '.mindlintrc.json': JSON.stringify({extends: './a.json'}),
        'a.json': JSON.stringify({extends: './b.yaml'}),
        'b.yaml': 'extends: ./.mindlintrc.json\n'
      },
      /extends: circular extends: .*\.mindlintrc\.json -> .*a\.json -> .*b\.yaml -> .*\.mindlintrc\.json/
    ]
  ]

  for (const [name, files, expected] of cases) {
    it(name, () => {
      const root = project({...files, 'post.txt': post})
      expectConfigError(runCli(['post.txt'], {cwd: root}), expected)
    })
  }

  it('a --config file that does not exist', () => {
    const root = project({'post.txt': post})
    expectConfigError(runCli(['post.txt', '--config', 'missing.json'], {cwd: root}), /missing\.json: cannot read: no such file/)
  })

  it('a named pipe where a config would be is passed over, not waited on', () => {
    const root = project({'post.txt': post})
    try {
      mkfifoSync(join(root, '.mindlintrc.json'))
    } catch {
      return // No named pipes on this platform.
    }

    const run = runCli(['post.txt', '--format', 'json'], {cwd: root})
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)[0].warningCount).toBe(1)
  })
})

describe.skipIf(otherUser.skipReason !== undefined)(`an unreadable config in a parent folder${otherUser.skipReason ? ` (skipped: ${otherUser.skipReason})` : ''}`, () => {
  function runAsOther(args: string[], cwd: string) {
    const [command, commandArgs] = otherUser.command(args)
    const run = spawnSync(command, commandArgs, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 60_000})
    return {code: run.status, stdout: run.stdout, stderr: run.stderr}
  }

  for (const name of ['.mindlintrc.json', 'package.json']) {
    it(`${name}: exit 2 naming it, nothing linted`, () => {
      const root = project({[name]: name === 'package.json' ? JSON.stringify({mindlint: {}}) : '{}', 'site/posts/post.txt': post})
      chmodSync(root, 0o755)
      chmodSync(join(root, name), 0o000)
      const run = runAsOther(['post.txt'], join(root, 'site/posts'))
      expectConfigError(run, new RegExp(`configuration error: .*/${name.replace('.', '\\.')}: cannot read: permission denied`))
    })
  }
})
