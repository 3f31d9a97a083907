import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cliPath, runCli, tempProject} from './helpers.js'

/** The bundle files a module loads when it is imported: itself and, transitively, the chunks it imports statically. */
function staticallyLoaded(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen
  seen.add(name)
  const source = readFileSync(fileURLToPath(new URL(`../dist/cli/${name}`, import.meta.url)), 'utf8')
  for (const match of source.matchAll(/\bfrom\s*"\.\/([\w.-]+\.js)"|\bimport\s*"\.\/([\w.-]+\.js)"/g)) staticallyLoaded(match[1] ?? match[2]!, seen)
  return seen
}

describe('the bundles a run loads', () => {
  it('leave the language server out of the command line: only `mindlint lsp` imports it', () => {
    const files = [...staticallyLoaded('mindlint.js')]
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) expect(readFileSync(fileURLToPath(new URL(`../dist/cli/${file}`, import.meta.url)), 'utf8'), file).not.toContain('vscode-languageserver')
  })

  it('still read curly quotes and dashes in patterns written with them, in the main thread and in a worker', () => {
    // A curly apostrophe (the spelling rule must not read "It" and "s"), an em dash, a non-breaking hyphen.
    const article = (index: number) =>
      `# Visit ${index}\n\nIt\u2019s simple \u2014 our ketamine infusions are a revolutionary, non\u2011addictive treatment.\n`
    const files: Record<string, string> = {}
    for (let index = 0; index < 40; index++) files[`posts/post-${index}.md`] = article(index)
    const root = tempProject(files)
    const single = runCli(['posts', '--jobs', '1', '--format', 'json'], {cwd: root})
    const workers = runCli(['posts', '--jobs', '2', '--format', 'json'], {cwd: root})
    const rules = new Set((JSON.parse(single.stdout) as Array<{messages: Array<{ruleId: string}>}>).flatMap((result) => result.messages.map((message) => message.ruleId)))
    expect([...rules].sort()).toEqual(['hype-claim', 'risk-disclosure', 'safety-claim'])
    expect(workers.stdout).toBe(single.stdout)
  })

  it('load the HTML and MDX readers only for runs with such files', () => {
    const root = tempProject({
      'posts/a.md': '# A\n\nKetamine is a revolutionary treatment.\n',
      'posts/b.txt': 'Ketamine is a revolutionary treatment.\n',
      'site/c.html': '<p>Ketamine is a revolutionary treatment.</p>',
      'docs/d.mdx': '# D\n\n<Note>Ketamine is a revolutionary treatment.</Note>\n'
    })
    // Say which of the reader bundles a run requires.
    writeFileSync(join(root, 'watch.cjs'), "const Module = require('node:module'); const load = Module._load; Module._load = function (request, ...rest) { if (/(?:html|mdx)\\.cjs$/.test(request)) process.stderr.write('loaded ' + request + '\\n'); return load.call(this, request, ...rest) }\n")
    const run = (paths: string[]) => spawnSync(process.execPath, ['--require', join(root, 'watch.cjs'), cliPath, ...paths, '--jobs', '1', '--format', 'json'], {cwd: root, encoding: 'utf8'})
    const markdown = run(['posts'])
    expect(markdown.stderr).toBe('')
    expect(JSON.parse(markdown.stdout)).toHaveLength(2)
    const html = run(['site'])
    expect(html.stderr).toBe('loaded ./html.cjs\n')
    expect((JSON.parse(html.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((message) => message.ruleId)).toContain('hype-claim')
    expect(run(['docs']).stderr).toBe('loaded ./mdx.cjs\n')
  })

  it('load the named character references only for a text that writes one, and decode them as before', () => {
    const root = tempProject({
      'plain/a.md': '# A\n\nKetamine is a revolutionary treatment.\n',
      'named/b.md': '# B\n\nKetamine &mdash; a revolutionary treatment &amp; a cure.\n'
    })
    writeFileSync(join(root, 'watch.cjs'), "const Module = require('node:module'); const load = Module._load; Module._load = function (request, ...rest) { if (/entities\\.cjs$/.test(request)) process.stderr.write('loaded ' + request + '\\n'); return load.call(this, request, ...rest) }\n")
    const run = (paths: string[]) => spawnSync(process.execPath, ['--require', join(root, 'watch.cjs'), cliPath, ...paths, '--jobs', '1', '--format', 'json'], {cwd: root, encoding: 'utf8'})
    expect(run(['plain']).stderr).toBe('')
    const named = run(['named'])
    expect(named.stderr).toBe('loaded ./entities.cjs\n')
    const ruleIds = (JSON.parse(named.stdout) as Array<{messages: Array<{ruleId: string}>}>)[0].messages.map((message) => message.ruleId)
    expect(ruleIds).toContain('hype-claim')
  })
})
