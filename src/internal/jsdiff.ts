/**
 * The one module that imports jsdiff (`diff`): the shortest edit script between two token
 * sequences, as index ranges. The redline diffs a clause's token ids with it, and
 * `toJsonPatch` the elements of an array.
 */

import { type ChangeObject, diffArrays } from 'diff';
import { arrayLikeAt } from './read-at.js';

/** One run of an edit script: tokens kept, inserted or deleted, as index ranges. */
export interface EditRun {
  op: 'equal' | 'insert' | 'delete';
  /** Where the run starts in the old tokens (for `insert`, where it is inserted). */
  beforeStart: number;
  /** Where the run starts in the new tokens (for `delete`, where it was deleted). */
  afterStart: number;
  /** How many tokens the run spans. */
  count: number;
}

/** Thrown by the counting comparator when the work budget is spent; never leaves this module. */
const OUT_OF_WORK = new Error('edit script search out of work');

/**
 * The shortest edit script from `before` to `after` (jsdiff's `diffArrays`, tokens compared
 * with `===`), or `undefined` when it needs more than `maxEditLength` edits or more than
 * `maxWork` token comparisons. jsdiff's own bound besides the edit length is a timeout, which
 * would make the same input give different answers on a busy machine; a count of comparisons
 * does not.
 */
export function diffSequences<T>(
  before: ArrayLike<T>,
  after: ArrayLike<T>,
  maxEditLength: number,
  maxWork = Number.POSITIVE_INFINITY,
): EditRun[] | undefined {
  let work = 0;
  const comparator = (left: T, right: T): boolean => {
    if (++work > maxWork) throw OUT_OF_WORK;
    return left === right;
  };
  let changes: ChangeObject<T[]>[] | undefined;
  try {
    changes = diffArrays(toArray(before), toArray(after), {
      maxEditLength,
      ...(maxWork === Number.POSITIVE_INFINITY ? {} : { comparator }),
    });
  } catch (error) {
    if (error === OUT_OF_WORK) return undefined;
    throw error;
  }
  if (changes === undefined) return undefined;
  const runs: EditRun[] = [];
  let beforeStart = 0;
  let afterStart = 0;
  for (const change of changes) {
    const count = change.count;
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    runs.push({ op, beforeStart, afterStart, count });
    if (op !== 'insert') beforeStart += count;
    if (op !== 'delete') afterStart += count;
  }
  return runs;
}

/** An array of the tokens (a copy by index: `Array.from` walks a typed array's iterator, slower). */
function toArray<T>(tokens: ArrayLike<T>): T[] {
  if (Array.isArray(tokens)) return tokens;
  const array = new Array<T>(tokens.length);
  for (let index = 0; index < tokens.length; index++) array[index] = arrayLikeAt(tokens, index);
  return array;
}
