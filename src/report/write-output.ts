import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

/** Write a report to stdout or to `--output-file`; false (and a message) on failure. */
export async function writeOutput(output: string, file: string | undefined): Promise<boolean> {
  if (!file) {
    if (output) process.stdout.write(output)
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
