import {formatterOf, type StreamFactory} from './types.js'

/** The JSON contract: an array of `{path, messages, errorCount, warningCount, stats}`, written file by file. */
export const jsonStream: StreamFactory = () => {
  let first = true
  return {
    start: () => '[',
    file(result) {
      const text = (first ? '' : ',') + JSON.stringify(result)
      first = false
      return text
    },
    end: () => ']\n'
  }
}

export const json = formatterOf(jsonStream)
