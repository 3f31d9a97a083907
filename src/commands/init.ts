import {existsSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {exitCodes} from './exit-codes.js'

/** `mindlint init`: write a starter `.mindlintrc.json` that extends recommended. */
export function runInit(force: boolean): number {
  const path = resolve('.mindlintrc.json')
  if (existsSync(path) && !force) {
    process.stderr.write(`mindlint: ${path} already exists (use --force to overwrite)\n`)
    return exitCodes.usage
  }

  const starter = {
    extends: 'recommended',
    rules: {},
    ignores: ['node_modules/**', 'dist/**']
  }
  try {
    writeFileSync(path, JSON.stringify(starter, null, 2) + '\n')
  } catch (error) {
    process.stderr.write(`mindlint: cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`)
    return exitCodes.usage
  }

  process.stdout.write(`Wrote ${path}\n`)
  return exitCodes.ok
}
