import {closeSync, mkdirSync, openSync, writeSync} from 'node:fs'
import {dirname} from 'node:path'

/** Where a report goes: stdout, or `--output-file` (written as it comes). */
export interface OutputSink {
  /** Whether it is stdout on an interactive terminal. */
  readonly terminal: boolean
  write(text: string): void
  /** True when everything was written. */
  close(): boolean
}

/** Open stdout or `file` for a report; undefined (and a message) when the file cannot be opened. */
export function openOutput(file: string | undefined): OutputSink | undefined {
  if (!file) return stdoutSink()
  let descriptor: number
  try {
    mkdirSync(dirname(file), {recursive: true})
    descriptor = openSync(file, 'w')
  } catch (error) {
    process.stderr.write(`mindlint: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
    return undefined
  }

  let failed = false
  return {
    terminal: false,
    write(text) {
      if (failed || text.length === 0) return
      try {
        writeSync(descriptor, text)
      } catch (error) {
        failed = true
        process.stderr.write(`mindlint: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
      }
    },
    close() {
      closeSync(descriptor)
      return !failed
    }
  }
}

/** Write a whole report to stdout or to `--output-file`; false (and a message) on failure. */
export function writeOutput(output: string, file: string | undefined): boolean {
  const sink = openOutput(file)
  if (!sink) return false
  sink.write(output)
  return sink.close()
}

/** Stdout; a reader that stopped early (`| head`) is not an error. */
function stdoutSink(): OutputSink {
  if (process.stdout.listenerCount('error') === 0) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.stderr.write(`mindlint: cannot write the report: ${error.code ?? error.message}\n`)
    })
  }

  return {
    terminal: Boolean(process.stdout.isTTY),
    write(text) {
      if (text.length > 0) process.stdout.write(text)
    },
    close: () => true
  }
}
