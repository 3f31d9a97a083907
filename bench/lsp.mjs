// The language server under editing: `node bench/lsp.mjs [--samples 40] [--edits 1000]`
// (after `npm run build`). Starts `mindlint lsp` as an editor would, opens a
// generated 3,000-word article (our own text, generate-corpus.mjs) and
// measures:
// - latency: from an edit to its diagnostics, less the debounce (the
//   default, 250 ms): what the writer waits once they pause (after 20
//   edits to warm the server up), and the server's CPU time per re-lint;
// - memory: the server's resident set (all its threads) over 1,000 edits,
//   each linted (a short debounce, so the run takes a minute, not ten).
import {execFileSync} from 'node:child_process'
import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const samples = option('samples', 40)
const edits = option('edits', 1000)
const debounce = 250

const here = fileURLToPath(new URL('.', import.meta.url))
const cli = join(here, '..', 'bin', 'mindlint.js')

/** About 3,000 words of generated clinic copy (headings, claims, lists, a reference). */
function article() {
  const folder = mkdtempSync(join(tmpdir(), 'mindlint-lsp-corpus-'))
  execFileSync(process.execPath, [join(here, 'generate-corpus.mjs'), folder, '8'], {stdio: 'ignore'})
  let text = ''
  for (const name of readdirSync(folder).sort()) {
    if (text.split(/\s+/).length >= 3000) break
    text += readFileSync(join(folder, name), 'utf8').replace(/^# /, '## ') + '\n'
  }

  rmSync(folder, {recursive: true, force: true})
  return text
}

/** CPU time (user and system, all threads) the process has used, in milliseconds. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  // utime and stime, in clock ticks of 10 ms (fields 14 and 15 of proc(5)).
  return (Number(fields[11]) + Number(fields[12])) * 10
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024
}

async function start(options) {
  const root = mkdtempSync(join(tmpdir(), 'mindlint-lsp-bench-'))
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const resolve = waiting.get(params.version)
    waiting.delete(params.version)
    resolve?.({at: performance.now(), count: params.diagnostics.length})
  })
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  const rootUri = pathToFileURL(root).href
  await connection.sendRequest('initialize', {processId: process.pid, rootUri, workspaceFolders: [{uri: rootUri, name: 'bench'}], initializationOptions: options, capabilities: {}})
  await connection.sendNotification('initialized', {})
  const uri = pathToFileURL(join(root, 'article.md')).href
  return {
    child,
    /** Send the text as version `version`; resolves when its diagnostics arrive. */
    edit(version, text) {
      const published = new Promise((resolve) => waiting.set(version, resolve))
      const sent = performance.now()
      const notification =
        version === 1
          ? connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text}})
          : connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
      return notification.then(() => published).then((result) => ({...result, elapsed: result.at - sent}))
    },
    async stop() {
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      connection.dispose()
      rmSync(root, {recursive: true, force: true})
    }
  }
}

/** Edit `index`: one word changed in a paragraph, alternating, so the text keeps its size and its findings change. */
function edited(text, index) {
  const words = ['revolutionary', 'careful']
  return text.replace('Many of our patients', `Many of our ${words[index % 2]} patients`)
}

const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]

const text = article()
console.log(`load average at the start: ${loadAverage()} (on ${(await import('node:os')).availableParallelism()} cores)`)
console.log(`article: ${text.split(/\s+/).filter(Boolean).length} words, ${text.length} characters`)

// Latency after the debounce, at the default debounce.
{
  const server = await start({})
  const opened = await server.edit(1, text)
  console.log(`first lint on open: ${opened.elapsed.toFixed(0)} ms (${opened.count} diagnostics; includes starting the linting thread)`)
  // Warm: a writer's server has linted for a while; the first lints also compile the engine's hot code.
  const warmUp = 20
  for (let index = 0; index < warmUp; index++) await server.edit(index + 2, edited(text, index))
  const latencies = []
  const cpuBefore = cpuMs(server.child.pid)
  for (let index = warmUp; index < warmUp + samples; index++) {
    const {elapsed} = await server.edit(index + 2, edited(text, index))
    latencies.push(elapsed - debounce)
  }

  const cpuPerEdit = (cpuMs(server.child.pid) - cpuBefore) / samples
  await server.stop()
  console.log(
    `re-lint after the ${debounce} ms debounce, ${samples} edits: median ${percentile(latencies, 0.5).toFixed(1)} ms, ` +
      `p90 ${percentile(latencies, 0.9).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (target: within 100 ms)`
  )
  // Wall time stretches on a busy machine; the CPU a re-lint takes does not.
  console.log(`server CPU per re-lint (all threads): ${cpuPerEdit.toFixed(1)} ms`)
}

// Memory over 1,000 edits, each linted.
{
  const server = await start({debounce: 5})
  await server.edit(1, text)
  const marks = []
  const every = Math.max(1, Math.round(edits / 10))
  for (let index = 0; index < edits; index++) {
    await server.edit(index + 2, edited(text, index))
    if (index === 49 || (index + 1) % every === 0) marks.push([index + 1, residentMb(server.child.pid)])
  }

  await server.stop()
  console.log(`resident memory (MB) after N edits: ${marks.map(([count, mb]) => `${count}: ${mb.toFixed(0)}`).join(', ')}`)
  // The heap grows to its working size over the first edits; flat means no growth after that.
  const settled = marks.filter(([count]) => count >= edits / 5).map(([, mb]) => mb)
  console.log(
    `from edit ${Math.round(edits / 5)} to edit ${edits}: ${Math.min(...settled).toFixed(0)} to ${Math.max(...settled).toFixed(0)} MB, ` +
      `last minus first ${(settled.at(-1) - settled[0]).toFixed(1)} MB`
  )
}

console.log(`load average at the end: ${loadAverage()}`)
