/**
 * Inline control comments, in Markdown, HTML and plain text alike:
 *
 *   <!-- mindlint-disable -->                  everything, until enabled again
 *   <!-- mindlint-disable hype-claim speed-claim -->
 *   <!-- mindlint-enable hype-claim -->
 *   <!-- mindlint-disable-next-line hype-claim -->
 *   <!-- mindlint-disable-line -->
 *   <!-- mindlint-disable-line hype-claim -- quoting a patient -->   (after "--": a reason)
 *
 * and in MDX, whose parser rejects HTML comments, as expression comments:
 *
 *   {/* mindlint-disable-next-line hype-claim *\/}
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
  /** Just past the comment's closing marker. */
  end: number
  line: number
  /** The ids it switched a message off for ('*' for a marker without ids). */
  used: Set<string>
}

/** A directive comment, or one id in it. */
export interface DirectivePlace {
  /** The id (undefined: a directive for every rule). */
  id?: string
  kind: Marker['kind']
  offset: number
  end: number
}

export interface InlineControl {
  /** Whether a message of `ruleId` at `line`/`offset` is switched off (noting which directive did it). */
  isDisabled(ruleId: string, line: number | undefined, offset: number | undefined): boolean
  /** Rule ids named in comments that do not exist. */
  unknownIds(known: ReadonlySet<string>): DirectivePlace[]
  /** Disable directives (and ids in them) that switched no message off; unknown ids are left to `unknownIds`. */
  unusedDisables(known: ReadonlySet<string>): DirectivePlace[]
}

export function readInlineControl(text: string, mdx = false): InlineControl {
  let markers: Marker[] = []
  if (text.includes('mindlint-')) {
    markers = scanComments(text, '<!--', '-->')
    if (mdx) markers = [...markers, ...scanComments(text, '{/*', '*/}')].sort((a, b) => a.offset - b.offset)
  }

  const applies = (entry: Marker, ruleId: string) => entry.ids.length === 0 || entry.ids.includes(ruleId)
  const use = (entry: Marker, ruleId: string) => entry.used.add(entry.ids.length === 0 ? '*' : ruleId)

  return {
    isDisabled(ruleId, line, offset) {
      if (markers.length === 0) return false
      let governing: Marker | undefined
      for (const entry of markers) {
        if (!applies(entry, ruleId)) continue
        if (entry.kind === 'disable-next-line') {
          if (line !== undefined && line === entry.line + 1) {
            use(entry, ruleId)
            return true
          }
        } else if (entry.kind === 'disable-line') {
          if (line !== undefined && line === entry.line) {
            use(entry, ruleId)
            return true
          }
        } else if (offset === undefined || entry.offset <= offset) {
          // Without a place, a document-level message follows the state at the end.
          governing = entry
        }
      }

      if (governing?.kind !== 'disable') return false
      use(governing, ruleId)
      return true
    },
    unknownIds(known) {
      return markers.flatMap((entry) =>
        entry.ids.filter((id) => !known.has(id)).map((id) => ({id, kind: entry.kind, offset: entry.offset, end: entry.end}))
      )
    },
    unusedDisables(known) {
      return markers.flatMap((entry): DirectivePlace[] => {
        if (entry.kind === 'enable') return []
        const place = {kind: entry.kind, offset: entry.offset, end: entry.end}
        if (entry.ids.length === 0) return entry.used.size === 0 ? [place] : []
        return entry.ids.filter((id) => known.has(id) && !entry.used.has(id)).map((id) => ({...place, id}))
      })
    }
  }
}

/**
 * The control comments between `opening` and `closing` markers. A scan with
 * indexOf rather than one regex over the text: linear even for a file full
 * of unclosed comments.
 */
function scanComments(text: string, opening: string, closing: string): Marker[] {
  const markers: Marker[] = []
  let line = 1
  let counted = 0
  let open = text.indexOf(opening)
  while (open !== -1) {
    const close = text.indexOf(closing, open + opening.length)
    if (close === -1) break
    const comment = close - open - opening.length <= maxCommentLength ? text.slice(open + opening.length, close).trim() : ''
    const inside = directive.exec(comment)
    if (inside) {
      for (let index = counted; index < open; index++) if (text.charCodeAt(index) === 10) line++
      counted = open
      // Words after a lone "--" give the reason, not rule ids.
      const words = comment.slice(inside[0].length).split(/[\s,]+/).filter((id) => id.length > 0)
      const reason = words.indexOf('--')
      const ids = reason === -1 ? words : words.slice(0, reason)
      markers.push({kind: inside[1] as Marker['kind'], ids, offset: open, end: close + closing.length, line, used: new Set()})
    }

    open = text.indexOf(opening, close + closing.length)
  }

  return markers
}
