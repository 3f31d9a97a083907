/**
 * The language server's linting thread: it holds the configuration cache
 * and lints the buffers it is sent, so the server's own thread keeps
 * reading edits and answering the editor while a long text is linted.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {ConfigCache, type ConfigCacheOptions} from './config-cache.js'
import {lintDocument, type LintOutcome} from './lint-document.js'
import type {WorkerRequest} from './linter.js'

let cache = new ConfigCache(workerData as ConfigCacheOptions)

parentPort?.on('message', async (request: WorkerRequest) => {
  if (request.type === 'settings') {
    cache = new ConfigCache(request.settings)
    return
  }

  let outcome: LintOutcome
  try {
    outcome = await lintDocument(request.document, cache)
  } catch (error) {
    outcome = {kind: 'failed', problem: (error as Error).message}
  }

  parentPort?.postMessage({id: request.id, outcome})
})
