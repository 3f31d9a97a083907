/**
 * `mindlint lsp`: a language server on standard input and output. One warm
 * process lints each open buffer after the writer pauses, with the
 * configuration the command line would use, and offers fixes, suggestions,
 * disable comments and the rules' documentation.
 */
import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {setImmediate as nextTurn} from 'node:timers/promises'
import {format} from 'node:util'
import {
  type Connection,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {toolInfo} from '../engine/tool-info.js'
import {codeActions} from './code-actions.js'
import {type ConfigCacheOptions, isSettingsFile, watchedGlobs} from './config-cache.js'
import {configErrorDiagnostic, type LintedDocument, toFinding} from './diagnostics.js'
import {hoverAt} from './hover.js'
import {type ConfigProblem, type LintOutcome, pathOfUri} from './lint-document.js'
import {Linter} from './linter.js'
import {LintSchedule} from './schedule.js'

/** Milliseconds after the last change before a buffer is linted. */
export const defaultDebounce = 250

/** What a client may pass as `initializationOptions`. */
interface ServerOptions {
  /** As `--config`: one config file for every buffer. */
  configFile?: string
  /** Milliseconds to wait after a change. */
  debounce?: number
}

export interface ServerStreams {
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
}

/** Start the server on the given streams (standard input and output by default). */
export function startServer(streams: ServerStreams = {input: process.stdin, output: process.stdout}): Connection {
  // Standard output carries the protocol: a stray console.log would corrupt it.
  const toStderr = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n')
  console.log = toStderr
  console.info = toStderr
  console.debug = toStderr

  const connection = createConnection(streams.input, streams.output)
  const documents = new TextDocuments(TextDocument)
  const linted = new Map<string, LintedDocument>()
  /** Buffers linted at least once since they were opened: later changes wait for the debounce. */
  const seen = new Set<string>()
  /** Buffers being linted, and those changed meanwhile (linted again when the lint under way ends). */
  const inFlight = new Set<string>()
  const lintAgain = new Set<string>()
  /** Config files shown as broken, with the problem shown. */
  const brokenConfigs = new Map<string, string>()
  let settings: ConfigCacheOptions = {roots: []}
  let linter = new Linter(settings)
  let schedule = new LintSchedule(defaultDebounce, (uri) => void lint(uri))
  let documentChanges = false
  let watchesByRegistration = false

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = readOptions(params.initializationOptions)
    settings = {roots: workspaceRoots(params), ...(options.configFile ? {configFile: options.configFile} : {})}
    linter = new Linter(settings)
    schedule = new LintSchedule(options.debounce ?? defaultDebounce, (uri) => void lint(uri))
    const workspace = params.capabilities.workspace
    documentChanges = workspace?.workspaceEdit?.documentChanges === true
    watchesByRegistration = workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: ['quickfix']},
        hoverProvider: true,
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'mindlint', version: toolInfo().version}
    }
  })

  connection.onInitialized(() => {
    // Clients that cannot be asked to watch files still send what their own settings watch.
    if (watchesByRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: watchedGlobs.map((globPattern) => ({globPattern}))})
    }
  })

  connection.onNotification('workspace/didChangeWorkspaceFolders', (params: {event: {added: Array<{uri: string}>; removed: Array<{uri: string}>}}) => {
    const removed = new Set(params.event.removed.flatMap((folder) => pathOfUri(folder.uri) ?? []))
    const roots = [...settings.roots.filter((root) => !removed.has(root)), ...params.event.added.flatMap((folder) => pathOfUri(folder.uri) ?? [])]
    settings = {...settings, roots}
    reloadSettings()
  })

  documents.onDidChangeContent(({document}) => {
    // Shown at once when a buffer opens; after a pause while it is edited.
    schedule.schedule(document.uri, seen.has(document.uri) ? undefined : 0)
  })

  documents.onDidClose(({document}) => {
    schedule.cancel(document.uri)
    linted.delete(document.uri)
    seen.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  documents.onDidSave(({document}) => {
    const path = pathOfUri(document.uri)
    if (path && isSettingsFile(path)) reloadSettings()
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    if (changes.some((change) => isSettingsFile(pathOfUri(change.uri) ?? ''))) reloadSettings()
  })

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    const last = linted.get(params.textDocument.uri)
    if (!document || !last) return []
    return codeActions({document, linted: last, range: params.range, ...(params.context.only ? {only: params.context.only} : {}), documentChanges})
  })

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri)
    const last = linted.get(params.textDocument.uri)
    if (!document || !last || document.version !== last.version) return null
    return hoverAt(last, params.position) ?? null
  })

  connection.onShutdown(() => {
    schedule.dispose()
    linter.dispose()
  })

  /** Forget loaded configs (one changed), clear the broken ones shown, and lint every open buffer again. */
  function reloadSettings(): void {
    linter.configure(settings)
    for (const file of brokenConfigs.keys()) connection.sendDiagnostics({uri: pathToFileURL(file).href, diagnostics: []})
    brokenConfigs.clear()
    for (const document of documents.all()) schedule.schedule(document.uri, 0)
  }

  async function lint(uri: string): Promise<void> {
    // Changes already received are applied first: a lint of text that is no longer current is wasted.
    await nextTurn()
    const document = documents.get(uri)
    if (!document || schedule.pending(uri)) return
    // One lint per buffer at a time: text changed meanwhile is linted when this one ends.
    if (inFlight.has(uri)) {
      lintAgain.add(uri)
      return
    }

    const version = document.version
    const text = document.getText()
    inFlight.add(uri)
    let outcome: LintOutcome
    try {
      outcome = await linter.lint({uri, languageId: document.languageId, text})
    } finally {
      inFlight.delete(uri)
    }

    if (lintAgain.delete(uri)) schedule.schedule(uri, 0)
    if (outcome.kind === 'failed') connection.console.error(`mindlint: internal error linting ${uri}: ${outcome.problem}`)
    // Newest text wins: a buffer changed or closed meanwhile is linted again by its own schedule.
    if (documents.get(uri) !== document || document.version !== version || schedule.pending(uri)) return
    seen.add(uri)

    if (outcome.kind === 'linted') {
      const findings = outcome.result.messages.map((message) => toFinding(message, uri, (offset) => document.positionAt(offset)))
      linted.set(uri, {uri, version, text, format: outcome.format, config: outcome.config, findings})
      connection.sendDiagnostics({uri, version, diagnostics: findings.map((finding) => finding.diagnostic)})
      return
    }

    linted.delete(uri)
    if (outcome.kind === 'broken-config') showBrokenConfig(outcome.error)
    const notice =
      outcome.kind === 'too-large'
        ? {severity: DiagnosticSeverity.Information, message: `not linted: larger than ${outcome.limit / 1024 / 1024} MB (the command line's --max-file-size default)`}
        : outcome.kind === 'failed'
          ? {severity: DiagnosticSeverity.Error, message: `internal error, not linted: ${outcome.problem}`}
          : undefined
    const top = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    connection.sendDiagnostics({uri, version, diagnostics: notice ? [{range: top, source: 'mindlint', ...notice}] : []})
  }

  function showBrokenConfig(error: ConfigProblem): void {
    if (brokenConfigs.get(error.file) === error.message) return
    brokenConfigs.set(error.file, error.message)
    let text: string | undefined
    try {
      text = readFileSync(error.file, 'utf8')
    } catch {
      text = undefined
    }

    connection.sendDiagnostics({uri: pathToFileURL(error.file).href, diagnostics: [configErrorDiagnostic(error, text)]})
  }

  documents.listen(connection)
  connection.listen()
  return connection
}

function readOptions(value: unknown): ServerOptions {
  const options: ServerOptions = {}
  if (!value || typeof value !== 'object') return options
  const given = value as Record<string, unknown>
  if (typeof given.configFile === 'string' && given.configFile !== '') options.configFile = given.configFile
  if (typeof given.debounce === 'number' && Number.isFinite(given.debounce) && given.debounce >= 0) options.debounce = given.debounce
  return options
}

function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
  const roots = uris.flatMap((uri) => pathOfUri(uri) ?? [])
  if (roots.length === 0 && params.rootPath) roots.push(params.rootPath)
  return roots
}
