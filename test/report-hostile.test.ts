import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import type * as Sarif from 'sarif'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {fatalResult} from '../src/engine/messages.js'
import {loadFormat} from '../src/report/index.js'
import type {FormatContext} from '../src/report/types.js'
import {allRules} from '../rules/index.js'
import {runCli, tempProject} from './helpers.js'

/**
 * Every output format given content built to break it: markup and script,
 * quotes, XML's forbidden characters, JSON's awkward ones (U+2028, lone
 * surrogates), terminal escape sequences, bidirectional overrides, and the
 * characters that separate GitHub workflow-command fields. Each report must
 * stay well formed and say exactly what the message said.
 */

const hostile = [
  '<script>alert("x")</script>',
  '<img src=x onerror="alert(1)">',
  "it's & \"quoted\"",
  ']]> --> <!-- <![CDATA[',
  '100%, really: yes',
  '%0A::error::injected',
  'line\r\nbreak\rand\nmore',
  'tab\there',
  '\u0000nul \u0001 \u0008 \u000b \u000c \u001f \u007f \u0085 \u009f',
  '\u001b[2J\u001b]0;title\u0007\u001b[31mred\u001b[0m',
  '\u2028line sep\u2029para sep',
  'lone \ud800 high and \udfff low surrogates',
  'emoji \u{1F494} and e\u0301 and \u202eRTL override\u202c and \u2066isolate\u2069',
  '\ufeffBOM and \uffff and \ufffe'
].join(' | ')

const path = 'posts/<b>100%, "odd": name</b> & co\u202e.md'
const text = `Heading\n\n${hostile}\n`

function hostileResults(): LintResult[] {
  const start = text.indexOf('<script>')
  return [
    {
      path,
      messages: [
        {ruleId: 'page-chrome', category: 'comments', severity: 'error', message: `Flagged ${hostile}`, line: 3, column: start - 8, endLine: 3, endColumn: start - 8 + 8, offset: start, endOffset: start + 8, url: 'https://github.com/mindlint/mindlint/blob/main/rules/page-chrome/README.md'},
        {ruleId: 'hard-sentence', category: 'readability', severity: 'warning', message: hostile, url: 'https://github.com/mindlint/mindlint/blob/main/rules/hard-sentence/README.md'},
        {ruleId: null, category: null, severity: 'info', message: `note: ${hostile}`}
      ],
      errorCount: 1,
      warningCount: 1,
      infoCount: 1,
      fixableCount: 0,
      stats: {words: 3, sentences: 1, paragraphs: 1}
    },
    fatalResult(`posts/unreadable ${hostile.slice(0, 40)}.md`, `cannot read: ${hostile}`)
  ]
}

const context: FormatContext = {
  cwd: '/work/site',
  color: false,
  rules: new Map(allRules.map((rule) => [rule.meta.id, rule.meta])),
  source: (name) => (name === path ? text : undefined)
}

async function format(name: string, results = hostileResults(), color = false): Promise<string> {
  const format = await loadFormat(name)
  return format!.format(results, {...context, color})
}

/** What XML 1.0 can hold: the rest becomes U+FFFD. */
function asXmlText(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
}

