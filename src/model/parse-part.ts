import type { ValidationIssue } from './errors.js';
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
