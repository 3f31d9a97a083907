import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parse as parseYaml} from 'yaml'

/**
 * Read a rule's YAML data file (a word list, a vocabulary). In the built
 * package it has been compiled to JSON beside it (`scripts/copy-rule-data.js`),
 * which loads without a YAML parser. Throws an error naming the file.
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
