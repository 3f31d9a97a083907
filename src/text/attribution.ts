/**
 * Who is speaking: experts named with a title, credential or role ("Dr.
 * Lena Ortiz", "Sam Lee, MD", "Jo Park, a psychiatrist"), and the verbs
 * that report speech ("says", "explains", "according to"). Works on
 * tokens with their written text, so capital letters can mark names.
 */

import {startsWithCapital} from './word-shapes.js'
import {loadWordLists} from './word-lists.js'

const attributionWords = loadWordLists('attribution-words', ['titles', 'credentials', 'expertRoles', 'staffExtraRoles', 'speechVerbs', 'notNames', 'organisationWords', 'groupExtraVerbs', 'groupRoles', 'verbHelpers', 'objectPronouns', 'stopBefore', 'groupPlaces', 'attestingVerbs', 'experienceWords', 'endorsementConditions', 'speakerPronouns', 'expertLeads'] as const)

export interface AttributionToken {
  kind: string
  text: string
  lower: string
  start: number
  end: number
}

export interface Expert {
  start: number
  end: number
  /** The name as written ("Martin Hale"); empty for "a psychiatrist". */
  name: string
}

const titles = new Set(attributionWords.titles)

/** Credentials after a name, as written (case matters: "DO" is not "do"). */
const credentials = new Set(attributionWords.credentials)

/** Roles that present someone as an expert whose word carries weight with readers. */
const expertRoles = new Set(attributionWords.expertRoles)

/** Everyone who speaks for the clinic rather than as a patient. */
const staffRoles = new Set([...expertRoles, ...attributionWords.staffExtraRoles])

const speechVerbs = new Set(attributionWords.speechVerbs)

/** Words that cannot be the first word of a name. */
const notNames = new Set(attributionWords.notNames)

function isNameWord(token: AttributionToken | undefined): boolean {
  // Most words start in lower case: answered before the pattern.
  if (!token || token.kind !== 'word' || !startsWithCapital(token.text)) return false
  return /^\p{Lu}[\p{L}'.-]*$/u.test(token.text) && !notNames.has(token.lower) && !titles.has(token.lower)
}

/** Capitalised words from `index` on: "Martin Hale", "J. R. Smith". */
function nameAt(tokens: readonly AttributionToken[], index: number): number {
  let end = index
  while (end < tokens.length && end - index < 4 && isNameWord(tokens[end])) end++
  return end
}

/** Experts named with a title, a credential or a role, in `tokens` (not organisations named after one). */
export function findExperts(tokens: readonly AttributionToken[]): Expert[] {
  return findTitledNames(tokens).filter((found) => {
    const words = found.name.split(' ')
    return !words.some((word) => organisationWords.has(word.toLowerCase()))
  })
}

function findTitledNames(tokens: readonly AttributionToken[]): Expert[] {
  const experts: Expert[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]

    // "Dr. Martin Hale", "Professor Lee"
    if (titles.has(token.lower) && startsWithCapital(token.text)) {
      const end = nameAt(tokens, index + 1)
      if (end > index + 1) {
        experts.push(expert(tokens, index, end))
        index = end - 1
        continue
      }
    }

    // "Yale psychiatrist Gerard Lee", "researcher Jo Park"
    if (expertRoles.has(token.lower) && isNameWord(tokens[index + 1])) {
      const end = nameAt(tokens, index + 1)
      if (end - index - 1 >= 2) {
        experts.push(expert(tokens, index + 1, end))
        index = end - 1
        continue
      }
    }

    // "Our head herbalist, Nana Boateng, says": the role, a comma, then the name.
    const afterRole = nameAfterRole(tokens, index)
    if (afterRole > 0) {
      experts.push(expert(tokens, index + 2, afterRole))
      index = afterRole - 1
      continue
    }

    // "Sam Lee, MD" or "Jo Park, a psychiatrist at ..."
    if (isNameWord(token) && (index === 0 || !isNameWord(tokens[index - 1]))) {
      const end = nameAt(tokens, index)
      // "Our Head Herbalist, Nana Boateng, says": the role capitalised, ending the run of capitals.
      const afterCapitalRole = nameAfterRole(tokens, end - 1)
      if (afterCapitalRole > 0) {
        experts.push(expert(tokens, end + 1, afterCapitalRole))
        index = afterCapitalRole - 1
        continue
      }

      if (end - index >= 2 && tokens[end]?.text === ',') {
        const next = tokens[end + 1]
        if (next && credentials.has(next.text)) {
          experts.push(expert(tokens, index, end))
        } else if (roleWithin(tokens, end + 1, 6)) {
          experts.push(expert(tokens, index, end))
        }
      }

      index = Math.max(index, end - 1)
    }
  }

  return experts
}

