import type {ConfigSeverity} from '../rule/types.js'

/**
 * Severity names a config may use: the config spellings (`warn`, `info`)
 * and the names reports print (`warning`, `note`) mean the same.
 */
const byName: Readonly<Record<string, ConfigSeverity>> = {off: 'off', info: 'info', note: 'info', warn: 'warn', warning: 'warn', error: 'error'}

export const severityNames = Object.keys(byName)

/** The config spelling of a severity name, or undefined for a name that is none. */
export function configSeverity(name: unknown): ConfigSeverity | undefined {
  return typeof name === 'string' && Object.hasOwn(byName, name) ? byName[name] : undefined
}
