import { describe, expect, it } from 'vitest';
import { isRecord } from '../../src/internal/describe-value.js';

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [Object.create(null), true],
    [new Date(0), true],
    [[], false],
    [[1], false],
    [null, false],
    [undefined, false],
    ['text', false],
    [1, false],
    [() => 1, false],
  ])('%o: %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});
