import type { Change, ChangeKind, DraftDiff } from '../diff/change.js';
import { CHANGE_KINDS } from '../diff/change.js';
import { readChange, readDescribedChange } from '../diff/read-diff.js';
import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';

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

type ExpectedField = (typeof EXPECTED_FIELDS)[number];

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
    const { changes } = checkDiff(diff);
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

/**
 * One line that says what a change is, in the vocabulary of `ExpectedChange` so it can be
 * pasted into an expectation, then its summary:
 * `{ kind: "term.changed", key: "armed-forces.personnel-cap", from: 600000, to: 400000 }  Armed forces cap: ...`.
 */
export function describeChange(change: Change): string {
  return guardCall('describeChange', [change], () => {
    readDescribedChange(change, 'describeChange');
    const fields: string[] = [`kind: ${printValue(change.kind)}`];
    if ('key' in change) fields.push(`key: ${printValue(change.key)}`);
    const provisionId = 'provisionId' in change ? change.provisionId : undefined;
    if (provisionId !== undefined) fields.push(`provisionId: ${printValue(provisionId)}`);
    const { before, after } = sidesOf(change);
    if (before.present) fields.push(`from: ${printValue(before.main)}`);
    if (after.present) fields.push(`to: ${printValue(after.main)}`);
    return `{ ${fields.join(', ')} }  ${oneLine(change.summary)}`;
  });
}

/** Prints an expectation the way `describeChange` prints a change. */
export function describeExpected(expected: ExpectedChange): string {
  const fields = checkExpected(expected).map(([field, value]) => `${field}: ${printValue(value)}`);
  return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
}

/**
 * The value a bare `from` / `to` is compared with: a term's figure or value (quantity, duration,
 * share, status, flag, date, text `value`; money `amount`; set `members`), a provision's text
 * (its number for moves and renumberings, its title for retitlings), or the metadata value.
 */
export function mainValue(change: Change, side: 'before' | 'after'): unknown {
  const { before, after } = sidesOf(change);
  return side === 'before' ? before.main : after.main;
}

interface Side {
  /** Whether the change has this side at all (an added term has no old side). */
  present: boolean;
  /** The whole term, provision, provisions or metadata value. */
  whole: unknown;
  /** What a bare value is compared with. */
  main: unknown;
}

const ABSENT: Side = { present: false, whole: undefined, main: undefined };

function sidesOf(change: Change): { before: Side; after: Side } {
  switch (change.kind) {
    case 'term.changed':
      return { before: termSide(change.before), after: termSide(change.after) };
    case 'term.added':
      return { before: ABSENT, after: termSide(change.after) };
    case 'term.removed':
      return { before: termSide(change.before), after: ABSENT };
    case 'provision.added':
      return { before: ABSENT, after: provisionSide(change.after, 'text') };
    case 'provision.removed':
      return { before: provisionSide(change.before, 'text'), after: ABSENT };
    case 'provision.reworded':
      return {
        before: provisionSide(change.before, 'text'),
        after: provisionSide(change.after, 'text'),
      };
    case 'provision.retitled':
      return {
        before: provisionSide(change.before, 'title'),
        after: provisionSide(change.after, 'title'),
      };
    case 'provision.moved':
    case 'provision.renumbered':
      return {
        before: provisionSide(change.before, 'number'),
        after: provisionSide(change.after, 'number'),
      };
    case 'provision.split':
      return {
        before: provisionSide(change.before, 'text'),
        after: { present: true, whole: change.after, main: change.after.map((part) => part.text) },
      };
    case 'provision.merged':
      return {
        before: {
          present: true,
          whole: change.before,
          main: change.before.map((part) => part.text),
        },
        after: provisionSide(change.after, 'text'),
      };
    case 'draft.changed':
      return {
        before: { present: true, whole: change.before, main: change.before },
        after: { present: true, whole: change.after, main: change.after },
      };
    default: {
      const kind = (change as { kind?: unknown }).kind;
      throw new DraftdiffError('INVALID_ARGUMENT', `unknown change kind ${printValue(kind)}`);
    }
  }
}

function termSide(term: Term): Side {
  return { present: true, whole: term, main: termMainValue(term) };
}

function provisionSide(provision: Provision, field: 'text' | 'title' | 'number'): Side {
  return { present: true, whole: provision, main: provision[field] };
}

function termMainValue(term: Term): unknown {
  switch (term.kind) {
    case 'money':
      return term.amount;
    case 'set':
      return term.members;
    case 'unaddressed':
      return undefined;
    default:
      return term.value;
  }
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
  const actual = Object.hasOwn(change, field)
    ? (change as unknown as Record<string, unknown>)[field]
    : undefined;
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

type Criterion = [ExpectedField, unknown];

/** Validates an expectation and lists the criteria it sets (fields given as `undefined` set none). */
function checkExpected(expected: ExpectedChange): Criterion[] {
  if (!isPlainObject(expected)) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `expected change must be an object such as { kind, key, provisionId, from, to }, got ${describeType(expected)}`,
    );
  }
  const record = expected as Record<string, unknown>;
  const unknown = Object.keys(record).filter(
    (field) => !(EXPECTED_FIELDS as readonly string[]).includes(field),
  );
  if (unknown.length > 0) {
    // A typo such as `kin` would otherwise match every change.
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `unknown field ${printValue(unknown[0])} in expected change; use ${EXPECTED_FIELDS.join(', ')}`,
    );
  }
  if (record.kind !== undefined && !(CHANGE_KINDS as readonly unknown[]).includes(record.kind)) {
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

/** Checks that a value is a `DraftDiff` (what `diffDrafts` returns). */
export function checkDiff(value: unknown): DraftDiff {
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray((value as { changes?: unknown }).changes)
  ) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `expected a DraftDiff (the result of diffDrafts), got ${describeType(value)}`,
    );
  }
  return value as DraftDiff;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object without changes' : typeof value;
}

const MAX_STRING = 60;

/**
 * A short, deterministic literal: strings quoted and cut at 60 characters, arrays and objects
 * inline. Enough to read a value in a failure message, never a whole document.
 */
export function printValue(value: unknown, depth = 0): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value === undefined || value === null) return String(value);
  if (typeof value !== 'object') return typeof value;
  if (depth >= 2) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    const items = value.slice(0, 10).map((item) => printValue(item, depth + 1));
    if (value.length > 10) items.push(`… ${value.length - 10} more`);
    return `[${items.join(', ')}]`;
  }
  const entries = Object.keys(value).map(
    (field) => `${field}: ${printValue((value as Record<string, unknown>)[field], depth + 1)}`,
  );
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}
