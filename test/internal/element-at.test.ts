import { describe, expect, it } from 'vitest';
import {
  codePointAt,
  float64At,
  int32At,
  numberAt,
  stringAt,
  uint8At,
} from '../../src/internal/element-at.js';

describe('element readers', () => {
  it.each([
    { name: 'int32At', read: () => int32At(Int32Array.of(7, -3), 1), value: -3 },
    { name: 'uint8At', read: () => uint8At(Uint8Array.of(0, 255), 1), value: 255 },
    { name: 'float64At', read: () => float64At(Float64Array.of(0.5), 0), value: 0.5 },
    { name: 'numberAt', read: () => numberAt([4, 5, 6], 2), value: 6 },
    { name: 'stringAt', read: () => stringAt(['a', ''], 1), value: '' },
    { name: 'codePointAt', read: () => codePointAt('a\u{1f44d}', 1), value: 0x1f44d },
    // Inside a pair the low surrogate is read alone, as String.prototype.codePointAt does.
    { name: 'codePointAt', read: () => codePointAt('\u{1f44d}', 1), value: 0xdc4d },
  ])('$name reads $value inside', ({ read, value }) => {
    expect(read()).toBe(value);
  });

  it.each([
    { name: 'int32At', read: () => int32At(Int32Array.of(7), 1), index: 1, length: 1 },
    { name: 'uint8At', read: () => uint8At(new Uint8Array(0), 0), index: 0, length: 0 },
    { name: 'float64At', read: () => float64At(Float64Array.of(1), -1), index: -1, length: 1 },
    { name: 'numberAt', read: () => numberAt([1, 2], 2), index: 2, length: 2 },
    { name: 'stringAt', read: () => stringAt(new Array<string>(3), 0), index: 0, length: 3 },
    { name: 'codePointAt', read: () => codePointAt('ab', 2), index: 2, length: 2 },
  ])('$name throws a RangeError at $index of $length', ({ read, index, length }) => {
    expect(read).toThrow(RangeError);
    expect(read).toThrow(`index ${index} is outside an array or text of length ${length}`);
  });
});
