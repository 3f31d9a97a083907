import {extname} from 'node:path'
import {formatForPath} from '../document/build.js'
import type {DocumentFormat} from '../document/types.js'
import {lintedExtensions} from '../engine/discover.js'

/**
 * Editors name a buffer's language (VS Code "markdown", Neovim "text",
 * Zed "Plain Text"); each maps to the file extension the command line would
 * see, so the engine picks the parser exactly as it does for files.
 */
const extensionByLanguage: Readonly<Record<string, string>> = {
  markdown: 'md',
  mdx: 'mdx',
  'markdown.mdx': 'mdx',
  plaintext: 'txt',
  'plain text': 'txt',
  plain_text: 'txt',
  text: 'txt',
  html: 'html'
}

/**
 * The extension a buffer is linted as: its language first (the user may
 * have switched it), else its file name. Undefined when the command line
 * would not lint such a file, so the server stays quiet on it (HTML is
 * linted once the engine lists `.html` among its extensions).
 */
export function lintedExtension(languageId: string, path: string | undefined): string | undefined {
  const extension = extensionByLanguage[languageId.toLowerCase()] ?? (path ? extname(path).slice(1).toLowerCase() : '')
  return (lintedExtensions as readonly string[]).includes(extension) ? extension : undefined
}

/** The parser the engine uses for files with this extension. */
export function formatForExtension(extension: string): DocumentFormat {
  return formatForPath(`document.${extension}`)
}
