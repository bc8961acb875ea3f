import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrefixBest, PrefixCounts } from '../../src/internal/fenwick.js';
import { RUNS } from '../support/runs.js';

describe('PrefixCounts', () => {
  it('counts what was added before a slot', () => {
    const counts = new PrefixCounts(5);
    counts.add(0, 1);
    counts.add(3, 2);
    counts.add(4, 1);
    counts.add(3, -1);
    expect([0, 1, 2, 3, 4, 5].map((slot) => counts.countBefore(slot))).toStrictEqual([
      0, 1, 1, 1, 2, 3,
    ]);
  });

  it('agrees with an array of counts', () => {
    const size = 40;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: -3, max: 3 }))),
        (updates) => {
          const counts = new PrefixCounts(size);
          const plain = new Array<number>(size).fill(0);
          for (const [slot, delta] of updates) {
            counts.add(slot, delta);
            plain[slot] = (plain[slot] as number) + delta;
          }
          for (let slot = 0; slot <= size; slot++) {
            expect(counts.countBefore(slot)).toBe(plain.slice(0, slot).reduce((a, b) => a + b, 0));
          }
        },
      ),
      RUNS,
    );
  });
});

describe('PrefixBest', () => {
  it('finds the best entry placed before a slot, -1 when none is', () => {
    const scores = [5, 9, 1, 7];
    const best = new PrefixBest(
      6,
      (entry, other) => (scores[entry] as number) > (scores[other] as number),
    );
    best.place(2, 0);
    best.place(4, 1);
    best.place(0, 2);
    best.place(3, 3);
    expect([0, 1, 2, 3, 4, 5, 6].map((slot) => best.bestBefore(slot))).toStrictEqual([
      -1, 2, 2, 0, 3, 1, 1,
    ]);
  });

  it('keeps the entry met first of two that neither beats', () => {
    const best = new PrefixBest(4, () => false);
    best.place(1, 0);
    best.place(2, 1);
    expect(best.bestBefore(3)).toBe(1);
    expect(best.bestBefore(2)).toBe(0);
  });

  it('agrees with a scan of the placed entries (distinct scores)', () => {
    const size = 30;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { maxLength: 50 }),
        fc.array(fc.integer({ min: 0, max: size - 1 }), { minLength: 50, maxLength: 50 }),
        (scores, slots) => {
          const best = new PrefixBest(
            size,
            (entry, other) => (scores[entry] as number) > (scores[other] as number),
          );
          const placed: [slot: number, entry: number][] = [];
          scores.forEach((_, entry) => {
            best.place(slots[entry] as number, entry);
            placed.push([slots[entry] as number, entry]);
          });
          for (let slot = 0; slot <= size; slot++) {
            const before = placed.filter(([at]) => at < slot).map(([, entry]) => entry);
            const expected = before.reduce(
              (winner, entry) =>
                winner === -1 || (scores[entry] as number) > (scores[winner] as number)
                  ? entry
                  : winner,
              -1,
            );
            expect(best.bestBefore(slot)).toBe(expected);
          }
        },
      ),
      RUNS,
    );
  });
});
