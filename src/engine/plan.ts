import {ConfigLoader} from '../config/load.js'
import type {AnyRule} from '../rule/types.js'
import {discoverFiles} from './discover.js'
import {isUrl, urlProblem} from './fetch-page.js'
import {configPathForUrls, readUrlList} from './lint-urls.js'
import {resolveRules, type RuleInput} from './rule-module.js'

export interface PlanOptions {
  cwd?: string
  /** `--config`: one config file for every file. */
  configFile?: string
  /** `--ignore-pattern`. */
  ignorePatterns?: readonly string[]
  /** The rules to check: rule objects (one thread), or a module exporting them (worker threads load it too). */
  rules: RuleInput
  /** `--shard i/n`: lint only the i-th of n slices of the file list (1-based). */
  shard?: {index: number; count: number}
  /** `--url-list`: a file of web pages to lint, one URL a line. */
  urlList?: string
  /** `--report-unused-disable-directives`. */
  reportUnusedDisableDirectives?: boolean
}

/** What a run will lint, decided before any file is read. */
export interface LintPlan {
  cwd: string
  rules: readonly AnyRule[]
  /** The module the rules came from, for workers to import; absent when they were given as objects (one thread). */
  rulesModule?: string
  loader: ConfigLoader
  /** Files to lint, in a stable order. */
  files: string[]
  /** Web pages to lint (http and https URLs), in the order given. */
  urls: string[]
  /** Paths that could not be used (missing, unreadable, no match). */
  problems: Array<{path: string; problem: string}>
  /** Files named on the command line but ignored. */
  ignored: string[]
  /** Set when built from `--config`. */
  configFile?: string
  /** `--report-unused-disable-directives` (workers need it for their own config loader). */
  reportUnusedDisableDirectives?: boolean
}

/**
 * Discover the files, drop the ignored ones, take this shard's slice, and
 * load every config they need, so configuration problems (a `ConfigError`)
 * surface before any file is linted.
 */
export async function planLint(patterns: readonly string[], options: PlanOptions): Promise<LintPlan> {
  const cwd = options.cwd ?? process.cwd()
  const {rules, module} = await resolveRules(options.rules, cwd)
  const urls: string[] = []
  const urlProblems: Array<{path: string; problem: string}> = []
  if (options.urlList) {
    const list = readUrlList(options.urlList, cwd)
    if ('problem' in list) urlProblems.push({path: options.urlList, problem: list.problem})
    else urls.push(...list.urls)
  }

  // URLs are pages to fetch, not paths; without paths, no folder is walked.
  const paths = patterns.filter((pattern) => !isUrl(pattern))
  urls.push(...patterns.filter((pattern) => isUrl(pattern)))
  const fetchable = [...new Set(urls)].filter((url) => {
    const problem = urlProblem(url)
    if (problem) urlProblems.push({path: url, problem})
    return !problem
  })
  const walk = paths.length > 0 || (urls.length === 0 && !options.urlList)
  const discovery = walk ? await discoverFiles(paths, {cwd, ignorePatterns: options.ignorePatterns ?? []}) : {files: [], problems: [], ignored: []}
  const loader = new ConfigLoader(rules, {
    cwd,
    ...(options.configFile ? {configFile: options.configFile} : {}),
    ...(options.reportUnusedDisableDirectives ? {reportUnusedDisableDirectives: true} : {})
  })

  const ignored = [...discovery.ignored]
  let files: string[] = []
  for (const file of discovery.files) {
    if (!loader.isIgnored(file)) files.push(file)
    else if (patterns.includes(file)) ignored.push(file)
  }

  if (options.shard) files = shardOf(files, options.shard.index, options.shard.count)
  const pages = options.shard ? shardOf(fetchable, options.shard.index, options.shard.count) : fetchable
  loader.check(pages.length > 0 ? [...files, configPathForUrls(cwd)] : files)

  const problems = [...discovery.problems, ...urlProblems]
  const plan: LintPlan = {cwd, rules, loader, files, urls: pages, problems, ignored}
  if (module) plan.rulesModule = module
  if (options.configFile) plan.configFile = options.configFile
  if (options.reportUnusedDisableDirectives) plan.reportUnusedDisableDirectives = true
  return plan
}

/**
 * The `index`-th (1-based) of `count` slices: every count-th file, so each
 * shard gets a similar mix of folders, and the same files on every machine.
 */
export function shardOf<T>(files: readonly T[], index: number, count: number): T[] {
  return files.filter((_, position) => position % count === index - 1)
}

/** Read `--shard i/n`; undefined and a problem when malformed. */
export function parseShard(value: string): {index: number; count: number} | string {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!match) return `--shard expects i/n (e.g. 2/4), got "${value}"`
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) return `--shard ${value}: i must be between 1 and n`
  return {index, count}
}
