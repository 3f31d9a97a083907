/**
 * Inline control comments, in Markdown and plain text alike:
 *
 *   <!-- mindlint-disable -->                  everything, until enabled again
 *   <!-- mindlint-disable hype-claim speed-claim -->
 *   <!-- mindlint-enable hype-claim -->
 *   <!-- mindlint-disable-next-line hype-claim -->
 *   <!-- mindlint-disable-line -->
 */

const marker = /<!--\s*mindlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g

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
    marker.lastIndex = 0
    let match: RegExpExecArray | null
    let line = 1
    let counted = 0
    while ((match = marker.exec(text))) {
      for (let index = counted; index < match.index; index++) if (text.charCodeAt(index) === 10) line++
      counted = match.index
      const ids = match[2].split(/[\s,]+/).filter((id) => id.length > 0 && id !== '--')
      markers.push({kind: match[1] as Marker['kind'], ids, offset: match.index, line})
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
