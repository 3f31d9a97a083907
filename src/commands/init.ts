import {existsSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {toolInfo} from '../engine/tool-info.js'
import {exitCodes} from './exit-codes.js'

/**
 * Where editors find the config's JSON Schema: the copy installed in the
 * project's node_modules, else the one in the repository mindlint came from
 * (on GitHub), else none.
 */
function schemaAddress(): string | undefined {
  const installed = 'node_modules/mindlint/schema/mindlintrc.schema.json'
  if (existsSync(resolve(installed))) return `./${installed}`
  const github = /^https:\/\/github\.com\/([^/]+\/[^/]+)$/.exec(toolInfo().informationUri)
  return github ? `https://raw.githubusercontent.com/${github[1]}/main/schema/mindlintrc.schema.json` : undefined
}

/** `mindlint init`: write a starter `.mindlintrc.json` that extends recommended. */
export function runInit(force: boolean): number {
  const path = resolve('.mindlintrc.json')
  if (existsSync(path) && !force) {
    process.stderr.write(`mindlint: ${path} already exists (use --force to overwrite)\n`)
    return exitCodes.usage
  }

  const schema = schemaAddress()
  const starter = {
    ...(schema ? {$schema: schema} : {}),
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
