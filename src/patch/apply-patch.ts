import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { decodePointer, describePath, encodePointer } from '../internal/pointer.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import {
  type AdapterOperation,
  applyOperationInPlace,
  FastJsonPatchRefusal,
  readValue,
} from './fast-json-patch-adapter.js';
import { isOperationName, JSON_PATCH_OPERATION_NAMES } from './json-patch-operation.js';
import {
  assertJson,
  equalJson,
  FORBIDDEN_KEYS,
  hasOwn,
  isContainer,
  type JsonSize,
  type JsonValue,
  measureJson,
  ownMember,
} from './json-value.js';
import { PatchError } from './patch-error.js';
import { WorkingCopy } from './working-copy.js';

/** Options of `applyPatch`. */
export interface ApplyPatchOptions {
  /**
   * Limits: `maxDepth` bounds the nesting of the document, of every operation's `value`, of
   * the document each operation leaves, and the number of segments in a `path` or `from`;
   * `maxPatchNodes` bounds the values built (the copy of the document and every value added,
   * replaced or copied). Past either: `LIMIT_EXCEEDED`.
   * @defaultValue DEFAULT_LIMITS
   */
  limits?: Partial<Limits>;
}

/** An operation that passed the checks that need no document, its pointers decoded. */
type CheckedOperation = { path: string; segments: string[] } & (
  | {
      op: 'add' | 'replace' | 'test';
      value: JsonValue;
      /** The objects `value` reaches by more than one path. */
      valueShared: ReadonlySet<object>;
    }
  | { op: 'remove' }
  | { op: 'move' | 'copy'; from: string; fromSegments: string[] }
);

/** What an operation may build: the limits and what has been built so far. */
interface Budget {
  maxDepth: number;
  maxPatchNodes: number;
  built: number;
}

/** Longest pointer an error message quotes; longer ones are cut, so a message stays one short line. */
const POINTER_IN_MESSAGE = 120;

/**
 * Applies RFC 6902 operations to a copy of `document` and returns the result; `document` and
 * `operations` are never mutated and the result shares no objects with either.
 *
 * Every operation is checked before any is applied: `op` must be one of the six of RFC 6902,
 * `path` and `from` valid JSON Pointers (RFC 6901), `value` present and JSON. Segments
 * `__proto__`, `constructor` and `prototype` are refused outright (code `FORBIDDEN_KEY`),
 * which is why `toJsonPatch` never emits them. While applying, array indexes must be
 * canonical (`0`, `12`, never `012`), `-` is accepted only as the last segment of an `add`
 * (or a `move`/`copy` target), and a failed `test` fails the whole patch.
 *
 * What a patch builds is bounded before it is built: an operation whose result would nest
 * deeper than `limits.maxDepth`, or take the values built past `limits.maxPatchNodes`, fails
 * with `LIMIT_EXCEEDED` and its index (a few dozen `copy` operations can otherwise double a
 * document until the heap runs out). A shared (acyclic) reference to an object holding 32
 * containers or more, in the document or a value, is copied once and stays shared among the
 * result's own objects (smaller ones are copied per place); a change under one place never
 * shows at another.
 *
 * Errors are `PatchError` (a `DraftdiffError`) with code `INVALID_PATCH`, `FORBIDDEN_KEY` or
 * `LIMIT_EXCEEDED`, an `operationIndex`, and a message naming the operation's index and
 * path, never the document. A document that is not JSON is `INVALID_ARGUMENT`.
 *
 * `Result` is the type the caller expects back, for example `applyPatch<Draft>(draft, ops)`.
 * It is not checked: a patch can change a document's shape, so give a result from a patch you
 * did not make yourself to `parseDraft` (or your own check) rather than trust it. Without it
 * the result is a `JsonValue`, which it always is.
 *
 * @example
 * applyPatch({ cap: 600000 }, [{ op: 'replace', path: '/cap', value: 800000 }]);
 * // { cap: 800000 }
 */
