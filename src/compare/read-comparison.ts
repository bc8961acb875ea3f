import type * as z from 'zod';
import { joinAlternatives, TYPE_NOUNS } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { inspectJson } from '../internal/inspect-json.js';
import { encodePointer } from '../internal/pointer.js';
import { compileFastParse } from '../model/fast-parse.js';
import { DEFAULT_LIMITS } from '../model/limits.js';
import { SourceSchema } from '../model/source.js';
import { TermSchema } from '../model/term.js';
import type { Comparison, ComparisonRow } from './comparison.js';
import {
  ComparisonRowSchema,
  ComparisonSchema,
  ComparisonSideSchema,
  ComparisonValueSchema,
} from './comparison-schema.js';

/**
 * Checks a `Comparison` (or one row) passed to a public function, which may have been built by
 * hand or read back from JSON, against its schema (`comparison-schema.ts`): every field of its
 * type, the agreement one of the three, no unknown field, and the terms and sources in it
 * valid as in a draft. A wrong one is a `DraftdiffError` `INVALID_ARGUMENT` naming the caller
 * and the JSON Pointer of the first wrong field, not a `TypeError` in a formatter.
 *
 * Returns a copy of what the formatters read, as zod gives it: keys in the schema's order (so
 * `json` output does not depend on the order the input was written in), term defaults
 * applied, nothing shared with the input. A valid comparison (every one `compareDrafts` makes)
 * is copied by the walker compiled from the schema, without zod's parse; anything else is
 * parsed by zod, which names the fault. Internal to `src/compare`.
 */
export function readComparison(value: unknown, caller: string): Comparison {
  const fast = fastComparison(value);
  if (fast !== undefined) return fast;
  const result = parse(ComparisonSchema, value, caller);
  if (result.success) return result.data;
  throw invalid(result.error, caller);
}

/** Checks one `ComparisonRow` (see `readComparison`). */
export function readRow(value: unknown, caller: string): ComparisonRow {
  const fast = fastRow(value);
  if (fast !== undefined) return fast;
  const result = parse(ComparisonRowSchema, value, caller);
  if (result.success) return result.data;
  throw invalid(result.error, caller);
}

// An `undefined` from these is not a rejection: it sends the value to zod.
const fastComparison = compileFastParse(ComparisonSchema);
const fastRow = compileFastParse(ComparisonRowSchema);

/**
 * zod's parse, after the checks of what would make it recurse without end or read something
 * other than data: cycles, nesting past the default depth, objects that are not plain.
 */
function parse<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  caller: string,
): z.ZodSafeParseResult<z.output<Schema>> {
  try {
    inspectJson(value, DEFAULT_LIMITS.maxDepth);
  } catch (error) {
    if (!(error instanceof DraftdiffError)) throw error;
    throw new DraftdiffError(error.code, `${caller}: ${error.message}`, {
      path: error.path,
      cause: error,
    });
  }
  return schema.safeParse(value, { error: mustBe });
}

/** What a message says a value of these schemas must be, when it is not even of their type. */
const NOUNS = new Map<unknown, string>([
  [ComparisonSchema, 'a comparison'],
  [ComparisonRowSchema, 'a comparison row'],
  [ComparisonSideSchema, 'a side'],
  [ComparisonValueSchema, '"silent" or a term'],
  [TermSchema, 'a term'],
  [SourceSchema, 'a source'],
]);

/**
 * zod's error map for these checks: the type issues as "must be ...". Other issues (a term key
 * outside its pattern, a label too long) keep the term or source schema's own message.
 */
function mustBe(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${NOUNS.get(issue.inst) ?? TYPE_NOUNS[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be ${joinAlternatives(issue.values.map((value) => JSON.stringify(value)))}`;
    case 'invalid_union':
      return issue.inst === TermSchema
        ? 'must be one of TERM_KINDS'
        : `must be ${NOUNS.get(issue.inst) ?? 'one of the types it may have'}`;
    case 'unrecognized_keys':
      return 'is not a known field';
    default:
      return undefined;
  }
}

/** The first issue as one line: the caller, the JSON Pointer of the wrong field, what is wrong. */
function invalid(error: z.ZodError, caller: string): DraftdiffError {
  const issue = innermost(error.issues[0]);
  const segments = issue.path.map((segment) =>
    typeof segment === 'number' ? segment : String(segment),
  );
  // An unknown field is named by its own pointer, not that of the object holding it.
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
    segments.push(issue.keys[0]);
  }
  const path = encodePointer(segments);
  const message =
    issue.message.startsWith('must ') || issue.message.startsWith('is ')
      ? issue.message
      : `is not valid: ${issue.message}`;
  return new DraftdiffError('INVALID_ARGUMENT', `${caller}: ${path || '(root)'} ${message}`, {
    path,
  });
}

/**
 * A value that is neither `"silent"` nor a term fails the union as a whole; when it is an
 * object, the term's own fault says more (`/value must be a number`), so that is the one told.
 */
function innermost(issue: z.core.$ZodIssue | undefined): z.core.$ZodIssue {
  if (issue === undefined) throw new Error('a failed parse with no issue');
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.errors.at(-1)?.[0];
  if (inner === undefined || (inner.code === 'invalid_type' && inner.path.length === 0)) {
    return issue;
  }
  return innermost({ ...inner, path: [...issue.path, ...inner.path] });
}
