import { pathOfLink } from '../internal/pointer.js';

/**
 * JSON values as the patch module handles them: what counts as one, and how to compare and
 * copy them without ever touching an object's prototype. Internal to `src/patch`.
 */

/** A JSON value (RFC 8259): what `JSON.parse` can return. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A JSON object: a plain object whose own enumerable string keys hold JSON values. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Path segments that could reach an object's prototype when a patch is applied with property
 * assignment (`obj[key] = value`). fast-json-patch 3.1.1 has shipped prototype-pollution fixes
 * for `__proto__` and `constructor/prototype`; refusing all three outright is simpler to audit.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Where a value stops being JSON (or gets too deep), and why. */
export interface JsonProblem {
  /** `LIMIT_EXCEEDED` for nesting past the limit; `INVALID_ARGUMENT` for anything not JSON. */
  code: 'LIMIT_EXCEEDED' | 'INVALID_ARGUMENT';
  /** Path segments from the root to the offending value. */
  path: (string | number)[];
  /** What is wrong with it, in plain words. */
  reason: string;
}

/** True for arrays and plain objects (prototype `Object.prototype` or `null`). */
export function isContainer(value: unknown): value is JsonValue[] | JsonObject {
  return typeof value === 'object' && value !== null;
}

/** True for a plain object that is not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Finds the first thing that keeps `value` from being a JSON value this module can walk
 * recursively: nesting of `maxDepth` containers or more, a cycle, `undefined`, a function, a
 * symbol, a bigint, a non-finite number, a hole in a sparse array, or an object that is not
 * plain (a `Date`, a `Map`, a class instance). `-0` is accepted: JSON text has one zero, and
 * copies write it as `0`. Iterative, so no input can overflow the stack here.
 *
 * Same depth rule as `inspectJson` (src/internal), which this does not call: a patch needs a
 * problem report (code, path, reason) to phrase per operation, and stricter rules than a draft
 * (`undefined` and holes are not JSON, where a draft's schema reads them as absent).
 */
export function findJsonProblem(value: unknown, maxDepth: number): JsonProblem | undefined {
  type Frame = {
    value: unknown;
    parent: Frame | undefined;
    segment: string | number;
    depth: number;
    exit: boolean;
  };
  const ancestors = new Set<object>();
  const stack: Frame[] = [{ value, parent: undefined, segment: '', depth: 0, exit: false }];
  let frame: Frame | undefined;
  try {
    return walk();
  } catch (error) {
    // A getter or a proxy trap threw (or a proxy was revoked) while the value was read.
    return {
      code: 'INVALID_ARGUMENT',
      path: frame === undefined ? [] : pathOfLink(frame),
      reason: `a value that could not be read (${error instanceof Error ? error.name : 'an error'} from a getter or proxy)`,
    };
  }

  function walk(): JsonProblem | undefined {
    while (stack.length > 0) {
      frame = stack.pop() as Frame;
      const current = frame.value;
      if (frame.exit) {
        ancestors.delete(current as object);
        continue;
      }
      const reason = describeNonJson(current);
      if (reason !== undefined)
        return { code: 'INVALID_ARGUMENT', path: pathOfLink(frame), reason };
      if (!isContainer(current)) continue;
      if (ancestors.has(current)) {
        return { code: 'INVALID_ARGUMENT', path: pathOfLink(frame), reason: 'a cycle' };
      }
      if (frame.depth >= maxDepth) {
        return {
          code: 'LIMIT_EXCEEDED',
          path: pathOfLink(frame),
          reason: `nesting deeper than ${maxDepth} levels`,
        };
      }
      ancestors.add(current);
      stack.push({ ...frame, exit: true });
      const depth = frame.depth + 1;
      if (Array.isArray(current)) {
        for (let index = current.length - 1; index >= 0; index--) {
          if (!(index in current)) {
            return {
              code: 'INVALID_ARGUMENT',
              path: [...pathOfLink(frame), index],
              reason: 'a hole in a sparse array',
            };
          }
          stack.push({ value: current[index], parent: frame, segment: index, depth, exit: false });
        }
      } else {
        const keys = Object.keys(current);
        for (let index = keys.length - 1; index >= 0; index--) {
          const key = keys[index] as string;
          stack.push({ value: current[key], parent: frame, segment: key, depth, exit: false });
        }
      }
    }
    return undefined;
  }
}

function describeNonJson(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `the number ${String(value)}`;
    case 'object': {
      if (value === null || Array.isArray(value)) return undefined;
      const prototype = Object.getPrototypeOf(value);
      return prototype === Object.prototype || prototype === null
        ? undefined
        : `an object that is not plain (${prototype?.constructor?.name ?? 'unknown class'})`;
    }
    default:
      return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
  }
}

/**
 * Deep copy of a JSON value that shares nothing with it. Keys such as `__proto__` become own
 * data properties (as `JSON.parse` makes them), never a prototype change. `-0` is written as
 * `0`. Recursive: depth is bounded by the caller.
 */
export function cloneJson(value: JsonValue): JsonValue {
  if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value;
  if (Array.isArray(value)) return value.map(cloneJson);
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) setOwn(copy, key, cloneJson(value[key] as JsonValue));
  return copy;
}

/** Sets an own data property, even for `__proto__`, whose plain assignment would call a setter. */
export function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/** Whether an object has `key` as an own property (never an inherited one like `toString`). */
export function hasOwn(target: object, key: string): boolean {
  return Object.hasOwn(target, key);
}

/**
 * Structural equality of two JSON values: objects regardless of key order, arrays in order,
 * numbers with `===` (so `0` equals `-0`). Recursive: depth is bounded by the caller.
 */
export function equalJson(left: JsonValue, right: JsonValue): boolean {
  if (left === right) return true;
  if (!isContainer(left) || !isContainer(right)) return false;
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false;
    for (let index = 0; index < left.length; index++) {
      if (!equalJson(left[index] as JsonValue, right[index] as JsonValue)) return false;
    }
    return true;
  }
  if (Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  for (const key of leftKeys) {
    if (!hasOwn(right, key)) return false;
    if (!equalJson(left[key] as JsonValue, right[key] as JsonValue)) return false;
  }
  return true;
}

/**
 * A string that is equal for two values exactly when `equalJson` says they are equal: JSON
 * text with object keys sorted. Lets the array diff compare elements as interned numbers.
 */
export function canonicalJson(value: JsonValue): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`).join(',')}}`;
}
