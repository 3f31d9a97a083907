/**
 * SARIF 2.1.0, as GitHub code scanning and other CI dashboards read it:
 * one run, the rule catalog as the driver's rules (with help text and
 * URLs), a result per message with its region, and unreadable files as
 * tool notifications rather than results.
 */
import {createHash} from 'node:crypto'
import {pathToFileURL} from 'node:url'
import type * as Sarif from 'sarif'
import {flaggedText} from '../engine/baseline.js'
import type {LintMessage, LintResult} from '../engine/messages.js'
import type {RuleMeta, Severity} from '../rule/types.js'
import {workspacePath} from './paths.js'
import {ruleUrl, toolInfo} from '../engine/tool-info.js'
import type {Formatter} from './types.js'

const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'
const rootId = '%SRCROOT%'

export const sarif: Formatter = (results, context) => {
  const tool = toolInfo()
  const rules = [...context.rules.values()]
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const artifacts: Sarif.Artifact[] = []
  const sarifResults: Sarif.Result[] = []
  const notifications: Sarif.Notification[] = []

  for (const result of results) {
    const location: Sarif.ArtifactLocation = artifactLocation(context.cwd, result.path)
    if (result.fatal) {
      notifications.push({
        level: 'error',
        message: {text: `${result.path}: ${result.messages[0]?.message ?? 'could not be linted'}`},
        locations: [{physicalLocation: {artifactLocation: location}}]
      })
      continue
    }

    const artifactIndex = artifacts.length
    artifacts.push({location, mimeType: /\.(?:md|markdown|mdx|mdown|mkd)$/i.test(result.path) ? 'text/markdown' : 'text/plain'})
    const source = context.source?.(result.path)
    const seen = new Map<string, number>()

    for (const message of result.messages) {
      if (message.ruleId && !ruleIndex.has(message.ruleId)) {
        ruleIndex.set(message.ruleId, rules.length)
        rules.push({id: message.ruleId, category: message.category ?? 'claims', severity: message.severity, fixable: false, description: message.ruleId})
      }

      sarifResults.push(toResult(message, {...location, index: artifactIndex}, ruleIndex, source, seen))
    }
  }

  const log: Sarif.Log = {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => toRuleDescriptor(rule, context.ruleDocs?.(rule.id)))
          }
        },
        originalUriBaseIds: {[rootId]: {uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}},
        artifacts,
        results: sarifResults,
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        columnKind: 'utf16CodeUnits'
      }
    ]
  }

  return JSON.stringify(log, null, 2) + '\n'
}

function artifactLocation(cwd: string, path: string): Sarif.ArtifactLocation {
  const shown = workspacePath(cwd, path)
  if (shown.startsWith('/')) return {uri: pathToFileURL(shown).href}
  return {uri: shown.split('/').map((part) => encodeURIComponent(wellFormed(part))).join('/'), uriBaseId: rootId}
}

/** Lone surrogates (which `encodeURIComponent` throws on) as U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

function toResult(
  message: LintMessage,
  location: Sarif.ArtifactLocation,
  ruleIndex: ReadonlyMap<string, number>,
  source: string | undefined,
  seen: Map<string, number>
): Sarif.Result {
  const physicalLocation: Sarif.PhysicalLocation = {artifactLocation: location}
  if (message.line !== undefined && message.column !== undefined) {
    physicalLocation.region = {
      startLine: message.line,
      startColumn: message.column,
      endLine: message.endLine ?? message.line,
      endColumn: message.endColumn ?? message.column,
      ...(message.offset !== undefined && message.endOffset !== undefined
        ? {charOffset: message.offset, charLength: message.endOffset - message.offset}
        : {}),
      ...(source !== undefined && message.offset !== undefined && message.endOffset !== undefined
        ? {snippet: {text: source.slice(message.offset, message.endOffset)}}
        : {})
    }
  } else {
    // A document-level problem: GitHub needs a line, so point at the file's start.
    physicalLocation.region = {startLine: 1}
  }

  const result: Sarif.Result = {
    ...(message.ruleId ? {ruleId: message.ruleId, ruleIndex: ruleIndex.get(message.ruleId)} : {}),
    level: level(message.severity),
    message: {text: messageText(message)},
    locations: [{physicalLocation}]
  }

  if (message.ruleId && source !== undefined) {
    // Line-independent, like the baseline: the same problem keeps its identity when lines move.
    const text = flaggedText(message, source)
    const key = `${message.ruleId}\0${text}`
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    result.partialFingerprints = {'mindlintFlaggedText/v1': createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32)}
  }

  if (message.fix && message.offset !== undefined) {
    result.fixes = [
      {
        description: {text: `Replace with "${message.fix.text}"`},
        artifactChanges: [
          {
            artifactLocation: {...location},
            replacements: [
              {
                deletedRegion: {charOffset: message.fix.start, charLength: message.fix.end - message.fix.start},
                insertedContent: {text: message.fix.text}
              }
            ]
          }
        ]
      }
    ]
  }

  // The statement is the result's message; its help, what to do and the source, rides along as a property.
  const properties: Sarif.PropertyBag = {}
  if (message.category) properties.category = message.category
  if (message.messageId) properties.messageId = message.messageId
  if (message.help) properties.help = message.help
  if (Object.keys(properties).length > 0) result.properties = properties
  return result
}

function messageText(message: LintMessage): string {
  if (!message.suggestions || message.suggestions.length === 0) return message.message
  return `${message.message} (suggested: ${message.suggestions.join(', ')})`
}

function toRuleDescriptor(rule: RuleMeta, readme: string | undefined): Sarif.ReportingDescriptor {
  const url = ruleUrl(rule.id)
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: {text: rule.description},
    fullDescription: {text: rule.description},
    helpUri: url,
    help: {text: ruleHelp(rule, url), ...(readme ? {markdown: readme} : {})},
    defaultConfiguration: {level: level(rule.severity), enabled: rule.recommended !== false},
    properties: {category: rule.category, tags: ['mindlint', rule.category], fixable: rule.fixable}
  }
}

/**
 * The rule's help as plain text: what it flags, then each of its messages
 * with what to do (the words a finding fills in shown as "…"), then its
 * documentation.
 */
function ruleHelp(rule: RuleMeta, url: string): string {
  const blank = (template: string) => template.replace(/\{[A-Za-z][\w-]*\}/g, '…')
  const messages = [...new Set(Object.values(rule.messages ?? {}).map((spec) => `- ${blank(spec.message)}: ${blank(spec.help)}`))]
  return [`${rule.description.replace(/\.$/, '')}.`, ...(messages.length > 0 ? ['', ...messages] : []), '', `Documentation: ${url}`].join('\n')
}

function level(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note'
}
