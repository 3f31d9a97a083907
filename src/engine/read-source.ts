import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs'

/** Files larger than this are skipped with a message (`--max-file-size`). */
export const defaultMaxFileSize = 8 * 1024 * 1024

export type SourceReading = {ok: true; text: string} | {ok: false; problem: string}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Read a file as UTF-8 text, or say plainly why it cannot be linted: not a
 * regular file, too large, binary, UTF-16, invalid UTF-8, or an I/O error.
 * The BOM, when present, is kept so offsets match the file.
 */
export async function readSource(path: string, maxBytes = defaultMaxFileSize): Promise<SourceReading> {
  // Synchronous calls: cheaper than four round trips to the thread pool per
  // file (open, stat, read, close), and a lint run has nothing else to do meanwhile.
  let descriptor: number
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return {ok: false, problem: ioProblem(error)}
  }

  try {
    const stat = fstatSync(descriptor)
    if (stat.isDirectory()) return {ok: false, problem: 'is a folder, not a file'}
    if (!stat.isFile()) return {ok: false, problem: `not a regular file (${kindOf(stat)}); skipped`}
    if (stat.size > maxBytes) {
      return {
        ok: false,
        problem: `file is too large (${megabytes(stat.size)} MB; the limit is ${megabytes(maxBytes)} MB, see --max-file-size); skipped`
      }
    }

    return decodeSource(readFileSync(descriptor))
  } catch (error) {
    return {ok: false, problem: ioProblem(error)}
  } finally {
    try {
      closeSync(descriptor)
    } catch {}
  }
}

/** Decode bytes as UTF-8 text, refusing binary data and other encodings. */
export function decodeSource(buffer: Uint8Array): SourceReading {
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
    return {ok: false, problem: 'UTF-16 text is not supported: save the file as UTF-8'}
  }

  const probe = Math.min(buffer.length, 8000)
  for (let index = 0; index < probe; index++) {
    if (buffer[index] === 0) return {ok: false, problem: 'binary file (it contains NUL bytes); skipped'}
  }

  try {
    return {ok: true, text: decoder.decode(buffer)}
  } catch {
    return {ok: false, problem: `invalid UTF-8 at byte ${firstInvalidByte(buffer)}: save the file as UTF-8`}
  }
}

function firstInvalidByte(buffer: Uint8Array): number {
  let index = 0
  while (index < buffer.length) {
    const byte = buffer[index]
    let length = 0
    if (byte < 0x80) length = 1
    else if (byte >= 0xc2 && byte <= 0xdf) length = 2
    else if (byte >= 0xe0 && byte <= 0xef) length = 3
    else if (byte >= 0xf0 && byte <= 0xf4) length = 4
    else return index
    for (let next = 1; next < length; next++) {
      const continuation = buffer[index + next]
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index
    }

    index += length
  }

  return index
}

function ioProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT': {
      return 'no such file (it may have been moved or deleted)'
    }

    case 'EACCES':
    case 'EPERM': {
      return 'permission denied: the file cannot be read'
    }

    case 'EISDIR': {
      return 'is a folder, not a file'
    }

    case 'ELOOP': {
      return 'too many symbolic links (a link loop?)'
    }

    default: {
      return `cannot read: ${code ?? (error as Error).message}`
    }
  }
}

function kindOf(stat: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string {
  if (stat.isFIFO()) return 'a named pipe'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return 'not a file'
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}
