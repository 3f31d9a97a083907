import type {Document} from './types.js'

/**
 * The text of `[start, end)` as a reader sees it, for quoting in a message:
 * the file's text, except in HTML, where a span may hold tags and entities
 * (`It&rsquo;s 100%&nbsp;<b>safe</b>`): there, the words of the span.
 */
export function shownText(document: Document, start: number, end: number): string {
  const slice = document.text.slice(start, end)
  if (document.format !== 'html' || !/[<&]/.test(slice)) return slice
  const {sentences} = document
  // The first sentence that ends after `start`.
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sentences[middle].end <= start) low = middle + 1
    else high = middle
  }

  let shown = ''
  for (let index = low; index < sentences.length && sentences[index].start < end; index++) {
    for (const token of sentences[index].tokens) {
      if (token.start < start || token.end > end) continue
      shown += (shown === '' || token.attached ? '' : ' ') + token.text
    }
  }

  return shown === '' ? slice : shown
}
