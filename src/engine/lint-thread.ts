/**
 * A worker thread of `--jobs` (started from `lint-worker.ts`): imports the
 * rule module it is told to, and lints the paths it is sent with those
 * rules and the configuration the main thread has already checked.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {ConfigLoader} from '../config/load.js'
import {lintOneFile} from './lint-files.js'
import {importRules} from './rule-module.js'
import type {WorkerSettings} from './worker-pool.js'

const settings = workerData as WorkerSettings
const ready = importRules(settings.rulesModule).then((rules) => ({
  rules,
  loader: new ConfigLoader(rules, {
    cwd: settings.cwd,
    ...(settings.configFile ? {configFile: settings.configFile} : {}),
    ...(settings.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: true} : {})
  })
}))

parentPort?.on('message', async (message: {id: number; path: string}) => {
  const {rules, loader} = await ready
  const result = await lintOneFile(message.path, settings.cwd, loader, rules, settings.maxFileSize)
  // JSON text crosses to the main thread faster than a structured clone of the result.
  parentPort?.postMessage({id: message.id, json: JSON.stringify(result)})
})
