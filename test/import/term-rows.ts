/**
 * Terms as the example tables write them: every field but the offsets, the context and the
 * label (the words around the figure, which `term-label.test.ts` checks), and the phrase the
 * span covers instead of offsets, so a row reads like the text it checks.
 */

import { type ExtractedTerm, extractTerms } from '../../src/index.js';

/** A term as a table row. */
export type Row = Record<string, unknown>;

/** The terms of `text` (or the given ones) as rows. */
export function view(text: string, terms: readonly ExtractedTerm[] = extractTerms(text)): Row[] {
  return terms.map(({ span, context: _context, label: _label, ...term }) => ({
    ...term,
    phrase: text.slice(span.start, span.end),
  }));
}

/** A quantity row, exact unless the fields say otherwise. */
export const quantity = (fields: Row): Row => ({ kind: 'quantity', bound: 'exact', ...fields });
/** A money row, exact unless the fields say otherwise. */
export const money = (fields: Row): Row => ({ kind: 'money', bound: 'exact', ...fields });
/** A duration row, exact unless the fields say otherwise. */
export const duration = (fields: Row): Row => ({ kind: 'duration', bound: 'exact', ...fields });
/** A share row, exact unless the fields say otherwise. */
export const share = (fields: Row): Row => ({ kind: 'share', bound: 'exact', ...fields });
/** A date row. */
export const date = (fields: Row): Row => ({ kind: 'date', ...fields });
