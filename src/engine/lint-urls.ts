import {readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import type {ConfigLoader} from '../config/load.js'
import type {AnyRule} from '../rule/types.js'
import {fetchPage, urlProblem} from './fetch-page.js'
import {lintText} from './lint-text.js'
import {fatalResult, type LintResult} from './messages.js'
import {toolInfo} from './tool-info.js'

/**
 * Live pages: `mindlint https://clinic.example/ketamine` and `--url-list`.
 * Each page is fetched (a few at a time) and linted as HTML; its result is
 * named by the URL as given. Nothing here touches the network unless a URL
 * is given.
 */

/** Requests in flight at once: a few, so a list of pages is quick without hammering one site. */
export const concurrentRequests = 4

export const defaultUrlTimeoutMs = 10_000

/**
 * The file a URL is configured as: a page in the working folder, so the
 * nearest config applies, and `overrides` for `*.html` files too.
 */
export function configPathForUrls(cwd: string): string {
  return join(cwd, 'page.html')
}

/** The pages' texts, for reports that show the linted text (`--format html`, SARIF snippets, the baseline). */
const fetched = new Map<string, string>()

export function fetchedText(url: string): string | undefined {
  return fetched.get(url)
}

/** The URLs of a `--url-list` file: one a line; blank lines and `#` comments skipped. */
export function readUrlList(file: string, cwd: string): {urls: string[]} | {problem: string} {
  let text: string
  try {
    text = readFileSync(resolve(cwd, file), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {problem: code === 'ENOENT' ? 'no such URL list file' : `cannot read the URL list (${code ?? (error as Error).message})`}
  }

  const urls = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  return {urls}
}

export interface LintUrlsOptions {
  cwd: string
  loader: ConfigLoader
  rules: readonly AnyRule[]
  maxFileSize: number
  timeoutMs?: number
}

/** Lint each URL, results in the order given; a page that cannot be fetched is a fatal result naming why. */
export async function* lintUrls(urls: readonly string[], options: LintUrlsOptions): AsyncGenerator<LintResult> {
  const pending: Array<Promise<LintResult>> = []
  let next = 0
  const queueMore = () => {
    while (next < urls.length && pending.length < concurrentRequests) pending.push(lintUrl(urls[next++], options))
  }

  queueMore()
  while (pending.length > 0) {
    const result = await pending.shift()!
    queueMore()
    yield result
  }
}

async function lintUrl(url: string, options: LintUrlsOptions): Promise<LintResult> {
  const invalid = urlProblem(url)
  if (invalid) return fatalResult(url, invalid)
  const page = await fetchPage(url, {
    timeoutMs: options.timeoutMs ?? defaultUrlTimeoutMs,
    maxBytes: options.maxFileSize,
    userAgent: `mindlint/${toolInfo().version} (+${toolInfo().informationUri})`
  })
  if (!page.ok) return fatalResult(url, page.problem)
  fetched.set(url, page.text)
  try {
    return lintText(page.text, {path: url, format: 'html', config: options.loader.forFile(configPathForUrls(options.cwd)), rules: options.rules}).result
  } catch (error) {
    return fatalResult(url, `internal error while linting: ${(error as Error).message}`)
  }
}
