/**
 * The one module that imports fast-json-patch. Callers hand it operations that
 * `applyPatch` has already validated against the current document, so fast-json-patch runs
 * with its own validation off and is only asked to do what RFC 6902 allows.
 *
 * It applies `add`, `remove` and `replace`, and `move` as the remove and add RFC 6902 section
 * 4.4 defines it to be (with the target checked between the two: after the removal an array
 * index may be past the end, where fast-json-patch's own `move` appends). `test` and `copy`
 * stay with `applyPatch`: in fast-json-patch 3.1.1 `test` calls the expected value's own
 * `hasOwnProperty`, a `TypeError` when it has a member of that name, and `copy` to the root
 * returns the source itself rather than a copy.
 */

// A default import on purpose: fast-json-patch 3.1.1 is CommonJS (`main`) with an ESM
// build (`module`) and no `exports` map. Node's ESM loader cannot see the CJS named exports
// (they are attached with `Object.assign`), so `import { applyOperation }` and
// `import * as` fail there; the default import is `module.exports` under Node ESM, the
// ESM build's default object under bundlers and vitest, and `module.exports` again in the
// CommonJS bundle (`__toESM`, the package sets no `__esModule` flag on its entry).
import jsonpatch from 'fast-json-patch';
import type { JsonValue } from './json-value.js';

/** fast-json-patch's switches, by name: its `applyOperation` takes them as positional booleans. */
const OPTIONS = {
  /** Off: `applyPatch` has checked the operation against the document already. */
  validateOperation: false,
  /** On: the caller owns the copy being patched. */
  mutateDocument: true,
  /** On: a second line of defence behind `applyPatch`'s own refusal of `__proto__`. */
  banPrototypeModifications: true,
} as const;

/** An operation fast-json-patch applies: only the three that change a document. */
export type AdapterOperation =
  | { op: 'add'; path: string; value: JsonValue }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: JsonValue };

/** What applying one operation gives: the (possibly new) root and the value it took out. */
export interface AdapterResult {
  /** The document root after the operation (a new root when `path` is `""`). */
  document: JsonValue;
  /** The value removed or replaced, when there was one. */
  removed: JsonValue | undefined;
}

/** Applies one validated operation to `document` in place (the caller owns that copy). */
export function applyOperationInPlace(
  document: JsonValue,
  operation: AdapterOperation,
): AdapterResult {
  const result = jsonpatch.applyOperation(
    document,
    operation,
    OPTIONS.validateOperation,
    OPTIONS.mutateDocument,
    OPTIONS.banPrototypeModifications,
  );
  return {
    document: result.newDocument as JsonValue,
    removed: result.removed as JsonValue | undefined,
  };
}
