/**
 * Inline control comments, in Markdown and plain text alike:
 *
 *   <!-- mindlint-disable -->                  everything, until enabled again
 *   <!-- mindlint-disable hype-claim speed-claim -->
 *   <!-- mindlint-enable hype-claim -->
 *   <!-- mindlint-disable-next-line hype-claim -->
 *   <!-- mindlint-disable-line -->
 */

/** What a control comment says: `mindlint-<kind> [ids]`, read from the comment's trimmed inside. */
const directive = /^mindlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/

/** Longest comment read as a directive; longer ones are prose, not control. */
const maxCommentLength = 1000

interface Marker {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line'
  /** Empty: every rule. */
  ids: string[]
  offset: number
  line: number
}

export interface InlineControl {
  /** Whether a message of `ruleId` at `line`/`offset` is switched off. */
  isDisabled(ruleId: string, line: number | undefined, offset: number | undefined): boolean
  /** Rule ids named in comments that do not exist. */
  unknownIds(known: ReadonlySet<string>): Array<{id: string; offset: number}>
}

export function readInlineControl(text: string): InlineControl {
  const markers: Marker[] = []
  if (text.includes('mindlint-')) {
    // A scan with indexOf rather than one regex over the text: linear even
    // for a file full of unclosed comments.
    let line = 1
    let counted = 0
    let open = text.indexOf('<!--')
    while (open !== -1) {
      const close = text.indexOf('-->', open + 4)
      if (close === -1) break
      const comment = close - open - 4 <= maxCommentLength ? text.slice(open + 4, close).trim() : ''
      const inside = directive.exec(comment)
      if (inside) {
        for (let index = counted; index < open; index++) if (text.charCodeAt(index) === 10) line++
        counted = open
        const ids = comment.slice(inside[0].length).split(/[\s,]+/).filter((id) => id.length > 0 && id !== '--')
        markers.push({kind: inside[1] as Marker['kind'], ids, offset: open, line})
      }

      open = text.indexOf('<!--', close + 3)
    }
  }

  const applies = (entry: Marker, ruleId: string) => entry.ids.length === 0 || entry.ids.includes(ruleId)

  return {
    isDisabled(ruleId, line, offset) {
      if (markers.length === 0) return false
      let disabled = false
      for (const entry of markers) {
        if (!applies(entry, ruleId)) continue
        if (entry.kind === 'disable-next-line') {
          if (line !== undefined && line === entry.line + 1) return true
        } else if (entry.kind === 'disable-line') {
          if (line !== undefined && line === entry.line) return true
        } else if (offset === undefined || entry.offset <= offset) {
          // Without a place, a document-level message follows the state at the end.
          disabled = entry.kind === 'disable'
        }
      }

      return disabled
    },
    unknownIds(known) {
      return markers.flatMap((entry) =>
        entry.ids.filter((id) => !known.has(id)).map((id) => ({id, offset: entry.offset}))
      )
    }
  }
}
