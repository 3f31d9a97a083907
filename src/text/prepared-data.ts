import {readFileSync} from 'node:fs'

/**
 * A data file the build prepares into `dist/data/` (scripts/prepare-data.js),
 * found from the module asking for it: `dist/cli/` (the bundle) or
 * `dist/src/<folder>/` and `dist/rules/<id>/` (the compiled modules).
 * Undefined when there is none (running from the TypeScript sources), and
 * the caller computes the same data itself.
 */
export function readPrepared(name: string, from: string): string | undefined {
  for (const relative of ['../data/', '../../data/']) {
    const url = new URL(relative + name, from)
    if (!/[\\/]dist[\\/]data[\\/][^\\/]+$/.test(url.pathname)) continue
    try {
      return readFileSync(url, 'utf8')
    } catch {
      // Not beside this module: try the next place.
    }
  }

  return undefined
}
