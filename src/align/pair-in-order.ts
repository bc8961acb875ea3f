import { PrefixBest } from '../internal/fenwick.js';
import { increasingRunLengths } from '../internal/increasing-run.js';
import { float64At, int32At, numberAt, readAt } from '../internal/read-at.js';
import type { ListState } from './list-state.js';

/**
 * Marks the largest set of pairs whose old and new positions both increase: the pairs that
 * kept their order (`inOrder`). Every other pair is a move, so deleting point 3 renumbers the
 * points after it instead of moving them (DESIGN.md: a monotone alignment over the pairs).
 *
 * When several sets are largest (two points that swapped places: either one moved), the one
 * of greatest total weight wins, a number each pair gets from its two provisions alike
 * whichever side is old, so the backward diff moves the same points as the forward one (the
 * mirror law). Patience sorting both ways finds the pairs that lie on some longest run; when
 * those are exactly one run (nearly always) that is the answer, and only otherwise are the
 * weights read, by dynamic programming over those pairs with a Fenwick tree of prefix maxima.
 */
export function markInOrder(list: ListState): void {
  if (list.orderedAt === list.changes) return;
  list.orderedAt = list.changes;
  // The old positions of the pairs in ascending new position, in a typed array: an array of
  // [old, new] tuples per call would be garbage the size of the list.
  const olds = new Int32Array(list.after.length);
  const news = new Int32Array(list.after.length);
  let count = 0;
  for (const [position, before] of list.beforeOf.entries()) {
    if (before === -1) continue;
    olds[count] = before;
    news[count] = position;
    count++;
    list.inOrder[before] = 0;
  }
  const run = longestRunIndexes(olds, count, (index) =>
    list.weight(int32At(olds, index), int32At(news, index)),
  );
  for (const index of run) list.inOrder[int32At(olds, index)] = 1;
}

/**
 * Of pairs `[old, new]` in ascending new position, the longest run whose old positions
 * increase too, and among the longest the heaviest by `weightOf` (read only when the longest
 * run is not unique), in order.
 */
export function longestRun<T extends readonly [number, number]>(
  pairs: readonly T[],
  weightOf: (pair: T) => number,
): T[] {
  const olds = Int32Array.from(pairs, (pair) => pair[0]);
  return longestRunIndexes(olds, pairs.length, (index) => weightOf(readAt(pairs, index))).map(
    (index) => readAt(pairs, index),
  );
}

/** The indexes, ascending, of the longest (then heaviest) increasing run of `values[0..count)`. */
function longestRunIndexes(
  values: Int32Array,
  count: number,
  weightAt: (index: number) => number,
): number[] {
  if (count === 0) return [];
  const beforeAt = (index: number) => int32At(values, index);
  const ending = increasingRunLengths(count, beforeAt);
  const starting = increasingRunLengths(count, (index) => -beforeAt(count - 1 - index));
  let longest = 0;
  for (const length of ending) longest = Math.max(longest, length);
  const onSome: number[] = [];
  for (const [index, length] of ending.entries()) {
    if (length + int32At(starting, count - 1 - index) - 1 === longest) onSome.push(index);
  }
  return onSome.length === longest ? onSome : heaviestRun(onSome, beforeAt, weightAt);
}

/**
 * Among the candidate pairs (indexes, ascending), the longest and then heaviest run of
 * increasing `valueAt`, by dynamic programming with a Fenwick tree of prefix maxima over the
 * values (old positions).
 */
function heaviestRun(
  candidates: readonly number[],
  valueAt: (index: number) => number,
  weightAt: (index: number) => number,
): number[] {
  let top = 0;
  for (const index of candidates) top = Math.max(top, valueAt(index) + 1);
  // By position in `candidates`: the longest (then heaviest) run ending there, and the
  // position before it on that run.
  const chainLength = new Int32Array(candidates.length);
  const chainWeight = new Float64Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  const better = (position: number, other: number) =>
    longer(
      int32At(chainLength, position),
      float64At(chainWeight, position),
      int32At(chainLength, other),
      float64At(chainWeight, other),
    );
  // By value: the best run ending at a value below it.
  const runs = new PrefixBest(top, better);
  let best = -1;
  candidates.forEach((index, position) => {
    const value = valueAt(index);
    const end = runs.bestBefore(value);
    chainLength[position] = (end === -1 ? 0 : int32At(chainLength, end)) + 1;
    chainWeight[position] = (end === -1 ? 0 : float64At(chainWeight, end)) + weightAt(index);
    previous[position] = end;
    runs.place(value, position);
    if (best === -1 || better(position, best)) best = position;
  });
  const run: number[] = [];
  for (let cursor = best; cursor !== -1; cursor = int32At(previous, cursor)) {
    run.push(numberAt(candidates, cursor));
  }
  return run.reverse();
}

/** Chain (length, weight) beats another: longer, or as long and heavier. Ties keep the first. */
function longer(length: number, weight: number, otherLength: number, otherWeight: number): boolean {
  return length > otherLength || (length === otherLength && weight > otherWeight);
}
