import module from 'node:module'

/** The compile-cache functions of Node 22.1 and later (absent on Node 20). */
interface CompileCacheApi {
  enableCompileCache?: (directory?: string) => unknown
  getCompileCacheDir?: () => string | undefined
}

const api = module as unknown as CompileCacheApi

/** The folder of this thread's compile cache, when Node has one and it is on. */
export function compileCacheDir(): string | undefined {
  return api.getCompileCacheDir?.()
}

/**
 * Keep the compiled code of the modules this thread loads from now on in
 * `directory`, as the main thread does (bin/mindlint.js); nothing on Node 20.
 */
export function enableCompileCache(directory: string): void {
  api.enableCompileCache?.(directory)
}
