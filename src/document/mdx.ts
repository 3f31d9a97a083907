import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {gfmPartsIn, remarkGfmParts} from './gfm-parts.js'
import {readMarkdownTree} from './markdown.js'
import type {BlockReading} from './raw-block.js'

/**
 * MDX: Markdown with ESM (`import`, `export`), JSX and `{expressions}`.
 * Parsed as MDX (remark-mdx), so none of the code is read as prose, while
 * text inside JSX components is. A file the MDX parser rejects is read as
 * plain Markdown, with a note saying where and why.
 */

const parsers = new Map<string, ReturnType<typeof createParser>>()

function createParser(parts: ReturnType<typeof gfmPartsIn>) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmParts, parts).freeze()
}

export function readMdx(text: string, notes: string[] = []): BlockReading {
  const parts = gfmPartsIn(text)
  const key = `${+parts.table}${+parts.footnote}${+parts.strikethrough}${+parts.taskList}`
  let parser = parsers.get(key)
  if (!parser) parsers.set(key, (parser = createParser(parts)))
  let tree
  try {
    // Parsed whole: a JSX element may span blank lines and headings, so the text is never cut into pieces.
    tree = parser.parse(text)
  } catch (error) {
    const place = error as {line?: number; column?: number; reason?: string; message: string}
    const where = place.line ? ` at line ${place.line}${place.column ? `, column ${place.column}` : ''}` : ''
    notes.push(`not valid MDX${where} (${place.reason ?? place.message}): read as Markdown`)
    return readMarkdownTree(text)
  }

  return readMarkdownTree(text, tree)
}
