import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {type CommentFeatures, type FeatureKind, featureKinds} from './features.js'

/**
 * The learned part of spam-comment: a logistic regression over the
 * features of `features.ts`, trained by `scripts/train-spam-model.mjs`
 * (see the README for the data). `model.json` holds the bias and one weight
 * per feature, named with its kind ("w:subscribe"); a feature it does not
 * list weighs nothing. Held as one map per kind, so a comment's features
 * are looked up as they are, without building their names.
 */
export interface SpamModel {
  bias: number
  weights: Readonly<Record<FeatureKind, ReadonlyMap<string, number>>>
}

let cached: SpamModel | undefined

/** Read `model.json` once, when the first file with comments is linted. A malformed file is an error naming it. */
export function spamModel(): SpamModel {
  if (cached) return cached
  const file = fileURLToPath(new URL('model.json', import.meta.url))
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: cannot read the learned weights (${(error as Error).message})`)
  }

  cached = parseModel(data, file)
  return cached
}

export function parseModel(data: unknown, name: string): SpamModel {
  const {bias, weights} = (data ?? {}) as {bias?: unknown; weights?: unknown}
  if (typeof bias !== 'number' || typeof weights !== 'object' || weights === null) throw new Error(`${name}: expected {"bias": number, "weights": {feature: number}}`)
  const maps = Object.fromEntries(featureKinds.map((kind) => [kind, new Map<string, number>()])) as Record<FeatureKind, Map<string, number>>
  for (const [feature, weight] of Object.entries(weights)) {
    const kind = feature.slice(0, 2)
    if (!featureKinds.some((known) => `${known}:` === kind)) throw new Error(`${name}: "${feature}" is not a feature name (s:, f:, w:, b: or c: and a name)`)
    if (typeof weight !== 'number' || !Number.isFinite(weight)) throw new Error(`${name}: the weight of "${feature}" is not a number`)
    maps[kind.charAt(0) as FeatureKind].set(feature.slice(2), weight)
  }

  return {bias, weights: maps}
}

/** The model's probability that a comment with these features is spam. */
export function spamProbability(model: SpamModel, features: CommentFeatures): number {
  let logit = model.bias
  for (const kind of featureKinds) {
    const weights = model.weights[kind]
    for (const feature of features[kind]) logit += weights.get(feature) ?? 0
  }

  return 1 / (1 + Math.exp(-logit))
}

/** The words (four letters or more) and word pairs that pushed a comment most towards spam, strongest first, for the message. */
export function spamWords(model: SpamModel, features: CommentFeatures): string[] {
  const pushing: Array<[string, number]> = []
  for (const kind of ['w', 'b'] as const) {
    for (const feature of features[kind]) {
      const weight = model.weights[kind].get(feature)
      const shown = readable(feature)
      if (weight !== undefined && weight > 0 && (kind === 'b' ? /\p{L}/u.test(shown) : shown.length >= 4 && !shown.startsWith('<'))) pushing.push([shown, weight])
    }
  }

  pushing.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return [...new Set(pushing.map(([shown]) => shown))]
}

/** "^ check out" as "check out"; placeholders as what they stand for. */
function readable(feature: string): string {
  return feature
    .replace(/^\^ | \$$/g, '')
    .replace(/_link_/g, '<link>')
    .replace(/_source_/g, '<source link>')
    .replace(/_email_/g, '<e-mail>')
    .replace(/_money_/g, '<money>')
    .replace(/_longnumber_|_number_/g, '<number>')
}
