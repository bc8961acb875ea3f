import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences, type EditRun } from '../../src/internal/jsdiff.js';
import { RUNS } from '../support/runs.js';

/** The runs in jsdiff's shape: what `diffArrays` returns, as op and tokens. */
function asJsdiff(
  before: readonly string[],
  after: readonly string[],
  runs: EditRun[] | undefined,
) {
  return runs?.map((run) => ({
    op: run.op,
    tokens:
      run.op === 'delete'
        ? before.slice(run.beforeStart, run.beforeStart + run.count)
        : after.slice(run.afterStart, run.afterStart + run.count),
  }));
}

function jsdiff(before: readonly string[], after: readonly string[], maxEditLength: number) {
  return diffArrays([...before], [...after], { maxEditLength })?.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    tokens: change.value,
  }));
}

// Few distinct tokens make many equally short edit scripts, so the runs show which one
// jsdiff chose.
const tokens = fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'the'), { maxLength: 40 });
const budgets = fc.constantFrom(0, 1, 2, 3, 5, 8, 13, 2.5, 100, 2_000);

describe('diffSequences', () => {
  it.each([
    { before: 'a b c', after: 'a x c', runs: ['equal a, ', 'delete b', 'insert x', 'equal  ,c'] },
    { before: '', after: 'a', runs: ['insert a'] },
    { before: 'a', after: '', runs: ['delete a'] },
    { before: 'a b', after: 'a b', runs: ['equal a, ,b'] },
    { before: 'x a b', after: 'a b x', runs: ['delete x, ', 'equal a, ,b', 'insert  ,x'] },
  ])('$before -> $after', ({ before, after, runs }) => {
    const split = (text: string) => (text === '' ? [] : text.split(/( )/).filter(Boolean));
    const [old, next] = [split(before), split(after)];
    const described = asJsdiff(old, next, diffSequences(old, next, 2_000))?.map(
      (run) => `${run.op} ${run.tokens.join(',')}`,
    );
    expect(described).toEqual(runs);
  });

  it("gives the runs of jsdiff's diffArrays as index ranges, and undefined where it gives up", () => {
    fc.assert(
      fc.property(tokens, tokens, budgets, (before, after, budget) => {
        expect(asJsdiff(before, after, diffSequences(before, after, budget))).toEqual(
          jsdiff(before, after, budget),
        );
      }),
      { ...RUNS, numRuns: RUNS.numRuns * 10 },
    );
  });

  it('reads typed arrays as it reads arrays', () => {
    const before = [3, 1, 4, 1, 5];
    const after = [3, 4, 1, 5, 9];
    expect(diffSequences(Int32Array.from(before), Int32Array.from(after), 100)).toEqual(
      diffSequences(before, after, 100),
    );
  });

  it('gives up past maxEditLength or past maxWork comparisons', () => {
    const [old, next] = [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ];
    expect(diffSequences(old, next, 5)).toBeUndefined();
    expect(diffSequences(old, next, 6)?.map((run) => [run.op, run.count])).toEqual([
      ['delete', 3],
      ['insert', 3],
    ]);
    expect(diffSequences(old, next, 6, 1_000)).toEqual(diffSequences(old, next, 6));
    expect(diffSequences(old, next, 6, 3)).toBeUndefined();
  });

  it('law: the runs rebuild both sequences and make a shortest edit script', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 25 });
    fc.assert(
      fc.property(sequence, sequence, (before, after) => {
        const runs = diffSequences(before, after, 1_000) as EditRun[];
        const left: number[] = [];
        const right: number[] = [];
        for (const run of runs) {
          if (run.op !== 'insert') {
            left.push(...before.slice(run.beforeStart, run.beforeStart + run.count));
          }
          if (run.op !== 'delete') {
            right.push(...after.slice(run.afterStart, run.afterStart + run.count));
          }
          if (run.op === 'equal') {
            expect(before.slice(run.beforeStart, run.beforeStart + run.count)).toEqual(
              after.slice(run.afterStart, run.afterStart + run.count),
            );
          }
        }
        expect({ left, right }).toStrictEqual({ left: before, right: after });
        const edits = runs
          .filter((run) => run.op !== 'equal')
          .reduce((sum, run) => sum + run.count, 0);
        expect(edits).toBe(before.length + after.length - 2 * lcsLength(before, after));
      }),
      RUNS,
    );
  });
});

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
