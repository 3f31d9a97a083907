import {createRequire} from 'node:module'

const load = createRequire(import.meta.url)

/*
 * Node modules loaded the first time a run asks for them: most runs hash
 * nothing (no cache, baseline or fix) and start no thread (one file), and
 * loading them is a noticeable part of a one-file run's start.
 */

export function nodeCrypto(): typeof import('node:crypto') {
  return load('node:crypto') as typeof import('node:crypto')
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return load('node:worker_threads') as typeof import('node:worker_threads')
}