export function applyPatch<Result = JsonValue>(
  document: unknown,
  operations: readonly unknown[],
  options: ApplyPatchOptions = {},
): Result {
  return guardCall('applyPatch', [document, operations, options], () => {
    const limits = resolveLimits(readOptions(options, 'applyPatch').limits);
    if (!Array.isArray(operations)) {
      throw new PatchError('INVALID_PATCH', 'a JSON Patch must be an array of operations');
    }
    // A loop, not `map`: `map` skips the holes of a sparse array, and a hole is not an operation.
    const checked: CheckedOperation[] = [];
    for (let index = 0; index < operations.length; index++) {
      checked.push(checkOperation(operations[index], index, limits.maxDepth));
    }
    const shared = new Set<object>();
    checkDocument(document, limits.maxDepth, shared);
    const json: JsonValue = document;

    let working: WorkingCopy;
    const budget: Budget = {
      maxDepth: limits.maxDepth,
      maxPatchNodes: limits.maxPatchNodes,
      built: 0,
    };
    try {
      budget.built = measureJson(json, shared).nodes;
      if (budget.built > limits.maxPatchNodes) {
        throw new DraftdiffError(
          'LIMIT_EXCEEDED',
          `document holds ${budget.built} values, more than maxPatchNodes (${limits.maxPatchNodes})`,
        );
      }
      working = new WorkingCopy(json, shared);
    } catch (error) {
      if (error instanceof DraftdiffError) throw error;
      // `maxDepth` raised far past its default can still overflow the stack of the copy.
      if (error instanceof RangeError) {
        throw new DraftdiffError('LIMIT_EXCEEDED', 'document is nested too deeply to copy', {
          cause: error,
        });
      }
      // A getter that threw only on this second read: the document cannot be read.
      throw new DraftdiffError('INVALID_ARGUMENT', 'document could not be read', { cause: error });
    }
    checked.forEach((operation, index) => {
      try {
        applyOperation(working, operation, budget);
      } catch (error) {
        throw toPatchError(error, operation, index);
      }
    });
    return working.root as Result;
  });
}

/** Checks what can be checked without the document. */
function checkOperation(raw: unknown, index: number, maxDepth: number): CheckedOperation {
  const fail = (
    code: 'INVALID_PATCH' | 'FORBIDDEN_KEY' | 'LIMIT_EXCEEDED',
    what: string,
    reason: string,
    path?: string,
  ) =>
    new PatchError(code, `operation ${index}${what}: ${reason}`, { operationIndex: index, path });

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const got = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw;
    throw fail('INVALID_PATCH', '', `not an object (${got})`);
  }
  const op = ownMember(raw, 'op');
  if (!isOperationName(op)) {
    const shown =
      typeof op === 'string'
        ? `unknown op ${quote(op)}`
        : op === undefined
          ? 'missing op'
          : `op is a ${op === null ? 'null' : typeof op}, not a string`;
    throw fail(
      'INVALID_PATCH',
      '',
      `${shown}; expected one of ${JSON_PATCH_OPERATION_NAMES.join(', ')}`,
    );
  }

  const pointerField = (field: 'path' | 'from'): { pointer: string; segments: string[] } => {
    const pointer = ownMember(raw, field);
    if (typeof pointer !== 'string') {
      throw fail('INVALID_PATCH', ` (${op})`, `${field} is missing or not a string`);
    }
    const what = ` (${op} ${field === 'from' ? 'from ' : ''}${quote(pointer)})`;
    const segments = decodePointer(pointer);
    if (segments === undefined) {
      throw fail(
        'INVALID_PATCH',
        what,
        `${field} is not a JSON Pointer (it must be empty or start with "/", and "~" must be followed by 0 or 1)`,
        pointer,
      );
    }
    if (segments.length > maxDepth) {
      throw fail('LIMIT_EXCEEDED', what, `${field} has more than ${maxDepth} segments`, pointer);
    }
    const forbidden = segments.find((segment) => FORBIDDEN_KEYS.has(segment));
    if (forbidden !== undefined) {
      throw fail(
        'FORBIDDEN_KEY',
        what,
        `the segment ${quote(forbidden)} is refused: it could reach an object's prototype`,
        pointer,
      );
    }
    return { pointer, segments };
  };

  const { pointer: path, segments } = pointerField('path');
  switch (op) {
    case 'remove':
      return { op, path, segments };
    case 'move':
    case 'copy': {
      const from = pointerField('from');
      return { op, path, segments, from: from.pointer, fromSegments: from.segments };
    }
    default: {
      const what = ` (${op} ${quote(path)})`;
      const value = ownMember(raw, 'value');
      if (value === undefined) throw fail('INVALID_PATCH', what, 'value is missing', path);
      const valueShared = new Set<object>();
      assertJson(value, maxDepth, valueShared, (problem) =>
        fail(
          problem.code === 'LIMIT_EXCEEDED' ? 'LIMIT_EXCEEDED' : 'INVALID_PATCH',
          what,
          `value ${problem.code === 'LIMIT_EXCEEDED' ? 'has' : 'is not JSON:'} ${problem.reason} at ${describePath(problem.path)}`,
          path,
        ),
      );
      return { op, path, segments, value, valueShared };
    }
  }
}

