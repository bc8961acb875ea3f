import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequence, type EditRun } from '../../src/patch/diff-sequence.js';
import { RUNS } from '../support/runs.js';

const unbounded = { maxEditLength: 1_000, maxWork: 1_000_000 };

/** Rebuilds both sequences from the runs, checking each `equal` token against both. */
function rebuild(before: readonly number[], after: readonly number[], runs: readonly EditRun[]) {
  const left: number[] = [];
  const right: number[] = [];
  let beforeIndex = 0;
  let afterIndex = 0;
  for (const run of runs) {
    for (let step = 0; step < run.count; step++) {
      if (run.kind !== 'insert') left.push(before[beforeIndex++] as number);
      if (run.kind !== 'delete') right.push(after[afterIndex++] as number);
      if (run.kind === 'equal') expect(before[beforeIndex - 1]).toBe(after[afterIndex - 1]);
    }
  }
  return { left, right };
}

/** Length of a longest common subsequence, by the textbook O(nm) table. */
function lcsLength(before: readonly number[], after: readonly number[]): number {
  let previous = new Array<number>(after.length + 1).fill(0);
  for (const token of before) {
    const current = [0];
    after.forEach((other, index) => {
      current.push(
        token === other
          ? (previous[index] as number) + 1
          : Math.max(previous[index + 1] as number, current[index] as number),
      );
    });
    previous = current;
  }
  return previous[after.length] as number;
}

describe('diffSequence', () => {
  it.each<[number[], number[], EditRun[]]>([
    [[], [], []],
    [[1, 2], [1, 2], [{ kind: 'equal', count: 2 }]],
    [[], [1, 2], [{ kind: 'insert', count: 2 }]],
    [[1, 2], [], [{ kind: 'delete', count: 2 }]],
    [
      [1, 2, 3],
      [1, 3, 4],
      [
        { kind: 'equal', count: 1 },
        { kind: 'delete', count: 1 },
        { kind: 'equal', count: 1 },
        { kind: 'insert', count: 1 },
      ],
    ],
  ])('%j -> %j', (before, after, expected) => {
    expect(diffSequence(before, after, unbounded)).toStrictEqual(expected);
  });

  it('gives up past maxEditLength or maxWork', () => {
    expect(
      diffSequence([1, 2, 3], [4, 5, 6], { maxEditLength: 5, maxWork: 1_000 }),
    ).toBeUndefined();
    expect(diffSequence([1, 2, 3], [4, 5, 6], { maxEditLength: 6, maxWork: 1_000 })).toHaveLength(
      2,
    );
    expect(diffSequence([1, 2, 3], [4, 5, 6], { maxEditLength: 6, maxWork: 3 })).toBeUndefined();
  });

  it('law: the runs rebuild both sequences and are a shortest edit script', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 25 });
    fc.assert(
      fc.property(sequence, sequence, (before, after) => {
        const runs = diffSequence(before, after, unbounded) as EditRun[];
        expect(rebuild(before, after, runs)).toStrictEqual({ left: before, right: after });
        const edits = runs
          .filter((run) => run.kind !== 'equal')
          .reduce((sum, run) => sum + run.count, 0);
        expect(edits).toBe(before.length + after.length - 2 * lcsLength(before, after));
      }),
      RUNS,
    );
  });
});
