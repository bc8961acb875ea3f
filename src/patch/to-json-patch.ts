import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { diffSequences } from '../internal/jsdiff.js';
import { readOptions } from '../internal/options.js';
import { describePath, encodePointer } from '../internal/pointer.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import type { JsonPatchOperation } from './json-patch-operation.js';
import {
  cloneJson,
  equalJson,
  FORBIDDEN_KEYS,
  findJsonProblem,
  hasOwn,
  isContainer,
  isJsonObject,
  itemOf,
  JsonInterner,
  type JsonObject,
  type JsonValue,
  memberOf,
} from './json-value.js';
import { planMoves } from './plan-moves.js';

/** Options of `toJsonPatch`. */
export interface ToJsonPatchOptions {
  /**
   * Limits: `maxDepth` bounds the nesting of both values (deeper is `LIMIT_EXCEEDED`);
   * `maxEditLength` bounds the element-by-element diff of an array whose elements have no
   * `id`: past that many insertions plus deletions the array is replaced whole.
   * @defaultValue DEFAULT_LIMITS
   */
  limits?: Partial<Limits>;
}

/**
 * Comparisons the diff of one array without ids may make before the array is replaced whole. A
 * count, not a timeout, so the fallback is the same on every machine; 10 million of them keep
 * the worst array well under a second.
 */
const MAX_ARRAY_DIFF_WORK = 10_000_000;

/**
 * RFC 6902 operations that turn `before` into `after`, for any two JSON values.
 *
 * - Objects are compared key by key, keys in sorted order, so the same inputs always give the
 *   same operations.
 * - Arrays whose elements are all objects with a unique string `id` (provisions, for one) are
 *   matched by id: a moved element is one `move`, an inserted one is one `add`, a changed one
 *   gets operations inside it (a reworded clause is one `replace` of its `/text`).
 * - Other arrays get a longest-common-subsequence diff after their common ends are trimmed; past
 *   `limits.maxEditLength` the array is replaced whole.
 * - No operation's path goes through a `__proto__`, `constructor` or `prototype` member, which
 *   `applyPatch` refuses: a change under such a member replaces the object that holds it.
 *
 * - A pair of objects reached again by another path (shared references, `{ a: x, b: x }`) is
 *   not diffed again: where it differed, the later place gets one `replace` with the new
 *   value, so the patch grows with the distinct objects, not with the paths to them.
 *
 * `applyPatch(before, toJsonPatch(before, after))` deep-equals `after`. The inputs are never
 * mutated and the operations share no objects with them. Throws `DraftdiffError` with code
 * `INVALID_ARGUMENT` for a value that is not JSON (`undefined`, `NaN`, a `Date`, a cycle...)
 * and `LIMIT_EXCEEDED` for one nested deeper than `limits.maxDepth`.
 *
 * @example
 * toJsonPatch({ cap: 600000 }, { cap: 800000 });
 * // [{ op: 'replace', path: '/cap', value: 800000 }]
 */
export function toJsonPatch(
  before: unknown,
  after: unknown,
  options: ToJsonPatchOptions = {},
): JsonPatchOperation[] {
  return guardCall('toJsonPatch', [before, after, options], () => {
    const limits = resolveLimits(readOptions(options, 'toJsonPatch').limits);
    const shared = new Set<object>();
    checkJsonInput(before, 'first', limits.maxDepth, shared);
    checkJsonInput(after, 'second', limits.maxDepth, shared);
    const context: DiffContext = {
      operations: [],
      segments: [],
      bounds: { maxEditLength: limits.maxEditLength, maxWork: MAX_ARRAY_DIFF_WORK },
      shared,
      diffed: new Map(),
    };
    try {
      diffValue(context, before, after);
    } catch (error) {
      // maxDepth raised far past its default can still overflow the stack of the recursive walk.
      if (error instanceof RangeError) {
        throw new DraftdiffError('LIMIT_EXCEEDED', 'values are nested too deeply to diff', {
          cause: error,
        });
      }
      throw error;
    }
    return context.operations;
  });
}

function checkJsonInput(
  value: unknown,
  which: string,
  maxDepth: number,
  shared: Set<object>,
): asserts value is JsonValue {
  const problem = findJsonProblem(value, maxDepth, shared);
  if (problem !== undefined) {
    throw new DraftdiffError(
      problem.code,
      `${which} value ${problem.code === 'LIMIT_EXCEEDED' ? 'has' : 'is not JSON:'} ${problem.reason} at ${describePath(problem.path)}`,
      { path: encodePointer(problem.path) },
    );
  }
}

