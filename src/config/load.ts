import {readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import stripJsonComments from 'strip-json-comments'
import {parseDocument} from 'yaml'
import {defaultOptions} from '../rule/options.js'
import type {AnyRule, ConfigSeverity} from '../rule/types.js'
import {isPresetName, preset} from './presets.js'
import {configSeverity} from './severity.js'
import {ConfigError, type ConfigData, type ResolvedConfig, type RuleConfig, type RuleSetting} from './types.js'
import {validateConfig} from './validate.js'

/** Config file names, in the order they are looked for in each folder. */
export const configFileNames = ['.mindlintrc.json', '.mindlintrc.jsonc', '.mindlintrc.yaml', '.mindlintrc.yml', 'package.json'] as const

interface Settings {
  rules: Map<string, {severity: ConfigSeverity; options?: Record<string, unknown>}>
  reportHedged: boolean
}

/** A config file after its `extends` chain is applied. */
interface Layer {
  source: string
  /** Where its settings came from, in the order applied: presets and files extended, then the file. */
  sources: string[]
  folder: string
  settings: Settings
  ignores: Array<(path: string) => boolean>
  overrides: Array<{files: string | string[]; matches: (path: string) => boolean; rules: Record<string, RuleSetting>; reportHedged?: boolean}>
}

/** What `--print-config` shows: a file's configuration and where it came from. */
export interface ConfigExplanation {
  config: ResolvedConfig
  /** Presets and config files, in the order applied (later ones win). */
  sources: string[]
  /** The `overrides` entries that match the file, as `<config file>: overrides[i] (files: …)`. */
  overrides: string[]
  /** Whether the config's `ignores` exclude the file. */
  ignored: boolean
}

export interface ConfigLoaderOptions {
  /** `--config`: one file for every linted file. */
  configFile?: string
  cwd?: string
  /** `--report-unused-disable-directives`, for every file. */
  reportUnusedDisableDirectives?: boolean
}

/**
 * Finds and resolves the configuration for each file: the nearest config
 * file (walking up from the file's folder) wins, `--config` overrides, and
 * the `recommended` preset applies when there is none.
 */
export class ConfigLoader {
  private readonly rules: ReadonlyMap<string, AnyRule>
  private readonly cwd: string
  private readonly explicit?: string
  private readonly reportUnused: boolean
  private readonly folderConfig = new Map<string, string | null>()
  private readonly layers = new Map<string, Layer>()
  private readonly resolved = new Map<string, ResolvedConfig>()
  private readonly defaultLayer: Layer

  constructor(rules: readonly AnyRule[], options: ConfigLoaderOptions = {}) {
    this.rules = new Map(rules.map((rule) => [rule.meta.id, rule]))
    this.cwd = options.cwd ?? process.cwd()
    if (options.configFile) this.explicit = resolve(this.cwd, options.configFile)
    this.reportUnused = options.reportUnusedDisableDirectives === true
    this.defaultLayer = {
      source: 'recommended preset',
      sources: ['recommended preset (no config file found)'],
      folder: this.cwd,
      settings: this.presetSettings('recommended'),
      ignores: [],
      overrides: []
    }
  }

  /** The config file that governs `filePath`, or undefined for the default. */
  configFileFor(filePath: string): string | undefined {
    if (this.explicit) return this.explicit
    return this.findInFolder(dirname(resolve(this.cwd, filePath))) ?? undefined
  }

  /** Load every config a list of files needs, so problems surface before linting. */
  check(filePaths: readonly string[]): void {
    for (const path of filePaths) this.forFile(path)
  }

  /** Whether the governing config's `ignores` exclude `filePath`. */
  isIgnored(filePath: string): boolean {
    const absolute = resolve(this.cwd, filePath)
    const layer = this.layerFor(absolute)
    const path = toPosix(relative(layer.folder, absolute))
    return layer.ignores.some((matches) => matches(path))
  }

  /** The resolved configuration for one file. */
  forFile(filePath: string): ResolvedConfig {
    const absolute = resolve(this.cwd, filePath)
    const layer = this.layerFor(absolute)
    const path = toPosix(relative(layer.folder, absolute))
    const matched = layer.overrides.flatMap((override, index) => (override.matches(path) ? [index] : []))
    const key = `${layer.source}\0${matched.join(',')}`
    let config = this.resolved.get(key)
    if (!config) {
      const settings = cloneSettings(layer.settings)
      for (const index of matched) {
        const override = layer.overrides[index]
        applyRules(settings, override.rules)
        if (override.reportHedged !== undefined) settings.reportHedged = override.reportHedged
      }

      config = this.toResolved(layer.source, settings)
      this.resolved.set(key, config)
    }

    return config
  }

  /** The configuration of one file, with the presets, files and overrides it came from. */
  explain(filePath: string): ConfigExplanation {
    const absolute = resolve(this.cwd, filePath)
    const layer = this.layerFor(absolute)
    const path = toPosix(relative(layer.folder, absolute))
    const overrides = layer.overrides.flatMap((override, index) =>
      override.matches(path) ? [`${layer.source}: overrides[${index}] (files: ${[override.files].flat().join(', ')})`] : []
    )
    return {config: this.forFile(filePath), sources: [...layer.sources], overrides, ignored: this.isIgnored(filePath)}
  }

  private layerFor(absolute: string): Layer {
    const file = this.explicit ?? this.findInFolder(dirname(absolute))
    return file ? this.loadLayer(file, []) : this.defaultLayer
  }

  private findInFolder(folder: string): string | null {
    const cached = this.folderConfig.get(folder)
    if (cached !== undefined) return cached

    let found: string | null = null
    for (const name of configFileNames) {
      const candidate = join(folder, name)
      if (!exists(candidate)) continue
      if (name === 'package.json') {
        const data = readDataFile(candidate) as Record<string, unknown> | undefined
        if (!data || typeof data !== 'object' || !('mindlint' in data)) continue
      }

      found = candidate
      break
    }

    if (found === null) {
      const parent = dirname(folder)
      found = parent === folder ? null : this.findInFolder(parent)
    }

    this.folderConfig.set(folder, found)
    return found
  }

  /**
   * Resolve configuration given as data (the API's `config` option); paths
   * in `extends` are relative to the working folder.
   */
  resolveData(data: unknown, source = 'inline configuration', filePath = '<text>'): ResolvedConfig {
    const layer = this.buildLayer(validateConfig(data, source, this.rules), source, join(this.cwd, '<inline>'), [])
    const path = toPosix(relative(layer.folder, resolve(this.cwd, filePath)))
    const settings = cloneSettings(layer.settings)
    for (const override of layer.overrides) {
      if (!override.matches(path)) continue
      applyRules(settings, override.rules)
      if (override.reportHedged !== undefined) settings.reportHedged = override.reportHedged
    }

    return this.toResolved(source, settings)
  }

  private loadLayer(file: string, chain: readonly string[]): Layer {
    const cached = this.layers.get(file)
    if (cached) return cached
    if (chain.includes(file)) {
      throw new ConfigError(file, 'extends', `circular extends: ${[...chain, file].join(' -> ')}`)
    }

    const raw = readDataFile(file)
    const data = validateConfig(file.endsWith('package.json') ? (raw as Record<string, unknown>).mindlint : raw, file, this.rules)
    const layer = this.buildLayer(data, file, file, chain)
    this.layers.set(file, layer)
    return layer
  }

  private buildLayer(data: ConfigData, source: string, file: string, chain: readonly string[]): Layer {
    const folder = dirname(file)

    let settings: Settings = this.presetSettings('recommended')
    const sources = ['recommended preset']
    const extendsList = data.extends === undefined ? [] : typeof data.extends === 'string' ? [data.extends] : data.extends
    // Without "extends" a config builds on recommended; "extends": [] starts from nothing.
    if (data.extends !== undefined) {
      settings = {rules: new Map(), reportHedged: false}
      sources.length = 0
    }

    for (const [index, name] of extendsList.entries()) {
      if (isPresetName(name)) {
        const presetName = name.replace(/^mindlint:/, '') as 'recommended' | 'strict'
        mergeSettings(settings, this.presetSettings(presetName))
        sources.push(`${presetName} preset`)
      } else {
        const base = this.extendedFile(file, folder, name, index, chain)
        mergeSettings(settings, base.settings)
        sources.push(...base.sources.filter((source) => !sources.includes(source)))
      }
    }

    sources.push(source.endsWith('package.json') ? `${source} ("mindlint" key)` : source)

    if (data.rules) applyRules(settings, data.rules)
    if (data.reportHedged !== undefined) settings.reportHedged = data.reportHedged

    return {
      source,
      sources,
      folder,
      settings,
      ignores: (data.ignores ?? []).map((glob) => picomatch(glob, {dot: true})),
      overrides: (data.overrides ?? []).map((override) => ({
        files: override.files,
        matches: picomatch(override.files, {dot: true, matchBase: !String(override.files).includes('/')}),
        rules: override.rules ?? {},
        ...(override.reportHedged === undefined ? {} : {reportHedged: override.reportHedged})
      }))
    }
  }

  private extendedFile(file: string, folder: string, name: string, index: number, chain: readonly string[]): Layer {
    const target = resolve(folder, name)
    if (!exists(target)) {
      throw new ConfigError(file, `extends[${index}]`, `"${name}" is neither a preset (recommended, strict) nor an existing file`)
    }

    return this.loadLayer(target, [...chain, file])
  }

  private presetSettings(name: 'recommended' | 'strict'): Settings {
    const settings: Settings = {rules: new Map(), reportHedged: false}
    const data = preset(name, [...this.rules.values()])
    applyRules(settings, data.rules ?? {})
    settings.reportHedged = data.reportHedged ?? false
    return settings
  }

  private toResolved(source: string, settings: Settings): ResolvedConfig {
    const rules = new Map<string, RuleConfig>()
    for (const [id, rule] of this.rules) {
      const setting = settings.rules.get(id)
      rules.set(id, {
        severity: setting?.severity ?? 'off',
        options: {...defaultOptions(rule), ...setting?.options}
      })
    }

    return {source, rules, reportHedged: settings.reportHedged, ...(this.reportUnused ? {reportUnusedDisableDirectives: true} : {})}
  }
}

function applyRules(settings: Settings, rules: Record<string, RuleSetting>): void {
  for (const [id, setting] of Object.entries(rules)) {
    const [name, options] = Array.isArray(setting) ? setting : [setting]
    const previous = settings.rules.get(id)
    // Validated already; `warning` and `note` become `warn` and `info`.
    const severity = configSeverity(name) ?? 'off'
    // A severity alone keeps the options set earlier (as in ESLint).
    settings.rules.set(id, {severity, options: options ?? previous?.options})
  }
}

function mergeSettings(target: Settings, source: Settings): void {
  for (const [id, setting] of source.rules) target.rules.set(id, {...setting})
  target.reportHedged = source.reportHedged
}

function cloneSettings(settings: Settings): Settings {
  return {rules: new Map([...settings.rules].map(([id, value]) => [id, {...value}])), reportHedged: settings.reportHedged}
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Read a JSON (comments allowed), JSONC or YAML config file, with parse errors located by line and column. */
export function readDataFile(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(file, '', `cannot read: ${readProblem((error as NodeJS.ErrnoException).code) ?? (error as Error).message}`)
  }

  if (/\.ya?ml$/.test(file)) return readYaml(file, text)

  // Comments are allowed in JSON config files (not in package.json); they become
  // spaces, so the places in JSON.parse's errors stay right. Trailing commas are not.
  if (!file.endsWith('package.json')) text = stripJsonComments(text)
  if (text.trim() === '') throw new ConfigError(file, 'line 1, column 1', 'invalid JSON: the file is empty (write {} for no settings)')
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    throw new ConfigError(file, jsonErrorPlace(text, (error as Error).message), `invalid JSON: ${(error as Error).message}`)
  }
}

/**
 * YAML: syntax errors and warnings (an unknown tag such as `!!js/function`)
 * are errors with their line and column; alias bombs stop at the parser's
 * alias limit rather than exhausting memory.
 */
function readYaml(file: string, text: string): unknown {
  const document = parseDocument(text, {prettyErrors: true, uniqueKeys: true, logLevel: 'silent'})
  const problem = document.errors[0] ?? document.warnings[0]
  if (problem) {
    const place = problem.linePos?.[0]
    // The message repeats the place after its first line ("... at line 3, column 1:").
    const message = problem.message.split('\n')[0]
    const at = message.lastIndexOf(' at line ')
    throw new ConfigError(file, place ? `line ${place.line}, column ${place.col}` : '', `invalid YAML: ${at > 0 ? message.slice(0, at) : message}`)
  }

  try {
    return document.toJS({maxAliasCount: 100})
  } catch (error) {
    throw new ConfigError(file, '', `invalid YAML: ${(error as Error).message}`)
  }
}

function readProblem(code: string | undefined): string | undefined {
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder, not a file'
  return code
}

function jsonErrorPlace(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`
  const position = /position (\d+)/.exec(message)
  if (!position) return ''
  const before = text.slice(0, Number(position[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
