import {readFileSync} from 'node:fs'

/** What reports say about the tool that wrote them. */
export interface ToolInfo {
  name: string
  version: string
  informationUri: string
}

let cached: ToolInfo | undefined

/**
 * Name and version from mindlint's package.json, found by walking up from
 * this module (it sits at a different depth in `src/` and `dist/src/`).
 */
export function toolInfo(): ToolInfo {
  if (cached) return cached
  let version = '0.0.0'
  for (let url = new URL('.', import.meta.url); ; url = new URL('..', url)) {
    const data = readPackage(new URL('package.json', url))
    if (data?.name === 'mindlint') {
      version = data.version ?? version
      break
    }

    if (url.pathname === '/' || url.pathname === new URL('..', url).pathname) break
  }

  cached = {name: 'mindlint', version, informationUri: 'https://github.com/mindlint/mindlint'}
  return cached
}

function readPackage(url: URL): {name?: string; version?: string} | undefined {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as {name?: string; version?: string}
  } catch {
    return undefined
  }
}
