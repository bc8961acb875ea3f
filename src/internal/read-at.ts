/**
 * The element at `index` of an array or typed array, for a read the caller knows is in range:
 * an index below a length it just checked, a node of the tree the array was sized for, a
 * position taken from a list of that list's positions. Under `noUncheckedIndexedAccess` such a
 * read types as `T | undefined`; this proves it a `T` by looking, and a miss (an index out of
 * range, or a hole) throws instead of flowing on as `undefined` and then `NaN` through the
 * arithmetic. One comparison, in a function small enough for V8 to inline where it is hot.
 *
 * Not for reads that may miss by design (a cache, a sparse table): test those for `undefined`
 * where they are read.
 */
export function readAt<T>(array: ArrayLike<T>, index: number): T {
  const value = array[index];
  if (value === undefined) {
    throw new RangeError(`draftdiff: no element at index ${index} of ${array.length} (a bug)`);
  }
  return value;
}
