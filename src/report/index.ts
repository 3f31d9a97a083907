import type {Format} from './types.js'

/** Output formats, each loaded only when asked for. */
const formats: Record<string, () => Promise<Format>> = {
  stylish: async () => {
    const module = await import('./stylish.js')
    return {format: module.stylish, stream: module.stylishStream}
  },
  json: async () => {
    const module = await import('./json.js')
    return {format: module.json, stream: module.jsonStream}
  },
  sarif: async () => ({format: (await import('./sarif.js')).sarif}),
  github: async () => {
    const module = await import('./github.js')
    return {format: module.github, stream: module.githubStream}
  },
  junit: async () => ({format: (await import('./junit.js')).junit}),
  html: async () => ({format: (await import('./html.js')).html})
}

export const formatNames = Object.keys(formats)

export async function loadFormat(name: string): Promise<Format | undefined> {
  const load = Object.hasOwn(formats, name) ? formats[name] : undefined
  return load ? load() : undefined
}
