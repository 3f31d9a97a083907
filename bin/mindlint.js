#!/usr/bin/env node
import {main} from '../dist/cli/cli.js'

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
