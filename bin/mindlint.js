#!/usr/bin/env node
import module from 'node:module'

// Node 22.1 and later keep the compiled code of the modules a run loads on
// disk (in the system's temporary folder), so later runs start sooner;
// Node 20 has no such cache and compiles them each time.
module.enableCompileCache?.()

const {main} = await import('../dist/cli/mindlint.js')

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
