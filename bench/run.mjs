// npm run bench: mindlint side by side with its peers on one generated
// corpus, in one run, so the ratios hold whatever the machine.
//
//   node run.mjs [--files 1000] [--runs 3] [--quick] [--skip alex,textlint]
//
// Prints, for each tool: wall time over the whole folder (one process),
// cold start on one file, and peak memory, as medians with their spread,
// with the folder runs' CPU time and the host's steal while they ran; then
// the targets (bench/README.md): ratios to markdownlint-cli2 in the same
// run, peak memory at 1,000 and 10,000 files, and one 5.4 MB article.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}

const files = Number(option('files', '1000'))
const runs = Number(option('runs', '3'))
const quick = args.includes('--quick')
const skip = new Set(option('skip', quick ? 'alex,textlint' : '').split(',').filter(Boolean))
const bin = (name) => join(here, 'node_modules', '.bin', name)
// The corpus lives outside the repository: inside it, .gitignore would hide it from mindlint.
const work = process.env.BENCH_DIR ?? join(tmpdir(), 'mindlint-bench')
mkdirSync(work, {recursive: true})
const at = (name) => join(work, name)
const mindlint = join(here, '..', 'bin', 'mindlint.js')

/**
 * The machine's CPU counters (Linux /proc/stat, in ticks): all time, and the
 * time the hypervisor gave the virtual CPUs to someone else (steal).
 * Undefined where there is no /proc/stat.
 */
function cpuTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    return {total: fields.reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0}
  } catch {
    return undefined
  }
}

function sh(command, argv, options = {}) {
  const before = cpuTicks()
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...argv], {cwd: here, encoding: 'utf8', maxBuffer: 1 << 28, ...options})
  const after = cpuTicks()
  const last = result.stderr.trim().split('\n').at(-1) ?? ''
  const [wall, kilobytes, user, system] = last.split(' ').map(Number)
  if (!Number.isFinite(wall)) throw new Error(`${command} ${argv.join(' ')} failed: ${result.stderr.slice(-500)}`)
  // Steal: the share of the machine's CPU time taken by the host while this ran.
  const steal = before && after && after.total > before.total ? (after.steal - before.steal) / (after.total - before.total) : undefined
  return {wall, memory: kilobytes / 1024, cpu: user + system, steal, status: result.status}
}

function generate(folder, count) {
  spawnSync(process.execPath, [join(here, 'generate-corpus.mjs'), at(folder), String(count)], {cwd: here, stdio: 'inherit'})
}

const tools = [
  {name: 'mindlint (recommended)', folder: (path) => [process.execPath, [mindlint, path, '--format', 'json', '--output-file', '/dev/null']]},
  {name: 'mindlint --jobs 1 (one thread)', folder: (path) => [process.execPath, [mindlint, path, '--format', 'json', '--output-file', '/dev/null', '--jobs', '1']]},
  {name: 'markdownlint-cli2', folder: (path) => [bin('markdownlint-cli2'), [`${path}/**/*.md`]]},
  {name: 'remark-lint recommended', folder: (path) => [bin('remark'), [path, '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout']]},
  {name: 'unified + retext-readability', folder: (path) => [process.execPath, ['unified-pipeline.mjs', path]]},
  {name: 'alex', folder: (path) => [bin('alex'), [path]]},
  {name: 'textlint (write-good, alex)', folder: (path) => [bin('textlint'), [`${path}/**/*.md`]]},
  {name: 'floor: read + one regex', folder: (path) => [process.execPath, ['floor.mjs', path]]}
].filter((tool) => !skip.has(tool.name.split(' ')[0]))

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function spread(values) {
  return `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`
}

if (!existsSync(join(here, 'node_modules', '.bin', 'markdownlint-cli2'))) {
  console.error('bench: run `npm ci` in bench/ first (npm run bench does)')
  process.exit(2)
}

generate('corpus', files)
generate('corpus-one', 1)

// A sanity check first: mindlint really lints every file of the corpus.
{
  const check = spawnSync(process.execPath, [mindlint, at('corpus'), '--format', 'json'], {encoding: 'utf8', maxBuffer: 1 << 30})
  const linted = JSON.parse(check.stdout || '[]').length
  if (linted !== files) throw new Error(`bench: mindlint linted ${linted} of ${files} files: ${check.stderr.slice(0, 300)}`)
}

// Runs are interleaved (each round runs every tool once), so a machine that
// gets busier or quieter during the benchmark moves every tool alike.
const folderRuns = new Map(tools.map((tool) => [tool.name, []]))
const coldRuns = new Map(tools.map((tool) => [tool.name, []]))
for (let run = 0; run < runs; run++) {
  for (const tool of tools) {
    const [command, argv] = tool.folder(at('corpus'))
    folderRuns.get(tool.name).push(sh(command, argv))
  }
}

