/**
 * What term extraction returns: the model's typed terms, each with where it was found.
 */

import type {
  DateTerm,
  DurationTerm,
  MoneyTerm,
  QuantityTerm,
  ShareTerm,
} from '../../model/term.js';

/** Where a term sits in the text it was found in: UTF-16 offsets, `text.slice(start, end)`. */
export interface TermSpan {
  /** Offset of the first code unit of the phrase. */
  start: number;
  /** Offset just past the last code unit of the phrase. */
  end: number;
}

/** What every term found in prose carries besides its kind's fields. */
export interface TermLocation {
  /** The phrase in the text: bound words, figure and unit ("capped at 600,000 personnel"). */
  span: TermSpan;
  /** The clause around the phrase, white space collapsed: what the figure measures. */
  context: string;
}

/** A term found in prose: a quantity, money, duration, share or date, with where it was found. */
export type ExtractedTerm =
  | (QuantityTerm & TermLocation)
  | (MoneyTerm & TermLocation)
  | (DurationTerm & TermLocation)
  | (ShareTerm & TermLocation)
  | (DateTerm & TermLocation);

/** The kinds of term that `extractTerms` finds. */
export const EXTRACTED_TERM_KINDS = ['quantity', 'money', 'duration', 'share', 'date'] as const;

/** One of `EXTRACTED_TERM_KINDS`. */
export type ExtractedTermKind = (typeof EXTRACTED_TERM_KINDS)[number];

/** Options of `extractTerms`. */
export interface ExtractTermsOptions {
  /**
   * Which kinds of term to return. The others are still recognised (so "$5" never turns
   * into a quantity when money is left out), just not returned.
   * @defaultValue all of `EXTRACTED_TERM_KINDS`
   */
  kinds?: readonly ExtractedTermKind[];
}