/** The state of one diff: the operations so far, the current path, and the bounds. */
interface DiffContext {
  operations: JsonPatchOperation[];
  segments: (string | number)[];
  /** Bounds on the search of each array's edit script (`diffSequences`). */
  bounds: { maxEditLength: number; maxWork: number };
  /** Objects either value reaches by more than one path. */
  shared: ReadonlySet<object>;
  /** For pairs of shared objects already diffed: whether they differed. */
  diffed: Map<object, Map<object, boolean>>;
}

function diffValue(context: DiffContext, before: JsonValue, after: JsonValue): void {
  if (before === after) return;
  if (
    isContainer(before) &&
    isContainer(after) &&
    context.shared.has(before) &&
    context.shared.has(after)
  ) {
    diffSharedPair(context, before, after);
  } else {
    diffValueOnce(context, before, after);
  }
}

/**
 * A pair of shared objects is diffed at its first place only. At every later place the
 * document holds the same `before` again, and its changes there are one `replace`.
 */
function diffSharedPair(
  context: DiffContext,
  before: JsonValue[] | JsonObject,
  after: JsonValue[] | JsonObject,
): void {
  let partners = context.diffed.get(before);
  const differed = partners?.get(after);
  if (differed === true) {
    replaceHere(context, after);
  }
  if (differed !== undefined) return;
  const count = context.operations.length;
  diffValueOnce(context, before, after);
  if (partners === undefined) {
    partners = new Map();
    context.diffed.set(before, partners);
  }
  partners.set(after, context.operations.length > count);
}

function diffValueOnce(context: DiffContext, before: JsonValue, after: JsonValue): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    diffArray(context, before, after);
  } else if (isJsonObject(before) && isJsonObject(after)) {
    diffObject(context, before, after);
  } else {
    replaceHere(context, after);
  }
}

function diffObject(context: DiffContext, before: JsonObject, after: JsonObject): void {
  const keySet = new Set(Object.keys(before));
  for (const key of Object.keys(after)) keySet.add(key);
  const keys = [...keySet].sort();
  for (const key of keys) {
    // applyPatch refuses these segments, so a change under one replaces this whole object.
    if (FORBIDDEN_KEYS.has(key) && !sameMember(before, after, key)) {
      replaceHere(context, after);
      return;
    }
  }
  for (const key of keys) {
    const inBefore = hasOwn(before, key);
    const inAfter = hasOwn(after, key);
    if (inBefore && inAfter) {
      context.segments.push(key);
      diffValue(context, memberOf(before, key), memberOf(after, key));
      context.segments.pop();
    } else if (inBefore) {
      context.operations.push({ op: 'remove', path: pointer(context, key) });
    } else {
      context.operations.push({
        op: 'add',
        path: pointer(context, key),
        value: cloneJson(memberOf(after, key), context.shared),
      });
    }
  }
}

function sameMember(before: JsonObject, after: JsonObject, key: string): boolean {
  const inBefore = hasOwn(before, key);
  const inAfter = hasOwn(after, key);
  if (!inBefore || !inAfter) return inBefore === inAfter;
  return equalJson(memberOf(before, key), memberOf(after, key));
}

function diffArray(context: DiffContext, before: JsonValue[], after: JsonValue[]): void {
  const beforeIds = indexById(before);
  const afterIds = beforeIds === undefined ? undefined : indexById(after);
  if (beforeIds !== undefined && afterIds !== undefined) {
    diffKeyedArray(context, before, after, beforeIds, afterIds);
  } else {
    diffPlainArray(context, before, after);
  }
}

/**
 * Removals (highest index first, so lower indexes stay put), then moves, then insertions
 * (lowest index first), then the changes inside the elements kept, at their final indexes.
 * The elements that stay are a longest increasing subsequence of their new positions, so
 * the moves are as few as they can be.
 */
