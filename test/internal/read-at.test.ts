import { describe, expect, it } from 'vitest';
import {
  arrayLikeAt,
  codePointAt,
  float64At,
  int32At,
  numberAt,
  readAt,
  stringAt,
  uint8At,
} from '../../src/internal/read-at.js';

describe('readAt, numberAt and the typed-array readers', () => {
  it.each<[string, () => unknown, unknown]>([
    ['an array of numbers, first', () => numberAt([7, 8, 9], 0), 7],
    ['an array of numbers, last', () => numberAt([7, 8, 9], 2), 9],
    ['an array of objects', () => readAt([{ a: 1 }, { a: 2 }], 1), { a: 2 }],
    ['an array of strings', () => readAt(['x', 'y'], 0), 'x'],
    ['an Int32Array', () => int32At(Int32Array.of(-1, 4), 0), -1],
    ['a subarray, by its own index', () => int32At(Int32Array.of(1, 2, 3, 4).subarray(2), 1), 4],
    ['a Float64Array', () => float64At(Float64Array.of(0.5, 0.25), 1), 0.25],
    ['a Uint8Array holding 0', () => uint8At(new Uint8Array(3), 2), 0],
  ])('reads %s', (_, read, expected) => {
    expect(read()).toEqual(expected);
  });

  it('returns falsy elements as they are', () => {
    expect(readAt(['', 'x'], 0)).toBe('');
    expect(numberAt([0], 0)).toBe(0);
    expect(numberAt([Number.NaN], 0)).toBeNaN();
    expect(float64At(Float64Array.of(Number.NaN), 0)).toBeNaN();
  });

  it.each<[string, () => unknown, string]>([
    ['an array of numbers, past the end', () => numberAt([1, 2], 2), 'index 2 of 2'],
    ['an array of numbers, a fraction', () => numberAt([1, 2], 0.5), 'index 0.5 of 2'],
    ['an array of strings, before the start', () => readAt(['a'], -1), 'index -1 of 1'],
    ['an Int32Array, before the start', () => int32At(Int32Array.of(1), -1), 'index -1 of 1'],
    ['an empty Float64Array', () => float64At(new Float64Array(0), 0), 'index 0 of 0'],
    ['a Uint8Array, past the end', () => uint8At(new Uint8Array(2), 5), 'index 5 of 2'],
  ])('throws a RangeError for %s', (_, read, where) => {
    expect(read).toThrow(new RangeError(`draftdiff: no element at ${where} (a bug)`));
  });

  it('reads a sparse array where it holds an element and throws at a hole', () => {
    const sparse: (number[] | undefined)[] = [];
    sparse[2] = [5];
    expect(readAt(sparse, 2)).toEqual([5]);
    expect(() => readAt(sparse, 1)).toThrow(
      new RangeError('draftdiff: no element at index 1 of 3 (a bug)'),
    );
  });
});

describe('the readers of number and string arrays, array-likes and texts', () => {
  it.each<[string, () => unknown, unknown]>([
    ['a number array', () => numberAt([4, 5, 6], 2), 6],
    ['a string array, an empty string', () => stringAt(['a', ''], 1), ''],
    ['an array through arrayLikeAt', () => arrayLikeAt(['x', 'y'], 1), 'y'],
    ['a Float64Array through arrayLikeAt', () => arrayLikeAt(Float64Array.of(0.5), 0), 0.5],
    ['a code point of a pair', () => codePointAt('a\u{1f44d}', 1), 0x1f44d],
    // Inside a pair the low surrogate is read alone, as String.prototype.codePointAt does.
    ['the low half of a pair', () => codePointAt('\u{1f44d}', 1), 0xdc4d],
  ])('reads %s', (_, read, expected) => {
    expect(read()).toBe(expected);
  });

  it.each<[string, () => unknown, string]>([
    ['a string array with a hole', () => stringAt(new Array<string>(3), 0), 'index 0 of 3'],
    ['an Int32Array through arrayLikeAt', () => arrayLikeAt(Int32Array.of(1), -1), 'index -1 of 1'],
    ['a text, past the end', () => codePointAt('ab', 2), 'index 2 of 2'],
  ])('throws a RangeError for %s', (_, read, where) => {
    expect(read).toThrow(new RangeError(`draftdiff: no element at ${where} (a bug)`));
  });
});
