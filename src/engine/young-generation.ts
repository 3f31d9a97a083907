import {getHeapSpaceStatistics, setFlagsFromString} from 'node:v8'

/**
 * The young generation of every linting thread in a run with workers.
 *
 * V8 lets each isolate's semi-spaces grow to 16 MB (two of them, 32 MB a
 * thread), and with two linting threads that alone kept a run of 1,000
 * articles at about 200 MB. A file's short-lived objects (its trees, its
 * model, its findings) need far less: with 4 MB semi-spaces the run stays
 * near 135 MB (bench/README.md, session 9).
 *
 * A worker's size is set when it is created (`resourceLimits`, and the
 * process-wide `--min-semi-space-size` so it starts at its full size
 * instead of growing). This thread's isolate exists already, so it is held
 * instead: it grows as usual until it reaches the size, and then V8's growth
 * factor is set to 1. That factor is process-wide, and V8 puts it back to
 * 2 whenever it sets up a new isolate, so it is set again once each worker
 * is online. Overridden by MINDLINT_SEMI_SPACE_MB.
 */
export function semiSpaceMb(): number {
  return Number(process.env.MINDLINT_SEMI_SPACE_MB) || 4
}

/** `resourceLimits.maxYoungGenerationSizeMb` for a semi-space size: two semi-spaces and a young large-object space as big as one. */
export function youngGenerationMb(semiMb: number): number {
  return 3 * semiMb
}

/** Workers created from now on start with their semi-spaces at `semiMb`. */
export function startWorkersAt(semiMb: number): void {
  setFlagsFromString(`--min-semi-space-size=${semiMb}`)
}

/** This thread's new space (both semi-spaces), in MB. */
function newSpaceMb(): number {
  const space = getHeapSpaceStatistics().find((entry) => entry.space_name === 'new_space')
  return space ? space.space_size / (1024 * 1024) : 0
}

/**
 * Stop this thread's semi-spaces from growing once they reached `semiMb`;
 * true when they are held. Cheap enough to call after every file.
 */
export function holdThisThreadAt(semiMb: number): boolean {
  if (newSpaceMb() < 2 * semiMb) return false
  setFlagsFromString('--semi-space-growth-factor=1')
  return true
}
