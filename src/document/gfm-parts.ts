import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import type {Processor} from 'unified'

/** The GFM constructs a text may hold, judged from the characters they need. */
export interface GfmParts {
  table: boolean
  footnote: boolean
  strikethrough: boolean
  taskList: boolean
}

/**
 * Which GFM constructs can occur in `text`: a table needs a `|`, a footnote
 * `[^`, strikethrough `~`, a task list item `[ ]` or `[x]`. A construct
 * that cannot occur costs nothing when its extension is left out (the
 * table extension alone tries every paragraph line as a header row).
 */
export function gfmPartsIn(text: string): GfmParts {
  return {
    table: text.includes('|'),
    footnote: text.includes('[^'),
    strikethrough: text.includes('~'),
    taskList: /\[[ xX]\]/.test(text)
  }
}

/** Each GFM part: its micromark syntax and its mdast builder. */
const extensions = {
  table: {syntax: gfmTable, tree: gfmTableFromMarkdown},
  footnote: {syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown},
  strikethrough: {syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown},
  taskList: {syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown}
}

/**
 * The parts of GitHub Flavored Markdown mindlint reads: tables, footnotes,
 * strikethrough and task lists (all four unless `parts` says otherwise).
 * Autolink literals are left out: finding them doubles the cost of parsing,
 * and bare addresses are picked out of the prose instead
 * (`ProseBuilder.blankBareUrls`).
 */
export function remarkGfmParts(this: Processor, parts: GfmParts = {table: true, footnote: true, strikethrough: true, taskList: true}): void {
  const data = this.data()
  const micromarkExtensions = (data.micromarkExtensions ??= [])
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= [])
  for (const part of Object.keys(extensions) as Array<keyof GfmParts>) {
    if (!parts[part]) continue
    micromarkExtensions.push(extensions[part].syntax())
    fromMarkdownExtensions.push(extensions[part].tree())
  }
}
