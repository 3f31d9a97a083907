import fs, {type PathLike, readFileSync, statSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'

/** Extensions linted when walking folders, in any case (`.MD`, `.Html`). */
export const lintedExtensions = ['md', 'markdown', 'mdown', 'mkd', 'mdx', 'txt', 'html', 'htm', 'xhtml'] as const

const alwaysSkipped = ['**/node_modules/**', '**/.git/**']
const ignoreFileNames = ['.gitignore', '.mindlintignore']

export interface DiscoverOptions {
  cwd?: string
  /** `--ignore-pattern`: gitignore-style patterns relative to `cwd`. */
  ignorePatterns?: readonly string[]
}

export interface Discovery {
  /** Files to lint, in the form the user gave (relative or absolute), sorted. */
  files: string[]
  /** Paths that could not be used. */
  problems: Array<{path: string; problem: string}>
  /** Files named explicitly but ignored. */
  ignored: string[]
}

/**
 * Turn the command line's files, folders and globs into files to lint.
 * Folders are walked for Markdown, MDX, HTML and text files, skipping node_modules and
 * .git, honouring .gitignore and .mindlintignore files (in the folder walked,
 * its subfolders, and its parents up to the working folder) and
 * `--ignore-pattern`.
 */
export async function discoverFiles(patterns: readonly string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd()
  const ignores = new IgnoreFiles(cwd, options.ignorePatterns ?? [])
  const discovery: Discovery = {files: [], problems: [], ignored: []}
  const seen = new Set<string>()

  const add = (path: string, explicit: boolean) => {
    const absolute = resolve(cwd, path)
    if (seen.has(absolute)) return
    seen.add(absolute)
    if (ignores.ignores(absolute)) {
      if (explicit) discovery.ignored.push(path)
      return
    }

    discovery.files.push(path)
  }

  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(cwd, pattern)
    const kind = pathKind(absolute)

    if (kind === 'file') {
      add(pattern, true)
    } else if (kind === 'directory') {
      await ignores.loadBelow(absolute)
      const unreadable: string[] = []
      const found = await glob(`**/*.{${lintedExtensions.join(',')}}`, {
        cwd: absolute,
        ignore: alwaysSkipped,
        followSymbolicLinks: false,
        onlyFiles: true,
        caseSensitiveMatch: false,
        fs: {readdir: readdirNoting(unreadable)}
      })
      for (const file of found.sort()) add(joinKeepingForm(pattern, file), false)
      // The walk skips folders it may not read; say so rather than lint less in silence.
      for (const folder of unreadable.sort()) {
        const path = joinKeepingForm(pattern, relative(absolute, folder)) || pattern
        if (!ignores.ignores(resolve(cwd, path))) discovery.problems.push({path, problem: 'permission denied: the folder cannot be read; skipped'})
      }
    } else if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, {cwd, ignore: alwaysSkipped, followSymbolicLinks: false, onlyFiles: true})
      if (found.length === 0) discovery.problems.push({path: pattern, problem: 'no files match this pattern'})
      for (const file of found.sort()) {
        await ignores.loadAbove(dirname(resolve(cwd, file)))
        add(isAbsolute(pattern) ? resolve(cwd, file) : file, false)
      }
    } else {
      discovery.problems.push({path: pattern, problem: kind === 'missing' ? 'no such file or folder' : kind.problem})
    }
  }

  return discovery
}

function pathKind(path: string): 'file' | 'directory' | 'missing' | {problem: string} {
  try {
    const stat = statSync(path)
    return stat.isDirectory() ? 'directory' : 'file'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
    if (code === 'ELOOP') return {problem: 'a symbolic link loop (the link points back to itself); skipped'}
    if (code === 'EACCES' || code === 'EPERM') return {problem: 'permission denied: cannot be read'}
    return {problem: `cannot be read (${code ?? (error as Error).message})`}
  }
}

/** `fs.readdir` for the folder walk, noting the folders it may not read. */
function readdirNoting(unreadable: string[]): typeof fs.readdir {
  const readdir = (path: PathLike, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) => {
    fs.readdir(path, options as {withFileTypes: true}, (error, entries) => {
      if (error && (error.code === 'EACCES' || error.code === 'EPERM')) unreadable.push(String(path))
      callback(error, entries)
    })
  }

  return readdir as unknown as typeof fs.readdir
}

function joinKeepingForm(base: string, file: string): string {
  if (base === '.' || base === './') return file
  return join(base, file)
}

/** Ignore files found so far, each applying to the folder it sits in. */
export class IgnoreFiles {
  private readonly cwd: string
  private readonly byFolder = new Map<string, Ignore | null>()
  private readonly patterns: Ignore | undefined

  constructor(cwd: string, patterns: readonly string[]) {
    this.cwd = cwd
    this.patterns = patterns.length > 0 ? ignore().add([...patterns]) : undefined
    this.loadAboveSync(cwd)
  }

  /** Load ignore files in `folder`'s parents down from the working folder. */
  async loadAbove(folder: string): Promise<void> {
    this.loadAboveSync(folder)
  }

  /** Load every ignore file inside `folder` and above it. */
  async loadBelow(folder: string): Promise<void> {
    this.loadAboveSync(folder)
    const found = await glob(ignoreFileNames.map((name) => `**/${name}`), {
      cwd: folder,
      ignore: alwaysSkipped,
      dot: true,
      followSymbolicLinks: false,
      absolute: true
    })
    for (const file of found) this.loadFolder(dirname(file))
  }

  private loadAboveSync(folder: string): void {
    let current = folder
    while (true) {
      this.loadFolder(current)
      const inside = relative(this.cwd, current)
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) break
      current = dirname(current)
    }
  }

  private loadFolder(folder: string): void {
    if (this.byFolder.has(folder)) return
    let rules: Ignore | null = null
    for (const name of ignoreFileNames) {
      let text: string
      try {
        text = readFileSync(join(folder, name), 'utf8')
      } catch {
        continue
      }

      rules ??= ignore()
      rules.add(text)
    }

    this.byFolder.set(folder, rules)
  }

  ignores(absolute: string): boolean {
    if (this.patterns) {
      const path = relative(this.cwd, absolute)
      if (path && !path.startsWith('..') && !isAbsolute(path) && this.patterns.ignores(toPosix(path))) return true
    }

    // Each ignore file applies to paths below its folder: check the file's ancestors.
    let folder = dirname(absolute)
    while (true) {
      const rules = this.byFolder.get(folder)
      if (rules && rules.ignores(toPosix(relative(folder, absolute)))) return true
      const parent = dirname(folder)
      if (parent === folder) break
      folder = parent
    }

    return false
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
