import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {buildDocument, lint, type LintMessage} from '../src/index.js'
import {lintWith, runCli, tempProject} from './helpers.js'

const pages = fileURLToPath(new URL('pages/', import.meta.url))
const read = (name: string) => readFileSync(join(pages, name), 'utf8')
const htmlPages = readdirSync(pages).filter((name) => name.endsWith('.html'))

/** A message as a reader compares two versions of an article: the rule and what it says (which quotes the words). */
const claim = (message: LintMessage) => `${message.ruleId}: ${message.message}`

/** The messages of an HTML page about its body, and those about its title, descriptions and JSON-LD. */
function splitOutside(text: string, path: string, messages: readonly LintMessage[]) {
  const document = buildDocument(text, {path})
  const outside = document.blocks.filter((block) => block.outside)
  const isOutside = (message: LintMessage) => message.offset !== undefined && outside.some((block) => message.offset! >= block.start && message.offset! < block.end)
  return {body: messages.filter((message) => !isOutside(message)), outside: messages.filter(isOutside)}
}

describe('HTML pages shaped like real clinic pages', () => {
  it('are in the folder: navigation, hero, FAQ, testimonials, footer, comments and JSON-LD', () => {
    expect(htmlPages.length).toBeGreaterThanOrEqual(2)
    for (const name of htmlPages) expect(readdirSync(pages)).toContain(name.replace(/\.html$/, '.md'))
  })

  for (const name of htmlPages) {
    it(`${name} gives the same claims and verdicts about its article as the same article in Markdown`, () => {
      const html = read(name)
      const markdown = read(name.replace(/\.html$/, '.md'))
      const fromHtml = splitOutside(html, name, lint(html, {path: name}).messages)
      const fromMarkdown = lint(markdown, {path: name.replace(/\.html$/, '.md')}).messages
      // Document-level verdicts (no risk named, off-label use) are placed at the first mention, which the title may hold.
      const placed = (messages: readonly LintMessage[]) => messages.filter((message) => !['off-label-disclosure', 'risk-disclosure'].includes(message.ruleId!)).map(claim).sort()
      expect(placed(fromHtml.body)).toEqual(placed(fromMarkdown))
      const all = lint(html, {path: name}).messages
      const verdicts = (messages: readonly LintMessage[]) => [...new Set(messages.filter((message) => ['off-label-disclosure', 'risk-disclosure', 'crisis-resource', 'testimonial-disclosure', 'reading-level'].includes(message.ruleId!)).map((message) => message.ruleId))].sort()
      expect(verdicts(all)).toEqual(verdicts(fromMarkdown))
    })

    it(`${name}: every message points at the words it names in the HTML source`, () => {
      const html = read(name)
      const lines = html.split('\n')
      for (const message of lint(html, {path: name}).messages) {
        if (message.offset === undefined) continue
        expect(lines[message.line! - 1].slice(message.column! - 1)).toBe(html.slice(message.offset, html.indexOf('\n', message.offset) === -1 ? undefined : html.indexOf('\n', message.offset)))
        const quoted = /^'([^']+)'/.exec(message.message)?.[1]
        if (!quoted || message.ruleId === 'page-chrome') continue
        const flagged = html.slice(message.offset, message.endOffset).replace(/&rsquo;|&#8217;/g, "'").replace(/&#8209;/g, '-').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ')
        expect(flagged.toLowerCase()).toContain(quoted.toLowerCase().split(' ')[0])
      }
    })
  }

  it('flags nothing from navigation, banners, footers, asides, cookie notices, scripts or styles', () => {
    for (const name of htmlPages) {
      const html = read(name)
      const chrome = [
        ...html.matchAll(/<(nav|aside|footer|script|style|noscript)\b[^>]*>[\s\S]*?<\/\1>/g),
        ...html.matchAll(/<div (?:role="banner"|class="cookie-notice"|id="onetrust-banner-sdk")[\s\S]*?<\/div>/g),
        ...html.matchAll(/<header id="masthead"[\s\S]*?<\/header>/g)
      ]
        .filter((match) => !/^<(?:footer)>\s*&mdash;/.test(match[0]) && !/comment-meta/.test(match[0]) && !/ld\+json/.test(match[0]))
        .map((match) => ({start: match.index, end: match.index + match[0].length}))
      expect(chrome.length).toBeGreaterThan(3)
      for (const message of lint(html, {path: name}).messages) {
        if (message.offset === undefined) continue
        const inside = chrome.find((span) => message.offset! >= span.start && message.offset! < span.end)
        expect(inside ? `${message.ruleId} at ${message.line}:${message.column} in ${html.slice(inside.start, inside.start + 40)}` : undefined).toBeUndefined()
      }
    }
  })

  it('raises no spelling problem from markup: tags, attributes, class names, URLs, scripts', () => {
    for (const name of htmlPages) {
      const html = read(name)
      const word = (message: LintMessage) => /^'([^']+)'/.exec(message.message)?.[1]
      const {body, outside} = splitOutside(html, name, lintWith(html, {spelling: 'warn'}, {path: name}))
      const markdownWords = lintWith(read(name.replace(/\.html$/, '.md')), {spelling: 'warn'}, {path: 'a.md'}).map(word)
      expect(body.map(word)).toEqual(markdownWords)
      // The title and descriptions name the clinic, which the Markdown article's body does not.
      expect(outside.map(word).filter((found) => !/^Brightwell/.test(found!))).toEqual([])
    }
  })

  it('reads the title, meta and Open Graph descriptions and JSON-LD FAQ answers as copy, at their place in the source', () => {
    const html = read('ketamine-clinic.html')
    const {outside} = splitOutside(html, 'page.html', lint(html, {path: 'page.html'}).messages)
    const at = (message: LintMessage) => `${message.ruleId} ${html.slice(message.offset, message.endOffset)}`
    expect(outside.map(at)).toEqual(
      expect.arrayContaining([
        'speed-claim within hours',
        'safety-claim program is 100% safe',
        'safety-claim non-addictive',
        'safety-claim no side effects'
      ])
    )
    // The plain answer to "Is ketamine therapy safe?" in the JSON-LD ("Yes, completely") is reported there.
    const answerStart = html.indexOf('Yes, completely')
    expect(outside.some((message) => message.ruleId === 'safety-claim' && message.offset! >= answerStart && message.offset! < answerStart + 15)).toBe(true)
    const document = buildDocument(html, {path: 'page.html'})
    const kinds = document.blocks.filter((block) => block.outside).map((block) => block.outside)
    expect(kinds).toEqual(['title', 'meta-description', 'og-description', 'structured-data', 'structured-data', 'structured-data', 'structured-data'])
    // The JSON-LD answer is found inside the script, where its words are.
    const answer = outside.find((message) => message.ruleId === 'safety-claim' && html.slice(message.offset, message.endOffset) === 'no side effects')!
    expect(html.lastIndexOf('<script type="application/ld+json">', answer.offset)).toBeGreaterThan(-1)
    expect(html.lastIndexOf('<body', answer.offset)).toBe(-1)
    // Not article prose: the reading grade and word counts are the article's alone.
    const markdown = lint(read('ketamine-clinic.md'), {path: 'a.md'})
    expect(lint(html, {path: 'page.html'}).stats.fleschKincaidGrade).toBe(markdown.stats.fleschKincaidGrade)
  })

  it('reads marked-up comments with their authors (WordPress lists, schema.org Comment) and spam-comment checks them', () => {
    const wordpress = buildDocument(read('ketamine-clinic.html'), {path: 'page.html'})
    expect(wordpress.commentsSection?.comments.map((comment) => [comment.author, comment.text.slice(0, 30)])).toEqual([
      ['Hannah Ruiz', 'I had my fourth infusion last '],
      ['Brightwell Wellness', 'Thanks Hannah. Please call the'],
      ['Buy Ketamine Online', 'Great post!!! Order ketamine o']
    ])
    const comment = wordpress.commentsSection!.comments[0]
    expect(wordpress.text.slice(comment.authorStart, comment.authorEnd)).toBe('Hannah Ruiz')
    const microdata = buildDocument(read('tms-rehab.html'), {path: 'page.html'})
    expect(microdata.commentsSection?.comments.map((item) => item.author)).toEqual(['Dev Patel', 'cbd gummies best price'])
    for (const name of htmlPages) {
      const spam = lint(read(name), {path: name}).messages.filter((message) => message.ruleId === 'spam-comment')
      expect(spam).toHaveLength(1)
    }
  })

  it('goes on after the comments area: what follows is article again, not comments', () => {
    const html = '<main><p>Ketamine infusions are a revolutionary treatment for depression, our doctors say.</p>' +
      '<div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-body"><p>Thanks for this.</p></div></li></ol></div>' +
      '<p>Ketamine is 100% safe.</p></main>'
    const messages = lintWith(html, {'safety-claim': 'warn'}, {path: 'page.html'})
    expect(messages.map((message) => html.slice(message.offset, message.endOffset))).toEqual(['Ketamine is 100% safe'])
  })
})

