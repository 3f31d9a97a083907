/**
 * Who is speaking: experts named with a title, credential or role ("Dr.
 * Lena Ortiz", "Sam Lee, MD", "Jo Park, a psychiatrist"), and the verbs
 * that report speech ("says", "explains", "according to"). Works on
 * tokens with their written text, so capital letters can mark names.
 */

import {startsWithCapital} from './word-shapes.js'

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

const titles = new Set(['dr', 'dr.', 'doctor', 'prof', 'prof.', 'professor'])

/** Credentials after a name, as written (case matters: "DO" is not "do"). */
const credentials = new Set([
  'MD', 'M.D.', 'M.D', 'PhD', 'Ph.D.', 'Ph.D', 'DO', 'D.O.', 'PsyD', 'Psy.D.', 'DNP', 'NP', 'PA-C', 'LCSW',
  'LPC', 'MPH', 'MBBS', 'FRCPsych', 'PharmD', 'APRN', 'PMHNP', 'PMHNP-BC', 'CRNA', 'RN'
])

/** Roles that present someone as an expert whose word carries weight with readers. */
const expertRoles = new Set([
  'psychiatrist', 'psychologist', 'researcher', 'neuroscientist', 'scientist', 'anesthesiologist',
  'anaesthetist', 'physician', 'doctor', 'professor', 'expert', 'specialist', 'pharmacologist',
  'neurologist', 'clinician', 'psychotherapist', 'surgeon', 'investigator', 'epidemiologist', 'pharmacist'
])

/** Everyone who speaks for the clinic rather than as a patient. */
const staffRoles = new Set([
  ...expertRoles, 'director', 'therapist', 'nurse', 'practitioner', 'founder', 'cofounder', 'co-founder',
  'author', 'owner', 'ceo', 'manager', 'coordinator', 'counselor', 'counsellor', 'coach', 'facilitator', 'staff'
])

const speechVerbs = new Set([
  'say', 'says', 'said', 'explain', 'explains', 'explained', 'note', 'notes', 'noted', 'add', 'adds',
  'added', 'told', 'tells', 'state', 'states', 'stated', 'write', 'writes', 'wrote', 'argue', 'argues',
  'argued', 'believe', 'believes', 'believed', 'share', 'shares', 'shared', 'warn', 'warns', 'warned', 'emphasize', 'emphasizes', 'emphasized', 'stress',
  'stresses', 'stressed', 'observe', 'observes', 'observed', 'comment', 'comments', 'commented',
  'remark', 'remarks', 'remarked', 'claim', 'claims', 'claimed', 'assert', 'asserts', 'asserted',
  'insist', 'insists', 'insisted', 'puts', 'describes', 'described', 'calls', 'called', 'predicts',
  'predicted'
])

/** Words that cannot be the first word of a name. */
const notNames = new Set(['the', 'a', 'an', 'our', 'your', 'this', 'that', 'and', 'or', 'of', 'in', 'at', 'i', 'we', 'it'])

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

/** Experts named with a title, a credential or a role, in `tokens`. */
export function findExperts(tokens: readonly AttributionToken[]): Expert[] {
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

    // "Sam Lee, MD" or "Jo Park, a psychiatrist at ..."
    if (isNameWord(token) && (index === 0 || !isNameWord(tokens[index - 1]))) {
      const end = nameAt(tokens, index)
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

/** An unnamed expert: "a leading psychiatrist", "one researcher". */
export function findUnnamedExperts(tokens: readonly AttributionToken[]): Expert[] {
  const experts: Expert[] = []
  for (const [index, token] of tokens.entries()) {
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
  for (const [index, token] of tokens.entries()) {
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
