import {isAbsolute, relative, resolve, sep} from 'node:path'

/**
 * A result's path as CI tools want it: relative to the working folder (the
 * repository root in CI), with forward slashes. Paths outside it stay absolute.
 */
export function workspacePath(cwd: string, path: string): string {
  const inside = relative(cwd, resolve(cwd, path))
  const chosen = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? resolve(cwd, path) : inside
  return sep === '/' ? chosen : chosen.split(sep).join('/')
}
