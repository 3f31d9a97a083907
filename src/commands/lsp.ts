/**
 * `mindlint lsp`: the language server for editors, on standard input and
 * output. Loaded only for this command, so a lint run never pays for it.
 */
export async function runLsp(): Promise<number> {
  const {startServer} = await import('../lsp/server.js')
  startServer()
  // The server runs until the editor sends `exit` (or closes its input); the
  // protocol library ends the process then, with 0 after `shutdown` and 1 otherwise.
  return new Promise<number>(() => {})
}
