import {describe, expect, it} from 'vitest'
import {filesPerThread, runtimePlan} from '../src/runtime/plan.js'

describe('the threads a run uses', () => {
  it('--jobs auto: this thread alone for a few files, one thread a core for many', () => {
    expect(runtimePlan({jobs: 'auto', files: 1, workersPossible: true, cores: 4}).workers).toBe(0)
    expect(runtimePlan({jobs: 'auto', files: 2 * filesPerThread - 1, workersPossible: true, cores: 4}).workers).toBe(0)
    expect(runtimePlan({jobs: 'auto', files: 2 * filesPerThread, workersPossible: true, cores: 4}).workers).toBe(1)
    expect(runtimePlan({jobs: 'auto', files: 10_000, workersPossible: true, cores: 4}).workers).toBe(3)
    expect(runtimePlan({jobs: 'auto', files: 10_000, workersPossible: true, cores: 1}).workers).toBe(0)
  })

  it('--jobs N: this thread and N - 1 workers, never more threads than files', () => {
    expect(runtimePlan({jobs: 1, files: 500, workersPossible: true}).workers).toBe(0)
    expect(runtimePlan({jobs: 3, files: 500, workersPossible: true, cores: 1}).workers).toBe(2)
    expect(runtimePlan({jobs: 8, files: 2, workersPossible: true}).workers).toBe(1)
  })

  it('one thread when workers cannot load the rules', () => {
    expect(runtimePlan({jobs: 4, files: 500, workersPossible: false}).workers).toBe(0)
  })

  it('caps each worker heap, and MINDLINT_WORKER_HEAP_MB sets its old generation', () => {
    const limits = runtimePlan({jobs: 2, files: 500, workersPossible: true, env: {}}).resourceLimits
    expect(limits.maxOldGenerationSizeMb).toBeGreaterThan(0)
    expect(limits.maxYoungGenerationSizeMb).toBeGreaterThan(0)
    expect(runtimePlan({jobs: 2, files: 500, workersPossible: true, env: {MINDLINT_WORKER_HEAP_MB: '32'}}).resourceLimits.maxOldGenerationSizeMb).toBe(32)
    expect(runtimePlan({jobs: 2, files: 500, workersPossible: true, env: {MINDLINT_WORKER_HEAP_MB: 'lots'}}).resourceLimits).toEqual(limits)
  })
})
