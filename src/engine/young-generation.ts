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
 * process-wide `--min-semi-space-size` so that it starts at that size
 * instead of growing). This thread's isolate exists already, so its growth
 * is steered with V8's growth factor instead (`ThreadHold`). Overridden by
 * MINDLINT_SEMI_SPACE_MB.
 */
export function semiSpaceMb(): number {
  return Number(process.env.MINDLINT_SEMI_SPACE_MB) || 4
}

/**
 * V8 watches where objects are allocated, and when most of one allocation
 * site's objects outlive a young-generation collection, it allocates that
 * site's later objects straight in the old generation. A linter's objects
 * live for one file, so those objects are garbage in the old generation
 * soon after, collected there at far higher cost, and the smaller the young
 * generation, the more sites qualify. 300 articles on one thread with 8 MB
 * semi-spaces: 786 KB reached the old generation at each young collection
 * with it, 212 KB without, and the peak went from 167 to 119 MB
 * (bench/README.md, session 9). Process-wide; MINDLINT_PRETENURING keeps
 * V8's default.
 */
export function keepShortLivedObjectsYoung(): void {
  if (process.env.MINDLINT_PRETENURING) return
  setFlagsFromString('--no-allocation-site-pretenuring')
}

/** `resourceLimits.maxYoungGenerationSizeMb` for a semi-space size: two semi-spaces and a young large-object space as big as one. */
export function youngGenerationMb(semiMb: number): number {
  return 3 * semiMb
}

/** Workers created from now on start with their semi-spaces at `semiMb` (and, as small as they are, without pretenuring). */
export function startWorkersAt(semiMb: number): void {
  setFlagsFromString(`--min-semi-space-size=${semiMb}`)
  keepShortLivedObjectsYoung()
}

/**
 * Stop this thread's young generation growing, at whatever size it has.
 * Process-wide, and V8 puts the growth factor back to 2 whenever it sets up
 * a new isolate. A caller that plans a long run calls it first: listing
 * 10,000 files took the young generation from 4 to 16 MB before a worker
 * was even started.
 */
export function stopGrowing(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}

/** Let this thread's young generation grow again, the way V8 does by default. */
export function growAgain(): void {
  setFlagsFromString('--semi-space-growth-factor=2')
}

/** This thread's new space (both semi-spaces), in MB. */
function newSpaceMb(): number {
  const space = getHeapSpaceStatistics().find((entry) => entry.space_name === 'new_space')
  return space ? space.space_size / (1024 * 1024) : 0
}

/**
 * Brings this thread's semi-spaces to `semiMb` and holds them there, while
 * workers lint beside it. Until this thread's first file is linted, its
 * young generation does not grow: that file loads the lexicons, the word
 * lists and the dictionary, most of which lives on, and growing meanwhile
 * took it past the size in one file. After that it grows as usual (a file
 * at a time, so no step is missed) until it reaches the size.
 */
export class ThreadHold {
  private firstFileDone = false
  private held = false

  constructor(private readonly semiMb: number) {
    this.settle()
  }

  /**
   * After each file this thread lints. Once held, nothing to do: only a new
   * isolate resets the growth factor, and that is `workerOnline`.
   */
  fileDone(): void {
    if (this.held) return
    this.firstFileDone = true
    this.settle()
  }

  /** After a worker comes online: setting up its isolate reset the growth factor. */
  workerOnline(): void {
    this.settle()
  }

  private settle(): void {
    if (!this.held && newSpaceMb() >= 2 * this.semiMb) this.held = true
    if (this.held || !this.firstFileDone) stopGrowing()
    else growAgain()
  }
}