/** Checks the document; adds to `shared` the objects it reaches by more than one path. */
function checkDocument(
  document: unknown,
  maxDepth: number,
  shared: Set<object>,
): asserts document is JsonValue {
  assertJson(
    document,
    maxDepth,
    shared,
    (problem) =>
      new DraftdiffError(
        problem.code,
        `document ${problem.code === 'LIMIT_EXCEEDED' ? 'has' : 'is not JSON:'} ${problem.reason} at ${describePath(problem.path)}`,
        { path: encodePointer(problem.path) },
      ),
  );
}

/** Why an operation cannot apply to the document as it stands; becomes a `PatchError`. */
class Unapplicable extends Error {
  constructor(
    reason: string,
    readonly field: 'path' | 'from' = 'path',
    readonly code: 'INVALID_PATCH' | 'LIMIT_EXCEEDED' = 'INVALID_PATCH',
  ) {
    super(reason);
  }
}

/**
 * Applies one checked operation. fast-json-patch (through the adapter) checks it against the
 * current document, as RFC 6902 section 4 requires, and performs it; before that, the budget
 * refuses anything too big or too deep to build, the containers written to are made the
 * working copy's own, and `locate` checks the pointers fast-json-patch would read wrongly.
 * When fast-json-patch refuses, `locate` says why in this module's words.
 */
function applyOperation(working: WorkingCopy, operation: CheckedOperation, budget: Budget): void {
  const { path, segments } = operation;
  const parent = segments.slice(0, -1);
  // Documents holding shared references are checked here first: fast-json-patch's errors carry
  // the document turned into JSON text, which for those can take exponential time.
  const checkHere = working.hasSharedReferences || !isContainer(working.root);
  const check = (pointer: readonly string[], mode: 'existing' | 'add', field?: 'from') => {
    if (checkHere || pointer.some(readsWrongly)) locate(working.root, pointer, mode, field);
  };
  const change = (adapted: AdapterOperation, mode: 'existing' | 'add'): JsonValue | undefined => {
    try {
      const result = applyOperationInPlace(working.root, adapted);
      working.root = result.document;
      return result.removed;
    } catch (error) {
      throw explain(error, () => locate(working.root, segments, mode));
    }
  };
  switch (operation.op) {
    case 'add':
    case 'replace': {
      const mode = operation.op === 'add' ? 'add' : 'existing';
      check(segments, mode);
      const { value, valueShared } = operation;
      reserve(budget, segments, measureJson(value, valueShared));
      working.makeWritable(parent);
      change({ op: operation.op, path, value: working.build(value, valueShared) }, mode);
      return;
    }
    case 'remove':
      // fast-json-patch's remove of the root leaves `null`; RFC 6902 has nothing to leave.
      if (segments.length === 0) throw new Unapplicable('cannot remove the whole document');
      check(segments, 'existing');
      working.makeWritable(parent);
      change({ op: 'remove', path }, 'existing');
      return;
    case 'test':
      // fast-json-patch compares path by path, which for shared references is exponential.
      if (checkHere || operation.valueShared.size > 0 || segments.some(readsWrongly)) {
        const actual = locate(working.root, segments, 'existing');
        if (!equalJson(actual, operation.value)) throw new Unapplicable(TEST_FAILED);
      } else {
        change({ op: 'test', path, value: operation.value }, 'existing');
      }
      return;
    case 'move': {
      const { from, fromSegments } = operation;
      if (isProperPrefix(fromSegments, segments)) {
        throw new Unapplicable('cannot move a value into one of its own children');
      }
      check(fromSegments, 'existing', 'from');
      if (isSamePath(fromSegments, segments)) {
        // RFC 6902 section 4.4: moving a value onto itself changes nothing, once `from` exists.
        read(working, from, fromSegments);
        return;
      }
      // Section 4.4: a move is a remove at `from` followed by an add at `path`.
      working.makeWritable(fromSegments.slice(0, -1));
      let removed: JsonValue | undefined;
      try {
        removed = applyOperationInPlace(working.root, { op: 'remove', path: from }).removed;
      } catch (error) {
        throw explain(error, () => locate(working.root, fromSegments, 'existing', 'from'));
      }
      if (removed === undefined) throw new Unapplicable('from names no value', 'from');
      // Moved no deeper, the value stays within the depth the document already keeps to.
      if (segments.length > fromSegments.length) {
        reserve(budget, segments, { nodes: 0, levels: working.measureInside(removed).levels });
      }
      check(segments, 'add');
      working.makeWritable(parent);
      change({ op: 'add', path, value: removed }, 'add');
      return;
    }
    case 'copy': {
      check(operation.fromSegments, 'existing', 'from');
      const value = read(working, operation.from, operation.fromSegments);
      check(segments, 'add');
      reserve(budget, segments, working.measureInside(value));
      working.makeWritable(parent);
      change({ op: 'add', path, value: working.copyOf(value) }, 'add');
      return;
    }
  }
}

