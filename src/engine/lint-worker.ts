/**
 * A worker thread of `--jobs`: lints the paths it is sent with the built-in
 * rules and the configuration the main thread has already checked.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {allRules} from '../../rules/index.js'
import {ConfigLoader} from '../config/load.js'
import {lintOneFile} from './lint-files.js'
import type {WorkerSettings} from './worker-pool.js'

const settings = workerData as WorkerSettings
const loader = new ConfigLoader(allRules, {
  cwd: settings.cwd,
  ...(settings.configFile ? {configFile: settings.configFile} : {}),
  ...(settings.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: true} : {})
})

parentPort?.on('message', async (message: {id: number; path: string}) => {
  const result = await lintOneFile(message.path, settings.cwd, loader, allRules, settings.maxFileSize)
  // JSON text crosses to the main thread faster than a structured clone of the result.
  parentPort?.postMessage({id: message.id, json: JSON.stringify(result)})
})
