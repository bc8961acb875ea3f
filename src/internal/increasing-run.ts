import { lowerBound } from './lower-bound.js';
import { numberAt } from './read-at.js';

/**
 * For each index of `values[0..count)`, the length of the longest strictly increasing run
 * that ends there: patience sorting with binary search, O(n log n).
 */
export function increasingRunLengths(
  count: number,
  valueAt: (index: number) => number,
): Int32Array {
  const lengths = new Int32Array(count);
  // tails[length - 1]: the smallest value that ends an increasing run of that length so far.
  const tails: number[] = [];
  for (let index = 0; index < count; index++) {
    const value = valueAt(index);
    const low = lowerBound(tails, value);
    tails[low] = value;
    lengths[index] = low + 1;
  }
  return lengths;
}

/**
 * The indexes of one longest strictly increasing subsequence of `values`, O(n log n). Always
 * the same one: it ends at the last index that ends a longest run, and each index before it
 * is the last one, earlier, that ends a run one shorter (whose value is then smaller, or
 * the later index would have ended a longer run).
 */
export function longestIncreasingSubsequence(values: readonly number[]): Set<number> {
  const lengths = increasingRunLengths(values.length, (index) => numberAt(values, index));
  let wanted = 0;
  for (const length of lengths) wanted = Math.max(wanted, length);
  const result = new Set<number>();
  for (let index = values.length - 1; index >= 0 && wanted > 0; index--) {
    if (lengths[index] === wanted) {
      result.add(index);
      wanted--;
    }
  }
  return result;
}
