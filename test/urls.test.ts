import {spawn} from 'node:child_process'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {LintResult} from '../src/index.js'
import {fetchProblem} from '../src/engine/fetch-page.js'
import {cliPath, type CliRun, tempProject} from './helpers.js'

const page = readFileSync(fileURLToPath(new URL('pages/ketamine-clinic.html', import.meta.url)), 'utf8')
const agents: string[] = []
let server: Server
let base: string

/** Pages a clinic site might answer with, served on 127.0.0.1 for these tests only. */
beforeAll(async () => {
  server = createServer((request, response) => {
    agents.push(request.headers['user-agent'] ?? '')
    const path = request.url ?? '/'
    const redirect = /^\/hop\/(\d+)$/.exec(path)
    if (path === '/ketamine') {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'})
      response.end(page)
    } else if (redirect) {
      const left = Number(redirect[1])
      response.writeHead(301, {location: left > 0 ? `/hop/${left - 1}` : '/ketamine'})
      response.end()
    } else if (path === '/broken') {
      response.writeHead(500, {'content-type': 'text/html'})
      response.end('<h1>Internal Server Error</h1>')
    } else if (path === '/slow') {
      const timer = setTimeout(() => {
        response.writeHead(200, {'content-type': 'text/html'})
        response.end('<p>Finally.</p>')
      }, 4000)
      response.on('close', () => clearTimeout(timer))
    } else if (path === '/huge') {
      response.writeHead(200, {'content-type': 'text/html'})
      // 3 MB, streamed with no length given: the cap must stop the download itself.
      let sent = 0
      const more = () => {
        while (sent < 3000) {
          sent++
          if (!response.write(`<p>${'Ketamine is safe. '.repeat(55)}</p>`)) return response.once('drain', more)
        }

        response.end()
      }

      more()
    } else if (path === '/logo.png') {
      response.writeHead(200, {'content-type': 'image/png'})
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    } else {
      response.writeHead(404, {'content-type': 'text/html'})
      response.end('<h1>Not found</h1>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** The CLI in a child process, without blocking this process's server. */
function runCli(args: readonly string[], cwd?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {cwd: cwd ?? fileURLToPath(new URL('..', import.meta.url)), env: {...process.env, NO_COLOR: '1'}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

function results(run: CliRun): LintResult[] {
  return JSON.parse(run.stdout) as LintResult[]
}

describe('linting live pages', () => {
  it('fetches a page and lints it as HTML, named by its URL, with an honest User-Agent', async () => {
    agents.length = 0
    const run = await runCli([`${base}/ketamine`, '--format', 'json'])
    expect(run.code).toBe(1)
    const [result] = results(run)
    expect(result.path).toBe(`${base}/ketamine`)
    const file = JSON.parse((await runCli([join('test', 'pages', 'ketamine-clinic.html'), '--format', 'json'])).stdout) as LintResult[]
    expect(result.messages).toEqual(file[0].messages)
    const version = (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as {version: string}).version
    expect(agents).toEqual([`mindlint/${version} (+https://github.com/mindlint/mindlint)`])
  })

  it('follows up to five redirects and refuses a longer chain', async () => {
    const run = await runCli([`${base}/hop/4`, `${base}/hop/5`, '--format', 'json'])
    const [followed, tooLong] = results(run)
    expect(followed.messages.some((message) => message.ruleId === 'safety-claim')).toBe(true)
    expect(tooLong.messages[0].message).toBe('too many redirects (more than 5)')
    expect(run.code).toBe(2)
  })

  it('names a 404 and a 500 and still lints the other pages (exit 2)', async () => {
    const run = await runCli([`${base}/gone`, `${base}/ketamine`, `${base}/broken`, '--format', 'json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`mindlint: ${base}/gone: the server answered 404 Not Found`)
    expect(run.stderr).toContain(`mindlint: ${base}/broken: the server answered 500 Internal Server Error`)
    const [gone, good, broken] = results(run)
    expect([gone.fatal, good.fatal, broken.fatal]).toEqual([true, undefined, true])
    expect(good.messages.length).toBeGreaterThan(5)
  })

  it('gives up on a slow server after --url-timeout', async () => {
    const started = Date.now()
    const run = await runCli([`${base}/slow`, '--url-timeout', '0.5', '--format', 'json'])
    expect(Date.now() - started).toBeLessThan(3500)
    expect(run.code).toBe(2)
    expect(results(run)[0].messages[0].message).toBe('no complete answer within 0.5 s (see --url-timeout)')
  })

  it('stops a body past --max-file-size and refuses a binary content type', async () => {
    const run = await runCli([`${base}/huge`, `${base}/logo.png`, '--max-file-size', '1', '--format', 'json'])
    expect(run.code).toBe(2)
    const [huge, image] = results(run)
    expect(huge.messages[0].message).toBe('the page is larger than 1.0 MB (the limit, see --max-file-size); skipped')
    expect(image.messages[0].message).toBe('not an HTML page (content type image/png); skipped')
  })

  it('reads --url-list (one URL a line, # comments) and refuses schemes other than http and https', async () => {
    const root = tempProject({'pages.txt': `# clinic pages\n${base}/ketamine\n\nftp://files.example/page.html\n`})
    const run = await runCli(['--url-list', 'pages.txt', '--format', 'json'], root)
    expect(run.code).toBe(2)
    const paths = results(run).map((result) => [result.path, result.fatal ? result.messages[0].message : 'linted'])
    expect(paths).toEqual([
      ['ftp://files.example/page.html', 'only http and https URLs can be linted, not ftp'],
      [`${base}/ketamine`, 'linted']
    ])
  })

  it('refuses --fix and --fix-dry-run with URLs (a web page is not a file to rewrite)', async () => {
    const run = await runCli([`${base}/ketamine`, '--fix'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--fix changes files, not web pages')
    const root = tempProject({'list.txt': `${base}/ketamine\n`})
    const dry = await runCli(['--url-list', 'list.txt', '--fix-dry-run'], root)
    expect(dry.code).toBe(2)
    expect(dry.stderr).toContain('--fix-dry-run changes files, not web pages')
  })

  it('shows the fetched page in the HTML report', async () => {
    const root = tempProject({})
    const run = await runCli([`${base}/ketamine`, '--format', 'html', '--output-file', 'report.html'], root)
    expect(run.code).toBe(1)
    expect(readFileSync(join(root, 'report.html'), 'utf8')).toContain('How Ketamine Works')
  })

  it('touches no network when no URL is given', async () => {
    agents.length = 0
    const root = tempProject({'post.md': `See ${base}/ketamine for more.\n`})
    writeFileSync(join(root, 'links.txt'), `${base}/ketamine\n`)
    const run = await runCli(['.', '--format', 'json'], root)
    expect(run.code).toBe(0)
    expect(agents).toEqual([])
  })

  it('names a TLS failure (https spoken to a plain-HTTP port)', async () => {
    const run = await runCli([base.replace('http:', 'https:') + '/ketamine', '--format', 'json'])
    expect(run.code).toBe(2)
    expect(results(run)[0].messages[0].message).toMatch(/^TLS error from 127\.0\.0\.1:\d+: /)
  })

  it('names DNS, refused-connection and certificate failures plainly', () => {
    const failed = (code: string, message = code) => Object.assign(new TypeError('fetch failed'), {cause: Object.assign(new Error(message), {code})})
    const url = new URL('https://clinic.example/ketamine')
    expect(fetchProblem(failed('ENOTFOUND'), url, 10_000)).toBe('the host clinic.example was not found (DNS lookup failed)')
    expect(fetchProblem(failed('ECONNREFUSED'), url, 10_000)).toBe('the connection to clinic.example was refused')
    expect(fetchProblem(failed('CERT_HAS_EXPIRED', 'certificate has expired'), url, 10_000)).toBe('TLS error from clinic.example: certificate has expired')
    expect(fetchProblem(Object.assign(new Error('timed out'), {name: 'TimeoutError'}), url, 10_000)).toBe('no complete answer within 10 s (see --url-timeout)')
  })
})
