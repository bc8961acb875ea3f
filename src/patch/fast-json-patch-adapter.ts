/**
 * The one module that imports fast-json-patch (3.1.1, pinned exactly). With its validation on
 * it checks each operation against the document (targets and parents exist, array indexes
 * are numbers, in range for `add`, `-` only where it can add) and performs it; a refusal
 * (`JsonPatchError`) becomes a `FastJsonPatchRefusal` with its code. `applyPatch` keeps in
 * front of it what it does not do: the operation's shape, prototype segments, limits, JSON
 * values, copy on write of shared objects, and the words of each error message.
 *
 * `add`, `remove`, `replace` and `test` go to it as they are, and reads go through its own
 * `_get`. `move` and `copy` go as RFC 6902 sections 4.4 and 4.5 define them: a validated
 * `remove` (or `_get`) at `from`, then a validated `add` at `path`. Its own `move` and `copy`
 * cannot be used for any input, because in 3.1.1:
 * - their validation of `from` runs `validate`, which copies the whole document by
 *   `JSON.parse(JSON.stringify(...))` for every operation (quadratic over a patch, and
 *   exponential for the shared references `applyPatch` accepts);
 * - their inner `add` runs unvalidated, so an index past the end appends (`copy` to `/a/9` of a
 *   two-element array, or `move` to the length once the value has been removed);
 * - `copy` copies by the same JSON round trip, and to the root returns the source itself;
 * - `move` also copies the value it overwrites, by the same round trip, to report it.
 *
 * Worked around here, for the inputs that meet them:
 * - its `test` calls the expected value's own `hasOwnProperty`: a `TypeError` when that value
 *   holds an object with a member of that name or without a prototype. Those values are
 *   compared with `equalJson`, after fast-json-patch has read the target;
 * - its validator looks for `undefined` in a value path by path (see `validateWithoutValue`).
 *
 * Kept in `applyPatch`, which checks the pointer itself first (with `locate`) where:
 * - a segment is one fast-json-patch reads wrongly (`readsWrongly`: inherited names such as
 *   `toString`, array indexes with leading zeros, empty, or past 32 bits);
 * - the document is not an object or array (it would assign to the primitive);
 * - the document holds shared references: every `JsonPatchError` writes the document and the
 *   operation into its message as JSON text, and its `test` compares path by path, both
 *   exponential there (`applyPatch` then also compares `test` values itself).
 * And `remove` of the root, which it answers with `null`, is refused before it is called.
 */

// A default import on purpose: fast-json-patch 3.1.1 is CommonJS (`main`) with an ESM
// build (`module`) and no `exports` map. Node's ESM loader cannot see the CJS named exports
// (they are attached with `Object.assign`), so `import { applyOperation }` and
// `import * as` fail there; the default import is `module.exports` under Node ESM, the
// ESM build's default object under bundlers and vitest, and `module.exports` again in the
// CommonJS bundle (`__toESM`, the package sets no `__esModule` flag on its entry).
import jsonpatch, {
  type GetOperation,
  type Operation,
  type OperationResult,
  type Validator,
} from 'fast-json-patch';
import { equalJson, isContainer, type JsonValue } from './json-value.js';

/** fast-json-patch's switches, by name: its `applyOperation` takes them as positional booleans. */
interface ApplyOptions {
  /** Its check of the operation against the document, before it is performed. */
  validateOperation: Validator<JsonValue>;
  /** On: the caller owns the copy being patched. */
  mutateDocument: boolean;
  /** On: a second line of defence behind `applyPatch`'s own refusal of `__proto__`. */
  banPrototypeModifications: boolean;
}

/**
 * fast-json-patch's own `validator`, shown the operation without its `value`: the validator
 * looks for `undefined` inside a value path by path, exponential for a value with shared
 * references, and `applyPatch` has already checked every value (linear in its objects).
 */
const validateWithoutValue: Validator<JsonValue> = (operation, index, document, existing) => {
  const shown: Operation = 'value' in operation ? { ...operation, value: null } : operation;
  jsonpatch.validator(shown, index, document, existing);
};

const OPTIONS: ApplyOptions = {
  validateOperation: validateWithoutValue,
  mutateDocument: true,
  banPrototypeModifications: true,
};

/** An operation fast-json-patch performs for `applyPatch`. */
export type AdapterOperation =
  | { op: 'add'; path: string; value: JsonValue }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: JsonValue }
  | { op: 'test'; path: string; value: JsonValue };

/** What applying one operation gives: the (possibly new) root and the value it took out. */
export interface AdapterResult {
  /** The document root after the operation (a new root when `path` is `""`). */
  document: JsonValue;
  /** The value removed or replaced, when there was one. */
  removed: JsonValue | undefined;
}

/**
 * fast-json-patch refused an operation (a `JsonPatchError`); `code` is its name for why, such
 * as `OPERATION_PATH_UNRESOLVABLE` or `TEST_OPERATION_FAILED`. Its message is not kept: it
 * holds the whole document.
 */
export class FastJsonPatchRefusal extends Error {
  constructor(readonly code: string) {
    super(`fast-json-patch refused the operation (${code})`);
    this.name = 'FastJsonPatchRefusal';
  }
}

/**
 * Checks `operation` against `document` and performs it in place (the caller owns that copy).
 * Throws `FastJsonPatchRefusal` when it does not apply.
 */
export function applyOperationInPlace(
  document: JsonValue,
  operation: AdapterOperation,
): AdapterResult {
  if (operation.op === 'test' && callsOwnHasOwnProperty(operation.value)) {
    if (!equalJson(readValue(document, operation.path), operation.value)) {
      throw new FastJsonPatchRefusal('TEST_OPERATION_FAILED');
    }
    return { document, removed: undefined };
  }
  const result = apply(document, operation, OPTIONS);
  return { document: result.newDocument, removed: result.removed };
}

/** The value at `path`, which must exist; throws `FastJsonPatchRefusal` when it does not. */
export function readValue(document: JsonValue, path: string): JsonValue {
  // `_get` is fast-json-patch's own read: validated like `remove`, it leaves the value in `value`.
  const read: GetOperation<JsonValue> = { op: '_get', path, value: null };
  apply(document, read, OPTIONS);
  return read.value;
}

/** fast-json-patch's `applyOperation` with its options by name and its errors as refusals. */
function apply(
  document: JsonValue,
  operation: Operation,
  { validateOperation, mutateDocument, banPrototypeModifications }: ApplyOptions,
): OperationResult<JsonValue> {
  try {
    return jsonpatch.applyOperation(
      document,
      operation,
      validateOperation,
      mutateDocument,
      banPrototypeModifications,
    );
  } catch (error) {
    if (error instanceof jsonpatch.JsonPatchError) throw new FastJsonPatchRefusal(error.name);
    throw error;
  }
}

/**
 * Whether fast-json-patch's `test` would throw a `TypeError` comparing against `expected`: it
 * calls `hasOwnProperty` on each object of the expected value, which fails when the object
 * has its own member of that name or no prototype.
 */
function callsOwnHasOwnProperty(expected: JsonValue): boolean {
  const pending: JsonValue[] = [expected];
  const seen = new Set<object>();
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (!isContainer(value) || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (
      Object.getPrototypeOf(value) !== Object.prototype ||
      Object.hasOwn(value, 'hasOwnProperty')
    ) {
      return true;
    } else {
      for (const member of Object.values(value)) pending.push(member);
    }
  }
  return false;
}
