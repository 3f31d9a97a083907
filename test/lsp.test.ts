import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterEach, describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {runCli, tempProject} from './helpers.js'
import {LspClient, type Published, uriOf} from './lsp-client.js'

interface TextEdit {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  newText: string
}

interface CodeAction {
  title: string
  kind?: string
  isPreferred?: boolean
  edit?: {documentChanges?: Array<{textDocument: {uri: string; version: number}; edits: TextEdit[]}>; changes?: Record<string, TextEdit[]>}
}

const config = JSON.stringify({extends: [], rules: {'suicide-language': 'warn', 'hype-claim': 'error', 'page-chrome': 'warn'}})

const article = [
  '# Our clinic',
  '',
  'Her brother committed suicide two years ago.',
  '',
  'Our revolutionary treatment works for most people.',
  '',
  'A suicide epidemic is sweeping the country.',
  ''
].join('\n')

let clients: LspClient[] = []

afterEach(() => {
  for (const client of clients) client.kill()
  clients = []
})

async function session(files: Record<string, string>, initializationOptions: Record<string, unknown> = {debounce: 20}) {
  const root = tempProject(files)
  const client = new LspClient(root)
  clients.push(client)
  const initialized = await client.initialize(root, initializationOptions)
  return {root, client, initialized}
}

const ruleIds = (published: Published) => published.diagnostics.map((diagnostic) => diagnostic.code)

/** Apply an action's edit to `text` (the version the action was computed for). */
function applyAction(text: string, uri: string, action: CodeAction): string {
  const edits = action.edit?.documentChanges?.find((change) => change.textDocument.uri === uri)?.edits ?? action.edit?.changes?.[uri] ?? []
  expect(edits.length).toBeGreaterThan(0)
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)
}

/** What the engine reports for `text` with the test configuration. */
function rulesFound(text: string, path: string): Array<string | null> {
  return lint(text, {path, config: JSON.parse(config)}).messages.map((message) => message.ruleId)
}

