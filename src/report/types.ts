import type {LintResult} from '../engine/messages.js'
import type {RuleMeta} from '../rule/types.js'
import {type RunTotals, totalsOf} from './totals.js'

export interface FormatContext {
  cwd: string
  color: boolean
  /** Show each message's help under it (`--verbose`), where the format leaves it out by default. */
  verbose?: boolean
  /** Metadata of every rule, by id. */
  rules: ReadonlyMap<string, RuleMeta>
  /** A rule's documentation (Markdown), for formats that embed it; undefined when there is none. */
  ruleDocs?: (id: string) => string | undefined
  /**
   * The text a result was linted from, by its `path` (undefined when it is
   * not available). Formats that show or fingerprint the flagged text use it;
   * results themselves stay the JSON contract, without the text.
   */
  source?: (path: string) => string | undefined
}

/** Turns results into the text written to stdout or `--output-file`. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string

/**
 * A format that can be written file by file, holding no results: what a
 * run over thousands of files needs to keep its memory flat.
 */
export interface ReportStream {
  /** Text before the first file. */
  start(): string
  file(result: LintResult): string
  /** Text after the last file. */
  end(totals: RunTotals): string
}

export type StreamFactory = (context: FormatContext) => ReportStream

/** A loaded output format: always a whole-run formatter, and a stream when it can be one. */
export interface Format {
  format: Formatter
  stream?: StreamFactory
}

/** The whole-run formatter of a streaming format: the same text, in one piece. */
export function formatterOf(stream: StreamFactory): Formatter {
  return (results, context) => {
    const writer = stream(context)
    let output = writer.start()
    for (const result of results) output += writer.file(result)
    return output + writer.end(totalsOf(results))
  }
}
