// The CLI helpers live in helpers.ts; this name is kept for the tests that import it.
export {cliPath, type CliRun, runCli, tempProject} from './helpers.js'
