import {compareSpans} from '../text/spans.js'
import {stripEdges} from '../text/trim.js'
import {alternatives, loadWordLists} from '../text/word-lists.js'
import {startsWithCapital} from '../text/word-shapes.js'
import type {Span} from './raw-block.js'
import type {Block, Comment, Document, Link, Token} from './types.js'

/**
 * Split the blocks of a comments section into comments.
 *
 * Scraped pages lay comments out in a few ways, and this reads all of them:
 * - author-line / text-line pairs ("Ava Nguyen" then "mantap"), with or
 *   without a date line and a "Reply" button after each comment;
 * - "Jane says:" or "Jane Doe — March 3, 2024" author lines;
 * - one comment per list item or blockquote (Markdown or `- ` bullets);
 * - a Markdown heading per comment ("### Jane Doe").
 * Buttons ("Reply", "Like"), dates and the comment form ("Post Comment",
 * "Your email address will not be published") are not comment text; a
 * "Related posts" heading ends the comments.
 */

export interface CommentSource {
  text: string
  links: readonly Link[]
  /** Markdown's list items and block quotes (see `BlockReading`); none for plain text. */
  containers?: readonly Span[]
}

/** Links in document order, searchable by offset. */
class LinkIndex {
  private readonly links: Link[]

  constructor(links: readonly Link[]) {
    this.links = [...links].sort((a, b) => a.start - b.start)
  }

  /** Links that lie inside `[start, end)`. */
  within(start: number, end: number): Link[] {
    let low = 0
    let high = this.links.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.links[middle].start < start) low = middle + 1
      else high = middle
    }

    const found: Link[] = []
    for (let index = low; index < this.links.length && this.links[index].start < end; index++) {
      if (this.links[index].end <= end) found.push(this.links[index])
    }

    return found
  }
}

export interface CommentSplit {
  comments: Comment[]
  /** Per-comment cues seen (dates, "says:" lines, Reply buttons, author headings). */
  cues: number
}

type UnitKind = 'text' | 'author' | 'date' | 'button' | 'form' | 'stop'

/** One line of a comments section, classified. */
interface Unit {
  kind: UnitKind
  block: Block
  start: number
  end: number
  /** The line with markup blanked and URLs kept, trimmed. */
  line: string
  /** Index of the list item or blockquote it is in, or -1. */
  container: number
  name?: {value: string; start: number; end: number}
  /** An author taken from a heading (a weaker cue than a date or a button). */
  heading?: boolean
}

const widgets = loadWordLists('comment-widgets', [
  'buttonLabels', 'counterNouns', 'threadVerbs', 'threadItems', 'formVerbs', 'formObjects', 'formLines', 'formNotices', 'formFields',
  'threadOpenings', 'memberFields', 'nameBadges', 'stopHeadings', 'stopOpenings', 'weakMarkers', 'saysVerbs', 'postedVerbs', 'nameParticles', 'nameAbbreviations', 'publisherAuthors'
] as const)

