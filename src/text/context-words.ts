import {checkWordLists, loadWordLists} from './word-lists.js'

/**
 * The word lists of `data/context-words.yml`: what the context detectors
 * (negation, clauses, hedges, boosters, distancing, FAQ answers, passive
 * voice, sentence splits) read. Vocabulary as data; the build stores it as JSON.
 */
const listNames = [
  'negators', 'negatorsWithoutApostrophe', 'falseNegations', 'clauseBreakers', 'reportingVerbs', 'clauseOpeners', 'openersAfterComma',
  'hedges', 'hedgePhrases', 'evidenceAfterEarly', 'boostingStudied', 'offeringHope', 'quantifierHedges', 'peopleAfterQuantifier', 'boosters', 'distancing',
  'yesAnswers', 'noAnswers', 'answerQualifiers', 'beForms', 'passiveAdverbs', 'irregularParticiples', 'notParticiples', 'splitOpeners',
  'bareConjunctions', 'thirdPartyReporting', 'thirdPartySellers', 'practiceWords', 'praiseWords', 'dismissiveWords',
  'genericOthers', 'sellerNouns', 'ownersFirstPerson', 'relativePronouns', 'reportingQuantifiers', 'experienceVerbs', 'pronounSubjects', 'subjectAdverbs', 'promiseNouns', 'exampleMarkers', 'sellingParticiples', 'sellingVerbs', 'soundingVerbs', 'indefiniteDeterminers', 'otherSellers', 'guaranteeVerbs',
  'disputingWords', 'linkingVerbs', 'sourceGivingVerbs', 'sourceNouns', 'trailingPhraseOpeners', 'scarceWords', 'productMarkers', 'showingParticiples', 'counterfactualModals', 'answerMinimisers', 'beforePeople', 'preclinicalSubjects', 'preclinicalStudyWords', 'experienceReporting', 'thirdPersonSingular', 'clauseSubjects', 'appearanceVerbs', 'reportedSpeechFillers'
] as const

export type ContextList = (typeof listNames)[number]

/** Check the file's shape: every list present, each a list of lower-case words; throws naming the list. */
export function checkContextWords(data: unknown): Record<ContextList, readonly string[]> {
  return checkWordLists('context words', data, listNames)
}

const lists = loadWordLists('context-words', listNames)

/** One list as a set, for membership tests. */
export function contextWordSet(name: ContextList): ReadonlySet<string> {
  return new Set(lists[name])
}

/** One list as written (for phrases of several words). */
export function contextWordList(name: ContextList): readonly string[] {
  return lists[name]
}
