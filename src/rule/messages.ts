import type {MessageData, Qualifier, Report, RuleMeta} from './types.js'

/** A report's texts as the user reads them. */
export interface RenderedMessage {
  /** The id in the rule's `meta.messages`; absent for a free message. */
  messageId?: string
  /** The short statement: what is wrong. */
  message: string
  /** What to do instead, and the source; absent when the rule gives none. */
  help?: string
}

/** A rule reported a message id it does not define, or left a placeholder without data. */
export class MessageError extends Error {}

const placeholder = /\{([A-Za-z][\w-]*)\}/g

/** The placeholder names in a message template, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((found) => found[1]))]
}

/**
 * A template cut at its placeholders: text, name, text, ..., text. Cut once
 * per template (the rules' messages are a few hundred), not per message.
 */
const templateParts = new Map<string, readonly string[]>()
const maxTemplates = 4096

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template)
  if (parts) return parts
  const cut: string[] = []
  let from = 0
  for (const found of template.matchAll(placeholder)) {
    cut.push(template.slice(from, found.index), found[1])
    from = found.index + found[0].length
  }

  cut.push(template.slice(from))
  parts = cut
  if (templateParts.size >= maxTemplates) templateParts.clear()
  templateParts.set(template, parts)
  return parts
}

/** Fill `{name}` placeholders from `data`; a name without data is the rule's mistake. */
export function fillTemplate(template: string, data: MessageData | undefined, where: string): string {
  const parts = partsOf(template)
  let filled = parts[0]
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]
    const value = data?.[name]
    if (value === undefined) throw new MessageError(`${where} needs data "${name}"`)
    filled += String(value) + parts[index + 1]
  }

  return filled
}

/** What a hedge or a booster beside a claim adds to its statement. */
const qualifierTexts: Readonly<Record<Qualifier['kind'], string>> = {
  hedge: " (softened by '{cue}', but still a claim)",
  booster: " ('{cue}' makes it absolute)"
}

/**
 * The texts of a report: its message id looked up in the rule's
 * `meta.messages` and filled from its data, or its free message as given.
 */
export function renderReport(meta: RuleMeta, report: Report): RenderedMessage {
  let rendered: RenderedMessage
  if (report.messageId !== undefined) {
    const spec = meta.messages?.[report.messageId]
    if (!spec) throw new MessageError(`rule ${meta.id} has no message "${report.messageId}"`)
    const where = `message "${report.messageId}" of ${meta.id}`
    rendered = {
      messageId: report.messageId,
      message: fillTemplate(spec.message, report.data, where),
      help: fillTemplate(spec.help, report.data, where)
    }
  } else {
    rendered = {message: report.message}
    if (report.help !== undefined && report.help.trim() !== '') rendered.help = report.help
  }

  if (report.qualifier) rendered.message += fillTemplate(qualifierTexts[report.qualifier.kind], {cue: report.qualifier.cue}, 'qualifier')
  return rendered
}