function diffKeyedArray(
  context: DiffContext,
  before: JsonValue[],
  after: JsonValue[],
  beforeIds: ElementIds,
  afterIds: ElementIds,
): void {
  const removed: number[] = [];
  const targets: number[] = [];
  beforeIds.ids.forEach((id, index) => {
    const target = afterIds.positions.get(id);
    if (target === undefined) removed.push(index);
    else targets.push(target);
  });
  for (const index of removed.reverse()) {
    context.operations.push({ op: 'remove', path: pointer(context, index) });
  }

  for (const [from, to] of planMoves(targets)) {
    context.operations.push({
      op: 'move',
      from: pointer(context, from),
      path: pointer(context, to),
    });
  }

  afterIds.ids.forEach((id, index) => {
    if (!beforeIds.positions.has(id)) {
      context.operations.push({
        op: 'add',
        path: pointer(context, index),
        value: cloneJson(itemOf(after, index), context.shared),
      });
    }
  });

  afterIds.ids.forEach((id, index) => {
    const beforeIndex = beforeIds.positions.get(id);
    if (beforeIndex === undefined) return;
    context.segments.push(index);
    diffValue(context, itemOf(before, beforeIndex), itemOf(after, index));
    context.segments.pop();
  });
}

/**
 * Trims the common ends, then diffs the middle element by element (elements interned as
 * numbers by `JsonInterner`, so each comparison is one `===`). Where elements are replaced one
 * for one, the pair is diffed in turn; the rest are removals and insertions.
 */
function diffPlainArray(context: DiffContext, before: JsonValue[], after: JsonValue[]): void {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && equalJson(itemOf(before, start), itemOf(after, start))) {
    start++;
  }
  let beforeEnd = before.length;
  let afterEnd = after.length;
  while (
    beforeEnd > start &&
    afterEnd > start &&
    equalJson(itemOf(before, beforeEnd - 1), itemOf(after, afterEnd - 1))
  ) {
    beforeEnd--;
    afterEnd--;
  }
  if (beforeEnd === start && afterEnd === start) return;

  const interner = new JsonInterner();
  const intern = (value: JsonValue) => interner.intern(value);
  const runs = diffSequences(
    before.slice(start, beforeEnd).map(intern),
    after.slice(start, afterEnd).map(intern),
    context.bounds.maxEditLength,
    context.bounds.maxWork,
  );
  if (runs === undefined) {
    replaceHere(context, after);
    return;
  }

  // `index` is the position in the array as patched so far: everything before it already
  // matches `after`.
  let index = start;
  let beforeIndex = start;
  let afterIndex = start;
  let runIndex = 0;
  for (let run = runs[runIndex]; run !== undefined; run = runs[runIndex]) {
    if (run.op === 'equal') {
      index += run.count;
      beforeIndex += run.count;
      afterIndex += run.count;
      runIndex++;
      continue;
    }
    let deleted = 0;
    let inserted = 0;
    for (
      let change = runs[runIndex];
      change !== undefined && change.op !== 'equal';
      change = runs[++runIndex]
    ) {
      if (change.op === 'delete') deleted += change.count;
      else inserted += change.count;
    }
    const paired = Math.min(deleted, inserted);
    for (let offset = 0; offset < paired; offset++) {
      context.segments.push(index);
      diffValue(context, itemOf(before, beforeIndex), itemOf(after, afterIndex));
      context.segments.pop();
      index++;
      beforeIndex++;
      afterIndex++;
    }
    for (; deleted > paired; deleted--) {
      context.operations.push({ op: 'remove', path: pointer(context, index) });
      beforeIndex++;
    }
    for (; inserted > paired; inserted--) {
      context.operations.push({
        op: 'add',
        path: pointer(context, index),
        value: cloneJson(itemOf(after, afterIndex), context.shared),
      });
      index++;
      afterIndex++;
    }
  }
}

/** One `replace` of the value at the current path with a copy of `after`. */
function replaceHere(context: DiffContext, after: JsonValue): void {
  context.operations.push({
    op: 'replace',
    path: pointer(context),
    value: cloneJson(after, context.shared),
  });
}

/** The JSON Pointer of the current path, or of one of its children. */
function pointer(context: DiffContext, child?: string | number): string {
  return encodePointer(child === undefined ? context.segments : [...context.segments, child]);
}

/** The `id` of each element of an array, in order, and the index of each `id`. */
interface ElementIds {
  ids: string[];
  positions: Map<string, number>;
}

/**
 * The ids of `elements` when every element is an object with a string `id` and no id
 * repeats; `undefined` otherwise (the array is then diffed by position).
 */
function indexById(elements: readonly JsonValue[]): ElementIds | undefined {
  const ids: string[] = [];
  const positions = new Map<string, number>();
  for (const element of elements) {
    if (!isJsonObject(element) || !hasOwn(element, 'id')) return undefined;
    const id = element.id;
    if (typeof id !== 'string' || positions.has(id)) return undefined;
    positions.set(id, ids.length);
    ids.push(id);
  }
  return { ids, positions };
}
