import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  increasingRunLengths,
  longestIncreasingSubsequence,
} from '../../src/internal/increasing-run.js';
import { RUNS } from '../support/runs.js';

/** The run lengths by their definition: O(n^2). */
function runLengthsByDefinition(values: readonly number[]): number[] {
  const lengths: number[] = [];
  values.forEach((value, index) => {
    let length = 1;
    for (let before = 0; before < index; before++) {
      if ((values[before] as number) < value)
        length = Math.max(length, (lengths[before] as number) + 1);
    }
    lengths.push(length);
  });
  return lengths;
}

const lengthsOf = (values: readonly number[]) => [
  ...increasingRunLengths(values.length, (index) => values[index] as number),
];
const sorted = (indexes: Set<number>) => [...indexes].sort((left, right) => left - right);

describe('increasingRunLengths', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[7], [1]],
    [
      [1, 2, 3],
      [1, 2, 3],
    ],
    [
      [3, 2, 1],
      [1, 1, 1],
    ],
    [
      [2, 2, 2],
      [1, 1, 1],
    ],
    [
      [0, 8, 4, 12, 2, 10, 6, 14, 1, 9],
      [1, 2, 2, 3, 2, 3, 3, 4, 2, 4],
    ],
  ])('%j', (values, expected) => {
    expect(lengthsOf(values)).toStrictEqual(expected);
  });

  it('agrees with the definition', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }), (values) => {
        expect(lengthsOf(values)).toStrictEqual(runLengthsByDefinition(values));
      }),
      RUNS,
    );
  });
});

describe('longestIncreasingSubsequence', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[5], [0]],
    [
      [3, 1, 2],
      [1, 2],
    ],
    [[2, 2, 2], [2]],
    [
      [0, 8, 4, 12, 2, 10, 6, 14, 1, 9],
      [0, 4, 6, 9],
    ],
  ])('%j', (values, expected) => {
    expect(sorted(longestIncreasingSubsequence(values))).toStrictEqual(expected);
  });

  it('is strictly increasing and as long as the longest run', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 60 }), (values) => {
        const indexes = sorted(longestIncreasingSubsequence(values));
        const picked = indexes.map((index) => values[index] as number);
        for (let at = 1; at < picked.length; at++) {
          expect(picked[at] as number).toBeGreaterThan(picked[at - 1] as number);
        }
        expect(indexes.length).toBe(Math.max(0, ...runLengthsByDefinition(values)));
      }),
      RUNS,
    );
  });
});
