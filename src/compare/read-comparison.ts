import { DraftdiffError } from '../internal/errors.js';
import { inspectJson } from '../internal/inspect-json.js';
import { encodePointer } from '../internal/pointer.js';
import { DEFAULT_LIMITS } from '../model/limits.js';
import { parseSource, parseTerm } from '../model/parse-part.js';
import type { Source } from '../model/source.js';
import type { Term } from '../model/term.js';
import type {
  Comparison,
  ComparisonRow,
  ComparisonSide,
  ComparisonValue,
} from './compare-drafts.js';

/**
 * Checks a `Comparison` (or one row) passed to a public function, which may have been built by
 * hand or read back from JSON, and returns a copy of what the formatters read: known fields
 * only, terms and sources validated. A field of the wrong type is a `DraftdiffError`
 * `INVALID_ARGUMENT` with the JSON Pointer of the field, not a `TypeError` in a formatter.
 * An `agreement` outside the three is kept (and escaped by the formatters): only its type is
 * checked. Internal to `src/compare`.
 */
export function readComparison(value: unknown, caller: string): Comparison {
  guard(value, caller);
  const record = objectAt(value, [], caller, 'a comparison');
  const drafts = stringsAt(record.drafts, ['drafts'], caller);
  const rows = arrayAt(record.rows, ['rows'], caller).map((row, index) =>
    readRowAt(row, ['rows', index], caller),
  );
  return { drafts, rows };
}

/** Checks one `ComparisonRow` (see `readComparison`). */
export function readRow(value: unknown, caller: string): ComparisonRow {
  guard(value, caller);
  return readRowAt(value, [], caller);
}

type Segment = string | number;

/** Cycles, depth and non-plain objects first: the walks below are recursive only through known fields. */
function guard(value: unknown, caller: string): void {
  try {
    inspectJson(value, DEFAULT_LIMITS.maxDepth);
  } catch (error) {
    if (!(error instanceof DraftdiffError)) throw error;
    throw new DraftdiffError(error.code, `${caller}: ${error.message}`, {
      path: error.path,
      cause: error,
    });
  }
}

function readRowAt(value: unknown, at: Segment[], caller: string): ComparisonRow {
  const row = objectAt(value, at, caller, 'a comparison row');
  const values: [string, ComparisonValue][] = Object.keys(
    objectAt(row.values, [...at, 'values'], caller, 'an object'),
  ).map((id) => {
    const cell = (row.values as Record<string, unknown>)[id];
    return [id, cell === 'silent' ? 'silent' : termAt(cell, [...at, 'values', id], caller)];
  });
  const sourceRecord = objectAt(row.sources, [...at, 'sources'], caller, 'an object');
  const sources: [string, Source[]][] = Object.keys(sourceRecord).map((id) => [
    id,
    arrayAt(sourceRecord[id], [...at, 'sources', id], caller).map((source, index) =>
      sourceAt(source, [...at, 'sources', id, index], caller),
    ),
  ]);
  const sides: ComparisonSide[] = arrayAt(row.sides, [...at, 'sides'], caller).map(
    (side, index) => {
      const where = [...at, 'sides', index];
      const record = objectAt(side, where, caller, 'a side');
      return {
        drafts: stringsAt(record.drafts, [...where, 'drafts'], caller),
        value: termAt(record.value, [...where, 'value'], caller),
      };
    },
  );
  const copy: ComparisonRow = {
    key: stringAt(row.key, [...at, 'key'], caller),
    label: stringAt(row.label, [...at, 'label'], caller),
    // `Object.fromEntries` defines own properties, so an id `__proto__` stays data.
    values: Object.fromEntries(values),
    agreement: stringAt(row.agreement, [...at, 'agreement'], caller) as ComparisonRow['agreement'],
    sources: Object.fromEntries(sources),
    sides,
  };
  if (row.near !== undefined) {
    if (typeof row.near !== 'boolean') throw wrongType([...at, 'near'], caller, 'true or false');
    if (row.near) copy.near = true;
  }
  if (row.note !== undefined) copy.note = stringAt(row.note, [...at, 'note'], caller);
  return copy;
}

function wrongType(at: Segment[], caller: string, expected: string): DraftdiffError {
  const path = encodePointer(at);
  return new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller}: ${path || '(root)'} must be ${expected}`,
    { path },
  );
}

function objectAt(
  value: unknown,
  at: Segment[],
  caller: string,
  expected: string,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw wrongType(at, caller, expected);
  }
  return value as Record<string, unknown>;
}

function arrayAt(value: unknown, at: Segment[], caller: string): unknown[] {
  if (!Array.isArray(value)) throw wrongType(at, caller, 'an array');
  return Array.from({ length: value.length }, (_, index) => value[index]);
}

function stringAt(value: unknown, at: Segment[], caller: string): string {
  if (typeof value !== 'string') throw wrongType(at, caller, 'a string');
  return value;
}

function stringsAt(value: unknown, at: Segment[], caller: string): string[] {
  return arrayAt(value, at, caller).map((item, index) => stringAt(item, [...at, index], caller));
}

function termAt(value: unknown, at: Segment[], caller: string): Term {
  const result = parseTerm(value);
  if (result.success) return result.value;
  const issue = result.issues[0];
  throw new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller}: ${encodePointer(at)} is not a valid term${issue === undefined ? '' : ` (${issue.path || '(root)'}: ${issue.message})`}`,
    { path: encodePointer(at) },
  );
}

function sourceAt(value: unknown, at: Segment[], caller: string): Source {
  const result = parseSource(value);
  if (result.success) return result.value;
  const issue = result.issues[0];
  throw new DraftdiffError(
    'INVALID_ARGUMENT',
    `${caller}: ${encodePointer(at)} is not a valid source${issue === undefined ? '' : ` (${issue.path || '(root)'}: ${issue.message})`}`,
    { path: encodePointer(at) },
  );
}
