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
}

/** A replacement of the file's text `[start, end)`. */
export interface Fix {
  start: number
  end: number
  text: string
}

/** What a rule reports. Offsets are into the file's text. */
export interface Report {
  message: string
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
