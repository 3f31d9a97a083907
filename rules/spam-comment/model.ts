import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/**
 * The learned part of spam-comment: a logistic regression over the
 * features of `features.ts`, trained by `scripts/train-spam-model.mjs`
 * (see the README for the data). `model.json` holds the bias and one weight
 * per feature; a feature it does not list weighs nothing.
 */
export interface SpamModel {
  bias: number
  weights: ReadonlyMap<string, number>
}

export interface ModelReading {
  /** The model's probability that the comment is spam. */
  probability: number
  /** The word features that pushed it most towards spam, strongest first. */
  words: string[]
}

let cached: SpamModel | undefined

/** Read `model.json` once, when the first file with comments is linted. A malformed file is an error naming it. */
export function spamModel(): SpamModel {
  if (cached) return cached
  const file = fileURLToPath(new URL('model.json', import.meta.url))
  cached = parseModel(JSON.parse(readFileSync(file, 'utf8')), file)
  return cached
}

export function parseModel(data: unknown, name: string): SpamModel {
  const {bias, weights} = (data ?? {}) as {bias?: unknown; weights?: unknown}
  if (typeof bias !== 'number' || typeof weights !== 'object' || weights === null) throw new Error(`${name}: expected {"bias": number, "weights": {feature: number}}`)
  const map = new Map<string, number>()
  for (const [feature, weight] of Object.entries(weights)) {
    if (typeof weight !== 'number' || !Number.isFinite(weight)) throw new Error(`${name}: the weight of "${feature}" is not a number`)
    map.set(feature, weight)
  }

  return {bias, weights: map}
}

export function readWithModel(model: SpamModel, features: readonly string[]): ModelReading {
  let logit = model.bias
  const pushing: Array<[string, number]> = []
  for (const feature of features) {
    const weight = model.weights.get(feature)
    if (weight === undefined) continue
    logit += weight
    // Words and word pairs are worth naming; letter groups, placeholders and shapes are not.
    if (weight > 0 && worthNaming(feature)) pushing.push([feature, weight])
  }

  pushing.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return {probability: 1 / (1 + Math.exp(-logit)), words: [...new Set(pushing.map(([feature]) => shown(feature)))]}
}

/** Words of four letters or more and word pairs (not letter groups, placeholders or shapes). */
function worthNaming(feature: string): boolean {
  const words = feature.slice(2).replace(/_\w+_|[\^$]/g, ' ').trim()
  if (feature.startsWith('b:')) return /\p{L}/u.test(words)
  return feature.startsWith('w:') && words.length >= 4
}

/** "b:check out" as "check out"; placeholders as what they stand for. */
function shown(feature: string): string {
  return feature
    .slice(2)
    .replace(/^\^ | \$$/g, '')
    .replace(/_link_/g, '<link>')
    .replace(/_source_/g, '<source link>')
    .replace(/_email_/g, '<e-mail>')
    .replace(/_money_/g, '<money>')
    .replace(/_longnumber_|_number_/g, '<number>')
}
