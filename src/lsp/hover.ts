import type {Hover, Position} from 'vscode-languageserver'
import {MarkupKind} from 'vscode-languageserver'
import {allRules} from '../../rules/index.js'
import type {ResolvedConfig} from '../config/types.js'
import {buildDocument} from '../document/build.js'
import {compilePhrases, findRuleMatches} from '../engine/phrases.js'
import {ruleReadmeSync} from '../commands/rule-info.js'
import type {LexiconEntry} from '../rule/lexicon.js'
import {type Finding, helpOf, type LintedDocument} from './diagnostics.js'

/** The parts of a rule's README a hover shows. */
interface RuleDocs {
  /** What the rule flags, in a sentence or two (the text under the title). */
  summary: string
  why?: string
  sources?: string
}

const docsByRule = new Map<string, RuleDocs | null>()

/**
 * Hover on flagged text: each finding's message and advice, the rule's
 * documentation (summary and why, from its README) and the source it rests
 * on: the lexicon entry's own source where the finding came from one, and
 * the README's sources.
 */
export function hoverAt(linted: LintedDocument, position: Position): Hover | undefined {
  const findings = linted.findings.filter((finding) => finding.placed && contains(finding, position))
  if (findings.length === 0) return undefined
  const parts = findings.slice(0, 3).map((finding) => describeFinding(finding, linted.text, linted.config))
  return {
    contents: {kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n')},
    range: findings[0].diagnostic.range
  }
}

function describeFinding(finding: Finding, text: string, config: ResolvedConfig): string {
  const {message} = finding
  const lines = [`**${message.ruleId ? `mindlint ${message.ruleId}` : 'mindlint'}**: ${message.message}`]
  const help = helpOf(message)
  if (help) lines.push('', help)
  if (!message.ruleId) return lines.join('\n')

  const docs = ruleDocs(message.ruleId)
  if (docs) {
    lines.push('', docs.summary)
    if (docs.why) lines.push('', '**Why**', '', docs.why)
  }

  const entry = lexiconEntry(message.ruleId, text.slice(finding.start, finding.end), config)
  if (entry?.source) lines.push('', `**Rests on**: ${entry.source}${entry.note ? ` (${entry.note})` : ''}`)
  if (docs?.sources) lines.push('', '**Sources**', '', docs.sources)
  if (message.url) lines.push('', `[${message.ruleId} documentation](${message.url})`)
  return lines.join('\n')
}

function contains(finding: Finding, position: Position): boolean {
  const {start, end} = finding.diagnostic.range
  const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character)
  const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character)
  return afterStart && beforeEnd
}

/** The README's summary, "Why" and "Sources" sections, read once per rule. */
export function ruleDocs(id: string): RuleDocs | undefined {
  let docs = docsByRule.get(id)
  if (docs === undefined) {
    const readme = ruleReadmeSync(id)
    docs = readme ? readmeSections(readme) : null
    docsByRule.set(id, docs)
  }

  return docs ?? undefined
}

/** Split a README by its `## ` headings, skipping fenced examples (which may hold headings). */
export function readmeSections(readme: string): RuleDocs {
  const sections = new Map<string, string[]>()
  let current: string[] = []
  sections.set('', current)
  let fence: string | undefined
  for (const line of readme.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker
    if (!fence && !marker) {
      const heading = /^(#{1,2})[ \t]/.exec(line)
      // The title is the rule id, which the hover already shows.
      if (heading?.[1] === '#') continue
      if (heading?.[1] === '##') {
        current = []
        sections.set(line.slice(heading[0].length).trim().toLowerCase(), current)
        continue
      }
    }

    current.push(line)
  }

  const section = (name: string) => {
    const value = sections.get(name)?.join('\n').trim()
    return value ? value : undefined
  }
  // The summary is the first paragraph; the bullet list of category and severity after it is left out.
  const summary = (section('') ?? '').split(/\n\s*\n/)[0].split('\n').map((line) => line.trim()).join(' ')
  const docs: RuleDocs = {summary}
  const why = section('why')
  const sources = section('sources')
  if (why) docs.why = why
  if (sources) docs.sources = sources
  return docs
}

/**
 * The lexicon entry behind a finding: the rule's phrases matched against
 * the flagged words alone (a one-line document, so this stays cheap).
 */
function lexiconEntry(id: string, flagged: string, config: ResolvedConfig): LexiconEntry | undefined {
  const rule = allRules.find((candidate) => candidate.meta.id === id)
  if (!rule?.lexicon || flagged.trim() === '' || flagged.length > 2000) return undefined
  try {
    const options = config.rules.get(id)?.options ?? {}
    const document = buildDocument(flagged.replace(/\s+/g, ' '), {format: 'text'})
    const matches = findRuleMatches(document, compilePhrases([{rule, options}])).get(id) ?? []
    const longest = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start))[0]
    return longest?.entry
  } catch {
    return undefined
  }
}
