import { describe, expect, it } from 'vitest';
import { readAt } from '../../src/internal/read-at.js';

describe('readAt', () => {
  it.each<[string, ArrayLike<number>, number, number]>([
    ['an array, first', [7, 8, 9], 0, 7],
    ['an array, last', [7, 8, 9], 2, 9],
    ['an Int32Array', Int32Array.of(-1, 4), 0, -1],
    ['a Float64Array', Float64Array.of(0.5, 0.25), 1, 0.25],
    ['a Uint8Array holding 0', new Uint8Array(3), 2, 0],
    ['a subarray, by its own index', Int32Array.of(1, 2, 3, 4).subarray(2), 1, 4],
  ])('reads %s', (_, array, index, expected) => {
    expect(readAt(array, index)).toBe(expected);
  });

  it('returns falsy elements as they are', () => {
    expect(readAt(['', 'x'], 0)).toBe('');
    expect(readAt([null], 0)).toBeNull();
    expect(readAt([Number.NaN], 0)).toBeNaN();
  });

  it.each<[string, ArrayLike<number>, number]>([
    ['past the end', [1, 2], 2],
    ['before the start', Int32Array.of(1), -1],
    ['a fraction', [1, 2], 0.5],
    ['an empty typed array', new Float64Array(0), 0],
  ])('throws a RangeError for an index %s', (_, array, index) => {
    expect(() => readAt(array, index)).toThrow(
      new RangeError(`draftdiff: no element at index ${index} of ${array.length} (a bug)`),
    );
  });

  it('throws for a hole in a sparse array', () => {
    const sparse: number[] = [];
    sparse[2] = 5;
    expect(readAt(sparse, 2)).toBe(5);
    expect(() => readAt(sparse, 1)).toThrow(RangeError);
  });
});
