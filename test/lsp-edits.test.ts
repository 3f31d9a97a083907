import {describe, expect, it} from 'vitest'
import {lint, type LintMessage} from '../src/index.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, disableForFile, disableForLine} from '../src/lsp/code-actions.js'
import {configErrorDiagnostic, toFinding} from '../src/lsp/diagnostics.js'
import {readmeSections} from '../src/lsp/hover.js'
import {lintedExtension} from '../src/lsp/language.js'

const rules = {extends: [], rules: {'suicide-language': 'warn', 'hype-claim': 'error'}} as const

function apply(text: string, edit: {start: number; end: number; text: string}): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end)
}

function found(text: string, path: string): Array<string | null> {
  return lint(text, {path, config: rules}).messages.map((message) => message.ruleId)
}

describe('disable comments the code actions insert', () => {
  it('keep a Markdown hard line break (two spaces or a backslash) at the end of the line', () => {
    const spaces = 'A revolutionary treatment.  \nNext line.\n'
    const withSpaces = apply(spaces, disableForLine(spaces, 2, 'hype-claim', 'markdown'))
    expect(withSpaces).toBe('A revolutionary treatment. <!-- mindlint-disable-line hype-claim -->  \nNext line.\n')
    expect(found(withSpaces, 'a.md')).toEqual([])

    const backslash = 'A revolutionary treatment.\\\r\nNext line.\r\n'
    const withBackslash = apply(backslash, disableForLine(backslash, 2, 'hype-claim', 'markdown'))
    expect(withBackslash).toBe('A revolutionary treatment. <!-- mindlint-disable-line hype-claim -->\\\r\nNext line.\r\n')
    expect(found(withBackslash, 'a.md')).toEqual([])
  })

  it('add the rule to a comment already on the line rather than write a second one', () => {
    const text = 'Her brother committed suicide; a revolutionary cure. <!-- mindlint-disable-line hype-claim -->\n'
    const edit = disableForLine(text, text.indexOf('committed'), 'suicide-language', 'markdown')
    expect(apply(text, edit)).toBe('Her brother committed suicide; a revolutionary cure. <!-- mindlint-disable-line hype-claim suicide-language -->\n')
    expect(found(apply(text, edit), 'a.md')).toEqual([])
  })

  it('go after front matter for the whole file, and join a file-level comment already there', () => {
    const text = '---\ntitle: Care\n---\nA revolutionary treatment.\n'
    const once = apply(text, disableForFile(text, 'hype-claim', 'markdown'))
    expect(once).toBe('---\ntitle: Care\n---\n<!-- mindlint-disable hype-claim -->\n\nA revolutionary treatment.\n')
    expect(found(once, 'a.md')).toEqual([])

    const twice = apply(once, disableForFile(once, 'suicide-language', 'markdown'))
    expect(twice).toBe('---\ntitle: Care\n---\n<!-- mindlint-disable hype-claim suicide-language -->\n\nA revolutionary treatment.\n')
  })

  it('in plain text, keep the indentation and the CRLF line endings of the file', () => {
    const text = 'Title\r\n  A revolutionary treatment.\r\n'
    const edited = apply(text, disableForLine(text, text.indexOf('A '), 'hype-claim', 'text'))
    expect(edited).toBe('Title\r\n  <!-- mindlint-disable-next-line hype-claim -->\r\n  A revolutionary treatment.\r\n')
    expect(found(edited, 'a.txt')).toEqual([])
  })
})

