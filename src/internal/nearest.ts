import { lowerBound } from './lower-bound.js';
import { arrayLikeAt } from './read-at.js';

/**
 * The indexes of the `count` entries of an ascending list nearest to `target`, ascending; only
 * among the indexes `from` (included) to `to` (excluded) when a range is given. Equally near
 * entries on both sides go to the lower one first.
 */
export function nearestIndexes(
  sorted: ArrayLike<number>,
  target: number,
  count: number,
  range: { from: number; to: number } = { from: 0, to: sorted.length },
): number[] {
  const { from, to } = range;
  const at = Math.min(Math.max(lowerBound(sorted, target), from), to);
  let left = at - 1;
  let right = at;
  const picked: number[] = [];
  while (picked.length < count && (left >= from || right < to)) {
    const leftDistance = left >= from ? target - arrayLikeAt(sorted, left) : Infinity;
    const rightDistance = right < to ? arrayLikeAt(sorted, right) - target : Infinity;
    if (leftDistance <= rightDistance) picked.push(left--);
    else picked.push(right++);
  }
  return picked.sort((x, y) => x - y);
}
