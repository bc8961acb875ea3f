import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasingSubsequence } from '../../src/internal/increasing-run.js';
import { planMoves } from '../../src/patch/plan-moves.js';
import { RUNS } from '../support/runs.js';

/** Applies planned moves to `0..n-1` the way RFC 6902 does: remove at `from`, then insert at `to`. */
function applyMoves(count: number, moves: readonly [number, number][]): number[] {
  const working = Array.from({ length: count }, (_, index) => index);
  for (const [from, to] of moves) {
    const [moved] = working.splice(from, 1);
    working.splice(to, 0, moved as number);
  }
  return working;
}

/** The new order: the current indexes sorted by their targets. */
function newOrder(targets: readonly number[]): number[] {
  return targets
    .map((_, index) => index)
    .sort((left, right) => (targets[left] as number) - (targets[right] as number));
}

describe('planMoves', () => {
  it.each<[string, number[], [number, number][]]>([
    ['nothing to do', [0, 1, 2, 3], []],
    ['one element moved forward', [0, 1, 3, 4, 2], [[4, 2]]],
    ['one element moved back', [4, 0, 1, 2, 3], [[0, 4]]],
    ['two adjacent elements swapped', [1, 0], [[0, 1]]],
    ['targets with gaps (elements added or removed around them)', [10, 2, 7], [[0, 2]]],
    [
      'reversed',
      [3, 2, 1, 0],
      [
        [2, 3],
        [1, 3],
        [0, 3],
      ],
    ],
  ])('%s', (_, targets, expected) => {
    expect(planMoves(targets)).toStrictEqual(expected);
    expect(applyMoves(targets.length, expected)).toStrictEqual(newOrder(targets));
  });

  it('law: the moves give the new order, one move per element off a longest increasing run', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(60), { maxLength: 40 }), (targets) => {
        const moves = planMoves(targets);
        expect(applyMoves(targets.length, moves)).toStrictEqual(newOrder(targets));
        expect(moves.length).toBeLessThanOrEqual(
          targets.length - longestIncreasingSubsequence(targets).size,
        );
      }),
      RUNS,
    );
  });

  it('plans a reversed 10,000-element order as 9,999 moves that give it', () => {
    const targets = Array.from({ length: 10_000 }, (_, index) => 9_999 - index);
    const moves = planMoves(targets);
    expect(moves).toHaveLength(9_999);
    expect(applyMoves(targets.length, moves)).toStrictEqual(newOrder(targets));
  });
});
