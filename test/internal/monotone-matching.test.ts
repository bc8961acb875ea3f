import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MonotoneMatching } from '../../src/internal/monotone-matching.js';
import { RUNS } from '../support/runs.js';

describe('MonotoneMatching', () => {
  it('takes a pair exactly when it shares no side with, and crosses none of, the pairs taken', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(60)), { maxLength: 80 }),
        (size, offers) => {
          const matching = new MonotoneMatching(size);
          const taken: [number, number][] = [];
          for (const [rawX, y] of offers) {
            const x = rawX % size;
            const fits = taken.every(
              ([takenX, takenY]) => takenX !== x && takenY !== y && takenX < x === takenY < y,
            );
            expect(matching.fits(x, y)).toBe(fits);
            if (fits) {
              matching.add(x, y);
              taken.push([x, y]);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it.each([
    { taken: [[1, 1]], offer: [0, 0], fits: true },
    { taken: [[1, 1]], offer: [0, 2], fits: false },
    { taken: [[1, 1]], offer: [2, 0], fits: false },
    { taken: [[1, 1]], offer: [1, 2], fits: false },
    {
      taken: [
        [0, 5],
        [3, 9],
      ],
      offer: [2, 7],
      fits: true,
    },
    {
      taken: [
        [0, 5],
        [3, 9],
      ],
      offer: [2, 9],
      fits: false,
    },
  ])('with $taken taken, $offer fits: $fits', ({ taken, offer, fits }) => {
    const matching = new MonotoneMatching(4);
    for (const [x, y] of taken) matching.add(x as number, y as number);
    expect(matching.fits(offer[0] as number, offer[1] as number)).toBe(fits);
  });
});
