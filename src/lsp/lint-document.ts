import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {allRules} from '../../rules/index.js'
import type {ResolvedConfig} from '../config/types.js'
import type {DocumentFormat} from '../document/types.js'
import {lintText} from '../engine/lint-text.js'
import type {LintResult} from '../engine/messages.js'
import {defaultMaxFileSize} from '../engine/read-source.js'
import type {ConfigCache} from './config-cache.js'
import {formatForExtension, lintedExtension} from './language.js'

/** An open buffer, as the server sees it. */
export interface OpenDocument {
  uri: string
  languageId: string
  text: string
}

/** A configuration problem as data (it crosses from the linting thread). */
export interface ConfigProblem {
  file: string
  /** Where in the file: "line 3, column 5", a key path ("rules.x"), or empty. */
  key: string
  message: string
}

export type LintOutcome =
  | {kind: 'linted'; result: LintResult; config: ResolvedConfig; format: DocumentFormat}
  /** Not a Markdown, MDX, text (or, once supported, HTML) buffer, or ignored by the configuration. */
  | {kind: 'skipped'}
  | {kind: 'too-large'; limit: number}
  | {kind: 'broken-config'; error: ConfigProblem}
  /** A bug in mindlint (or the linting thread stopped): said on the buffer, never a crash. */
  | {kind: 'failed'; problem: string}

/** The file system path of a `file:` URI; undefined for unsaved buffers (`untitled:`). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/** How a buffer is linted: format, the path its configuration is found from, and whether ignores apply. */
export function lintTarget(document: OpenDocument, cache: ConfigCache): {format: DocumentFormat; path: string; saved: boolean} | undefined {
  const path = pathOfUri(document.uri)
  const extension = lintedExtension(document.languageId, path)
  if (!extension) return undefined
  // An unsaved buffer is linted as a file of its language in the first workspace folder (as `--stdin`).
  const target = path ?? join(cache.defaultFolder(), `untitled.${extension}`)
  return {format: formatForExtension(extension), path: target, saved: path !== undefined}
}

/**
 * Lint a buffer's text with the engine, as `mindlint --stdin
 * --stdin-filename <its path>` would: the configuration of its path, its
 * ignores, the parser of its language.
 */
export async function lintDocument(document: OpenDocument, cache: ConfigCache): Promise<LintOutcome> {
  const target = lintTarget(document, cache)
  if (!target) return {kind: 'skipped'}
  // The command line's --max-file-size default, counted in UTF-16 units (a lower bound on bytes).
  if (document.text.length > defaultMaxFileSize) return {kind: 'too-large', limit: defaultMaxFileSize}

  const settings = await cache.settingsFor(target.path, target.saved)
  if (settings.kind === 'ignored') return {kind: 'skipped'}
  if (settings.kind === 'broken') {
    const {file, key, message} = settings.error
    return {kind: 'broken-config', error: {file, key, message}}
  }

  const {result} = lintText(document.text, {path: target.path, format: target.format, config: settings.config, rules: allRules})
  return {kind: 'linted', result, config: settings.config, format: target.format}
}
