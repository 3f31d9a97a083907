#!/usr/bin/env node
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {loadBundle} from './code-cache.js'

// V8 lets its old generation grow to about four times what is live before
// it collects, and a linter keeps little alive from one file to the next:
// 1.5 times is enough, and keeps a long run's memory down (bench/README.md).
setFlagsFromString('--heap-growing-percent=' + (process.env.MINDLINT_HEAP_GROWING_PERCENT ?? '50'))

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
