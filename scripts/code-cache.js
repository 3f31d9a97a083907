// Build step: write the V8 code cache of dist/cli/mindlint.cjs after a
// representative run (lint the fixtures), so the cache holds the functions
// a lint run compiles, not only the top level.
import {writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {loadBundle} from '../bin/code-cache.js'

const bundle = resolve('dist/cli/mindlint.cjs')
const cache = bundle + '.cache'
const {exports, script} = loadBundle(bundle, '/nonexistent')
await exports.main(['fixtures', '--jobs', '1', '--format', 'json', '--output-file', '/dev/null', '--no-color'])
process.exitCode = 0
writeFileSync(cache, script.createCachedData())
