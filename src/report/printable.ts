/**
 * Text for a terminal or a log: control characters (escape sequences that
 * could clear the screen or retitle the window, a CR or LF that would
 * break the line) and bidirectional overrides (which reorder what is
 * shown) are written as visible escapes, `\x1b` or `\u202e`. A file name
 * or a scraped article cannot take over the terminal that shows it.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (character) => {
    const code = character.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`
  })
}
