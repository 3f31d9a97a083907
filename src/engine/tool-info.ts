import {readFileSync} from 'node:fs'

/** What reports say about the tool that wrote them. */
export interface ToolInfo {
  name: string
  version: string
  /** The web address of the repository in package.json (`repository`). */
  informationUri: string
}

interface PackageData {
  name?: string
  version?: string
  repository?: string | {url?: string}
}

/** Used only when package.json cannot be read or names no repository. */
const fallbackRepository = 'https://github.com/mindlint/mindlint'

let cached: ToolInfo | undefined
const ruleUrls = new Map<string, string>()

/**
 * Name, version and repository from mindlint's package.json, found by
 * walking up from this module (it sits at a different depth in `src/`,
 * `dist/src/` and the `dist/cli/` bundle).
 */
export function toolInfo(): ToolInfo {
  if (cached) return cached
  let data: PackageData | undefined
  for (let url = new URL('.', import.meta.url); ; url = new URL('..', url)) {
    const found = readPackage(new URL('package.json', url))
    if (found?.name === 'mindlint') {
      data = found
      break
    }

    if (url.pathname === '/' || url.pathname === new URL('..', url).pathname) break
  }

  cached = {name: 'mindlint', version: data?.version ?? '0.0.0', informationUri: repositoryWebUrl(data?.repository) ?? fallbackRepository}
  return cached
}

/**
 * A rule's documentation: its README in the repository mindlint came from
 * (package.json `repository`), so a fork's links point at the fork.
 */
export function ruleUrl(id: string): string {
  let url = ruleUrls.get(id)
  if (url === undefined) {
    url = `${toolInfo().informationUri}/blob/main/rules/${id}/README.md`
    ruleUrls.set(id, url)
  }

  return url
}

/**
 * The https address of a package.json `repository`: a URL (`git+https://…
 * .git`, `git://`, `ssh://git@…`), scp-style `git@host:owner/name`, or the
 * npm shorthands `owner/name`, `github:owner/name`, `gitlab:…`, `bitbucket:…`.
 */
export function repositoryWebUrl(repository: PackageData['repository']): string | undefined {
  const raw = (typeof repository === 'string' ? repository : repository?.url)?.trim()
  if (!raw) return undefined
  const hosts: Record<string, string> = {github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org'}
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw)
  if (shorthand) return `https://${hosts[shorthand[1] ?? 'github']}/${shorthand[2]!.replace(/\.git$/, '')}`
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/.exec(raw)
  const address = scp ? `https://${scp[1]}/${scp[2]}` : raw.replace(/^git\+/, '')
  try {
    const url = new URL(address)
    let path = url.pathname.replace(/\.git$/, '')
    while (path.endsWith('/')) path = path.slice(0, -1)
    return `https://${url.host}${path}`
  } catch {
    return undefined
  }
}

function readPackage(url: URL): PackageData | undefined {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as PackageData
  } catch {
    return undefined
  }
}