for (let run = 0; run < Math.max(5, runs); run++) {
  for (const tool of tools) {
    const [command, argv] = tool.folder(at('corpus-one'))
    coldRuns.get(tool.name).push(sh(command, argv).wall)
  }
}

const rows = []
for (const tool of tools) {
  const folder = folderRuns.get(tool.name)
  const cold = coldRuns.get(tool.name)
  const row = {
    tool: tool.name,
    wall: median(folder.map((run) => run.wall)),
    wallSpread: spread(folder.map((run) => run.wall)),
    cold: median(cold),
    coldSpread: spread(cold),
    memory: Math.max(...folder.map((run) => run.memory)),
    // CPU time of all threads, and the host's steal while the tool ran.
    cpu: median(folder.map((run) => run.cpu)),
    steal: folder.every((run) => run.steal !== undefined) ? median(folder.map((run) => run.steal)) : undefined
  }
  rows.push(row)
  const steal = row.steal === undefined ? '' : `  steal ${(row.steal * 100).toFixed(0)}%`
  console.log(`${row.tool.padEnd(30)} folder ${row.wall.toFixed(2)} s (${row.wallSpread}, cpu ${row.cpu.toFixed(2)} s${steal})  one file ${row.cold.toFixed(2)} s (${row.coldSpread})  peak ${row.memory.toFixed(0)} MB`)
}

const by = (prefix) => rows.find((row) => row.tool.startsWith(prefix))
const ours = by('mindlint (')
const markdownlint = by('markdownlint')
const checks = []
const ratio = (name, value, limit) => {
  checks.push({name, value, limit, met: value <= limit})
  console.log(`${value <= limit ? 'met ' : 'MISS'}  ${name}: ${value.toFixed(2)} (target <= ${limit})`)
}

console.log('')
if (ours && markdownlint) ratio('folder wall / markdownlint-cli2', ours.wall / markdownlint.wall, 1.1)
if (ours && markdownlint) ratio('one-file cold start / markdownlint-cli2', ours.cold / markdownlint.cold, 0.75)
if (ours) ratio(`peak memory at ${files} files (MB)`, ours.memory, 200)

if (!quick) {
  generate('corpus-10k', 10_000)
  const large = sh(process.execPath, [mindlint, at('corpus-10k'), '--format', 'json', '--output-file', '/dev/null'])
  console.log(`mindlint on 10,000 files: ${large.wall.toFixed(2)} s, peak ${large.memory.toFixed(0)} MB`)
  ratio('peak memory at 10,000 files (MB)', large.memory, 200)
  if (ours) ratio('peak memory at 10,000 files / at 1,000 (flat)', large.memory / ours.memory, 1.1)
  const largeOne = sh(process.execPath, [mindlint, at('corpus-10k'), '--format', 'json', '--output-file', '/dev/null', '--jobs', '1'])
  console.log(`mindlint --jobs 1 on 10,000 files: ${largeOne.wall.toFixed(2)} s, peak ${largeOne.memory.toFixed(0)} MB`)

  // One 5.4 MB article: the first 1,200 generated articles in one file.
  const articles = readdirSync(at('corpus-10k')).sort().slice(0, 1200)
  mkdirSync(at('corpus-big'), {recursive: true})
  writeFileSync(at('corpus-big/big.md'), articles.map((name) => readFileSync(join(at('corpus-10k'), name), 'utf8')).join('\n'))
  const big = sh(process.execPath, [mindlint, at('corpus-big'), '--format', 'json', '--output-file', '/dev/null', '--max-file-size', '8'])
  console.log(`mindlint on one 5.4 MB article: ${big.wall.toFixed(2)} s, peak ${big.memory.toFixed(0)} MB`)
  checks.push({name: 'one 5.4 MB article finishes', value: big.wall, limit: Infinity, met: big.status === 0 || big.status === 1})
  if (markdownlint) {
    const [command, argv] = tools.find((tool) => tool.name === markdownlint.tool).folder(at('corpus-big'))
    const theirs = sh(command, argv)
    console.log(`markdownlint-cli2 on one 5.4 MB article: ${theirs.wall.toFixed(2)} s, peak ${theirs.memory.toFixed(0)} MB`)
    ratio('one 5.4 MB article, wall / markdownlint-cli2', big.wall / theirs.wall, 1.5)
    ratio('one 5.4 MB article, peak memory / markdownlint-cli2', big.memory / theirs.memory, 1)
  }
}

writeFileSync(join(here, 'results.json'), JSON.stringify({date: new Date().toISOString(), files, runs, rows, checks}, null, 2) + '\n')
