#!/usr/bin/env node
import {fileURLToPath} from 'node:url'
import {loadBundle} from './code-cache.js'

const bundle = fileURLToPath(new URL('../dist/cli/mindlint.cjs', import.meta.url))
const {main} = loadBundle(bundle, bundle + '.cache').exports

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    // A bug in mindlint itself: say so plainly, no stack unless asked for.
    process.stderr.write(
      'mindlint: internal error: ' +
        (process.env.MINDLINT_DEBUG ? error.stack : error.message) +
        '\n'
    )
    process.exitCode = 2
  }
)
