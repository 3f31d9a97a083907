import {describe, expect, it} from 'vitest'
import {filesPerThread, runtimePlan} from '../src/runtime/plan.js'

describe('the threads a run uses', () => {
  it('--jobs auto: this thread alone for a few files; for many, workers on all cores but one while this thread hands out files', () => {
    const auto = (files: number, cores: number) => {
      const plan = runtimePlan({jobs: 'auto', files, workersPossible: true, cores})
      return [plan.workers, plan.mainThreadLints]
    }

    expect(auto(1, 4)).toEqual([0, true])
    expect(auto(filesPerThread - 1, 4)).toEqual([0, true])
    expect(auto(filesPerThread, 4)).toEqual([1, false])
    expect(auto(10_000, 2)).toEqual([1, false])
    expect(auto(10_000, 8)).toEqual([7, false])
    expect(auto(3 * filesPerThread, 8)).toEqual([3, false])
    // One core: still a worker, so the run's heap is capped.
    expect(auto(10_000, 1)).toEqual([1, false])
  })

  it('--jobs N: this thread and N - 1 workers, all linting, never more threads than files', () => {
    expect(runtimePlan({jobs: 1, files: 500, workersPossible: true})).toMatchObject({workers: 0, mainThreadLints: true})
    expect(runtimePlan({jobs: 3, files: 500, workersPossible: true, cores: 1})).toMatchObject({workers: 2, mainThreadLints: true})
    expect(runtimePlan({jobs: 8, files: 2, workersPossible: true}).workers).toBe(1)
  })

  it('this thread alone when workers cannot load the rules', () => {
    expect(runtimePlan({jobs: 4, files: 500, workersPossible: false})).toMatchObject({workers: 0, mainThreadLints: true})
    expect(runtimePlan({jobs: 'auto', files: 10_000, workersPossible: false, cores: 8})).toMatchObject({workers: 0, mainThreadLints: true})
  })

  it('caps each worker heap, and MINDLINT_WORKER_HEAP_MB sets its old generation', () => {
    const limits = runtimePlan({jobs: 2, files: 500, workersPossible: true, env: {}}).resourceLimits
    expect(limits.maxOldGenerationSizeMb).toBeGreaterThan(0)
    expect(limits.maxYoungGenerationSizeMb).toBeGreaterThan(0)
    expect(runtimePlan({jobs: 2, files: 500, workersPossible: true, env: {MINDLINT_WORKER_HEAP_MB: '32'}}).resourceLimits.maxOldGenerationSizeMb).toBe(32)
    expect(runtimePlan({jobs: 2, files: 500, workersPossible: true, env: {MINDLINT_WORKER_HEAP_MB: 'lots'}}).resourceLimits).toEqual(limits)
  })
})
