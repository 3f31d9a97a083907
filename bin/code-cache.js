// Load the CommonJS bundle of the command line with a V8 code cache: the
// compiled code of the functions a run uses is read from a file instead of
// being compiled again on every start. A missing, stale or rejected cache
// only costs the compilation it would have saved.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {Script} from 'node:vm'

/** Run the bundle at `file`; returns its exports and the script (to write a cache from). */
export function loadBundle(file, cacheFile) {
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }

  const source = readFileSync(file, 'utf8')
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? {cachedData} : {})
  })
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
  return {exports: module.exports, script}
}
