import type {Document, Sentence} from '../document/types.js'
import type {LexiconEntry} from './lexicon.js'

/** How serious a message is. */
export type Severity = 'error' | 'warning' | 'info'

/** A rule's setting in configuration. */
export type ConfigSeverity = 'off' | 'info' | 'warn' | 'error'

export const categories = ['claims', 'disclosures', 'language', 'comments', 'readability'] as const
export type Category = (typeof categories)[number]

/** One option a rule accepts, with its default and how to check it. */
export type OptionSpec =
  | {type: 'number'; default: number; min?: number; max?: number; integer?: boolean; description: string}
  | {type: 'boolean'; default: boolean; description: string}
  | {type: 'string'; default: string; values?: readonly string[]; description: string}
  | {
      type: 'string[]';
      default: readonly string[];
      description: string;
      /** The strings are lexicon phrases: their syntax is checked with the configuration. */
      phrases?: boolean
    }
  | {
      type: 'record';
      /** Every value is a list of strings (e.g. crisis resources per locale). */
      default: Readonly<Record<string, readonly string[]>>;
      description: string;
      /** The strings are lexicon phrases: their syntax is checked with the configuration. */
      phrases?: boolean
    }

export type OptionSpecs = Readonly<Record<string, OptionSpec>>

/**
 * One kind of finding a rule reports, by id in `meta.messages`. Both texts
 * may hold `{name}` placeholders filled from the report's `data`.
 */
export interface MessageSpec {
  /** What is wrong, in one short line (under about 100 characters once filled). */
  message: string
  /** What to do instead, and the source the advice rests on. */
  help: string
}

export interface RuleMeta {
  id: string
  category: Category
  /** The severity most of its messages carry. */
  severity: Severity
  fixable: boolean
  /** One line: what the rule flags. */
  description: string
  /** In the `recommended` preset (default true). */
  recommended?: boolean
  options?: OptionSpecs
  /**
   * What the rule says, by message id: reports name an id and the engine
   * renders the texts. Every built-in rule has them; a rule passed through
   * the API may report free `message` strings instead.
   */
  messages?: Readonly<Record<string, MessageSpec>>
}

/** A replacement of the file's text `[start, end)`. */
export interface Fix {
  start: number
  end: number
  text: string
}

/** Values for a message's `{placeholders}`. */
export type MessageData = Readonly<Record<string, string | number>>

/**
 * A word that changed how serious a claim is, said after its statement:
 * a hedge that softens it ("may") or a booster that makes it absolute
 * ("guaranteed").
 */
export interface Qualifier {
  kind: 'hedge' | 'booster'
  cue: string
}

/** What a rule reports: a message of its `meta.messages` by id, or a free message. Offsets are into the file's text. */
export type Report = ReportBase & ({messageId: string; data?: MessageData; message?: never} | {message: string; help?: string; messageId?: never})

interface ReportBase {
  /** Said after the statement (claims softened or raised by a word beside them). */
  qualifier?: Qualifier
  /** Omit both for a document-level message. */
  start?: number
  end?: number
  /** The rule's own judgement; defaults to the rule's severity. */
  severity?: Severity
  /**
   * Softened by a hedge: shown as `info` when the configuration reports
   * hedged findings (`strict`), dropped otherwise.
   */
  hedged?: boolean
  /** Replacement texts to offer. */
  suggestions?: string[]
  /** Applied by `--fix` (only when certain). */
  fix?: Fix
}

/** A lexicon phrase found in a sentence. */
export interface RuleMatch {
  entry: LexiconEntry
  sentence: Sentence
  /** Token range in `sentence.tokens`. */
  startToken: number
  endToken: number
  start: number
  end: number
  /** The matched text as written in the file. */
  text: string
}

export interface RuleContext<Options> {
  document: Document
  options: Options
  /** This rule's lexicon phrases found in the document (allowed phrases removed). */
  matches: readonly RuleMatch[]
  report(report: Report): void
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta
  /** The rule's lexicon file (`new URL('./lexicon.yml', import.meta.url)`). */
  lexicon?: URL
  check(context: RuleContext<Options>): void
}

/** A rule with its options erased, as the engine holds it. */
export type AnyRule = Rule<any>