/** The value at `from`, read by fast-json-patch. */
function read(working: WorkingCopy, from: string, fromSegments: readonly string[]): JsonValue {
  try {
    return readValue(working.root, from);
  } catch (error) {
    throw explain(error, () => locate(working.root, fromSegments, 'existing', 'from'));
  }
}

const TEST_FAILED = 'test failed: the value at path differs from the expected value';

/**
 * What to throw for `error` from the adapter: for a refusal, the reason `explain` finds (it
 * throws an `Unapplicable` when the pointer is at fault), else the failed test or fast-json-patch's
 * own name for the refusal; anything else as it is.
 */
function explain(error: unknown, locateAgain: () => void): unknown {
  if (!(error instanceof FastJsonPatchRefusal)) return error;
  try {
    locateAgain();
  } catch (reason) {
    return reason;
  }
  return new Unapplicable(error.code === 'TEST_OPERATION_FAILED' ? TEST_FAILED : error.message);
}

/**
 * Whether fast-json-patch 3.1.1 reads `segment` other than RFC 6901 does: a name that objects
 * inherit (`toString`: it takes the inherited member for an existing one), an array index with
 * leading zeros, an empty one, or one of ten digits or more (it takes any run of digits, and
 * `""`, for an index and truncates it to 32 bits, so `4294967296` is `0`).
 */
function readsWrongly(segment: string): boolean {
  return segment in Object.prototype || /^(?:|0[0-9]+|[0-9]{10,})$/.test(segment);
}

/**
 * Counts a value about to be built at `segments` against the budget, or refuses it: nested
 * deeper than `maxDepth` where it would stand, or past `maxPatchNodes` values built in all.
 */
function reserve(budget: Budget, segments: readonly string[], size: JsonSize): void {
  // A container at `maxDepth` path segments or more is too deep, as `findJsonProblem` counts
  // for the document given; the value's deepest containers would stand at `segments.length +
  // levels - 1`.
  if (segments.length + size.levels > budget.maxDepth) {
    throw new Unapplicable(
      `the result would be nested deeper than ${budget.maxDepth} levels (maxDepth)`,
      'path',
      'LIMIT_EXCEEDED',
    );
  }
  if (budget.built + size.nodes > budget.maxPatchNodes) {
    throw new Unapplicable(
      `the values built would reach ${budget.built + size.nodes}, past maxPatchNodes (${budget.maxPatchNodes})`,
      'path',
      'LIMIT_EXCEEDED',
    );
  }
  budget.built += size.nodes;
}

