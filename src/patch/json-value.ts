import { REMEMBER_FROM } from '../internal/inspect-json.js';
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

/** Throws `refuse(problem)` when `findJsonProblem` finds one: `value` is then a `JsonValue`. */
export function assertJson(
  value: unknown,
  maxDepth: number,
  shared: Set<object>,
  refuse: (problem: JsonProblem) => Error,
): asserts value is JsonValue {
  const problem = findJsonProblem(value, maxDepth, shared);
  if (problem !== undefined) throw refuse(problem);
}

/**
 * Finds the first thing that keeps `value` from being a JSON value this module can walk
 * recursively: nesting of `maxDepth` containers or more, a cycle, `undefined`, a function, a
 * symbol, a bigint, a non-finite number, a hole in a sparse array, or an object that is not
 * plain (a `Date`, a `Map`, a class instance). `-0` is accepted: JSON text has one zero, and
 * copies write it as `0`. Iterative, so no input can overflow the stack here.
 *
 * An object reached by several paths (a shared reference) is walked again only when reached
 * deeper than before, where its contents could now be too deep: so the walk is linear in the
 * distinct objects (times at most `maxDepth`), never in the paths, which double with each
 * level of `{ a: x, b: x }`. As in `inspectJson`, only objects holding `REMEMBER_FROM`
 * containers or more are remembered, and each of those met again is added to `shared` when
 * given; a smaller shared object is walked (and copied, and diffed) once per place.
 *
 * Same depth rule as `inspectJson` (src/internal), which this does not call: a patch needs a
 * problem report (code, path, reason) to phrase per operation, and stricter rules than a draft
 * (`undefined` and holes are not JSON, where a draft's schema reads them as absent).
 */
