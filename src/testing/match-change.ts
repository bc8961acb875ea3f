import type { Change, DraftDiff } from '../diff/change.js';
import { readChange } from '../diff/read-diff.js';
import { describeValue, readField } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { type Side, sidesOf } from './change-sides.js';
import {
  type Criterion,
  checkDiff,
  checkExpected,
  type ExpectedChange,
  type ExpectedField,
  isPlainObject,
} from './expected-change.js';
import { printValue } from './print-value.js';

/** How much each criterion counts when ranking near misses: the key says the most. */
const WEIGHTS: Record<ExpectedField, number> = { kind: 2, key: 3, provisionId: 2, from: 1, to: 1 };

/** A change that nearly matches, with what differs. */
export interface ChangeMatch {
  /** The change. */
  change: Change;
  /** Criteria of the expectation that this change does not meet, in words. */
  mismatches: string[];
}

/** Whether `change` meets every criterion of `expected`. Throws `INVALID_ARGUMENT` for a change that is not a `Change` or an expectation that is not an `ExpectedChange`. */
export function matchChange(change: Change, expected: ExpectedChange): boolean {
  return guardCall('matchChange', [change, expected], () => {
    readChange(change, 'matchChange');
    return findMismatches(change, checkExpected(expected)).length === 0;
  });
}

/**
 * The `count` changes of `diff` that come closest to `expected` (most criteria met, the key
 * weighing most), best first and in document order among equals; exact matches come first.
 * Throws `INVALID_ARGUMENT` for a `diff` that is not a `DraftDiff`, an expectation that is not
 * an `ExpectedChange` and a `count` that is not a whole number of at least 0 (or `Infinity`).
 */
export function findClosestChanges(
  diff: DraftDiff,
  expected: ExpectedChange,
  count: number,
): ChangeMatch[] {
  return guardCall('findClosestChanges', [diff, expected, count], () => {
    const criteria = checkExpected(expected);
    if (count !== Number.POSITIVE_INFINITY && !(Number.isInteger(count) && count >= 0)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `findClosestChanges: count must be a whole number of at least 0 (or Infinity), got ${describeValue(count, 40)}`,
      );
    }
    const { changes } = checkDiff(diff, 'findClosestChanges');
    // Indexes, not `map`: `map` skips the holes of a sparse array.
    for (let index = 0; index < changes.length; index++) {
      readChange(changes[index], 'findClosestChanges', `diff.changes[${index}]`);
    }
    const scored = changes.map((change, index) => {
      const mismatches = findMismatches(change, criteria);
      const score = mismatches.reduce((sum, mismatch) => sum - WEIGHTS[mismatch.field], 0);
      return { change, mismatches: mismatches.map((mismatch) => mismatch.text), score, index };
    });
    scored.sort((left, right) => right.score - left.score || left.index - right.index);
    return scored
      .slice(0, Math.max(0, count))
      .map(({ change, mismatches }) => ({ change, mismatches }));
  });
}

/** Each unmet criterion, with its text: "field: what was found, expected what". */
function findMismatches(
  change: Change,
  criteria: readonly Criterion[],
): { field: ExpectedField; text: string }[] {
  const sides = sidesOf(change);
  const mismatches: { field: ExpectedField; text: string }[] = [];
  for (const [field, expected] of criteria) {
    const text = mismatchOf(change, sides, field, expected);
    if (text !== undefined) mismatches.push({ field, text });
  }
  return mismatches;
}

function mismatchOf(
  change: Change,
  sides: { before: Side; after: Side },
  field: ExpectedField,
  expected: unknown,
): string | undefined {
  if (field === 'from' || field === 'to') {
    const side = field === 'from' ? sides.before : sides.after;
    if (!side.present) {
      const which = field === 'from' ? 'old' : 'new';
      return `${field}: this change has no ${which} side, expected ${printValue(expected)}`;
    }
    if (matchSide(side, expected)) return undefined;
    return `${field}: ${printValue(side.main)}, expected ${printValue(expected)}`;
  }
  const actual = Object.hasOwn(change, field) ? readField(change, field) : undefined;
  if (actual === expected) return undefined;
  return actual === undefined
    ? `${field}: this change has none, expected ${printValue(expected)}`
    : `${field}: ${printValue(actual)}, expected ${printValue(expected)}`;
}

function matchSide(side: Side, expected: unknown): boolean {
  if (isPlainObject(expected)) return matchPartial(side.whole, expected);
  if (Array.isArray(expected) && Array.isArray(side.main)) {
    // Set members and lists of texts: order carries no meaning.
    return sameMembers(side.main, expected);
  }
  return sameValue(side.main, expected);
}

/** Every own field of `expected` is in `actual` and matches (recursively for objects). */
function matchPartial(actual: unknown, expected: Record<string, unknown>): boolean {
  if (!isPlainObject(actual)) return false;
  return Object.keys(expected).every(
    (field) => Object.hasOwn(actual, field) && matchNested(actual[field], expected[field]),
  );
}

function matchNested(actual: unknown, expected: unknown): boolean {
  if (isPlainObject(expected)) return matchPartial(actual, expected);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => matchNested(actual[index], item))
    );
  }
  return sameValue(actual, expected);
}

function sameMembers(actual: readonly unknown[], expected: readonly unknown[]): boolean {
  if (actual.length !== expected.length) return false;
  const remaining = [...actual];
  for (const item of expected) {
    const index = remaining.findIndex((candidate) => matchNested(candidate, item));
    if (index < 0) return false;
    remaining.splice(index, 1);
  }
  return true;
}

function sameValue(actual: unknown, expected: unknown): boolean {
  // Object.is would tell 0 from -0, which no reader of a diff means.
  return actual === expected || (Number.isNaN(actual) && Number.isNaN(expected));
}
