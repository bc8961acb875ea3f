import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/diff/summarize.js';
import { RUNS } from '../support/runs.js';

/** `excerpt` as first written: collapse all of the text, then cut. */
function referenceExcerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

describe('excerpt', () => {
  it.each([
    {
      text: 'Ukraine will hold elections in 100 days.',
      excerpt: 'Ukraine will hold elections in 100 days.',
    },
    {
      text: 'The armed forces of Ukraine would be capped at 600,000 personnel in peacetime, under the plan.',
      excerpt: 'The armed forces of Ukraine would be capped at 600,000…',
    },
    { text: '  spaced\n\tout  ', excerpt: 'spaced out' },
    { text: '', excerpt: '' },
    { text: 'x'.repeat(80), excerpt: `${'x'.repeat(60)}…` },
  ])('$excerpt', ({ text, excerpt: expected }) => {
    expect(excerpt(text)).toBe(expected);
  });

  it('reads only the start of a long clause, and says what reading all of it would', () => {
    // Whitespace runs of any length, anywhere: around the 60th character, past the window the
    // excerpt collapses first, at the very end.
    const piece = fc.oneof(
      fc.constantFrom('word', 'a', ',', '.', 'Ünïcödé', '\u{1f44d}'),
      fc.integer({ min: 1, max: 200 }).map((count) => ' '.repeat(count)),
      fc.constantFrom('\n', '\t', '\u00a0', '\u2028', ' \n '),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 120 }).map((parts) => parts.join('')),
        fc.integer({ min: 1, max: 80 }),
        (text, length) => {
          expect(excerpt(text, length)).toBe(referenceExcerpt(text, length));
        },
      ),
      { ...RUNS, numRuns: RUNS.numRuns * 5 },
    );
  });
});
