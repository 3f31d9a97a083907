import {readFileSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {isUrl} from './fetch-page.js'
import {fetchedText} from './lint-urls.js'
import {decodeSource} from './read-source.js'

/** The text of a linted file by its result path; undefined when it cannot be read. */
export type SourceReader = (path: string) => string | undefined

/**
 * Re-read linted files on demand, for the reports and the baseline that
 * need the flagged text. Texts given up front (standard input) are served
 * as they are; files are read once and only when asked for, so a run that
 * needs no text holds none in memory. Only regular files are read, never
 * a pipe or device that could block.
 */
export function createSourceReader(cwd: string, given: ReadonlyMap<string, string> = new Map()): SourceReader {
  const read = new Map<string, string | undefined>(given)
  return (path) => {
    if (read.has(path)) return read.get(path)
    if (isUrl(path)) return fetchedText(path)
    let text: string | undefined
    try {
      const absolute = resolve(cwd, path)
      if (statSync(absolute).isFile()) {
        const reading = decodeSource(readFileSync(absolute))
        text = reading.ok ? reading.text : undefined
      }
    } catch {
      text = undefined
    }

    read.set(path, text)
    return text
  }
}
