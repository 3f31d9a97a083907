import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {cliPath} from './helpers.js'

/**
 * Permission tests need a user the file modes apply to; root reads and
 * writes everything. As root, the CLI runs as `nobody` through `setpriv`
 * (util-linux) when both exist; otherwise the tests say why they are skipped.
 */
export interface OtherUser {
  /** Why permission tests cannot run here, or undefined when they can. */
  skipReason?: string
  /** The command and arguments that run the CLI as a user without root's rights. */
  command(args: readonly string[]): [string, string[]]
}

const nobody = 65534

function findOtherUser(): OtherUser {
  const direct: OtherUser = {command: (args) => [process.execPath, [cliPath, ...args]]}
  if (process.getuid?.() !== 0) return direct
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path))
  if (!setpriv) return {...direct, skipReason: 'running as root and setpriv is not installed: no way to run as a user that file modes restrict'}
  const wrap = (args: readonly string[]): [string, string[]] => [
    setpriv,
    [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', '--', process.execPath, cliPath, ...args]
  ]
  const [command, args] = wrap(['--version'])
  const probe = spawnSync(command, args, {encoding: 'utf8', timeout: 60_000})
  if (probe.status !== 0) {
    return {...direct, skipReason: `running as root and "setpriv" cannot run mindlint as nobody (${(probe.stderr || probe.error?.message || '').trim().split('\n')[0]})`}
  }

  return {command: wrap}
}

export const otherUser = findOtherUser()
