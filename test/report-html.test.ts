import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {html} from '../src/report/html.js'
import {escapeHtml} from '../src/report/html-escape.js'
import {cspHash, pageScript, pageStyle} from '../src/report/html-page.js'
import {allRules} from '../rules/index.js'
import {runCli, tempProject} from './helpers.js'
import {hostileFiles} from './sample-project.js'

describe('--format html', () => {
  it('writes one self-contained page with a CSP that allows only its own style and script', () => {
    const root = tempProject(hostileFiles)
    const run = runCli(['posts', '--format', 'html', '--output-file', 'report.html'], {cwd: root})
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const page = readFileSync(join(root, 'report.html'), 'utf8')

    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1].replace(/&#39;/g, "'")
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain(`script-src ${cspHash(pageScript)}`)
    expect(csp).toContain(`style-src ${cspHash(pageStyle)}`)
    expect(csp).not.toContain('unsafe-inline')
    // The policy comes before anything it governs.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'))

    // Nothing to fetch: no external style sheets, scripts, images or frames; links go to rule docs, or to a file in the page.
    expect(page).not.toMatch(/<(?:link|img|iframe|object|embed)\b/)
    expect(page).not.toMatch(/<[^>]+\ssrc=/)
    const links = [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1])
    expect(links.filter((url) => !url.startsWith('#f')).every((url) => url.startsWith('https://github.com/mindlint/mindlint/blob/main/rules/'))).toBe(true)
    expect(links.filter((url) => url.startsWith('#f')).every((url) => page.includes(`<details class="file" id="${url.slice(1)}"`))).toBe(true)
    // No inline event handlers in the markup, and the only <script> is the report's own.
    const attributeNames = [...page.matchAll(/<[a-z][^>]*>/gi)].map((tag) => tag[0].replace(/"[^"]*"/g, '""'))
    expect(attributeNames.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([])
    expect(page.match(/<script>/g)).toHaveLength(1)
    expect(page).toContain('&lt;script&gt;window.__pwned')
    expect(page).toContain('onerror=&quot;')
  })

  it('shows every flagged span, with counts by rule and category as inline SVG', () => {
    const root = tempProject(hostileFiles)
    const json = JSON.parse(runCli(['posts', '--format', 'json'], {cwd: root}).stdout) as LintResult[]
    const page = html(json, {
      cwd: root,
      color: false,
      rules: new Map(allRules.map((rule) => [rule.meta.id, rule.meta])),
      source: (path) => readFileSync(join(root, path), 'utf8')
    })

    const messages = json.flatMap((result) => result.messages)
    expect(messages.length).toBeGreaterThan(3)
    expect([...page.matchAll(/<li class="note"/g)]).toHaveLength(messages.length)
    for (const id of new Set(messages.map((message) => message.ruleId))) {
      const count = messages.filter((message) => message.ruleId === id).length
      expect(page).toMatch(new RegExp(`<g class="bar" data-label="${id}">.*?<text class="count"[^>]*>${count}</text>`))
    }

    // Each message shows its statement and, under it, its help.
    for (const message of messages.filter((item) => item.help)) {
      expect(page).toContain(`${escapeHtml(message.message)}<div class="help">${escapeHtml(message.help!)}</div>`)
    }

    expect(page).toMatch(/<svg [^>]*aria-label="Problems by category"/)
    expect(page).toMatch(/<svg [^>]*aria-label="Problems by rule"/)
  })

  it('indexes a path that could not be linted as not linted, and lists clean files only in the index', () => {
    const root = tempProject({'posts/clean.md': 'A nurse stays with you.\n', 'posts/chrome.md': '# Visit\n\nShare this\n'})
    runCli(['posts', 'missing.md', '--format', 'html', '--output-file', 'report.html'], {cwd: root})
    const page = readFileSync(join(root, 'report.html'), 'utf8')
    expect(page).toMatch(/<tr class="unreadable"[^>]*data-path="missing\.md"[^>]*><td class="path"><a href="#f\d+">missing\.md<\/a><\/td><td class="num" colspan="4">not linted<\/td><\/tr>/)
    expect(page).toMatch(/<tr class="clean"[^>]*data-path="posts\/clean\.md"/)
    expect(page).not.toContain('<h2>posts/clean.md</h2>')
    expect(page).toContain('<h2>posts/chrome.md</h2>')
    expect(page).toContain('<p class="totals">2 files checked, 1 with problems')
  })

  it('lists the messages without text when sources are not available, and says so', () => {
    const results: LintResult[] = [
      {
        path: 'a.md',
        messages: [{ruleId: 'page-chrome', category: 'comments', severity: 'warning', message: 'Share <b>this</b>', line: 1, column: 1, endLine: 1, endColumn: 5, offset: 0, endOffset: 4}],
        errorCount: 0,
        warningCount: 1,
        infoCount: 0,
        fixableCount: 0,
        stats: {words: 1, sentences: 1, paragraphs: 1}
      }
    ]
    const page = html(results, {cwd: '/', color: false, rules: new Map()})
    expect(page).toContain('The text of this file is not available.')
    expect(page).toContain('Share &lt;b&gt;this&lt;/b&gt;')
  })
})