const month =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const time = '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?'
/** A date or a relative time as comment widgets print them. */
const date = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${month},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)\\s+ago|yesterday|today|just now)${time}`,
  'iu'
)
/** Separators around dates ("— ", " | ", " · "), collapsed to one space before the connector checks. */
const separators = /[\s|·•—–,:-]+/g
/** What may stand between a name and a date, separators collapsed: "posted on", "at". */
const posted = `(?:${alternatives(widgets.postedVerbs)})(?: (?:on|at))?|on|at`
const connector = new RegExp(`^(?:${posted})?$`, 'i')
const trailingConnector = new RegExp(` (?:${posted})$`, 'i')

function isConnector(value: string): boolean {
  return connector.test(value.replace(separators, ' ').trim())
}

/** Per-comment buttons and counters. */
const button = new RegExp(
  `^(?:${alternatives(widgets.buttonLabels)}|\\d+\\s+(?:${alternatives(widgets.counterNouns)})|\\d+(?:[.,]\\d+)?[km]?|(?:${alternatives(widgets.threadVerbs)}) (?:all )?(?:\\d+ )?(?:more )?(?:${alternatives(widgets.threadItems)}))$`,
  'i'
)

/** The parts of a row of widgets, between its separators ("Reply · Quote · Like (3)"). */
function rowParts(line: string): string[] {
  return line.split(/[·|•]/).map((part) => part.trim())
}

/** "Reply · Quote · Like (3) · Report": a post's buttons in one row. */
function isButtonRow(line: string): boolean {
  const parts = rowParts(line)
  return parts.length > 1 && parts.every((part) => button.test(part.replace(/\(\d+\)$/, '').trimEnd()))
}

/** "Joined: Mar 2021 · Posts: 48": a forum member's details under the name, a per-post cue like a date. */
const memberField = new RegExp(`^(?:${alternatives(widgets.memberFields)})\\b`, 'i')

function isMemberLine(line: string): boolean {
  return line.length < 80 && rowParts(line).every((part) => memberField.test(part))
}

/** "Leave a Reply", "Post your comment": the heading or button of the comment form. */
const formOpening = `(?:${alternatives(widgets.formVerbs)}) (?:a |your )?(?:${alternatives(widgets.formObjects)})`

/** The comment form and banners around it: they end the comment before them. */
const form = [
  new RegExp(`^${formOpening}\\b`, 'i'),
  new RegExp(`^(?:${alternatives(widgets.formLines)})$`, 'i'),
  new RegExp(`^(?:${alternatives(widgets.formNotices)})`, 'i'),
  new RegExp(`^(?:${alternatives(widgets.formFields)})\\s*(?:\\*|\\(required\\))?$`, 'i')
]

/** Headings after which the page goes on with something other than comments. */
const stop = new RegExp(`^(?:${alternatives(widgets.stopHeadings)}|(?:${alternatives(widgets.stopOpenings)})\\b.*|(?:©|\\(c\\)|copyright)\\s.*)$`, 'i')

const countWord = '(?:\\d[\\d,.]*\\s?[km]?|no|one|two|three|four|five|six|seven|eight|nine|ten)'
/** "Reader comments", "Top comments", "User responses". */
const qualifier = "(?:(?:readers?'?|users?'?|visitors?'?|top|all|latest|recent|newest|public)\\s+)?"

/**
 * Lines that open a comments section under a scraped article: "3 Comments",
 * "Comments (3)", "Comments 19", "Reader comments (17)", "2 Responses to
 * “Title”", "5 thoughts on “Title”", "Leave a Reply", "Join the discussion".
 */
const commentsMarker = new RegExp(
  [
    `^${countWord}\\s+${qualifier}(?:comments?|responses?|repl(?:y|ies)|thoughts?)(?:\\s+(?:on|to)\\s.+)?$`,
    `^${qualifier}(?:comments?|responses?|replies|discussion)\\s*[([]\\s*${countWord}\\s*[)\\]]$`,
    `^${qualifier}(?:comments?|responses?|replies)\\s*[:·•|—–-]?\\s*\\d[\\d,.]*\\s?[km]?$`,
    `^(?:comments?|reader comments|readers' comments|comments from readers|${qualifier}comments)(?:\\s+so far)?$`,
    `^${countWord}\\s+comments?\\s+so far$`,
    '^comments? section$',
    `^${formOpening}(?: cancel reply)?$`,
    '^join the (?:discussion|conversation)$'
  ].join('|'),
  'i'
)

/** Markers that open comments only when comment cues follow (a date, "says:", a Reply button). */
const weakCommentsMarker = new RegExp(`^(?:${alternatives(widgets.weakMarkers)})$`, 'i')

/** A word every marker above holds: text without one is no marker, whatever its shape. */
const markerWord = /comment|respons|repl|thought|discussion|conversation/i

/** Whether `text` holds a word a comments marker needs (a quick test before the marker's own). */
export function mayBeCommentsMarker(text: string): boolean {
  return markerWord.test(text)
}

/** A line that opens a comments section; `weak` for one that needs comment cues after it. */
export function isCommentsMarker(line: string): 'strong' | 'weak' | undefined {
  // Every marker has a word; an empty line (what most blocks give, see
  // sections.ts) is answered without compiling the two patterns.
  if (line.length === 0) return undefined
  if (commentsMarker.test(line)) return 'strong'
  return weakCommentsMarker.test(line) ? 'weak' : undefined
}

/** "Jane says:", "Jane wrote on March 3:" */
const saysVerb = new RegExp(`\\s(?:${alternatives(widgets.saysVerbs)})(?=[\\s:.]|$)`, 'i')