/** The end of a name of two words or more after the role at `role` and a comma ("herbalist, Nana Boateng"), or -1. */
function nameAfterRole(tokens: readonly AttributionToken[], role: number): number {
  if (!expertRoles.has(tokens[role].lower) || tokens[role + 1]?.text !== ',' || !isNameWord(tokens[role + 2])) return -1
  const end = nameAt(tokens, role + 2)
  return end - role - 2 >= 2 ? end : -1
}

/** An unnamed expert: "a leading psychiatrist", "one researcher". */
export function findUnnamedExperts(tokens: readonly AttributionToken[]): Expert[] {
  const experts: Expert[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (!expertRoles.has(token.lower)) continue
    for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
      const word = tokens[back].lower
      if (tokens[back].kind === 'punctuation') break
      if (word === 'a' || word === 'one' || word === 'an') {
        experts.push({start: tokens[back].start, end: token.end, name: ''})
        break
      }
    }
  }

  return experts
}

function roleWithin(tokens: readonly AttributionToken[], from: number, distance: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + distance); index++) {
    if (tokens[index].kind === 'punctuation' && tokens[index].text !== '-') return false
    if (expertRoles.has(tokens[index].lower) || tokens[index].lower === 'director') return true
  }

  return false
}

/** Words that make a titled name an organisation: "Dr. Kerklaan Therapeutics", "Dr. Lee Wellness Center". */
const organisationWords = new Set(attributionWords.organisationWords)

function expert(tokens: readonly AttributionToken[], start: number, end: number): Expert {
  const first = tokens[start]
  const nameStart = titles.has(first.lower) ? start + 1 : start
  return {
    start: first.start,
    end: tokens[end - 1].end,
    name: tokens.slice(nameStart, end).map((token) => token.text).join(' ')
  }
}

/** A verb that reports speech ("says", "explained", "according to"), as a token index, or -1. */
export function findSpeechVerb(tokens: readonly AttributionToken[]): number {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (speechVerbs.has(token.lower)) {
      // "calls for", "notes that" stay speech; "adds up", "the notes" do not.
      if (token.lower === 'notes' && tokens[index - 1]?.lower === 'the') continue
      if (token.lower === 'adds' && tokens[index + 1]?.lower === 'up') continue
      return index
    }

    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') return index
  }

  return -1
}

/** A role word ("nurse", "director") in `tokens`: staff speaking, not a patient. */
export function hasRoleWord(tokens: readonly AttributionToken[]): boolean {
  return tokens.some((token) => staffRoles.has(token.lower) || credentials.has(token.text) || titles.has(token.lower))
}

/**
 * Verbs of opinion or speech said of a group: "experts agree", "specialists
 * caution", "doctors recommend". A finding credited to researchers
 * ("researchers found", "scientists have discovered") is an evidence claim,
 * which the claim rules read.
 */
const groupVerbs = new Set([...speechVerbs, ...attributionWords.groupExtraVerbs])

/** Roles a group of experts goes by ("addiction experts", "mental health professionals"). */
const groupRoles = new Set(attributionWords.groupRoles)

/** Words that may stand between a group and its verb: "experts now say", "researchers did notice", "experts have long warned". */
const verbHelpers = new Set(attributionWords.verbHelpers)

