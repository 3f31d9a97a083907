/**
 * Fetch one web page to lint: http and https only, a time limit for the
 * whole exchange, at most `maxRedirects` redirects (each to http or https),
 * a cap on the body's size (after decompression), and an HTML content type.
 * Every failure is a plain sentence for the report, never an exception.
 */

export interface FetchPageOptions {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeoutMs: number
  /** Largest body accepted, in bytes (`--max-file-size`). */
  maxBytes: number
  maxRedirects?: number
  userAgent: string
}

export type PageReading = {ok: true; text: string; url: string} | {ok: false; problem: string}

export const defaultMaxRedirects = 5

const htmlTypes = new Set(['text/html', 'application/xhtml+xml'])

/** Whether a command-line argument names a web address rather than a path. */
export function isUrl(value: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(value)
}

/** Why `value` cannot be fetched as given, or undefined when it is an http(s) URL. */
export function urlProblem(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'not a valid URL'
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https URLs can be linted, not ${url.protocol.slice(0, -1)}`
  return undefined
}

export async function fetchPage(address: string, options: FetchPageOptions): Promise<PageReading> {
  const invalid = urlProblem(address)
  if (invalid) return {ok: false, problem: invalid}
  const maxRedirects = options.maxRedirects ?? defaultMaxRedirects
  const signal = AbortSignal.timeout(options.timeoutMs)
  let url = new URL(address)
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1'}
      })
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel()
        if (redirects >= maxRedirects) return {ok: false, problem: `too many redirects (more than ${maxRedirects})`}
        const next = new URL(location, url)
        if (next.protocol !== 'http:' && next.protocol !== 'https:') return {ok: false, problem: `redirected to a ${next.protocol.slice(0, -1)} URL, which cannot be linted`}
        url = next
        continue
      }

      if (!response.ok) {
        await response.body?.cancel()
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
        return {ok: false, problem: `the server answered ${status}${url.href === address ? '' : ` (at ${url.href})`}`}
      }

      const type = response.headers.get('content-type') ?? ''
      const media = type.split(';')[0].trim().toLowerCase()
      if (media !== '' && !htmlTypes.has(media)) {
        await response.body?.cancel()
        return {ok: false, problem: `not an HTML page (content type ${media}); skipped`}
      }

      const length = Number(response.headers.get('content-length'))
      if (Number.isFinite(length) && length > options.maxBytes) {
        await response.body?.cancel()
        return {ok: false, problem: tooLarge(options.maxBytes)}
      }

      const body = await readBody(response, options.maxBytes)
      if (!body) return {ok: false, problem: tooLarge(options.maxBytes)}
      return decodePage(body, type, url.href)
    }
  } catch (error) {
    return {ok: false, problem: fetchProblem(error, url, options.timeoutMs)}
  }
}

/** The body, or undefined past `maxBytes` (the rest is not downloaded). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  while (true) {
    const {done, value} = await reader.read()
    if (done) break
    size += value.length
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }

    chunks.push(value)
  }

  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.length
  }

  return body
}

/** Text in the page's character set: from the header, else a `<meta charset>`, else UTF-8. */
function decodePage(body: Uint8Array, type: string, url: string): PageReading {
  const probe = Math.min(body.length, 8000)
  for (let index = 0; index < probe; index++) {
    if (body[index] === 0) return {ok: false, problem: 'binary content (it contains NUL bytes); skipped'}
  }

  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1] ?? metaCharset(body)
  let decoder = new TextDecoder('utf-8')
  try {
    if (declared) decoder = new TextDecoder(declared)
  } catch {
    // An unknown character set: read as UTF-8.
  }

  return {ok: true, text: decoder.decode(body), url}
}

function metaCharset(body: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(body.subarray(0, 1024))
  for (const tag of head.match(/<meta\b[^>]{0,300}>/gi) ?? []) {
    const found = /charset=["']?([\w.:-]+)/i.exec(tag.replace(/\s+/g, ''))
    if (found) return found[1]
  }

  return undefined
}

function tooLarge(maxBytes: number): string {
  return `the page is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB (the limit, see --max-file-size); skipped`
}

const tlsCodes = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_|ERR_SSL_|EPROTO$|HOSTNAME_MISMATCH)/

/** A sentence for a failed request: time out, DNS, refused connection, TLS. */
export function fetchProblem(error: unknown, url: URL, timeoutMs: number): string {
  const name = (error as Error | undefined)?.name
  if (name === 'TimeoutError' || name === 'AbortError') return `no complete answer within ${timeoutMs / 1000} s (see --url-timeout)`
  const cause = (error as {cause?: {code?: string; message?: string; name?: string}} | undefined)?.cause
  const code = cause?.code ?? (error as {code?: string} | undefined)?.code ?? ''
  if (cause?.name === 'TimeoutError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return `no complete answer within ${timeoutMs / 1000} s (see --url-timeout)`
  }

  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return `the host ${url.hostname} was not found (DNS lookup failed)`
  if (code === 'ECONNREFUSED') return `the connection to ${url.host} was refused`
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${url.host} was closed before the page arrived`
  if (tlsCodes.test(code)) return `TLS error from ${url.host}: ${cause?.message ?? code}`
  return `cannot fetch: ${cause?.message ?? (error as Error | undefined)?.message ?? String(error)}`
}