describe('code actions', () => {
  it('offer one disable per rule and line however often the rule flags it there', () => {
    const text = 'A revolutionary, breakthrough treatment.\n'
    const document = TextDocument.create('file:///a.md', 'markdown', 1, text)
    const findings = lint(text, {path: 'a.md', config: rules}).messages.map((message) => toFinding(message, document.uri, (offset) => document.positionAt(offset)))
    expect(findings.map((finding) => finding.message.ruleId)).toEqual(['hype-claim', 'hype-claim'])
    const linted = {uri: document.uri, version: 1, text, format: 'markdown' as const, config: undefined as never, findings}
    const titles = codeActions({document, linted, range: {start: {line: 0, character: 0}, end: {line: 0, character: 40}}, documentChanges: false}).map((action) => action.title)
    expect(titles).toEqual(['Disable hype-claim for this line', 'Disable hype-claim for this file'])
    // Asked only for source actions (fix all on save), there are none.
    expect(codeActions({document, linted, range: {start: {line: 0, character: 0}, end: {line: 0, character: 40}}, only: ['source.fixAll'], documentChanges: false})).toEqual([])
  })
})

describe('diagnostics', () => {
  const message: LintMessage = {
    ruleId: 'hype-claim',
    category: 'claims',
    severity: 'info',
    message: "'revolutionary' is hype",
    offset: 2,
    endOffset: 15,
    url: 'https://example.org/hype-claim'
  }
  const positionAt = (offset: number) => ({line: 0, character: offset})

  it('map notes to information and carry the rule id and its docs address', () => {
    const {diagnostic} = toFinding(message, 'file:///a.md', positionAt)
    expect(diagnostic).toEqual({
      range: {start: {line: 0, character: 2}, end: {line: 0, character: 15}},
      severity: 3,
      source: 'mindlint',
      message: "'revolutionary' is hype",
      code: 'hype-claim',
      codeDescription: {href: 'https://example.org/hype-claim'}
    })
  })

  it('show advice given apart from the message as related information at the same place', () => {
    const withHelp = {...message, help: 'Say what the treatment does, for whom, with a source.'}
    const {diagnostic} = toFinding(withHelp, 'file:///a.md', positionAt)
    expect(diagnostic.message).toBe("'revolutionary' is hype")
    expect(diagnostic.relatedInformation).toEqual([
      {location: {uri: 'file:///a.md', range: diagnostic.range}, message: 'Say what the treatment does, for whom, with a source.'}
    ])
  })

  it('place a config problem at the line and column the loader names, or at the key in YAML', () => {
    const atLine = configErrorDiagnostic({file: '/p/.mindlintrc.json', key: 'line 2, column 5', message: '/p/.mindlintrc.json: line 2, column 5: invalid JSON: x'}, '{\n  x\n}')
    expect(atLine.range.start).toEqual({line: 1, character: 4})
    expect(atLine.message).toMatch(/^configuration error: line 2, column 5: invalid JSON: x;/)

    const yaml = 'extends: []\nrules:\n  hype-clam: warn\n'
    const atKey = configErrorDiagnostic({file: '/p/.mindlintrc.yaml', key: 'rules.hype-clam', message: 'x'}, yaml)
    expect(atKey.range.start).toEqual({line: 2, character: 2})
  })
})

describe('the language of a buffer', () => {
  it('is its language id when the editor names one it knows, else its file extension', () => {
    expect(lintedExtension('markdown', '/p/notes.txt')).toBe('md')
    expect(lintedExtension('Plain Text', undefined)).toBe('txt')
    expect(lintedExtension('mdx', '/p/page.mdx')).toBe('mdx')
    expect(lintedExtension('unknown', '/p/page.markdown')).toBe('markdown')
    expect(lintedExtension('javascript', '/p/app.js')).toBeUndefined()
  })
})

describe('rule documentation in the hover', () => {
  it('takes the summary, "Why" and "Sources", skipping headings inside fenced examples', () => {
    const readme = ['# x-rule', '', 'Flags x.', 'Really.', '', '- Category: `claims`', '', '## Why', '', 'Because.', '', '## Examples', '', '```markdown', '## Sources', 'not this', '```', '', '## Sources', '', '- A source.'].join('\n')
    expect(readmeSections(readme)).toEqual({summary: 'Flags x. Really.', why: 'Because.', sources: '- A source.'})
  })
})
