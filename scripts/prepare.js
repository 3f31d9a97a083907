// `npm prepare`: build. When npm installs this package globally from git
// (the pre-commit framework does: `npm install -g git+file://...`), npm
// leaks the global prefix into the install of the clone's dev dependencies
// (npm/cli#8440), so TypeScript is missing here. Install them into this
// folder first, from the lock file, then build as usual.
//
// Nothing goes to stdout: `npm pack` runs this script too, and pre-commit 3
// reads the tarball's name from `npm pack`'s stdout. The build's output goes
// to stderr instead.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'

const here = process.cwd()

function run(args, env = process.env) {
  const npm = process.env.npm_execpath
  const command = npm ? process.execPath : 'npm'
  const result = spawnSync(command, npm ? [npm, ...args] : args, {cwd: here, env, stdio: ['inherit', 2, 'inherit']})
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!existsSync(join(here, 'node_modules', 'typescript', 'package.json'))) {
  const env = {...process.env}
  for (const key of Object.keys(env)) {
    if (/^npm_config_(prefix|global|location)$/i.test(key)) delete env[key]
  }

  run(['ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], env)
}

run(['run', 'build'])
