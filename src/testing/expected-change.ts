import type { ChangeKind, DraftDiff } from '../diff/change.js';
import { CHANGE_KINDS } from '../diff/change.js';
import { readDiff } from '../diff/read-diff.js';
import { isRecord } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { printValue } from './print-value.js';

// What a test expects of a change, and the diff it looks in, checked as arguments.

/**
 * A partial change to look for: every field given must match, fields left out match anything.
 * `from` and `to` are compared with the old and new side of the change: either with its main
 * value (see `mainValue`), or, when they are objects, field by field with the whole term or
 * provision (`{ bound: 'at-most' }` matches any term bounded at most).
 */
export interface ExpectedChange {
  /** The change kind: `term.changed`, `provision.removed`... */
  kind?: ChangeKind;
  /** The term's dotted key (term changes only). */
  key?: string;
  /** Id of the provision the change is about. */
  provisionId?: string;
  /** The old side: a main value (`600000`, `'frozen'`, `['US', 'Ukraine']`) or a partial term or provision. */
  from?: unknown;
  /** The new side: a main value or a partial term or provision. */
  to?: unknown;
}

const EXPECTED_FIELDS = ['kind', 'key', 'provisionId', 'from', 'to'] as const;

export type ExpectedField = (typeof EXPECTED_FIELDS)[number];

export type Criterion = [ExpectedField, unknown];

/** Validates an expectation and lists the criteria it sets (fields given as `undefined` set none). */
export function checkExpected(expected: ExpectedChange): Criterion[] {
  if (!isPlainObject(expected)) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `expected change must be an object such as { kind, key, provisionId, from, to }, got ${describeWrongShape(expected)}`,
    );
  }
  const record: Record<string, unknown> = expected;
  const unknown = Object.keys(record).filter(
    (field) => !EXPECTED_FIELDS.some((known) => known === field),
  );
  if (unknown.length > 0) {
    // A typo such as `kin` would otherwise match every change.
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `unknown field ${printValue(unknown[0])} in expected change; use ${EXPECTED_FIELDS.join(', ')}`,
    );
  }
  if (record.kind !== undefined && !CHANGE_KINDS.some((kind) => kind === record.kind)) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `unknown change kind ${printValue(record.kind)}; expected one of ${CHANGE_KINDS.join(', ')}`,
    );
  }
  return EXPECTED_FIELDS.filter((field) => record[field] !== undefined).map((field) => [
    field,
    record[field],
  ]);
}

/** Prints an expectation the way `describeChange` prints a change. */
export function describeExpected(expected: ExpectedChange): string {
  const fields = checkExpected(expected).map(([field, value]) => `${field}: ${printValue(value)}`);
  return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
}

/**
 * Checks that a value is a `DraftDiff` (what `diffDrafts` returns): a value that is not even
 * an object with `changes` is named as such, anything else is read by `readDiff`, whose
 * messages name `caller` and the first wrong field.
 */
export function checkDiff(value: unknown, caller: string): DraftDiff {
  if (!isRecord(value) || !Array.isArray(value.changes)) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `expected a DraftDiff (the result of diffDrafts), got ${describeWrongShape(value)}`,
    );
  }
  return readDiff(value, caller);
}

function describeWrongShape(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without changes' : typeof value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
