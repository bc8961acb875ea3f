import { describe, expect, it } from 'vitest';
import { float64At, int32At, readAt, uint8At } from '../../src/internal/read-at.js';

describe('readAt and the typed-array readers', () => {
  it.each<[string, () => unknown, unknown]>([
    ['an array, first', () => readAt([7, 8, 9], 0), 7],
    ['an array, last', () => readAt([7, 8, 9], 2), 9],
    ['an array of objects', () => readAt([{ a: 1 }], 0), { a: 1 }],
    ['an Int32Array', () => int32At(Int32Array.of(-1, 4), 0), -1],
    ['a subarray, by its own index', () => int32At(Int32Array.of(1, 2, 3, 4).subarray(2), 1), 4],
    ['a Float64Array', () => float64At(Float64Array.of(0.5, 0.25), 1), 0.25],
    ['a Uint8Array holding 0', () => uint8At(new Uint8Array(3), 2), 0],
  ])('reads %s', (_, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it('returns falsy elements as they are', () => {
    expect(readAt(['', 'x'], 0)).toBe('');
    expect(readAt([null], 0)).toBeNull();
    expect(readAt([Number.NaN], 0)).toBeNaN();
    expect(float64At(Float64Array.of(Number.NaN), 0)).toBeNaN();
  });

  it.each<[string, () => unknown, string]>([
    ['an array, past the end', () => readAt([1, 2], 2), 'index 2 of 2'],
    ['an array, a fraction', () => readAt([1, 2], 0.5), 'index 0.5 of 2'],
    ['an Int32Array, before the start', () => int32At(Int32Array.of(1), -1), 'index -1 of 1'],
    ['an empty Float64Array', () => float64At(new Float64Array(0), 0), 'index 0 of 0'],
    ['a Uint8Array, past the end', () => uint8At(new Uint8Array(2), 5), 'index 5 of 2'],
  ])('throws a RangeError for %s', (_, read, where) => {
    expect(read).toThrow(new RangeError(`draftdiff: no element at ${where} (a bug)`));
  });

  it('throws for a hole in a sparse array', () => {
    const sparse: number[] = [];
    sparse[2] = 5;
    expect(readAt(sparse, 2)).toBe(5);
    expect(() => readAt(sparse, 1)).toThrow(RangeError);
  });
});
