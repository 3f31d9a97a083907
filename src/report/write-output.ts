import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

/** Write a report to stdout or to `--output-file`; false (and a message) on failure. */
export async function writeOutput(output: string, file: string | undefined): Promise<boolean> {
  if (!file) {
    if (output) await writeStdout(output)
    return true
  }

  try {
    await mkdir(dirname(file), {recursive: true})
    await writeFile(file, output)
    return true
  } catch (error) {
    process.stderr.write(`mindlint: cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
    return false
  }
}

/** Write to stdout; a reader that stopped early (`| head`) is not an error. */
async function writeStdout(output: string): Promise<void> {
  if (process.stdout.listenerCount('error') === 0) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.stderr.write(`mindlint: cannot write the report: ${error.code ?? error.message}\n`)
    })
  }

  await new Promise<void>((resolve) => {
    process.stdout.write(output, () => resolve())
  })
}
