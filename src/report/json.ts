import type {Formatter} from './types.js'

/** The JSON contract: an array of `{path, messages, errorCount, warningCount, stats}`. */
export const json: Formatter = (results) => JSON.stringify(results) + '\n'
