import {type ChildProcess, spawn} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {cliPath} from './helpers.js'

/** What the server published for one URI. */
export interface Published {
  uri: string
  version?: number
  diagnostics: Array<{
    range: {start: {line: number; character: number}; end: {line: number; character: number}}
    severity?: number
    code?: string | number
    codeDescription?: {href: string}
    source?: string
    message: string
    relatedInformation?: Array<{location: {uri: string; range: {start: {line: number; character: number}; end: {line: number; character: number}}}; message: string}>
  }>
}

/**
 * An editor's side of a `mindlint lsp` session: the built command line
 * started as a child process, spoken to over its standard input and output.
 */
export class LspClient {
  readonly connection: MessageConnection
  readonly child: ChildProcess
  readonly stderr: string[] = []
  /** Every publishDiagnostics, oldest first. */
  readonly published: Published[] = []
  private readonly waiters: Array<{uri: string; test: (published: Published) => boolean; resolve: (published: Published) => void}> = []
  private readonly exited: Promise<number | null>

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [cliPath, 'lsp', '--stdio'], {cwd, stdio: ['pipe', 'pipe', 'pipe']})
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()))
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params)
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1)
          waiter.resolve(params)
        }
      }
    })
    // Registrations (file watchers) are accepted as an editor would.
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.listen()
  }

  async initialize(root: string, initializationOptions: Record<string, unknown> = {}): Promise<{capabilities: Record<string, unknown>}> {
    const result = await this.connection.sendRequest<{capabilities: Record<string, unknown>}>('initialize', {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{uri: uriOf(root), name: 'project'}],
      initializationOptions,
      capabilities: {
        workspace: {workspaceEdit: {documentChanges: true}, didChangeWatchedFiles: {dynamicRegistration: true}},
        textDocument: {publishDiagnostics: {relatedInformation: true, versionSupport: true}, hover: {contentFormat: ['markdown']}}
      }
    })
    await this.connection.sendNotification('initialized', {})
    return result
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
  }

  /** The next publishDiagnostics for `uri` that passes `test` (one already received counts when `since` is before it). */
  diagnostics(uri: string, test: (published: Published) => boolean = () => true, since = this.published.length): Promise<Published> {
    const earlier = this.published.slice(since).find((published) => published.uri === uri && test(published))
    if (earlier) return Promise.resolve(earlier)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in time; stderr: ${this.stderr.join('')}`)), 20_000)
      this.waiters.push({uri, test, resolve: (published) => (clearTimeout(timer), resolve(published))})
    })
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params)
  }

  /** `shutdown` then `exit`, as an editor closes the server; resolves to the exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    await this.connection.sendNotification('exit')
    const code = await this.exited
    this.connection.dispose()
    return code
  }

  kill(): void {
    this.connection.dispose()
    this.child.kill()
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href
}
