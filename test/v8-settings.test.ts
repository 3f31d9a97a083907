import {describe, expect, it} from 'vitest'
import {inlineLessOnBusyCores} from '../src/commands/v8-settings.js'

describe('inlining budget for worker threads', () => {
  it('leaves V8 alone on one thread, or when cores are left for its compiler', () => {
    expect(inlineLessOnBusyCores(1, 1)).toBe(false)
    expect(inlineLessOnBusyCores(1, 2)).toBe(false)
    expect(inlineLessOnBusyCores(2, 4)).toBe(false)
    expect(inlineLessOnBusyCores(3, 8)).toBe(false)
  })

  it('inlines less once the linting threads take every core', () => {
    expect(inlineLessOnBusyCores(2, 2)).toBe(true)
    expect(inlineLessOnBusyCores(4, 2)).toBe(true)
  })
})
