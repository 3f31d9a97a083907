import {basename, dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import {allRules} from '../../rules/index.js'
import {ConfigLoader, configFileNames} from '../config/load.js'
import {ConfigError, type ResolvedConfig} from '../config/types.js'
import {IgnoreFiles} from '../engine/discover.js'

/** What the configuration says about one file. */
export type FileSettings =
  | {kind: 'lint'; config: ResolvedConfig}
  | {kind: 'ignored'}
  | {kind: 'broken'; error: ConfigError}

export interface ConfigCacheOptions {
  /** Workspace folders (absolute paths). */
  roots: readonly string[]
  /** As `--config`: one config file for every file (relative to its workspace folder). */
  configFile?: string
}

/** Names whose change can change what a file's configuration or ignores are. */
const watchedNames = new Set<string>([...configFileNames, '.gitignore', '.mindlintignore'])

/** Globs for `workspace/didChangeWatchedFiles`: config files and ignore files anywhere. */
export const watchedGlobs = [...watchedNames].map((name) => `**/${name}`)

/** Whether a changed file can change any file's configuration. */
export function isSettingsFile(path: string): boolean {
  return watchedNames.has(basename(path))
}

/**
 * Configuration per file, resolved as `mindlint .` run from the file's
 * workspace folder resolves it: the same loader and cascade (nearest
 * `.mindlintrc*` or package.json, `extends`, `overrides`), a config's
 * `ignores`, and the `.gitignore` / `.mindlintignore` files from that folder
 * down. Loaders and ignore files are kept until `reload()` (a config or
 * ignore file changed).
 */
export class ConfigCache {
  private roots: string[] = []
  private firstRoot: string | undefined
  private readonly configFile: string | undefined
  private readonly loaders = new Map<string, ConfigLoader>()
  private readonly ignoreFiles = new Map<string, IgnoreFiles>()

  constructor(options: ConfigCacheOptions) {
    this.configFile = options.configFile
    this.setRoots(options.roots)
  }

  setRoots(roots: readonly string[]): void {
    // Deepest first, so a nested workspace folder wins over its parent.
    this.firstRoot = roots[0] === undefined ? undefined : resolve(roots[0])
    this.roots = [...new Set(roots.map((root) => resolve(root)))].sort((a, b) => b.length - a.length)
    this.reload()
  }

  /** Forget every loaded config and ignore file. */
  reload(): void {
    this.loaders.clear()
    this.ignoreFiles.clear()
  }

  /** The folder a file is resolved from, as the working folder of a command-line run. */
  folderFor(path: string): string {
    return this.roots.find((root) => isInside(root, path)) ?? dirname(path)
  }

  /** Where an unsaved buffer is resolved from: the first workspace folder, else the working folder. */
  defaultFolder(): string {
    return this.firstRoot ?? process.cwd()
  }

  /** The settings for the file at `path` (absolute), checking ignores when `checkIgnores`. */
  async settingsFor(path: string, checkIgnores = true): Promise<FileSettings> {
    const folder = this.folderFor(path)
    try {
      const loader = this.loaderFor(folder)
      if (checkIgnores) {
        const ignores = this.ignoresFor(folder)
        await ignores.loadAbove(dirname(path))
        if (ignores.ignores(path) || loader.isIgnored(path)) return {kind: 'ignored'}
      }

      return {kind: 'lint', config: loader.forFile(path)}
    } catch (error) {
      if (error instanceof ConfigError) return {kind: 'broken', error}
      throw error
    }
  }

  private loaderFor(folder: string): ConfigLoader {
    let loader = this.loaders.get(folder)
    if (!loader) {
      loader = new ConfigLoader(allRules, {cwd: folder, ...(this.configFile ? {configFile: this.configFile} : {})})
      this.loaders.set(folder, loader)
    }

    return loader
  }

  private ignoresFor(folder: string): IgnoreFiles {
    let ignores = this.ignoreFiles.get(folder)
    if (!ignores) {
      ignores = new IgnoreFiles(folder, [])
      this.ignoreFiles.set(folder, ignores)
    }

    return ignores
  }
}

function isInside(folder: string, path: string): boolean {
  const inside = relative(folder, path)
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)
}
