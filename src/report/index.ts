import type {Formatter} from './types.js'

/** Output formats, each loaded only when asked for. */
const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json
}

export const formatNames = Object.keys(formatters)

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = formatters[name]
  return load ? load() : undefined
}