describe('hostile content in every report format', () => {
  it('json: parses back to exactly the results', async () => {
    const output = await format('json')
    expect(JSON.parse(output)).toEqual(hostileResults())
    // Well-formed UTF-16: lone surrogates are written as escapes, not raw.
    expect(output).toContain('\\ud800')
    expect(output).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })

  it('junit: well-formed XML that decodes to the message, with only forbidden characters replaced', async () => {
    const output = await format('junit')
    expect(XMLValidator.validate(output)).toBe(true)
    expect(output).not.toMatch(/<script|<img|<!--|<!\[CDATA\[/)
    const parsed = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true}).parse(output)
    const [suite, unreadable] = parsed.testsuites.testsuite
    expect(suite.name).toBe(asXmlText(path))
    const failure = [suite.testcase].flat().find((test: {failure?: unknown}) => test.failure).failure
    expect(failure.message).toBe(asXmlText(`Flagged ${hostile}`))
    expect(unreadable.testcase.error.message).toBe(asXmlText(`cannot read: ${hostile}`))
  })

  it('sarif: valid against the schema; URIs percent-encoded; messages and snippet exact', async () => {
    const schema = JSON.parse(readFileSync(new URL('schemas/sarif-2.1.0.json', import.meta.url), 'utf8')) as object
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(schema)
    const log = JSON.parse(await format('sarif')) as Sarif.Log
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)

    const [run] = log.runs
    const [flagged, documentLevel, note] = run.results!
    const location = flagged.locations![0].physicalLocation!
    expect(location.artifactLocation!.uri).not.toMatch(/[ <>"%]{2}|[<>" ]/)
    expect(decodeURIComponent(location.artifactLocation!.uri!)).toBe(path)
    expect(location.region!.snippet!.text).toBe('<script>')
    expect(flagged.message.text.startsWith(`Flagged ${hostile}`)).toBe(true)
    expect(documentLevel.message.text.startsWith(hostile)).toBe(true)
    expect(note.message.text).toContain(hostile)
    expect(run.invocations![0].toolExecutionNotifications![0].message.text).toContain(`cannot read: ${hostile}`)
  })

  it('sarif: a path with a lone surrogate (possible through the API) does not stop the report', async () => {
    const results = hostileResults()
    results[0].path = 'posts/a\ud800b.md'
    const log = JSON.parse(await format('sarif', results)) as Sarif.Log
    expect(log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri).toBe('posts/a%EF%BF%BDb.md')
  })

  it('github: one workflow command per line that the runner decodes to exactly the message and file', async () => {
    const output = await format('github')
    const lines = output.split('\n').filter(Boolean)
    // Three annotations and the summary line: no raw CR or LF splits a command.
    expect(lines).toHaveLength(5)
    expect(output).not.toContain('\r')
    const unescape = (value: string) => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
    const commands = lines.filter((line) => line.startsWith('::')).map((line) => {
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/s.exec(line)
      expect(match, line).not.toBeNull()
      const properties = Object.fromEntries(match![2].split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]))
      return {command: match![1], properties, message: unescape(match![3])}
    })
    expect(commands[0].properties.file).toBe(path)
    expect(commands[0].message).toBe(`Flagged ${hostile}\nhttps://github.com/mindlint/mindlint/blob/main/rules/page-chrome/README.md`)
    expect(commands[1].message.startsWith(hostile)).toBe(true)
    expect(commands[3].message).toBe(`cannot read: ${hostile}`)
  })

  it('html: every piece of content escaped; the only script is the report\'s own', async () => {
    const output = await format('html')
    expect(output.match(/<script/g)).toHaveLength(1)
    expect(output).not.toMatch(/<img|<b>|<!--|<!\[CDATA\[/)
    expect(output).not.toMatch(/\son[a-z]+="alert/)
    expect(output).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(output).toContain(`&lt;b&gt;100%, &quot;odd&quot;: name&lt;/b&gt; &amp; co\u202e.md`)
  })

  it('stylish: terminal escapes, other control characters and bidirectional overrides are shown, not obeyed', async () => {
    for (const color of [false, true]) {
      const output = await format('stylish', hostileResults(), color)
      // Only the report's own colours (when asked for) remain as escape sequences.
      const escapes = output.match(/\u001b\[[0-9;]*m/g) ?? []
      expect(output.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
      if (!color) expect(escapes).toEqual([])
      expect(output).toContain('\\x1b[2J\\x1b]0;title\\x07')
      expect(output).toContain('\\u202eRTL override\\u202c')
      // One line per message: CR and LF inside a message do not break the layout.
      expect(output.split('\n').filter((line) => line.includes('Flagged'))).toHaveLength(1)
    }
  })
})

describe('hostile file names and text through the CLI', () => {
  it('a file name with an escape sequence and a bidi override is printed inert on the terminal and stderr', () => {
    const name = 'post\u001b[31m\u202eevil.txt'
    const root = tempProject({[name]: 'Ketamine Clinics Explained\n- 19 Likes\n\u0000'})
    const run = runCli(['.'], {cwd: root})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('mindlint: post\\x1b[31m\\u202eevil.txt: binary file')
    expect(run.stdout + run.stderr).not.toMatch(/[\u001b\u202e]/)

    const json = JSON.parse(runCli(['.', '-f', 'json'], {cwd: root}).stdout) as LintResult[]
    expect(json[0].path).toBe(name)
    expect(readFileSync(join(root, name), 'utf8')).toContain('19 Likes')
  })
})
