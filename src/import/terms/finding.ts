/**
 * What the recognisers hand to term completion: a figure found at a place of the text, typed
 * by kind, before its key and context are worked out from the words around it.
 */

import type { Bound, DurationTerm } from '../../model/term.js';

/** A stretch of text: `text.slice(start, end)`. */
export interface Stretch {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

/** Where a finding sits. */
export interface Place {
  /** Start of the phrase (bound words included). */
  start: number;
  /** End of the phrase. */
  end: number;
  /** End of what qualifies it after the phrase (condition, "of the profits"): not a subject. */
  extentEnd: number;
}

/** A condition found next to a figure ("in peacetime"), and where it was written. */
export interface Condition extends Stretch {
  /** The condition in lower case, white space collapsed. */
  text: string;
}

/** One of the units a duration is counted in. */
export type DurationUnit = DurationTerm['unit'];

/** A counted amount. */
export interface QuantityFinding extends Place {
  /** The kind. */
  kind: 'quantity';
  /** The figure. */
  value: number;
  /** The unit noun after the figure, canonical; `undefined` for a bare figure. */
  unit: string | undefined;
  /** How the figure is bounded. */
  bound: Bound;
  /** When the figure applies, before or after it. */
  condition: Condition | undefined;
}

/** An amount of money. */
export interface MoneyFinding extends Place {
  /** The kind. */
  kind: 'money';
  /** The amount in whole currency units. */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** How the amount is bounded. */
  bound: Bound;
  /** When the amount applies, before or after it. */
  condition: Condition | undefined;
}

/** A span of time. */
export interface DurationFinding extends Place {
  /** The kind. */
  kind: 'duration';
  /** How many units. */
  value: number;
  /** The unit. */
  unit: DurationUnit;
  /** How the span is bounded. */
  bound: Bound;
  /** What the span is counted from. */
  from: string | undefined;
}

/** A fraction of something. */
export interface ShareFinding extends Place {
  /** The kind. */
  kind: 'share';
  /** The fraction, 0..1. */
  value: number;
  /** How the fraction is bounded. */
  bound: Bound;
  /** What is shared. */
  of: string | undefined;
  /** Head noun of `of`: the subject of the share. */
  ofHead: string | undefined;
  /** The split as written, for "50:50". */
  ratio: number[] | undefined;
}

/** A calendar date. */
export interface DateFinding extends Place {
  /** The kind. */
  kind: 'date';
  /** ISO 8601 date. */
  value: string;
}

/** A figure found in the text, typed by kind. */
export type Finding = QuantityFinding | MoneyFinding | DurationFinding | ShareFinding | DateFinding;

/**
 * What a recogniser says about a place: a figure; where to resume scanning when the place
 * holds something that is not a figure (a reference, an address); or nothing.
 */
export type Attempt = Finding | { skipTo: number } | undefined;
