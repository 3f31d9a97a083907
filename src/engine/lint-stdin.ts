import {resolve} from 'node:path'
import {ConfigLoader} from '../config/load.js'
import type {AnyRule} from '../rule/types.js'
import {fixText} from './fix.js'
import {fatalResult, type LintFilesOutcome} from './lint-files.js'
import {lintText} from './lint-text.js'
import {decodeSource, defaultMaxFileSize, type SourceReading} from './read-source.js'

/** The path results carry for standard input without `--stdin-filename`. */
export const stdinPath = '<stdin>'

export interface LintStdinOptions {
  cwd?: string
  /** `--stdin-filename`: chooses Markdown or text, finds the config, names the result. */
  filename?: string
  /** `--config`. */
  configFile?: string
  /** `--report-unused-disable-directives`. */
  reportUnusedDisableDirectives?: boolean
  rules: readonly AnyRule[]
}

/** Read all of standard input as UTF-8 text (binary or oversized input is refused). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, maxBytes = defaultMaxFileSize): Promise<SourceReading> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > maxBytes) return {ok: false, problem: `standard input is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB (see --max-file-size)`}
    chunks.push(buffer)
  }

  return decodeSource(Buffer.concat(chunks))
}

/**
 * Lint a text read from standard input as if it were the file named by
 * `filename` (which need not exist): its extension picks the format, the
 * config is the one that file would get, and a config's `ignores` apply.
 */
export function lintStdinText(text: string, options: LintStdinOptions): LintFilesOutcome {
  const cwd = options.cwd ?? process.cwd()
  const rules = options.rules
  const path = options.filename ?? stdinPath
  const loader = stdinLoader(rules, cwd, options)
  if (options.filename && loader.isIgnored(resolve(cwd, path))) return {results: [], ignored: [path]}
  return {results: [lintText(text, {path, config: loader.forFile(path), rules}).result], ignored: []}
}

export interface FixedStdin extends LintFilesOutcome {
  /** The text to print: fixed, or as it came when the name is ignored. */
  output: string
  /** Fixes applied. */
  applied: number
}

/**
 * `--stdin --fix`: fix a text from standard input as `lintStdinText` lints
 * it. The caller prints `output` (nothing is written to disk); the results
 * are the problems left in it.
 */
export function fixStdinText(text: string, options: LintStdinOptions): FixedStdin {
  const cwd = options.cwd ?? process.cwd()
  const rules = options.rules
  const path = options.filename ?? stdinPath
  const loader = stdinLoader(rules, cwd, options)
  if (options.filename && loader.isIgnored(resolve(cwd, path))) return {results: [], ignored: [path], output: text, applied: 0}
  const fixed = fixText(text, {path, config: loader.forFile(path), rules})
  return {results: [fixed.result], ignored: [], output: fixed.output, applied: fixed.applied}
}

function stdinLoader(rules: readonly AnyRule[], cwd: string, options: LintStdinOptions): ConfigLoader {
  return new ConfigLoader(rules, {
    cwd,
    ...(options.configFile ? {configFile: options.configFile} : {}),
    ...(options.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: true} : {})
  })
}

/** The outcome when standard input cannot be used. */
export function unreadableStdin(problem: string, filename?: string): LintFilesOutcome {
  return {results: [fatalResult(filename ?? stdinPath, problem)], ignored: []}
}
