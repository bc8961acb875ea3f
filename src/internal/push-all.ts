/**
 * Appends every item to `target`, in order, and returns `target`. A loop rather than
 * `target.push(...items)`: spreading a list into a call passes each item as an argument,
 * and past about 125,000 of them V8 throws `RangeError: Maximum call stack size exceeded`.
 * Lists here grow with the input (changes, rows, files), so none may be spread into a call.
 */
export function pushAll<T>(target: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const items of lists) {
    for (const item of items) target.push(item);
  }
  return target;
}

/** The largest of `values` (`-Infinity` for none), without `Math.max(...values)`, which overflows. */
export function maxOf(values: readonly number[]): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > max) max = value;
  return max;
}
