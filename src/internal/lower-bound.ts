import { arrayLikeAt } from './read-at.js';

/**
 * The first index of an ascending list whose entry is not below `value` (the list's length when
 * every entry is): where `value` would be inserted to keep the list sorted. Binary search.
 */
export function lowerBound(
  sorted: ArrayLike<number>,
  value: number,
  length = sorted.length,
): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (arrayLikeAt(sorted, middle) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
