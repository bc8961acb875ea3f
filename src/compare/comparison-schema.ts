import * as z from 'zod';
import type { Assert, Same } from '../internal/type-checks.js';
import { SourceSchema } from '../model/source.js';
import { TermSchema } from '../model/term.js';
import { AGREEMENTS } from './agreement.js';
import type { Comparison, ComparisonRow, ComparisonSide } from './comparison.js';

/**
 * The zod schemas of `Comparison` and its parts: what `filterComparison`, `formatComparison` and
 * `formatComparisonRow` check their argument against, in `read-comparison.ts`. Internal: not
 * exported from the package.
 *
 * The public types stay the interfaces of `comparison.ts`, which carry a doc comment per field
 * and read as names in hovers and in the `.d.ts`. The two cannot drift: the check at the end of
 * this file fails to compile unless each schema's output is its interface, field for field.
 *
 * Objects are strict, as terms and sources are: a field the interface does not name is an
 * error, not something a formatter would silently print back (`json`) or drop.
 */

/** What one draft says about a key: `'silent'`, or a term. */
export const ComparisonValueSchema = z.union([z.literal('silent'), TermSchema]);

/** The drafts that state one value of a key. */
export const ComparisonSideSchema = z.strictObject({
  drafts: z.array(z.string()),
  value: TermSchema,
});

/**
 * One key across the drafts. Fields in the order `compareDrafts` writes them, which is the
 * order of the copy `readComparison` returns and so of `formatComparison`'s `json`, and the
 * order a wrong argument is reported in.
 */
export const ComparisonRowSchema = z.strictObject({
  key: z.string(),
  label: z.string(),
  values: z.record(z.string(), ComparisonValueSchema),
  agreement: z.enum(AGREEMENTS),
  sources: z.record(z.string(), z.array(SourceSchema)),
  sides: z.array(ComparisonSideSchema),
  near: z.boolean().optional(),
  note: z.string().optional(),
});

/** Who says what: the drafts (the columns), then one row per key. */
export const ComparisonSchema = z.strictObject({
  drafts: z.array(z.string()),
  rows: z.array(ComparisonRowSchema),
});

// Compile-time check that each schema describes its interface (see the top of the file).

/** Each schema against its interface; never used at run time. */
export type SchemasMatchTypes = Assert<
  | Same<z.output<typeof ComparisonSideSchema>, ComparisonSide>
  | Same<z.output<typeof ComparisonRowSchema>, ComparisonRow>
  | Same<z.output<typeof ComparisonSchema>, Comparison>
>;