/**
 * Resolves `segments` in `document`. `existing`: the target must exist; its value is returned.
 * `add`: its parent must exist and the last segment may name a new member or an array slot
 * up to the length (`-` is the length); the parent is returned.
 */
function locate(
  document: JsonValue,
  segments: readonly string[],
  mode: 'existing' | 'add',
  field: 'path' | 'from' = 'path',
): JsonValue {
  let current = document;
  let depth = 0;
  for (const segment of segments) {
    const last = ++depth === segments.length;
    if (!isContainer(current)) {
      throw new Unapplicable(
        `${field} goes through ${quote(encodePointer(segments.slice(0, depth - 1)))}, which is not an object or array`,
        field,
      );
    }
    if (last && mode === 'add') {
      if (Array.isArray(current)) arrayIndex(segment, current.length, true, field);
      return current;
    }
    const next = Array.isArray(current)
      ? current[arrayIndex(segment, current.length, false, field)]
      : hasOwn(current, segment)
        ? current[segment]
        : undefined;
    if (next === undefined) {
      throw new Unapplicable(
        `${field} names a member that does not exist: ${quote(encodePointer(segments.slice(0, depth)))}`,
        field,
      );
    }
    current = next;
  }
  return current;
}

/** RFC 6901 section 4 and RFC 6902 section 4.1: canonical decimal indexes, `-` only to add. */
function arrayIndex(
  segment: string,
  length: number,
  adding: boolean,
  field: 'path' | 'from',
): number {
  if (segment === '-') {
    if (adding) return length;
    throw new Unapplicable(`${field} uses "-", which names no existing array element`, field);
  }
  if (!/^(?:0|[1-9][0-9]*)$/.test(segment)) {
    throw new Unapplicable(
      /^0[0-9]+$/.test(segment)
        ? `${field} has an array index with leading zeros: ${quote(segment)}`
        : `${field} has ${quote(segment)} where an array index is expected`,
      field,
    );
  }
  const index = Number(segment);
  if (adding ? index > length : index >= length) {
    throw new Unapplicable(
      `${field} has array index ${segment}, out of bounds for length ${length}`,
      field,
    );
  }
  return index;
}

/** Whether two decoded pointers name the same location. */
function isSamePath(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((segment, index) => segment === right[index]);
}

/** Whether `prefix` is a proper prefix of `segments`, segment by segment. */
function isProperPrefix(prefix: readonly string[], segments: readonly string[]): boolean {
  if (prefix.length >= segments.length) return false;
  return prefix.every((segment, index) => segment === segments[index]);
}

function toPatchError(error: unknown, operation: CheckedOperation, index: number): DraftdiffError {
  const from = 'from' in operation ? operation.from : undefined;
  const described =
    from === undefined
      ? `${operation.op} ${quote(operation.path)}`
      : `${operation.op} from ${quote(from)} to ${quote(operation.path)}`;
  const prefix = `operation ${index} (${described})`;
  if (error instanceof Unapplicable) {
    return new PatchError(error.code, `${prefix}: ${error.message}`, {
      operationIndex: index,
      path: error.field === 'from' ? from : operation.path,
    });
  }
  if (error instanceof DraftdiffError) return error;
  if (error instanceof RangeError) {
    return new PatchError('LIMIT_EXCEEDED', `${prefix}: the document is nested too deeply`, {
      operationIndex: index,
      path: operation.path,
      cause: error,
    });
  }
  // Anything else would be a bug here or in fast-json-patch: still a typed error, cause kept.
  return new PatchError('INVALID_PATCH', `${prefix}: could not be applied`, {
    operationIndex: index,
    path: operation.path,
    cause: error,
  });
}

/** A pointer or op name as a message shows it: quoted, one line, cut when long. */
function quote(text: string): string {
  const cut = text.length > POINTER_IN_MESSAGE ? `${text.slice(0, POINTER_IN_MESSAGE)}...` : text;
  return JSON.stringify(cut);
}
