import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberWords } from '../../src/import/terms/number-words.js';
import { extractTerms } from '../../src/index.js';
import { RUNS } from '../support/runs.js';

describe('readNumberWords', () => {
  it.each([
    ['six', 6, 'six'],
    ['Twelve', 12, 'Twelve'],
    ['twenty-five years', 25, 'twenty-five'],
    ['twenty five', 25, 'twenty five'],
    ['one hundred days', 100, 'one hundred'],
    ['hundred days', 100, 'hundred'],
    ['one hundred and twenty', 120, 'one hundred and twenty'],
    ['nine hundred ninety-nine', 999, 'nine hundred ninety-nine'],
    ['three thousand troops', 3_000, 'three thousand'],
    ['two thousand five hundred', 2_500, 'two thousand five hundred'],
    ['two million five hundred thousand', 2_500_000, 'two million five hundred thousand'],
    ['one hundred and the rest', 100, 'one hundred'],
    ['six six', 6, 'six'],
    ['twenty thirty', 20, 'twenty'],
    ['thirteen five', 13, 'thirteen'],
    ['five thousand million', 5_000, 'five thousand'],
    ['thirty-day', 30, 'thirty'],
  ])('%s reads %d from "%s"', (text, value, words) => {
    expect(readNumberWords(text, 0)).toEqual({ value, end: words.length });
  });

  it.each([['thousand'], ['and six'], ['sixth'], ['tent'], ['sixé'], ['million'], ['']])(
    '%s is no number',
    (text) => {
      expect(readNumberWords(text, 0)).toBeUndefined();
    },
  );
});

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 1..999, written independently of the reader under test. */
function belowThousand(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${UNITS[hundreds]} hundred`);
  if (rest > 0 && hundreds > 0) parts.push('and');
  if (rest >= 20)
    parts.push(
      rest % 10 === 0 ? `${TENS[rest / 10]}` : `${TENS[Math.floor(rest / 10)]}-${UNITS[rest % 10]}`,
    );
  else if (rest >= 10) parts.push(`${TEENS[rest - 10]}`);
  else if (rest > 0) parts.push(`${UNITS[rest]}`);
  return parts.join(' ');
}

/** English words for 1..999,999. */
function inWords(value: number): string {
  const thousands = Math.floor(value / 1000);
  const rest = value % 1000;
  if (thousands === 0) return belowThousand(rest);
  return rest === 0
    ? `${belowThousand(thousands)} thousand`
    : `${belowThousand(thousands)} thousand ${belowThousand(rest)}`;
}

describe('laws of numbers in words', () => {
  it('reads every number below a million back from its words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (value) => {
        const words = inWords(value);
        expect(readNumberWords(`${words} days`, 0)).toEqual({ value, end: words.length });
      }),
      RUNS,
    );
  });

  it('gives one duration for a number in words, alone or with its figure in brackets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999 }),
        fc.constantFrom('days', 'months', 'years'),
        (value, unit) => {
          const words = inWords(value);
          for (const text of [`within ${words} ${unit}`, `within ${words} (${value}) ${unit}`]) {
            const terms = extractTerms(text);
            expect(terms).toHaveLength(1);
            expect(terms[0]).toMatchObject({ kind: 'duration', value, unit, bound: 'at-most' });
            expect(text.slice(terms[0]?.span.start, terms[0]?.span.end)).toBe(text);
          }
        },
      ),
      RUNS,
    );
  });
});
