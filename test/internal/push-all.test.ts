import { describe, expect, it } from 'vitest';
import { maxOf, pushAll } from '../../src/internal/push-all.js';

describe('pushAll', () => {
  it('appends every list in order and returns the target', () => {
    const target = [1];
    expect(pushAll(target, [2, 3], [], [4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it('appends more items than a call takes arguments', () => {
    const many = Array.from({ length: 300_000 }, (_, index) => index);
    expect(pushAll([], many)).toHaveLength(300_000);
  });
});

describe('maxOf', () => {
  it.each<[number[], number]>([
    [[], Number.NEGATIVE_INFINITY],
    [[3], 3],
    [[-2, 7, 5], 7],
    [Array.from({ length: 300_000 }, (_, index) => index), 299_999],
  ])('of %# values', (values, expected) => {
    expect(maxOf(values)).toBe(expected);
  });
});
