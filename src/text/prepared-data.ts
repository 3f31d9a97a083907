import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'

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

/**
 * Read a YAML data file beside a module (a rule's lexicon or word lists).
 * In the built package it has been compiled to JSON beside it
 * (`scripts/copy-rule-data.js`), which loads without a YAML parser. Throws
 * an error naming the file.
 */
export function readDataFile(url: URL): unknown {
  const file = fileURLToPath(url)
  try {
    return JSON.parse(readFileSync(file.replace(/\.ya?ml$/, '.json'), 'utf8'))
  } catch {
    try {
      return parseYaml(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new Error(`${file}: cannot load data: ${(error as Error).message}`)
    }
  }
}
