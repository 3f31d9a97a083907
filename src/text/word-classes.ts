/**
 * Named word classes usable in lexicon phrases as `{name}`. Each member is a
 * single word (lower case); multi-word members are written as phrases in the
 * lexicon instead.
 */

import {startsWithDigit} from './word-shapes.js'

export const wordClasses: Record<string, readonly string[]> = {
  condition: [
    'depression', 'anxiety', 'ptsd', 'ocd', 'addiction', 'addictions', 'alcoholism',
    'trauma', 'bipolar', 'schizophrenia', 'pain', 'migraines', 'migraine', 'fibromyalgia',
    'insomnia', 'adhd', 'grief', 'panic', 'suicidality', 'mdd', 'trd', 'disorders',
    'disorder', 'illness', 'illnesses', 'symptoms', 'neuropathy', 'crps', 'dependence',
    'despair', 'stress', 'burnout', 'phobias', 'phobia', 'eating', 'cravings', 'craving',
    'urges', 'suffering'
  ],
  treatment: [
    'ketamine', 'esketamine', 'spravato', 'tms', 'rtms', 'psilocybin', 'mdma',
    'psychedelics', 'psychedelic', 'infusion', 'infusions', 'treatment', 'treatments',
    'therapy', 'therapies', 'nad', 'nad+', 'iv', 'detox', 'program', 'protocol',
    'medication', 'medicine', 'drug', 'session', 'sessions', 'drip', 'spray', 'ceremony',
    'retreat', 'approach', 'psychotherapy', 'it', 'this',
    // Procedures and devices sold in the same copy.
    'procedure', 'injection', 'injections', 'block', 'stimulation', 'neurofeedback',
    'biofeedback', 'sgb', 'ect', 'dtms', 'tablets', 'lozenges', 'troches', 'ibogaine', 'microdosing'
  ],
  numberWord: [
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
    'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
    'million', 'millions', 'dozen', 'dozens', 'a', 'few', 'several', 'single'
  ],
  /** What a treatment is compared with in a superiority claim. */
  comparator: [
    'antidepressants', 'antidepressant', 'ssris', 'ssri', 'snris', 'medication', 'medications',
    'medicines', 'pills', 'pill', 'drugs', 'therapy', 'therapies', 'psychotherapy', 'counseling',
    'counselling', 'rehab', 'ect', 'treatments', 'methadone', 'suboxone', 'benzodiazepines',
    'opioids', 'anything', 'tms', 'ketamine', 'esketamine', 'spravato', 'method', 'methods',
    'options', 'approaches', 'programs', 'programmes', 'care', 'infusions', 'stimulants', 'benzos'
  ],
  /**
   * What a reader suffers, as marketing copy names it: conditions and the
   * metaphors that stand for them ("the fog lifts", "the heaviness is gone").
   * Narrower than `condition`: no "symptoms" or "disorder", which careful
   * pages use for side effects and withdrawal too.
   */
  burden: [
    'depression', 'anxiety', 'ptsd', 'ocd', 'addiction', 'trauma', 'pain', 'grief', 'panic',
    'despair', 'stress', 'cravings', 'craving', 'urges', 'fog', 'darkness', 'heaviness', 'gloom',
    'sadness', 'hopelessness', 'numbness', 'nightmares', 'flashbacks', 'worry', 'worries',
    'insomnia', 'suffering', 'cloud', 'weight', 'misery', 'shakes', 'burnout'
  ],
  /** People a clinic counts when it reports an outcome. */
  patient: [
    'patients', 'clients', 'members', 'guests', 'people', 'participants', 'veterans',
    'individuals', 'adults', 'users', 'sufferers', 'families', 'graduates', 'customers', 'men', 'women'
  ],
  timeUnit: [
    'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night',
    'overnight', 'session', 'sessions', 'visit', 'infusion', 'treatment'
  ]
}

const numberWords = new Set(wordClasses.numberWord)

/** `{number}`: digits ("3", "1,000", "2.5") or a number word. */
export function isNumberWord(lower: string): boolean {
  return startsWithDigit(lower) || numberWords.has(lower)
}

/** `{percent}`: "80%" (one token after tokenising). */
export function isPercent(lower: string): boolean {
  return lower.endsWith('%') && /^\d[\d.,]*%$/.test(lower)
}
