import { lowerBound } from '../internal/lower-bound.js';

/**
 * The `move` operations that put the elements of a keyed array in their new order, with the
 * indexes RFC 6902 needs (each read after the previous moves). Internal to `src/patch`.
 *
 * Elements on a longest increasing subsequence of their new positions stay; every other
 * element moves once, to just after the element that precedes it in the new order. Where it
 * lands is known in advance: after the last staying element before it, among the elements
 * that moved there before it. So each element gets a fixed sort key, and a Fenwick tree over
 * those keys counts the elements present before a key: O(n log n) for any permutation,
 * where splicing a working array would be O(n) per move (10,000 reversed elements: 0.5 s).
 */

/** One move: the element at index `from` goes to index `to`, both read at the time of the move. */
export type PlannedMove = [from: number, to: number];

/**
 * Plans the moves for elements whose new positions are `targets` (distinct numbers, one per
 * element in its current order). Moves that would leave an element in place are left out.
 */
export function planMoves(targets: readonly number[]): PlannedMove[] {
  const count = targets.length;
  const stays = longestIncreasingSubsequence(targets);
  if (stays.size === count) return [];
  // `order[rank]` is the current index of the element that comes rank-th in the new order.
  const order = Array.from({ length: count }, (_, index) => index).sort(
    (left, right) => (targets[left] as number) - (targets[right] as number),
  );
  // Keys: an element in its current place has (index + 1) * stride; an element moved to
  // follow the staying element at index g (or the start, g = -1) has
  // (g + 1) * stride + rank + 1, so moved elements sort after g in their new order.
  const stride = count + 1;
  const originalKey = (index: number) => (index + 1) * stride;
  const movedKeys = new Map<number, number>();
  let group = -1;
  order.forEach((index, rank) => {
    if (stays.has(index)) group = index;
    else movedKeys.set(index, (group + 1) * stride + rank + 1);
  });
  const keys = new Float64Array(count + movedKeys.size);
  for (let index = 0; index < count; index++) keys[index] = originalKey(index);
  let next = count;
  for (const key of movedKeys.values()) keys[next++] = key;
  keys.sort();
  const slotOf = (key: number) => lowerBound(keys, key);

  const tree = new Int32Array(keys.length + 1);
  for (let index = 0; index < count; index++) addToTree(tree, slotOf(originalKey(index)), 1);
  const moves: PlannedMove[] = [];
  for (const index of order) {
    const movedKey = movedKeys.get(index);
    if (movedKey === undefined) continue;
    const fromSlot = slotOf(originalKey(index));
    const from = countBefore(tree, fromSlot);
    addToTree(tree, fromSlot, -1);
    const toSlot = slotOf(movedKey);
    const to = countBefore(tree, toSlot);
    addToTree(tree, toSlot, 1);
    if (from !== to) moves.push([from, to]);
  }
  return moves;
}

/**
 * A Fenwick (binary indexed) tree of slot counts, stored 1-based in `tree[1..size]`: adds
 * and prefix sums in O(log n).
 */
function addToTree(tree: Int32Array, slot: number, delta: number): void {
  for (let at = slot + 1; at < tree.length; at += at & -at) {
    tree[at] = (tree[at] as number) + delta;
  }
}

/** How many present slots come before `slot`. */
function countBefore(tree: Int32Array, slot: number): number {
  let total = 0;
  for (let at = slot; at > 0; at -= at & -at) total += tree[at] as number;
  return total;
}

/**
 * Indexes of one longest strictly increasing subsequence of `values`, by patience sorting
 * with binary search: O(n log n). Ties resolve the same way every time.
 */
export function longestIncreasingSubsequence(values: readonly number[]): Set<number> {
  // tails[length - 1] is the index of the smallest tail of an increasing run of that length.
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((values[tails[middle] as number] as number) < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  }
  const result = new Set<number>();
  for (let at = tails[tails.length - 1] ?? -1; at !== -1; at = previous[at] as number) {
    result.add(at);
  }
  return result;
}
