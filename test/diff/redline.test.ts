import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redlineTexts } from '../../src/diff/redline.js';
import { referenceRedline } from '../support/reference-redline.js';
import { RUNS } from '../support/runs.js';
import { tokenPieceText } from '../support/token-pieces.js';

const text = fc.oneof(
  tokenPieceText,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.constantFrom('cap', 'Cap', 'the', '600,000', ' ', '  ', '\n', ',', '.', "don't"), {
      maxLength: 30,
    })
    .map((words) => words.join('')),
);

describe('redlineTexts', () => {
  it('gives the hunks of the reference redline (token strings, separate fold passes)', () => {
    const shared = fc
      .tuple(text, text, text, text)
      .map(([start, middle, other, end]) => [start + middle + end, start + other + end] as const);
    fc.assert(
      fc.property(
        fc.oneof(shared, fc.tuple(text, text)),
        fc.integer({ min: 0, max: 80 }),
        ([before, after], budget) => {
          expect(redlineTexts(before, after, budget)).toEqual(
            referenceRedline(before, after, budget),
          );
        },
      ),
      { ...RUNS, numRuns: RUNS.numRuns * 10 },
    );
  });

  it.each([
    {
      name: 'a figure replaced, and the space before it folded in',
      before: 'capped at 600,000 personnel',
      after: 'capped at around 400,000 personnel',
      hunks: [
        { op: 'equal', text: 'capped at ' },
        { op: 'delete', text: '600,000' },
        { op: 'insert', text: 'around 400,000' },
        { op: 'equal', text: ' personnel' },
      ],
    },
    {
      name: 'a deletion on one side only keeps its spaces',
      before: 'one two three four',
      after: 'one four',
      hunks: [
        { op: 'equal', text: 'one ' },
        { op: 'delete', text: 'two three ' },
        { op: 'equal', text: 'four' },
      ],
    },
    {
      name: 'a shared trailing line break stays equal',
      before: 'old\r\n',
      after: 'new\r\n',
      hunks: [
        { op: 'delete', text: 'old' },
        { op: 'insert', text: 'new' },
        { op: 'equal', text: '\r\n' },
      ],
    },
  ])('$name', ({ before, after, hunks }) => {
    expect(redlineTexts(before, after, 1000)).toEqual({ hunks, coarse: false });
  });

  it('redlines as a whole, deterministically, past the edit budget', () => {
    expect(redlineTexts('a b c', 'x y z', 2)).toEqual({
      hunks: [
        { op: 'delete', text: 'a b c' },
        { op: 'insert', text: 'x y z' },
      ],
      coarse: true,
    });
  });
});