describe('mindlint lsp', () => {
  it('initializes over stdio, publishes diagnostics on open with rule ids, ranges, docs and severities, and exits cleanly', async () => {
    const {root, client, initialized} = await session({'.mindlintrc.json': config})
    expect(initialized.capabilities).toMatchObject({hoverProvider: true, codeActionProvider: {codeActionKinds: ['quickfix']}})

    const uri = uriOf(join(root, 'post.md'))
    await client.open(uri, article)
    const published = await client.diagnostics(uri)
    expect(ruleIds(published)).toEqual(['suicide-language', 'hype-claim', 'suicide-language'])
    const [suicide, hype] = published.diagnostics
    // "committed suicide" on line 3 (0-based 2), columns 12 to 29.
    expect(suicide.range).toEqual({start: {line: 2, character: 12}, end: {line: 2, character: 29}})
    expect(suicide.severity).toBe(2)
    expect(suicide.codeDescription?.href).toMatch(/rules\/suicide-language\/README\.md$/)
    expect(suicide.source).toBe('mindlint')
    // The statement is the diagnostic; the help (what to write instead) is its related information.
    expect(suicide.message).toBe('\'committed suicide\': "commit" comes from when suicide was a crime')
    expect(suicide.relatedInformation?.map((related) => related.message)).toEqual([
      "Write 'died by suicide' instead. Source: https://reportingonsuicide.org/recommendations/"
    ])
    expect(suicide.relatedInformation?.[0].location.range).toEqual(suicide.range)
    expect(hype.range).toEqual({start: {line: 4, character: 4}, end: {line: 4, character: 17}})
    expect(hype.severity).toBe(1)
    expect(published.version).toBe(1)

    expect(await client.stop()).toBe(0)
  })

  it('re-lints after an edit: removing a claim clears its diagnostic; closing clears them all', async () => {
    const {root, client} = await session({'.mindlintrc.json': config})
    const uri = uriOf(join(root, 'post.md'))
    await client.open(uri, article)
    await client.diagnostics(uri)

    await client.change(uri, 2, article.replace('Our revolutionary treatment works', 'Our treatment works'))
    const after = await client.diagnostics(uri, (published) => published.version === 2)
    expect(ruleIds(after)).toEqual(['suicide-language', 'suicide-language'])

    await client.close(uri)
    const closed = await client.diagnostics(uri, (published) => published.diagnostics.length === 0)
    expect(closed.diagnostics).toEqual([])
    expect(await client.stop()).toBe(0)
  })

  it('lints only the newest text when edits come faster than the debounce', async () => {
    const {root, client} = await session({'.mindlintrc.json': config}, {debounce: 150})
    const uri = uriOf(join(root, 'post.md'))
    await client.open(uri, 'A calm first draft.\n')
    await client.diagnostics(uri)
    const since = client.published.length
    for (let version = 2; version <= 30; version++) {
      await client.change(uri, version, `${'Our revolutionary treatment. '.repeat(version)}\n`)
    }

    const last = await client.diagnostics(uri, (published) => published.version === 30, since)
    expect(last.diagnostics).toHaveLength(30)
    // Nothing was published for the versions typed over.
    expect(client.published.slice(since).filter((published) => published.uri === uri).map((published) => published.version)).toEqual([30])
    expect(await client.stop()).toBe(0)
  })

  it('answers the editor while a long text is linted (the lint runs on its own thread)', async () => {
    const {root, client} = await session({'.mindlintrc.json': config})
    const uri = uriOf(join(root, 'long.md'))
    const paragraph = (index: number) => `Visit ${index}: our revolutionary treatment helped a patient who had tried ${index % 7} medicines before.\n\n`
    const long = Array.from({length: 5_000}, (_, index) => paragraph(index)).join('')
    await client.open(uri, long)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const order: string[] = []
    const diagnostics = client.diagnostics(uri).then(() => order.push('diagnostics'))
    const answer = client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 0}}).then(() => order.push('hover'))
    await Promise.all([diagnostics, answer])
    expect(order).toEqual(['hover', 'diagnostics'])
    expect(await client.stop()).toBe(0)
  })

  it('code actions: the fix, a suggestion, and the disable comments each give text that lints clean for that rule', async () => {
    const {root, client} = await session({'.mindlintrc.json': config})
    const uri = uriOf(join(root, 'post.md'))
    await client.open(uri, article)
    const published = await client.diagnostics(uri)
    const [committed] = published.diagnostics

    const actionsFor = (range: Published['diagnostics'][number]['range']) =>
      client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics: []}})

    const onCommitted = await actionsFor(committed.range)
    expect(onCommitted.map((action) => action.title)).toEqual([
      "Fix: replace 'committed suicide' with 'died by suicide' (suicide-language)",
      'Disable suicide-language for this line',
      'Disable suicide-language for this file'
    ])
    const fix = onCommitted.find((action) => action.isPreferred)!
    const fixed = applyAction(article, uri, fix)
    expect(fixed).toContain('Her brother died by suicide two years ago.')
    expect(fix.edit?.documentChanges?.[0].textDocument.version).toBe(1)

    // The editor applies it; the server lints the new text: that finding is gone.
    await client.change(uri, 2, fixed)
    const afterFix = await client.diagnostics(uri, (next) => next.version === 2)
    expect(ruleIds(afterFix)).toEqual(['hype-claim', 'suicide-language'])

    const onEpidemic = await actionsFor(afterFix.diagnostics[1].range)
    const suggestion = onEpidemic.find((action) => action.title.startsWith('Replace with'))!
    expect(suggestion.title).toBe("Replace with 'rising suicide rates' (suicide-language)")
    expect(rulesFound(applyAction(fixed, uri, suggestion), 'post.md')).toEqual(['hype-claim'])

    const disableLine = onEpidemic.find((action) => action.title.endsWith('for this line'))!
    const lineDisabled = applyAction(fixed, uri, disableLine)
    expect(lineDisabled).toContain('A suicide epidemic is sweeping the country. <!-- mindlint-disable-line suicide-language -->')
    expect(rulesFound(lineDisabled, 'post.md')).toEqual(['hype-claim'])

    const disableFile = onEpidemic.find((action) => action.title.endsWith('for this file'))!
    const fileDisabled = applyAction(fixed, uri, disableFile)
    expect(fileDisabled.startsWith('<!-- mindlint-disable suicide-language -->\n\n# Our clinic')).toBe(true)
    expect(rulesFound(fileDisabled, 'post.md')).toEqual(['hype-claim'])

    // Actions for a version the findings were not computed from are not offered.
    await client.change(uri, 3, `${fixed}\nMore text.\n`)
    const stale = await actionsFor(afterFix.diagnostics[1].range)
    expect(stale.filter((action) => action.title.startsWith('Replace'))).toEqual([])
    expect(await client.stop()).toBe(0)
  })

  it('disables a rule for a plain-text line with a comment line above it, which plain text does not read as prose', async () => {
    const {root, client} = await session({'.mindlintrc.json': config})
    const uri = uriOf(join(root, 'page.txt'))
    const text = 'About us\nShare this\nOur revolutionary care.\n'
    await client.open(uri, text, 'plaintext')
    const published = await client.diagnostics(uri)
    expect(ruleIds(published)).toEqual(['page-chrome', 'hype-claim'])
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: published.diagnostics[0].range, context: {diagnostics: []}})
    const disabled = applyAction(text, uri, actions.find((action) => action.title === 'Disable page-chrome for this line')!)
    expect(disabled).toBe('About us\n<!-- mindlint-disable-next-line page-chrome -->\nShare this\nOur revolutionary care.\n')
    expect(rulesFound(disabled, 'page.txt')).toEqual(['hype-claim'])
    expect(await client.stop()).toBe(0)
  })

  it('hover on a flagged span shows the message, the rule documentation and the source it rests on', async () => {
    const {root, client} = await session({'.mindlintrc.json': config})
    const uri = uriOf(join(root, 'post.md'))
    await client.open(uri, article)
    await client.diagnostics(uri)
    const hover = await client.request<{contents: {kind: string; value: string}} | null>('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: 15}})
    expect(hover?.contents.kind).toBe('markdown')
    const value = hover!.contents.value
    expect(value).toContain('**mindlint suicide-language**: \'committed suicide\': "commit" comes from when suicide was a crime')
    expect(value).toContain("Write 'died by suicide' instead.") // the message's help
    expect(value).toContain('Flags wording about suicide') // the README's summary
    expect(value).toContain('dates from when suicide was a crime') // its "Why"
    expect(value).toContain('**Rests on**: https://reportingonsuicide.org/recommendations/') // the lexicon entry's source
    expect(value).toContain('WHO, Preventing suicide') // the README's sources

    const nothing = await client.request('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 2}})
    expect(nothing).toBeNull()
    expect(await client.stop()).toBe(0)
  })

  it('resolves configuration per file as the command line does: nearest config, overrides and ignores', async () => {
    const {root, client} = await session({
      '.mindlintrc.json': JSON.stringify({extends: [], rules: {'hype-claim': 'error'}, ignores: ['vendor/**']}),
      'press/.mindlintrc.yaml': 'extends: []\nrules:\n  suicide-language: warn\n',
      '.mindlintignore': 'archive/\n'
    })
    const results: Record<string, Array<string | number | undefined>> = {}
    for (const name of ['post.md', 'press/release.md', 'vendor/copy.md', 'archive/old.md']) {
      const uri = uriOf(join(root, name))
      await client.open(uri, article)
      results[name] = ruleIds(await client.diagnostics(uri))
    }

    expect(results).toEqual({
      'post.md': ['hype-claim'],
      'press/release.md': ['suicide-language', 'suicide-language'],
      'vendor/copy.md': [],
      'archive/old.md': []
    })
    expect(await client.stop()).toBe(0)
  })

  it('finds what the command line finds in the same file, with the same configuration (recommended, no config file)', async () => {
    const text = `${article}\nSome 90% of patients feel better within hours, and it has no side effects.\n\nShare this\n`
    const {root, client} = await session({'posts/post.md': text})
    const uri = uriOf(join(root, 'posts/post.md'))
    await client.open(uri, text)
    const published = await client.diagnostics(uri)
    const fromCli = JSON.parse(runCli(['posts/post.md', '--format', 'json'], {cwd: root}).stdout)[0].messages as Array<Record<string, number | string>>
    expect(fromCli.length).toBeGreaterThan(5)
    const severities: Record<string, number> = {error: 1, warning: 2, info: 3}
    expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.message, diagnostic.range])).toEqual(
      fromCli.map((message) => [
        message.ruleId,
        severities[message.severity as string],
        message.message,
        message.line === undefined
          ? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
          : {start: {line: Number(message.line) - 1, character: Number(message.column) - 1}, end: {line: Number(message.endLine) - 1, character: Number(message.endColumn) - 1}}
      ])
    )
    expect(await client.stop()).toBe(0)
  })

  it('shows a broken config as one diagnostic on the config file, and recovers when it is fixed', async () => {
    const {root, client} = await session({'.mindlintrc.json': JSON.stringify({extends: [], rules: {'hype-clam': 'error'}}, null, 2)})
    const configUri = uriOf(join(root, '.mindlintrc.json'))
    const first = uriOf(join(root, 'one.md'))
    const second = uriOf(join(root, 'two.md'))
    await client.open(first, article)
    await client.open(second, article)
    expect((await client.diagnostics(first)).diagnostics).toEqual([])
    expect((await client.diagnostics(second)).diagnostics).toEqual([])

    const broken = client.published.filter((published) => published.uri === configUri)
    expect(broken).toHaveLength(1)
    expect(broken[0].diagnostics).toHaveLength(1)
    expect(broken[0].diagnostics[0].message).toContain('unknown rule (did you mean "hype-claim"?)')
    // Placed on the key it names.
    expect(broken[0].diagnostics[0].range.start).toEqual({line: 3, character: 4})

    writeFileSync(join(root, '.mindlintrc.json'), JSON.stringify({extends: [], rules: {'hype-claim': 'error'}}))
    const since = client.published.length
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: 2}]})
    expect((await client.diagnostics(configUri, () => true, since)).diagnostics).toEqual([])
    expect(ruleIds(await client.diagnostics(first, (published) => published.diagnostics.length > 0, since))).toEqual(['hype-claim'])
    expect(await client.stop()).toBe(0)
  })

  it('lints HTML and MDX buffers with the engine readers, and writes MDX disable comments as {/* */}', async () => {
    const {root, client} = await session({'.mindlintrc.json': config})
    const html = ['<!doctype html>', '<html><body><article>', '<p>Her brother committed suicide two years ago.</p>', '<p>Our revolutionary treatment works.</p>', '</article></body></html>', ''].join('\n')
    const page = uriOf(join(root, 'page.html'))
    await client.open(page, html, 'html')
    const onPage = await client.diagnostics(page)
    expect(ruleIds(onPage)).toEqual(['suicide-language', 'hype-claim'])
    expect(onPage.diagnostics[0].range).toEqual({start: {line: 2, character: 15}, end: {line: 2, character: 32}})
    const pageActions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri: page}, range: onPage.diagnostics[0].range, context: {diagnostics: []}})
    const fixedPage = applyAction(html, page, pageActions.find((action) => action.isPreferred)!)
    expect(fixedPage).toContain('<p>Her brother died by suicide two years ago.</p>')
    expect(rulesFound(fixedPage, 'page.html')).toEqual(['hype-claim'])

    const mdx = 'import Note from "./note"\n\nOur revolutionary treatment works.\n'
    const post = uriOf(join(root, 'post.mdx'))
    await client.open(post, mdx, 'mdx')
    const onPost = await client.diagnostics(post)
    expect(ruleIds(onPost)).toEqual(['hype-claim'])
    const postActions = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri: post}, range: onPost.diagnostics[0].range, context: {diagnostics: []}})
    const disabled = applyAction(mdx, post, postActions.find((action) => action.title === 'Disable hype-claim for this line')!)
    expect(disabled).toBe('import Note from "./note"\n\nOur revolutionary treatment works. {/* mindlint-disable-line hype-claim */}\n')
    expect(rulesFound(disabled, 'post.mdx')).toEqual([])
    expect(await client.stop()).toBe(0)
  })

  it('stays quiet on languages it does not lint, and exits 1 when told to exit without shutdown', async () => {
    const {root, client} = await session({})
    const uri = uriOf(join(root, 'app.js'))
    await client.open(uri, '// Our revolutionary app\n', 'javascript')
    expect((await client.diagnostics(uri)).diagnostics).toEqual([])
    await client.connection.sendNotification('exit')
    const code = await new Promise((resolve) => client.child.on('exit', resolve))
    expect(code).toBe(1)
  })
})
