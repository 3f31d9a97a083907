import {mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import type {ResolvedConfig} from '../config/types.js'
import {compareText} from '../text/compare.js'
import {nodeCrypto} from './lazy-builtins.js'
import type {LintResult} from './messages.js'
import {toolInfo} from './tool-info.js'

const cacheFileName = 'cache.json'

/**
 * Where `--cache` keeps its file unless `--cache-location` says otherwise:
 * beside other tools' caches in `node_modules/.cache/mindlint/` when the
 * working folder has `node_modules`, else `.mindlintcache` in the working
 * folder (as ESLint's `.eslintcache`), never creating `node_modules`.
 */
export function defaultCacheLocation(cwd: string): string {
  return isFolder(join(cwd, 'node_modules')) ? 'node_modules/.cache/mindlint/' : '.mindlintcache'
}

interface CacheEntry {
  /** Hash of the file's bytes. */
  content: string
  /** Hash of the configuration that applied. */
  config: string
  result: LintResult
}

interface CacheFile {
  version: string
  entries: Record<string, CacheEntry>
}

/**
 * ESLint-style `--cache`: a file whose content, resolved configuration and
 * mindlint version are unchanged keeps its last result without being
 * linted again. Entries are keyed by absolute path; a different mindlint
 * version starts a new cache.
 */
export class LintCache {
  readonly file: string
  private readonly version: string
  private entries: Record<string, CacheEntry>
  private readonly configKeys = new WeakMap<ResolvedConfig, string>()
  private changed = false

  constructor(location: string, cwd: string) {
    const target = resolve(cwd, location)
    this.file = isFolder(target) || location.endsWith('/') ? join(target, cacheFileName) : target
    this.version = toolInfo().version
    this.entries = this.read()
  }

  private read(): Record<string, CacheEntry> {
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile
      if (data && data.version === this.version && typeof data.entries === 'object' && data.entries !== null) return data.entries
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }

    return {}
  }

  /** The hash of a configuration, computed once per resolved config. */
  configKey(config: ResolvedConfig): string {
    let key = this.configKeys.get(config)
    if (!key) {
      const rules = [...config.rules].sort(([a], [b]) => compareText(a, b))
      key = hash(JSON.stringify({rules, reportHedged: config.reportHedged, reportUnused: config.reportUnusedDisableDirectives === true}))
      this.configKeys.set(config, key)
    }

    return key
  }

  /** The stored result for these bytes under this config, with `path` as given now. */
  lookup(absolute: string, path: string, content: string, config: string): LintResult | undefined {
    const entry = this.entries[absolute]
    if (!entry || entry.content !== content || entry.config !== config) return undefined
    return {...entry.result, path}
  }

  store(absolute: string, content: string, config: string, result: LintResult): void {
    // Unreadable files are not cached: they should be retried.
    if (result.fatal) return
    this.entries[absolute] = {content, config, result}
    this.changed = true
  }

  /** Write the cache (atomically) when it changed; a problem is returned, not thrown. */
  save(): string | undefined {
    if (!this.changed) return undefined
    try {
      mkdirSync(dirname(this.file), {recursive: true})
      const temporary = `${this.file}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify({version: this.version, entries: this.entries} satisfies CacheFile))
      renameSync(temporary, this.file)
      this.changed = false
      return undefined
    } catch (error) {
      return `cannot write the cache ${this.file} (${writeProblem(error as NodeJS.ErrnoException)}); this run's results are not cached`
    }
  }
}

export function hash(value: string | Uint8Array): string {
  return nodeCrypto().createHash('sha1').update(value).digest('hex')
}

function writeProblem(error: NodeJS.ErrnoException): string {
  const problems: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOTDIR: 'a file stands where a folder is needed',
    EEXIST: 'a file stands where a folder is needed',
    EISDIR: 'it is a folder',
    ENOSPC: 'no space left on the device'
  }
  return (error.code && problems[error.code]) ?? error.code ?? error.message
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
