import {createRequire} from 'node:module'
import {isAbsolute, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {AnyRule} from '../rule/types.js'

/**
 * The rules a run checks: the rules themselves, or a module that exports
 * them (a path or a URL). Only rules given as a module run on worker threads
 * too, since a worker loads its rules by importing that module.
 */
export type RuleInput = readonly AnyRule[] | string | URL

/** Rules ready to run, and the module a worker imports to get the same rules. */
export interface RuleSet {
  rules: readonly AnyRule[]
  /** A `file:` URL (or other importable address); absent when the rules were given as objects. */
  module?: string
}

/**
 * The address of a rule module: a URL as it is, a path (relative to `cwd`)
 * as a `file:` URL, a package name as Node resolves it from `cwd`.
 */
export function ruleModuleUrl(specifier: string | URL, cwd: string): string {
  if (specifier instanceof URL) return specifier.href
  if (/^[a-z][a-z\d+.-]+:/i.test(specifier) && !/^[a-z]:[\\/]/i.test(specifier)) return specifier
  if (isAbsolute(specifier) || specifier.startsWith('.')) return pathToFileURL(resolve(cwd, specifier)).href
  return pathToFileURL(createRequire(resolve(cwd, 'package.json')).resolve(specifier)).href
}

/**
 * Import a rule module and take its rules: its `rules` export, or its
 * default export, an array of rules (objects with `meta.id` and `check`).
 * Throws an error naming the module when it cannot be loaded or holds no rules.
 */
export async function importRules(url: string): Promise<readonly AnyRule[]> {
  let exports: {rules?: unknown; default?: unknown}
  try {
    exports = (await import(url)) as typeof exports
  } catch (error) {
    throw new Error(`cannot load the rule module ${url}: ${(error as Error).message}`)
  }

  const rules = exports.rules ?? exports.default
  if (!Array.isArray(rules) || rules.length === 0) throw new Error(`the rule module ${url} exports no rules (expected \`export const rules = [...]\` or a default export)`)
  for (const [index, rule] of rules.entries()) {
    const candidate = rule as Partial<AnyRule> | null
    if (!candidate || typeof candidate.meta?.id !== 'string' || typeof candidate.check !== 'function') {
      throw new Error(`the rule module ${url}: rule ${index + 1} is not a rule (it needs meta.id and a check function)`)
    }
  }

  return rules as readonly AnyRule[]
}

/** The rules of a run, imported when given as a module. */
export async function resolveRules(input: RuleInput, cwd: string): Promise<RuleSet> {
  if (typeof input !== 'string' && !(input instanceof URL)) return {rules: input}
  let module: string
  try {
    module = ruleModuleUrl(input, cwd)
  } catch (error) {
    throw new Error(`cannot find the rule module ${String(input)}: ${(error as Error).message}`)
  }

  return {rules: await importRules(module), module}
}
