import * as z from 'zod';
import type { ValidationIssue } from '../internal/errors.js';
import { fastParseTerm } from './fast-parse.js';
import { type Source, SourceSchema } from './source.js';
import { type Term, TermSchema } from './term.js';
import { toValidationIssues } from './validation-issues.js';

/**
 * Validation of one term or one source on its own, for the functions that accept drafts or
 * comparisons built by hand rather than by `parseDraft` (`compareDrafts`, `formatComparison`,
 * `termsAgree`...). Internal: not exported from the package.
 */

/** The part, validated and copied (defaults applied), or what is wrong with it. */
export type PartResult<T> =
  | { success: true; value: T }
  | { success: false; issues: ValidationIssue[] };

/** Checks a term against `TermSchema`; on success, a fresh copy that shares nothing with `value`. */
export function parseTerm(value: unknown): PartResult<Term> {
  // Valid terms (nearly all) take the walker compiled from the schema; the rest, zod.
  const fast = fastParseTerm(value);
  if (fast !== undefined) return { success: true, value: fast };
  const result = TermSchema.safeParse(value);
  return result.success
    ? { success: true, value: result.data }
    : { success: false, issues: toValidationIssues(result.error) };
}

/** Checks a source against `SourceSchema`; on success, a fresh copy. */
export function parseSource(value: unknown): PartResult<Source> {
  const result = SourceSchema.safeParse(value);
  return result.success
    ? { success: true, value: result.data }
    : { success: false, issues: toValidationIssues(result.error) };
}

/**
 * The first thing that makes `value` unreadable as a term: a field missing or of the wrong
 * type, or an unknown kind. Formats, lengths and ranges are not its business (a formatter can
 * print a key that breaks the key pattern; it cannot print a status without a value).
 * `undefined` when every field a renderer reads has its type.
 */
export function termTypeIssue(value: unknown): ValidationIssue | undefined {
  if (fastParseTerm(value) !== undefined) return undefined;
  const result = TermSchema.safeParse(value);
  if (result.success) return undefined;
  const typeIssues = result.error.issues.filter(
    (issue) => issue.code === 'invalid_type' || issue.code === 'invalid_union',
  );
  if (typeIssues.length === 0) return undefined;
  return toValidationIssues(new z.ZodError(typeIssues))[0];
}
