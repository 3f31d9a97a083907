import type {Document} from '../document/types.js'
import {type LexiconEntry, loadLexicon} from '../rule/lexicon.js'
import type {AnyRule, RuleMatch} from '../rule/types.js'
import {PhraseMatcher} from '../text/phrase-matcher.js'

/** Who a compiled phrase belongs to. */
interface PhraseOwner {
  ruleId: string
  entry: LexiconEntry
  allow: boolean
}

export interface CompiledPhrases {
  matcher: PhraseMatcher
  owners: PhraseOwner[]
}

export interface LexiconRule {
  rule: AnyRule
  options: Record<string, unknown>
}

const compiled = new Map<string, CompiledPhrases>()

/**
 * One matcher for every enabled lexicon rule, built once per distinct set of
 * rules and phrase options, and shared by every file that uses it.
 */
export function compilePhrases(rules: readonly LexiconRule[]): CompiledPhrases {
  const key = rules
    .map(({rule, options}) => `${rule.meta.id}:${JSON.stringify(options.extraPhrases ?? [])}:${JSON.stringify(options.allowPhrases ?? [])}`)
    .join('|')
  const cached = compiled.get(key)
  if (cached) return cached

  const phrases: string[] = []
  const owners: PhraseOwner[] = []
  const add = (ruleId: string, entry: LexiconEntry, allow: boolean) => {
    for (const phrase of entry.phrases) {
      phrases.push(phrase)
      owners.push({ruleId, entry, allow})
    }
  }

  for (const {rule, options} of rules) {
    if (!rule.lexicon) continue
    const lexicon = loadLexicon(rule.lexicon)
    const id = rule.meta.id
    for (const entry of lexicon.phrases) add(id, entry, false)
    for (const entry of lexicon.allow) add(id, entry, true)
    for (const phrase of (options.extraPhrases as string[] | undefined) ?? []) {
      add(id, {phrases: [phrase], note: 'added in configuration'}, false)
    }

    for (const phrase of (options.allowPhrases as string[] | undefined) ?? []) {
      add(id, {phrases: [phrase], note: 'allowed in configuration'}, true)
    }
  }

  const result = {matcher: new PhraseMatcher(phrases), owners}
  compiled.set(key, result)
  return result
}

/**
 * Run the matcher once over every sentence and hand each rule its matches:
 * allowed phrases remove the matches they overlap, and a match inside a
 * longer match of the same rule and tag is dropped.
 */
export function findRuleMatches(document: Document, phrases: CompiledPhrases): Map<string, RuleMatch[]> {
  const byRule = new Map<string, RuleMatch[]>()

  for (const sentence of document.sentences) {
    if (sentence.tokens.length === 0) continue
    const found = phrases.matcher.match(sentence.tokens)
    if (found.length === 0) continue

    const allowed = found.filter((match) => phrases.owners[match.phrase].allow)
    const kept = found.filter((match) => {
      const owner = phrases.owners[match.phrase]
      if (owner.allow) return false
      return !allowed.some(
        (allow) => phrases.owners[allow.phrase].ruleId === owner.ruleId && allow.start < match.end && match.start < allow.end
      )
    })

    for (const match of kept) {
      const owner = phrases.owners[match.phrase]
      // Only a match of the same kind (tag) is swallowed: a rule may weigh
      // differently tagged matches against each other (a claim and its context).
      const inside = kept.some(
        (other) =>
          other !== match &&
          phrases.owners[other.phrase].ruleId === owner.ruleId &&
          phrases.owners[other.phrase].entry.tag === owner.entry.tag &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start
      )
      if (inside) continue
      let list = byRule.get(owner.ruleId)
      if (!list) byRule.set(owner.ruleId, (list = []))
      list.push({
        entry: owner.entry,
        sentence,
        startToken: match.startToken,
        endToken: match.endToken,
        start: match.start,
        end: match.end,
        text: document.text.slice(match.start, match.end)
      })
    }
  }

  return byRule
}
