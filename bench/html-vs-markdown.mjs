// What the HTML path costs against the Markdown path for the same articles:
//   node bench/html-vs-markdown.mjs [--files 300] [--runs 5]
// Generates the benchmark corpus (generate-corpus.mjs), renders each article
// to an HTML page shaped like a clinic's (head with title, descriptions,
// JSON-LD and scripts; navigation, header, footer and a cookie notice around
// a <main>), then times, in this process, linting every article both ways
// (warm: one untimed pass first), and the command line over each folder
// (--jobs 1). Prints medians; needs `npm run build` first.
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}

const files = Number(option('files', '300'))
const runs = Number(option('runs', '5'))
const work = join(process.env.BENCH_DIR ?? tmpdir(), 'mindlint-bench-html')
rmSync(work, {recursive: true, force: true})
const markdownDir = join(work, 'md')
const htmlDir = join(work, 'html')
mkdirSync(htmlDir, {recursive: true})
spawnSync(process.execPath, [join(here, 'generate-corpus.mjs'), markdownDir, String(files)], {stdio: 'inherit'})

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&rsquo;')
const attribute = (text) => escape(text).replace(/"/g, '&quot;')

/** Markdown to HTML, as a CMS would print it (curly apostrophes as entities). */
function render(node) {
  const inner = () => (node.children ?? []).map(render).join('')
  switch (node.type) {
    case 'root': return inner()
    case 'heading': return `<h${node.depth}>${inner()}</h${node.depth}>\n`
    case 'paragraph': return `<p>${inner()}</p>\n`
    case 'list': return `<${node.ordered ? 'ol' : 'ul'}>\n${inner()}</${node.ordered ? 'ol' : 'ul'}>\n`
    case 'listItem': return `<li>${(node.children ?? []).map((child) => (child.type === 'paragraph' ? (child.children ?? []).map(render).join('') : render(child))).join('')}</li>\n`
    case 'blockquote': return `<blockquote>${inner()}</blockquote>\n`
    case 'strong': return `<strong>${inner()}</strong>`
    case 'emphasis': return `<em>${inner()}</em>`
    case 'link': return `<a href="${attribute(node.url)}">${inner()}</a>`
    case 'inlineCode': return `<code>${escape(node.value)}</code>`
    case 'code': return `<pre><code>${escape(node.value)}</code></pre>\n`
    case 'text': return escape(node.value)
    case 'break': return '<br>\n'
    case 'thematicBreak': return '<hr>\n'
    default: return node.children ? inner() : node.value ? escape(node.value) : ''
  }
}

function page(markdown) {
  const tree = unified().use(remarkParse).parse(markdown)
  const title = tree.children.find((node) => node.type === 'heading')
  const name = title ? title.children.map((child) => child.value ?? '').join('') : 'Article'
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(name)} | Clinic</title>
<meta name="description" content="${attribute(name)} at our clinic.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Clinic"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date())</script>
<style>body{font-family:sans-serif}.hero{padding:2rem}</style></head>
<body class="post-template"><div class="cookie-notice"><p>We use cookies.</p><button>Accept</button></div>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/treatments/">Treatments</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main id="main"><article class="post">
${render(tree)}</article></main>
<footer class="site-footer"><p>&copy; 2024 Clinic &middot; <a href="/privacy/">Privacy</a></p></footer>
<script src="/assets/app.js" defer></script></body></html>
`
}

const names = readdirSync(markdownDir).filter((name) => name.endsWith('.md')).sort()
for (const name of names) writeFileSync(join(htmlDir, name.replace(/\.md$/, '.html')), page(readFileSync(join(markdownDir, name), 'utf8')))

const {lint} = await import(join(here, '..', 'dist', 'src', 'index.js'))
const texts = names.map((name) => ({md: readFileSync(join(markdownDir, name), 'utf8'), html: readFileSync(join(htmlDir, name.replace(/\.md$/, '.html')), 'utf8')}))
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function timeInProcess(kind) {
  const start = process.hrtime.bigint()
  for (const text of texts) lint(text[kind], {path: `a.${kind}`})
  return Number(process.hrtime.bigint() - start) / 1e6
}

// Warm both paths, then alternate so drift in the machine hits both alike.
timeInProcess('md')
timeInProcess('html')
const inProcess = {md: [], html: []}
for (let run = 0; run < runs; run++) {
  inProcess.md.push(timeInProcess('md'))
  inProcess.html.push(timeInProcess('html'))
}

const cli = join(here, '..', 'bin', 'mindlint.js')
function timeCli(folder) {
  const start = process.hrtime.bigint()
  spawnSync(process.execPath, [cli, folder, '--jobs', '1', '--format', 'json', '--output-file', join(work, 'out.json')], {stdio: 'ignore'})
  return Number(process.hrtime.bigint() - start) / 1e6
}

const wall = {md: [], html: []}
for (let run = 0; run < runs; run++) {
  wall.md.push(timeCli(markdownDir))
  wall.html.push(timeCli(htmlDir))
}

const size = (kind) => texts.reduce((sum, text) => sum + text[kind].length, 0) / texts.length / 1024
console.log(`${texts.length} articles; mean size ${size('md').toFixed(1)} KB as Markdown, ${size('html').toFixed(1)} KB as an HTML page`)
for (const [label, times] of [['in process (ms, all articles)', inProcess], ['command line, --jobs 1 (ms)', wall]]) {
  const md = median(times.md)
  const html = median(times.html)
  console.log(`${label.padEnd(32)} Markdown ${md.toFixed(0).padStart(6)}   HTML ${html.toFixed(0).padStart(6)}   HTML / Markdown ${(html / md).toFixed(2)}`)
}