describe('words across markup and entities', () => {
  it('reads entities and inline tags inside a sentence as the reader sees the words', () => {
    const html = '<p>It&rsquo;s <strong>100%</strong>&nbsp;safe, and patients don&#8217;t need <a href="/x">a driver</a>.</p>'
    const document = buildDocument(html, {path: 'page.html'})
    expect(document.sentences.map((sentence) => sentence.tokens.map((token) => token.text).join(' '))).toEqual([
      "It's 100% safe , and patients don't need a driver ."
    ])
    const dont = document.sentences[0].tokens.find((token) => token.text === "don't")!
    expect(html.slice(dont.start, dont.end)).toBe('don&#8217;t')
    const [message] = lintWith(html, {'safety-claim': 'warn'}, {path: 'page.html'})
    expect(message.message).toMatch(/^'It's 100% safe'/)
    expect(html.slice(message.offset, message.endOffset)).toBe('It&rsquo;s <strong>100%</strong>&nbsp;safe')
  })

  it('does not join words a block tag or a line break separates', () => {
    const document = buildDocument('<td>Fast<br>relief</td><li>cures<ul><li>everything</li></ul></li>', {path: 'page.html'})
    expect(document.sentences.map((sentence) => sentence.tokens.map((token) => token.text).join(' '))).toEqual(['Fast relief', 'cures', 'everything'])
  })

  it('honours mindlint-disable comments as in Markdown', () => {
    const html = '<p>Ketamine is a revolutionary treatment.</p>\n<!-- mindlint-disable-next-line hype-claim -->\n<p>It is a breakthrough.</p>\n<!-- mindlint-disable -->\n<p>A miracle.</p>'
    const messages = lintWith(html, {'hype-claim': 'warn'}, {path: 'page.html'})
    expect(messages.map((message) => message.line)).toEqual([1])
  })
})

describe('--fix on HTML', () => {
  const page = [
    '<!DOCTYPE html>',
    '<html><head><title>Suicide &amp; depression</title><meta name="description" content="How we help."></head>',
    '<body class="post"><main>',
    '<p>Her brother <em>committed</em> suicide in&nbsp;2019, and she &ldquo;committed suicide&rdquo; is what the paper wrote.</p>',
    '<p>Our neighbour committed suicide last year &mdash; it&rsquo;s why we <a href="/help" class="btn">talk about it</a>.</p>',
    '<p>Jamal suffers from depression.<br/>He is doing well&hellip;</p>',
    '</main></body></html>',
    ''
  ].join('\r\n')

  it('changes only the words it fixes: every byte of markup stays as it was', () => {
    const root = tempProject({'site/page.html': page})
    const run = runCli(['site', '--fix', '--format', 'json'], {cwd: root})
    expect(run.stderr).toMatch(/applied 2 fixes to 1 file/)
    const fixed = readFileSync(join(root, 'site/page.html'), 'utf8')
    expect(fixed).toBe(page.replace('Our neighbour committed suicide', 'Our neighbour died by suicide').replace('Jamal suffers from depression', 'Jamal has depression'))
    // The span with markup inside it stays a suggestion.
    const left = (JSON.parse(run.stdout) as Array<{messages: LintMessage[]}>)[0].messages.filter((message) => message.ruleId === 'suicide-language')
    expect(left.map((message) => fixed.slice(message.offset, message.endOffset))).toEqual(expect.arrayContaining(['committed</em> suicide']))
  })
})

describe('folder walks', () => {
  it('take HTML, MDX, Markdown and text files whatever the case of their extensions', () => {
    const root = tempProject({
      'a.HTML': '<p>Ketamine is a miracle cure.</p>',
      'b.htm': '<p>x</p>',
      'c.xhtml': '<p>x</p>',
      'd.MD': '# d',
      'e.mdown': '# e',
      'f.TXT': 'f',
      'g.Mdx': '# g',
      'h.json': '{}',
      'i.html.bak': '<p>x</p>'
    })
    const results = JSON.parse(runCli(['.', '--format', 'json'], {cwd: root}).stdout) as Array<{path: string; messages: LintMessage[]}>
    expect(results.map((result) => result.path)).toEqual(['a.HTML', 'b.htm', 'c.xhtml', 'd.MD', 'e.mdown', 'f.TXT', 'g.Mdx'])
    expect(results[0].messages.map((message) => message.ruleId)).toContain('hype-claim')
  })
})

describe('the title of an HTML page', () => {
  it('is its first h1, after the title and descriptions in the head, as a Markdown "#" is', () => {
    const article = 'Some people feel sick or dizzy for an hour after treatment. Ketamine is a revolutionary treatment.'
    const html = `<html><head><title>Side Effects of Ketamine</title><meta name="description" content="Risks explained."></head><body><main><h1>Side Effects of Ketamine: Safety and Risks</h1><p>${article}</p></main></body></html>`
    const markdown = `# Side Effects of Ketamine: Safety and Risks\n\n${article}\n`
    const rules = {'hype-claim': 'warn'}
    const fromMarkdown = lintWith(markdown, rules, {path: 'page.md'}).map((message) => message.message)
    expect(fromMarkdown).toHaveLength(1)
    expect(lintWith(html, rules, {path: 'page.html'}).map((message) => message.message)).toEqual(fromMarkdown)
  })
})