/**
 * An unnamed group of experts credited with a statement: "experts say",
 * "most addiction experts believe", "psychologists agree", "an
 * international psychiatry taskforce recommends". Not the
 * publisher's own staff ("our doctors recommend"), and not a group told
 * what to do ("ask your doctor").
 */
export function findExpertGroups(tokens: readonly AttributionToken[]): Expert[] {
  const groups: Expert[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    // A scrape may drop the space after a full stop: "medication.Experts say".
    if (!groupRoles.has(afterLastFullStop(token.lower))) continue
    let verb = index + 1
    // "psychiatrists across the country now call": read past where the group is.
    if (groupPlaces.has(tokens[verb]?.lower ?? '')) {
      const after = verb + 1
      while (verb < after + 3 && verb + 1 < tokens.length && tokens[verb + 1].kind === 'word' && !verbHelpers.has(tokens[verb + 1].lower) && !groupVerbs.has(tokens[verb + 1].lower)) verb++
      verb++
    }

    const firstVerb = verb
    while (verb < tokens.length && verb - firstVerb <= 3 && verbHelpers.has(tokens[verb].lower)) verb++
    const endorsedBy = endorsingParticiple(tokens, index)
    if (endorsedBy >= 0) {
      groups.push({start: tokens[endorsedBy].start, end: token.end, name: ''})
      continue
    }

    if (!groupVerbs.has(tokens[verb]?.lower ?? '')) continue
    // "the doctors told me": someone's own doctors in a story, not experts cited.
    if (objectPronouns.has(tokens[verb + 1]?.lower ?? '')) continue
    // "the notes", "adds up" are no speech; "ask your doctor" is advice.
    let start = index
    while (start > 0 && start > index - 4 && tokens[start - 1].kind === 'word' && !stopBefore.has(tokens[start - 1].lower)) start--
    const before = tokens.slice(Math.max(0, start - 2), index).map((item) => item.lower)
    if (before.includes('our') || before.includes('my') || before.includes('your') || before.includes('we')) continue
    groups.push({start: tokens[start].start, end: tokens[verb].end, name: ''})
  }

  return groups
}

/** Words a group may hold between "by" and its role ("endorsed by leading eating disorder experts"). */
const maxGroupModifiers = 4

/** Words before an endorsement that make it a condition or advice ("when recommended by doctors"). */
const conditionWords = new Set(attributionWords.endorsementConditions)

/**
 * "Endorsed by leading eating disorder experts", "recommended by
 * psychiatrists": a group credited with an opinion in the passive. The index
 * of the participle, or -1; not a condition ("only when recommended by
 * doctors") or the publisher's own staff ("recommended by our doctors").
 */
function endorsingParticiple(tokens: readonly AttributionToken[], role: number): number {
  for (let by = role - 1; by >= 1 && by >= role - 1 - maxGroupModifiers; by--) {
    const word = tokens[by]
    if (word.kind !== 'word') return -1
    if (word.lower === 'our' || word.lower === 'your' || word.lower === 'my') return -1
    if (word.lower !== 'by') continue
    const participle = by - 1
    if (!groupVerbs.has(tokens[participle].lower) || !tokens[participle].lower.endsWith('ed')) return -1
    const before = tokens.slice(Math.max(0, participle - 2), participle).map((item) => item.lower)
    return before.some((item) => conditionWords.has(item)) ? -1 : participle
  }

  return -1
}

/** The word after its last full stop ("medication.experts" -> "experts"); the word itself when it has none. */
function afterLastFullStop(lower: string): string {
  // A loop, not lastIndexOf: asked for every word, and lastIndexOf is a call into the engine's runtime.
  for (let index = lower.length - 1; index >= 0; index--) if (lower.charCodeAt(index) === 0x2e) return lower.slice(index + 1)
  return lower
}

const objectPronouns = new Set(attributionWords.objectPronouns)
const groupPlaces = new Set(attributionWords.groupPlaces)

/** Words a group's description does not reach back past. */
const stopBefore = new Set(attributionWords.stopBefore)

