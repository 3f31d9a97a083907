import type {AnyRule, ConfigSeverity, Severity} from '../rule/types.js'
import type {ConfigData} from './types.js'

export const presetNames = ['recommended', 'strict'] as const
export type PresetName = (typeof presetNames)[number]

export function toConfigSeverity(severity: Severity): ConfigSeverity {
  return severity === 'warning' ? 'warn' : severity
}

/**
 * `recommended`: every recommended rule at its own severity; claims softened
 * by a hedge are not reported.
 * `strict`: every rule on, and hedged claims reported as `info`.
 */
export function preset(name: PresetName, rules: readonly AnyRule[]): ConfigData {
  const settings: NonNullable<ConfigData['rules']> = {}
  for (const rule of rules) {
    const on = name === 'strict' || rule.meta.recommended !== false
    settings[rule.meta.id] = on ? toConfigSeverity(rule.meta.severity) : 'off'
  }

  return {rules: settings, reportHedged: name === 'strict'}
}

export function isPresetName(value: string): value is PresetName {
  return (presetNames as readonly string[]).includes(value.replace(/^mindlint:/, ''))
}