export function findJsonProblem(
  value: unknown,
  maxDepth: number,
  shared?: Set<object>,
): JsonProblem | undefined {
  type Frame = {
    value: unknown;
    parent: Frame | undefined;
    segment: string | number;
    depth: number;
    exit: boolean;
    /** In an exit frame (0 in others): how many containers had been visited, this one included. */
    visitsBefore: number;
  };
  const ancestors = new Set<unknown>();
  /** The deepest level at which each large container was walked to the end without a problem. */
  const walkedAt = new Map<unknown, number>();
  let visits = 0;
  const stack: Frame[] = [
    { value, parent: undefined, segment: '', depth: 0, exit: false, visitsBefore: 0 },
  ];
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
    for (frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
      const current = frame.value;
      if (frame.exit) {
        ancestors.delete(current);
        // Walked again only from deeper down, so this depth is the deepest yet.
        if (visits - frame.visitsBefore >= REMEMBER_FROM) walkedAt.set(current, frame.depth);
        continue;
      }
      const reason = describeNonJson(current);
      if (reason !== undefined)
        return { code: 'INVALID_ARGUMENT', path: pathOfLink(frame), reason };
      if (!isContainer(current)) continue;
      if (ancestors.has(current)) {
        return { code: 'INVALID_ARGUMENT', path: pathOfLink(frame), reason: 'a cycle' };
      }
      const walked = walkedAt.get(current);
      if (walked !== undefined) {
        shared?.add(current);
        if (walked >= frame.depth) continue;
      }
      if (frame.depth >= maxDepth) {
        return {
          code: 'LIMIT_EXCEEDED',
          path: pathOfLink(frame),
          reason: `nesting deeper than ${maxDepth} levels`,
        };
      }
      visits++;
      ancestors.add(current);
      stack.push({ ...frame, exit: true, visitsBefore: visits });
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
          stack.push({
            value: current[index],
            parent: frame,
            segment: index,
            depth,
            exit: false,
            visitsBefore: 0,
          });
        }
      } else {
        for (const key of Object.keys(current).reverse()) {
          stack.push({
            value: current[key],
            parent: frame,
            segment: key,
            depth,
            exit: false,
            visitsBefore: 0,
          });
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

/** No objects: what a value without shared references shares. */
export const NOTHING_SHARED: ReadonlySet<object> = new Set();

/**
 * Deep copy of a JSON value that shares nothing with it. Keys such as `__proto__` become own
 * data properties (as `JSON.parse` makes them), never a prototype change. `-0` is written as
 * `0`. Recursive: depth is bounded by the caller.
 *
 * `shared` holds the objects the value may reach by more than one path (as `findJsonProblem`
 * finds them): each is copied once and its copy reached by the same paths, so a value shared
 * at every level costs its distinct objects, not its paths, which double with each level.
 * The copies of those are added to `sharedCopies` when given. Objects outside `shared` are
 * copied without a lookup, so a value with no sharing costs no more than a plain copy.
 */
export function cloneJson(
  value: JsonValue,
  shared: ReadonlySet<object> = NOTHING_SHARED,
  sharedCopies?: Set<object>,
): JsonValue {
  const copies = new Map<object, JsonValue>();
  const copy = (item: JsonValue): JsonValue => {
    if (typeof item !== 'object' || item === null) return item === 0 ? 0 : item;
    const isShared = shared.size > 0 && shared.has(item);
    if (isShared) {
      const known = copies.get(item);
      if (known !== undefined) return known;
    }
    let result: JsonValue[] | JsonObject;
    if (Array.isArray(item)) {
      result = new Array(item.length);
      let index = 0;
      for (const element of item) result[index++] = copy(element);
    } else {
      result = {};
      for (const key of Object.keys(item)) setOwn(result, key, copy(memberOf(item, key)));
    }
    if (isShared) {
      copies.set(item, result);
      sharedCopies?.add(result);
    }
    return result;
  };
  return copy(value);
}

/** What a JSON value holds, as `measureJson` counts it. */
export interface JsonSize {
  /**
   * Values: every object and array once, however many places share it, and every string,
   * number, boolean and null once per place it stands. What `cloneJson` builds.
   */
  nodes: number;
  /** Levels of nesting: 0 for a string, number, boolean or null, 1 for `[]`, 2 for `[[]]`. */
  levels: number;
}

/**
 * Counts what `cloneJson(value, shared)` would build, without building it: the objects in
 * `shared` once each. Recursive: depth is bounded by the caller.
 */
export function measureJson(
  value: JsonValue,
  shared: ReadonlySet<object> = NOTHING_SHARED,
): JsonSize {
  const levelsOf = new Map<object, number>();
  let nodes = 0;
  const measure = (item: JsonValue): number => {
    if (!isContainer(item)) {
      nodes++;
      return 0;
    }
    const isShared = shared.size > 0 && shared.has(item);
    if (isShared) {
      const known = levelsOf.get(item);
      if (known !== undefined) return known;
    }
    nodes++;
    let deepest = 0;
    if (Array.isArray(item)) {
      for (const child of item) deepest = Math.max(deepest, measure(child));
    } else {
      for (const key of Object.keys(item)) {
        deepest = Math.max(deepest, measure(memberOf(item, key)));
      }
    }
    if (isShared) levelsOf.set(item, deepest + 1);
    return deepest + 1;
  };
  const levels = measure(value);
  return { nodes, levels };
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
 * `object[key]` for a key the caller took from `Object.keys(object)` or checked with `hasOwn`:
 * a JSON object holds no `undefined`, so one would be a bug, thrown rather than passed on.
 */
export function memberOf(object: JsonObject, key: string): JsonValue {
  const value = object[key];
  if (value === undefined) throw new TypeError(`JSON object has no member ${JSON.stringify(key)}`);
  return value;
}

/** `array[index]` for an index the caller knows to be in bounds; throws if it is not. */
export function itemOf(array: readonly JsonValue[], index: number): JsonValue {
  const value = array[index];
  if (value === undefined) throw new RangeError(`JSON array has no element ${index}`);
  return value;
}

/** The own property `key` of `target`, or `undefined` (never an inherited one). */
export function ownMember(target: object, key: string): unknown {
  return Object.hasOwn(target, key) ? Reflect.get(target, key) : undefined;
}

/**
 * Structural equality of two JSON values: objects regardless of key order, arrays in order,
 * numbers with `===` (so `0` equals `-0`). A pair of objects found equal whose comparison
 * took `REMEMBER_FROM` pairs of containers or more is not compared again, so shared
 * references cost their distinct pairs, not their paths, while small pairs (nearly all) cost
 * no record. Recursive: depth is bounded by the caller.
 */
export function equalJson(left: JsonValue, right: JsonValue): boolean {
  let equalPairs: Map<object, Set<object>> | undefined;
  let compared = 0;
  const equal = (one: JsonValue, other: JsonValue): boolean => {
    if (one === other) return true;
    if (!isContainer(one) || !isContainer(other)) return false;
    if (equalPairs?.get(one)?.has(other) === true) return true;
    const before = ++compared;
    if (!equalContainers(one, other, equal)) return false;
    if (compared - before < REMEMBER_FROM) return true;
    equalPairs ??= new Map();
    let partners = equalPairs.get(one);
    if (partners === undefined) {
      partners = new Set();
      equalPairs.set(one, partners);
    }
    partners.add(other);
    return true;
  };
  return equal(left, right);
}

function equalContainers(
  left: JsonValue[] | JsonObject,
  right: JsonValue[] | JsonObject,
  equal: (one: JsonValue, other: JsonValue) => boolean,
): boolean {
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false;
    let index = 0;
    for (const element of left) if (!equal(element, itemOf(right, index++))) return false;
    return true;
  }
  if (Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  for (const key of leftKeys) {
    if (!hasOwn(right, key)) return false;
    if (!equal(memberOf(left, key), memberOf(right, key))) return false;
  }
  return true;
}

/**
 * Numbers for JSON values, equal exactly when `equalJson` says the values are equal, so the
 * array diff compares elements with one `===`. Each object's number is built from its
 * members' numbers (hash-consing), so an object is read once however many places share it,
 * where its canonical JSON text would double with each level of `{ a: x, b: x }`.
 */
export class JsonInterner {
  /** Numbers by key: JSON text for a string, number, boolean or null; members' numbers for objects. */
  private readonly byKey = new Map<string, number>();
  private readonly byObject = new Map<object, number>();

  /** The number of `value`. Recursive: depth is bounded by the caller. */
  intern(value: JsonValue): number {
    if (!isContainer(value)) return this.number(JSON.stringify(value));
    const known = this.byObject.get(value);
    if (known !== undefined) return known;
    // A key that starts with "[" or "{" never collides with a primitive's JSON text.
    let key: string;
    if (Array.isArray(value)) {
      key = `[${value.map((item) => this.intern(item)).join(',')}]`;
    } else {
      const keys = Object.keys(value).sort();
      key = `{${keys.map((name) => `${JSON.stringify(name)}:${this.intern(memberOf(value, name))}`).join(',')}}`;
    }
    const number = this.number(key);
    this.byObject.set(value, number);
    return number;
  }

  private number(key: string): number {
    let number = this.byKey.get(key);
    if (number === undefined) {
      number = this.byKey.size;
      this.byKey.set(key, number);
    }
    return number;
  }
}
