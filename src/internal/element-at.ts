/**
 * Reads of elements the caller knows are there. Under `noUncheckedIndexedAccess` every
 * `array[index]` types as `T | undefined`; these check that the element exists, which the
 * type checker then knows, and throw a `RangeError` naming the index when it does not: a bug
 * in the caller, stopped where it happens instead of carried on as `undefined` or `NaN`.
 *
 * One function per kind of array rather than one generic: V8 inlines each at its call sites
 * with the feedback of its one element load, and a load that only ever sees one kind of array
 * (an `Int32Array`, say) stays a single typed read with its bounds check.
 */

/** `array[index]` of an `Int32Array`, which must hold that index. */
export function int32At(array: Int32Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw outside(index, array.length);
  return value;
}

/** `array[index]` of a `Uint8Array`, which must hold that index. */
export function uint8At(array: Uint8Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw outside(index, array.length);
  return value;
}

/** `array[index]` of a `Float64Array`, which must hold that index. */
export function float64At(array: Float64Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw outside(index, array.length);
  return value;
}

/** `array[index]` of an array of strings, which must hold that index. */
export function stringAt(array: readonly string[], index: number): string {
  const value = array[index];
  if (value === undefined) throw outside(index, array.length);
  return value;
}

/** `array[index]` of an array of numbers, which must hold that index. */
export function numberAt(array: readonly number[], index: number): number {
  const value = array[index];
  if (value === undefined) throw outside(index, array.length);
  return value;
}

/**
 * `array[index]` of any array-like, for code that takes several kinds (a `Float64Array` here,
 * a `number[]` there): its load sees them all, so hot loops over one kind use the readers above.
 */
export function elementAt<T>(array: ArrayLike<T>, index: number): T {
  const value = array[index];
  if (value === undefined) throw outside(index, array.length);
  return value;
}

/** `text.codePointAt(index)` of a text that must hold that index. */
export function codePointAt(text: string, index: number): number {
  const code = text.codePointAt(index);
  if (code === undefined) throw outside(index, text.length);
  return code;
}

function outside(index: number, length: number): RangeError {
  return new RangeError(`index ${index} is outside an array or text of length ${length}`);
}
