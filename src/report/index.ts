import type {Formatter} from './types.js'

/** Output formats, each loaded only when asked for. */
const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  html: async () => (await import('./html.js')).html
}

export const formatNames = Object.keys(formatters)

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = Object.hasOwn(formatters, name) ? formatters[name] : undefined
  return load ? load() : undefined
}
