/**
 * mindlint as a unified plugin, for teams that already run remark-lint:
 *
 *   import {remark} from 'remark'
 *   import remarkMindlint from 'mindlint/remark'
 *   const file = await remark().use(remarkMindlint).process(await read('post.md'))
 *
 * It runs the same engine as the CLI on the file's text and adds mindlint's
 * messages to the vfile (ruleId, source "mindlint", place, url), where
 * vfile-reporter and remark-cli show them beside remark-lint's.
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {allRules} from '../rules/index.js'
import {ConfigLoader} from './config/load.js'
import type {ConfigData} from './config/types.js'
import {lintText} from './engine/lint-text.js'

export interface RemarkMindlintOptions {
  /** Configuration as data; by default each file gets the config the CLI would find for it. */
  config?: ConfigData
  /** Where config files and relative paths are resolved (default: the vfile's `cwd`). */
  cwd?: string
}

const remarkMindlint: Plugin<[RemarkMindlintOptions?]> = function (options = {}) {
  const loaders = new Map<string, ConfigLoader>()

  return (_tree: unknown, file: VFile) => {
    const cwd = options.cwd ?? file.cwd
    let loader = loaders.get(cwd)
    if (!loader) loaders.set(cwd, (loader = new ConfigLoader(allRules, {cwd})))

    // Without a path the text is still Markdown: remark only reads Markdown.
    const path = file.path || 'document.md'
    if (!options.config && file.path && loader.isIgnored(path)) return
    const config = options.config ? loader.resolveData(options.config, 'remark-mindlint options', path) : loader.forFile(path)
    const linted = lintText(String(file.value ?? ''), {path, format: 'markdown', config, rules: allRules})
    for (const message of linted.file.messages) {
      message.file = file.path
      file.messages.push(message)
    }
  }
}

export default remarkMindlint