/**
 * The verb that reports what `expert` said: right after the name (or after
 * an appositive in commas: "Jo Park, a psychiatrist at Yale, explains"),
 * or right before it ("says Dr. Hale", "according to Dr. Hale"). A speech
 * verb elsewhere in the sentence ("an article that explains it") is not
 * the expert's.
 */
export function findSpeechVerbFor(tokens: readonly AttributionToken[], expert: Expert): number {
  const first = tokens.findIndex((token) => token.start >= expert.start)
  let last = tokens.findIndex((token) => token.end >= expert.end)
  if (first < 0 || last < 0) return -1
  // Skip an appositive: ", a psychiatrist at Yale,"
  if (tokens[last + 1]?.text === ',') {
    const close = tokens.findIndex((token, index) => index > last + 1 && index <= last + 14 && token.text === ',')
    if (close > 0) last = close
  }

  for (let index = last + 1; index < Math.min(tokens.length, last + 4); index++) {
    if (isSpeechVerbAt(tokens, index)) return index
    if (tokens[index].kind === 'punctuation' && tokens[index].text !== ',') break
  }

  for (let index = first - 1; index >= Math.max(0, first - 3); index--) {
    if (isSpeechVerbAt(tokens, index)) return index
    if (tokens[index].lower === 'according' || (tokens[index].lower === 'to' && tokens[index - 1]?.lower === 'according')) return index
  }

  return -1
}

const speakerPronouns = new Set(attributionWords.speakerPronouns)
const expertLeads = new Set(attributionWords.expertLeads)

/**
 * Whether a sentence is about the expert: named first, or after a lead of
 * role words ("Our medical director, Dr. Vasquez, has ..."), not after
 * someone else ("Maria first met Dr. Hale").
 */
export function opensWithExpert(tokens: readonly AttributionToken[], expert: Expert): boolean {
  const lead = tokens.filter((token) => token.end <= expert.start)
  return lead.length <= 5 && lead.every((token, index) => expertLeads.has(token.lower) || token.text === ',' || (index > 0 && token.text === token.lower))
}

/** '"...," she says', 'explains he': a speech verb whose speaker is a pronoun, so someone named before. */
export function hasPronounSpeech(tokens: readonly AttributionToken[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if (!isSpeechVerbAt(tokens, index)) continue
    if (speakerPronouns.has(tokens[index - 1]?.lower ?? '') || speakerPronouns.has(tokens[index + 1]?.lower ?? '')) return true
  }

  return false
}

function isSpeechVerbAt(tokens: readonly AttributionToken[], index: number): boolean {
  const token = tokens[index]
  if (!speechVerbs.has(token.lower)) return false
  if (token.lower === 'notes' && tokens[index - 1]?.lower === 'the') return false
  if (token.lower === 'adds' && tokens[index + 1]?.lower === 'up') return false
  return true
}

const attesting = new Set(attributionWords.attestingVerbs)
const experienceWords = new Set(attributionWords.experienceWords)

/**
 * The writer vouching for a claim by their own expertise, with no source:
 * "As someone who has worked in addiction care for twenty years, I can
 * attest that ...", "As a psychiatrist, I can assure you ...".
 */
export function findSelfAttestation(tokens: readonly AttributionToken[]): Expert | undefined {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (!attesting.has(token.lower) || tokens[index - 1]?.lower !== 'can' || tokens[index - 2]?.lower !== 'i') continue
    const before = tokens.slice(Math.max(0, index - 32), index - 2)
    const credentialed =
      before.some((item, at) => item.lower === 'as' && ['someone', 'a', 'an', 'one'].includes(before[at + 1]?.lower ?? '')) ||
      before.some((item, at) => item.lower === 'my' && (/^\d+$/.test(before[at + 1]?.lower ?? '') || experienceWords.has(before[at + 1]?.lower ?? '')))
    if (credentialed) return {start: tokens[index - 2].start, end: token.end, name: ''}
  }

  return undefined
}
