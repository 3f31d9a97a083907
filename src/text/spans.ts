/** Anything with a start and an end offset: phrase matches, treatment mentions, allowed spans. */
export interface OffsetSpan {
  start: number
  end: number
}

/** By start, then the longer first: the order a matcher's results and nested spans are read in. */
export function compareSpans(a: OffsetSpan, b: OffsetSpan): number {
  return a.start - b.start || b.end - a.end
}

/** Whether `spans` are already in `compareSpans` order (most lists arrive sorted: no sort needed). */
export function isOrdered(spans: readonly OffsetSpan[]): boolean {
  for (let index = 1; index < spans.length; index++) if (compareSpans(spans[index - 1], spans[index]) > 0) return false
  return true
}
