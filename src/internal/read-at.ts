/**
 * Reads of an element the caller knows is there: an index below a length it just checked, a
 * node of the tree the array was sized for, a position taken from a list of that list's
 * positions. Under `noUncheckedIndexedAccess` such a read types as `T | undefined`; these prove
 * it a `T` by looking, and a miss (an index out of range, or a hole) throws instead of flowing
 * on as `undefined`, then `NaN`, through the arithmetic.
 *
 * One function per kind of typed array, one for arrays of numbers and one for other arrays: V8
 * keeps what a read has seen per function, and one read fed every kind of array would be
 * compiled as a generic lookup, several times slower in the alignment's inner loops. Kept this
 * way, each is inlined as a plain load and the `undefined` test, which a typed array's load can
 * never meet, is compiled away.
 *
 * Not for reads that may miss by design (a cache, a sparse table): test those for `undefined`
 * where they are read.
 */

/** The element at `index` of an array of objects or strings (sparse too), which must hold one. */
export function readAt<T extends object | string>(
  array: readonly (T | undefined)[],
  index: number,
): T {
  const value = array[index];
  if (value === undefined) missing(index, array.length);
  return value;
}

/** The element at `index` of an array of numbers (positions, nodes), which must hold one. */
export function numberAt(array: readonly number[], index: number): number {
  const value = array[index];
  if (value === undefined) missing(index, array.length);
  return value;
}

/** The element at `index` of an `Int32Array`, which must be in range. */
export function int32At(array: Int32Array, index: number): number {
  const value = array[index];
  if (value === undefined) missing(index, array.length);
  return value;
}

/** The element at `index` of a `Float64Array`, which must be in range. */
export function float64At(array: Float64Array, index: number): number {
  const value = array[index];
  if (value === undefined) missing(index, array.length);
  return value;
}

/** The element at `index` of a `Uint8Array`, which must be in range. */
export function uint8At(array: Uint8Array, index: number): number {
  const value = array[index];
  if (value === undefined) missing(index, array.length);
  return value;
}

function missing(index: number, length: number): never {
  throw new RangeError(`draftdiff: no element at index ${index} of ${length} (a bug)`);
}

/**
 * `readAt` for an array of strings, for the token table's and string index's loops: apart from
 * `readAt`, whose reads see every kind of array the alignment holds, its read stays plain.
 */
export function stringAt(array: readonly string[], index: number): string {
  const value = array[index];
  if (value === undefined) missing(index, array.length);
  return value;
}

/** The element at `index` of an array or a typed array, for code that takes either. */
export function arrayLikeAt<T>(array: ArrayLike<T>, index: number): T {
  const value = array[index];
  if (value === undefined) missing(index, array.length);
  return value;
}

/** The code point at `index` of a text, which must be in range. */
export function codePointAt(text: string, index: number): number {
  const code = text.codePointAt(index);
  if (code === undefined) missing(index, text.length);
  return code;
}
