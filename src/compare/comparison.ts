import type { Source } from '../model/source.js';
import type { Term } from '../model/term.js';
import type { Agreement } from './agreement.js';

// The result of `compareDrafts`, the argument of `filterComparison` and `formatComparison`.
// Its zod schema, the check of a comparison built by hand or read from JSON, is in
// `comparison-schema.ts`, held to these interfaces field for field at compile time.

/** What one draft says about a key: its term, or `'silent'` when it does not mention the key. */
export type ComparisonValue = Term | 'silent';

/** The drafts that state one value of a key. */
export interface ComparisonSide {
  /** Ids of the drafts on this side, in the order the drafts were given. */
  drafts: string[];
  /** The term of the first of those drafts (the others state the same value; provenance may differ). */
  value: Term;
}

/** One key across all the drafts compared. */
export interface ComparisonRow {
  /** The term's dotted key. */
  key: string;
  /** A human label: the `label` most drafts give the key, else words made from the key. */
  label: string;
  /**
   * For every draft id: its term, or `'silent'`. Read the columns in the order of
   * `Comparison.drafts`: JavaScript lists integer-like keys ("0", "12") first, whatever order
   * they were added in.
   */
  values: Record<string, ComparisonValue>;
  /**
   * `single` when exactly one draft states the key (a stated `unaddressed` counts), `agree`
   * when two or more do and all their values agree (`termsAgree`: the bound is left out, see
   * `near`), `disagree` otherwise. `unaddressed` agrees only with `unaddressed`.
   */
  agreement: Agreement;
  /**
   * Present, and true, on an `agree` row whose values state one figure with different bounds:
   * "100 days" and "about 100 days". Outlets round and hedge, so this is not a conflict, but
   * the accounts do not quite say the same thing: the row has one side per bound and a note.
   */
  near?: boolean;
  /** Why the row is what it is, when the values alone do not show it. */
  note?: string;
  /**
   * For each draft that states the key: the sources its value cites (the draft's sources whose
   * outlet the term names in `sources`), or all the draft's sources when the term names none.
   */
  sources: Record<string, Source[]>;
  /**
   * The drafts grouped by value, bound included (`termsAgreeExactly`), in order of their first
   * draft; silent drafts are on no side. A `disagree` row has two sides or more; so has a
   * `near` row, whose sides share the figure.
   */
  sides: ComparisonSide[];
}

/** Who says what: one row per term key stated anywhere in the drafts. */
export interface Comparison {
  /** The ids of the drafts compared, in the order given (the columns). */
  drafts: string[];
  /** One row per key, in provision order (see `compareDrafts`). */
  rows: ComparisonRow[];
}