/** Split "Jane says: text" into the name and what follows, or undefined. */
function splitSays(line: string): [string, string] | undefined {
  const found = saysVerb.exec(line.slice(0, 80))
  if (!found || found.index === 0) return undefined
  let rest = found.index + found[0].length
  while (rest < line.length && /[\s:.]/.test(line.charAt(rest))) rest++
  return [line.slice(0, found.index), line.slice(rest)]
}

const nameParticles = new Set(widgets.nameParticles)

const nameBadge = new RegExp(`\\((?:${alternatives(widgets.nameBadges)})\\)$`, 'i')

/** Initials, titles and suffixes with their full stop ("J.", "Dr.", "Jr."). */
const abbreviated = new RegExp(`\\b(?:\\p{Lu}|${alternatives(widgets.nameAbbreviations)})\\.`, 'giu')

/**
 * A line that can be a commenter's name: a few words with no sentence
 * punctuation. `strict` also wants capitalised words (or a one-word handle),
 * for lines that do not stand in a layout that marks them as names.
 */
export function isNameLike(line: string, strict = false): boolean {
  // "northern_lass (Moderator)", "CalmPulse_Support (Official)": a name with its forum badge
  const value = line.trim().replace(nameBadge, '').trimEnd()
  if (value.length === 0 || value.length > 60 || !/\p{L}/u.test(value)) return false
  if (/[?!,;"()[\]]/.test(value)) return false
  // Full stops only after initials and titles, or inside a domain name.
  const rest = value.replace(abbreviated, ' ').replace(/\w[.:/]\w/g, ' ')
  if (/[.:]/.test(rest)) return false
  const words = value.split(/\s+/)
  if (words.length > 6) return false
  if (strict && words.length > 1) {
    return words.every((word) => /^[\p{Lu}\p{N}@]/u.test(word) || nameParticles.has(word.toLowerCase()))
  }

  return true
}

/** "Started by tired_mama · Jan 8 · 8 replies · 2,487 views": the header of a forum thread. */
const threadOpening = new RegExp(`^(?:${alternatives(widgets.threadOpenings)})\\b:?\\s*\\S`, 'i')
const replyCount = /(?<![\d,])\d[\d,]*\s(?:replies|posts)\b/i

/** "Forums › Devices & Gadgets › CES", "RecoveryTalk Forums > Opioids": the breadcrumb of a forum thread. */
const forumTrail = /\bforums?\s*[›>»\/|]\s*\S/i

export function isForumTrail(line: string): boolean {
  return line.length < 200 && forumTrail.test(line)
}

export function isThreadHeader(line: string): boolean {
  return threadOpening.test(line.trim()) && replyCount.test(line)
}

/** Split a comments section's blocks into comments. */
export function splitComments(blocks: readonly Block[], source: CommentSource): CommentSplit {
  const links = new LinkIndex(source.links)
  const units = readUnits(blocks, source, links)
  const comments: Comment[] = []
  let cues = 0
  for (const unit of units) if ((unit.kind === 'author' && !unit.heading) || unit.kind === 'date' || unit.kind === 'button') cues++

  // Runs of lines between form lines and container edges. An author line
  // with no text yet ("**Jane** wrote on 3 May:" above a blockquote) names
  // the comment in the next run.
  let run: Unit[] = []
  let carried: Unit['name']
  const flush = () => {
    if (run.length > 0) carried = readRun(run, links, comments, carried)
    run = []
  }

  for (const unit of units) {
    if (unit.kind === 'stop') break
    if (unit.kind === 'form') {
      flush()
      carried = undefined
      continue
    }

    if (run.length > 0 && run.at(-1)!.container !== unit.container) flush()
    run.push(unit)
  }

  flush()
  return {comments, cues}
}

function readUnits(blocks: readonly Block[], source: CommentSource, links: LinkIndex): Unit[] {
  const containers = findContainers(blocks, source.containers)
  const units: Unit[] = []
  // Sweep the containers (sorted by start, parents first) with a stack of the open ones.
  const open: number[] = []
  let next = 0
  for (const block of blocks) {
    while (next < containers.length && containers[next].start <= block.start) {
      while (open.length > 0 && containers[open.at(-1)!].end <= containers[next].start) open.pop()
      open.push(next++)
    }

    while (open.length > 0 && containers[open.at(-1)!].end < block.end) open.pop()
    const container = open.at(-1) ?? -1
    const lines = linesOf(block, source.text, links)
    // A Markdown heading (only Markdown has containers), or a plain-text line that starts with "#".
    const strongHeading = block.kind === 'heading' && (source.containers !== undefined || /^\s{0,3}#/.test(source.text.slice(block.start, block.end)))
    const first = classify(lines[0], block, container, strongHeading)
    // A name on the first line of a block ("**Jane D.**" then the text, in one paragraph).
    if (lines.length > 1 && first.kind === 'text' && block.startsWithEmphasis && isNameLike(first.line, true)) {
      first.kind = 'author'
      first.name = {value: first.line, start: first.start, end: first.end}
    }

    // "**Jane**: text" in a list item or blockquote.
    const label = block.sentences[0]
    if (lines.length === 1 && first.kind === 'text' && container !== -1 && block.startsWithEmphasis && label?.role === 'label' && block.sentences.length > 1) {
      const name = label.prose.replace(/:\s*$/, '').trim()
      if (isNameLike(name, true)) {
        const rest = block.sentences[1]
        units.push({...first, kind: 'author', name: {value: name, start: label.start, end: label.start + name.length}})
        units.push({...first, kind: 'text', start: rest.start, end: first.end, line: source.text.slice(rest.start, first.end)})
        continue
      }
    }

    // A Markdown paragraph of short lines outside a list or quote is one comment a line, unless it is hard-wrapped prose.
    if (lines.length > 1 && (first.kind !== 'text' || (container === -1 && block.kind === 'paragraph' && !hardWrapped(lines)))) {
      units.push(...splitPrefix(first, lines[0]))
      for (const line of lines.slice(1)) units.push(...splitPrefix(classify(line, block, container, false), line))
    } else {
      const whole = {text: lines.map((line) => line.text).join(' '), start: lines[0].start, end: lines.at(-1)!.end}
      units.push(...splitPrefix(lines.length > 1 ? {...first, kind: 'text', line: whole.text, start: whole.start, end: whole.end} : first, lines[0]))
    }
  }

  return units
}

/** A text unit whose line starts with a name and a date ("Ruth A. (March 2, 2025): ...") as an author and a text unit. */
function splitPrefix(unit: Unit, line: Line): Unit[] {
  if (unit.kind !== 'text') return [unit]
  const prefix = datedAuthorPrefix(line)
  if (!prefix) return [unit]
  return [
    {...unit, kind: 'author', name: prefix.name, start: prefix.name.start, end: prefix.name.end, line: prefix.name.value},
    {...unit, start: prefix.textStart, line: unit.line.slice(prefix.textStart - unit.start)}
  ]
}

/**
 * Lines wrapped at a width: all but the last of similar, long length, most
 * ending mid-sentence. Comments one a line vary in length and end where they end.
 */
function hardWrapped(lines: readonly Line[]): boolean {
  const body = lines.slice(0, -1).map((line) => line.text)
  const longest = Math.max(...body.map((text) => text.length))
  const ended = body.filter((text) => /[.!?…)"”\p{Extended_Pictographic}]$/u.test(text)).length
  return body.every((text) => text.length >= 40 && text.length >= longest * 0.7) && ended * 2 <= body.length
}

interface Line {
  text: string
  start: number
  end: number
}

/** A block's lines with markup blanked but URLs kept (an author may be a URL). */
function linesOf(block: Block, text: string, links: LinkIndex): Line[] {
  const chars = block.prose.split('')
  if (chars.length !== block.end - block.start) chars.length = 0
  for (const link of links.within(block.start, block.end)) {
    if (link.textStart !== link.start) continue
    for (let index = link.start; index < link.end; index++) chars[index - block.start] = text[index]
  }

  const prose = chars.length > 0 ? chars.join('') : block.prose
  const lines: Line[] = []
  let offset = 0
  for (const raw of prose.split('\n')) {
    const lead = raw.length - raw.replace(/^[\s>]+/, '').length
    const text = raw.slice(lead).trimEnd()
    if (text.length > 0) {
      const start = block.start + offset + lead
      lines.push({text, start, end: start + raw.trimEnd().length - lead})
    }

    offset += raw.length + 1
  }

  return lines.length > 0 ? lines : [{text: '', start: block.start, end: block.end}]
}

function classify(line: Line, block: Block, container: number, strongHeading: boolean): Unit {
  const unit: Unit = {kind: 'text', block, start: line.start, end: line.end, line: line.text, container}
  const bare = stripEdges(line.text, /[\p{L}\p{N}©]/u, /[\p{L}\p{N}]/u)
  if (stop.test(bare) && (block.kind === 'heading' || bare.length < 40)) unit.kind = 'stop'
  else if (button.test(bare) || isButtonRow(bare)) unit.kind = 'button'
  else if (isMemberLine(bare)) unit.kind = 'date'
  // "Sort by: Newest" is the sort menu written with a colon
  else if (form.some((pattern) => pattern.test(bare) || pattern.test(bare.replace(/:\s*/, ' '))) || isCommentsMarker(bare)) unit.kind = 'form'
  else {
    const name = authorOf(line)
    if (name === null) unit.kind = 'date'
    else if (name) {
      unit.kind = 'author'
      unit.name = name
    } else if (strongHeading && isNameLike(line.text)) {
      unit.kind = 'author'
      unit.heading = true
      unit.name = {value: line.text, start: line.start, end: line.end}
    }
  }

  return unit
}

/**
 * The author named on a "Jane says:" or "Jane Doe — March 3, 2024" line;
 * `null` for a line that is only a date; `undefined` for anything else.
 */
function authorOf(line: Line): Unit['name'] | null | undefined {
  const saying = splitSays(line.text)
  // "gaming zone wrote on 5 May 2025:": a verb and a date mark a name, so a lower-case handle counts.
  // "Anna from Kyiv says:" (the WordPress line, with its colon) marks a name too.
  if (saying && (saying[1] === '' ? isNameLike(saying[0], !/\bsays:\s*$/i.test(line.text)) : datedOnly(saying[1]) && isNameLike(saying[0]))) {
    return {value: saying[0].trim(), start: line.start, end: line.start + saying[0].trimEnd().length}
  }

  const found = date.exec(line.text)
  if (!found) return undefined
  const after = line.text.slice(found.index + found[0].length).replace(/\breply\b/gi, '')
  if (!/^[\s|·•—–,:.-]*$/.test(after)) return undefined
  const before = line.text.slice(0, found.index)
  if (isConnector(before)) return null
  const name = before.replace(separators, ' ').trim().replace(trailingConnector, '')
  // "healing.with.dana · 11 months ago": a separator or "posted on" marks the name; "I started 2 years ago" has neither.
  const marked = /[|·•—–]|\s-\s/.test(before) || trailingConnector.test(before.replace(separators, ' ').trim())
  if (!isNameLike(name, !marked)) return undefined
  return {value: name, start: line.start, end: line.start + name.length}
}

/** What may stand between a name and the date after it: spaces, "(", "·", "|", dashes, commas. */
const gapCharacters = new Set([' ', '\t', '\u00a0', '|', '·', '•', '—', '–', ',', ':', '(', '-'])

/** What may follow a date before the comment text on the same line: "): ", " — ", " | ". */
const afterDate = /^\)?[ \t]*(?:[:|·•—–]|-(?=\s))[ \t]*/

/**
 * A name and a date in front of the text on one line: "Ruth A. (March 2,
 * 2025): text", "Jane · 2 days ago — text". Returns where the name ends and
 * where the text starts, or undefined.
 */
function datedAuthorPrefix(line: Line): {name: NonNullable<Unit['name']>; textStart: number} | undefined {
  const found = date.exec(line.text.slice(0, 100))
  if (!found || found.index === 0) return undefined
  const rest = line.text.slice(found.index + found[0].length)
  const separator = afterDate.exec(rest)
  if (!separator || separator[0].trim() === '' || separator[0].length === rest.length) return undefined
  const before = line.text.slice(0, found.index)
  let cut = before.length
  while (cut > 0 && gapCharacters.has(before.charAt(cut - 1))) cut--
  const gap = before.slice(cut)
  const name = before.slice(0, cut).replace(trailingConnector, '').trim()
  // "(", "·", "|" or a dash before the date mark a name; "on" alone wants a capitalised one
  // ("I had my first infusion on March 3, 2024 - it went fine" is text).
  if (!isNameLike(name, !/[(|·•—–]|\s-/.test(gap))) return undefined
  const start = line.start + line.text.indexOf(name)
  return {name: {value: name, start, end: start + name.length}, textStart: line.start + found.index + found[0].length + separator[0].length}
}

function datedOnly(rest: string): boolean {
  const found = date.exec(rest)
  return found !== null && isConnector(rest.slice(0, found.index)) && /^[\s|·•—–,:.-]*$/.test(rest.slice(found.index + found[0].length))
}

/** Offsets of list items and blockquotes (Markdown), so each is kept to one comment or more. */
function findContainers(blocks: readonly Block[], markdown: readonly Span[] | undefined): Span[] {
  if (blocks.length === 0) return []
  // Plain-text bullets: each list item is its own container.
  const containers = markdown
    ? markdown.filter((container) => container.start >= blocks[0].start)
    : blocks.filter((block) => block.kind === 'listItem').map(({start, end}) => ({start, end}))
  return containers.sort(compareSpans)
}

/**
 * Turn one run of lines into comments. `carried` is an author from the run
 * before; the return value is an author left with no text at the end.
 */
function readRun(run: Unit[], links: LinkIndex, comments: Comment[], carried: Unit['name']): Unit['name'] {
  const inContainer = run[0].container !== -1
  const cued = run.some((unit) => unit.kind !== 'text') && !strayCues(run)
  let current: {author?: Unit['name']; texts: Unit[]} | undefined = carried ? {author: carried, texts: []} : undefined
  const close = () => {
    if (current && current.texts.length > 0) comments.push(makeComment(comments.length, current.author, current.texts, links))
    current = undefined
  }

  const asName = (unit: Unit): Unit['name'] => ({value: unit.line, start: unit.start, end: unit.end})

  if (cued) {
    for (const [index, unit] of run.entries()) {
      const next = run[index + 1]
      if (unit.kind === 'author') {
        close()
        current = {author: unit.name, texts: []}
      } else if (unit.kind === 'button') {
        close()
      } else if (unit.kind === 'text') {
        if (!current) {
          current = isNameLike(unit.line) && next && next.kind !== 'button' ? {author: asName(unit), texts: []} : {texts: [unit]}
        } else if (current.texts.length > 0 && next?.kind === 'date' && isNameLike(unit.line)) {
          close()
          current = {author: asName(unit), texts: []}
        } else {
          current.texts.push(unit)
        }
      }
    }

    const left = current?.texts.length === 0 ? current.author : undefined
    close()
    return left
  }

  if (current) {
    // The text under a carried author: a quote or list item is one comment.
    current.texts.push(...run)
    close()
    return undefined
  }

  if (inContainer) {
    const pairs = run.length >= 4 && alternatesNames(run)
    if (!pairs) {
      const named = run.length > 1 && isNameLike(run[0].line, true)
      current = named ? {author: asName(run[0]), texts: run.slice(1)} : {texts: run}
      close()
      return undefined
    }
  }

  const layout = inContainer ? 'pairs' : cuelessLayout(run)
  if (layout === 'pairs') {
    for (let index = 0; index < run.length; index += 2) {
      current = {author: asName(run[index]), texts: [run[index + 1]]}
      close()
    }
  } else if (layout === 'names') {
    // Names first ("Budi", then two lines of text, then "Sari"): a name line
    // after some text opens the next comment; other lines continue one.
    for (const [index, unit] of run.entries()) {
      const next = run[index + 1]
      if (next && isNameLike(unit.line, true) && (!current || current.texts.length > 0)) {
        close()
        current = {author: asName(unit), texts: []}
      } else if (current) {
        current.texts.push(unit)
      } else {
        current = {texts: [unit]}
      }
    }

    close()
  } else {
    // One comment a line.
    for (const unit of run) {
      current = {texts: [unit]}
      close()
    }
  }

  return undefined
}

/**
 * A reply that happens to read as a name and a time ("Wow 23 min ago",
 * "Ahhh, 2 years ago....") among name and text lines: cues that real
 * layouts give every comment, here given to one in three or fewer.
 */
function strayCues(run: readonly Unit[]): boolean {
  const cues = run.filter((unit) => unit.kind !== 'text')
  if (run.length < 8 || cues.length * 6 > run.length || cues.some((unit) => unit.kind !== 'author' && unit.kind !== 'date')) return false
  return alternatesNames(run.map((unit) => ({...unit, kind: 'text'})))
}

/** Name, text, name, text: every other line a name, and the text lines not all names too. */
function alternatesNames(run: readonly Unit[]): boolean {
  if (run.length < 2 || run.length % 2 === 1) return false
  const names = run.filter((_, index) => index % 2 === 0)
  const texts = run.filter((_, index) => index % 2 === 1)
  if (handlesBesideSentences(names, texts)) return true
  // A lower-case handle or two ("Wikipedia fan") among capitalised names keeps the rhythm.
  if (!names.every((unit) => isNameLike(unit.line))) return false
  if (names.filter((unit) => !isNameLike(unit.line, true)).length * 4 > names.length) return false
  if (!texts.every((unit) => isNameLike(unit.line, true))) return true
  // All short lines: names only when the name lines are capitalised and the text lines are not ("Rudi", "uuuu").
  return names.every((unit) => /^[\p{Lu}@]/u.test(unit.line)) && texts.every((unit) => !startsWithCapital(unit.line))
}

/**
 * Video-site handles are often lower case or carry a tagline ("cake cat",
 * "Fun&Hacks | Lets Play!"). Over four pairs or more, name lines that all
 * but one in six could be names, facing text lines that mostly could not
 * (sentences, questions, links), are pairs however the names are written.
 */
function handlesBesideSentences(names: readonly Unit[], texts: readonly Unit[]): boolean {
  if (names.length < 4) return false
  const odd = names.filter((unit) => !isNameLike(unit.line)).length
  const sentences = texts.filter((unit) => !isNameLike(unit.line)).length
  return odd * 6 <= names.length && sentences * 2 >= texts.length
}

/**
 * How a run with no dates, buttons or "says:" lines is laid out: author and
 * text lines in turn (`pairs`), names each followed by one or more text lines
 * (`names`), or one comment a line (`lines`). Names are short capitalised
 * lines or one-word handles; when few lines look like that, every line is a
 * comment ("love this", "check out my channel").
 */
function cuelessLayout(run: readonly Unit[]): 'pairs' | 'names' | 'lines' {
  if (alternatesNames(run)) return 'pairs'
  if (run.length < 3 || !isNameLike(run[0].line, true)) return 'lines'
  // Count the names a names-first reading would take: a name line opens a comment unless the line before did.
  let names = 0
  let opened = false
  for (const [index, unit] of run.entries()) {
    opened = !opened && index + 1 < run.length && isNameLike(unit.line, true)
    if (opened) names++
  }

  return names >= 2 && names * 4 >= run.length ? 'names' : 'lines'
}

function makeComment(index: number, author: Unit['name'], texts: Unit[], links: LinkIndex): Comment {
  const start = texts[0].start
  const end = texts.at(-1)!.end
  const blocks: Block[] = []
  const tokens: Token[] = []
  const parts: string[] = []
  for (const unit of texts) {
    if (!blocks.includes(unit.block)) blocks.push(unit.block)
    parts.push(unit.block.prose.slice(unit.start - unit.block.start, unit.end - unit.block.start))
    for (const sentence of unit.block.sentences) {
      for (const token of sentence.tokens) if (token.start >= unit.start && token.end <= unit.end) tokens.push(token)
    }
  }

  const comment: Comment = {
    index,
    start,
    end,
    text: parts.join('\n').replace(/[ \t]+/g, ' ').split('\n').map((line) => line.trim()).join('\n').trim(),
    blocks,
    tokens,
    links: links.within(start, end)
  }
  if (author) {
    comment.author = author.value
    comment.authorStart = author.start
    comment.authorEnd = author.end
  }

  return comment
}

const publisherAuthors = new Set(widgets.publisherAuthors)

/**
 * The comments the publisher itself posted: a reply signed with a word of
 * the house and names from the article above ("VAGA Support" under a page
 * about VAGA, "Admin"), or with the full name of its byline ("Dr. Helga
 * Lenz" under "By Dr. Helga Lenz"). What they say about the product is the
 * page's copy, not a reader's. "SEO Expert Team" signs with a word of the
 * house but a name the article never uses.
 */
export function publisherReplies(document: Document): Comment[] {
  return document.shared('comments:publisher', () => {
    const section = document.commentsSection
    if (!section) return []
    const article = document.text.slice(0, section.start)
    const articleWords = new Set(wordsOf(article))
    return section.comments.filter((comment) => comment.author !== undefined && isPublisherName(comment.author, article, articleWords))
  })
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1)
}

function isPublisherName(author: string, article: string, articleWords: ReadonlySet<string>): boolean {
  const words = wordsOf(author)
  if (words.length === 0) return false
  if (words.some((word) => publisherAuthors.has(word))) return words.every((word) => publisherAuthors.has(word) || articleWords.has(word))
  // A full name in the article above ("By Dr. Helga Lenz"); a first name alone ("Joanne") may be anyone's.
  return words.length >= 2 && article.includes(author)
}
