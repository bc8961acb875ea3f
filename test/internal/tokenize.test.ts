import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  tokenize,
  tokenizeWithRegex,
  tokensAndWords,
  tokenTexts,
  wordsOf,
} from '../../src/internal/tokenize.js';
import { RUNS } from '../support/runs.js';

// Pieces chosen to sit on every edge of the ASCII fast path: capitals before currency signs
// ("US$5"), apostrophes and hyphens inside and at the ends of words, ASCII and Unicode spaces,
// combining marks and prepend characters after ASCII, figures, and non-ASCII letters.
const pieces = [
  'a',
  'Word',
  'WORD',
  'x9',
  '9',
  '600,000',
  '3.5%',
  '2025-11-20',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u000b',
  '\u00a0',
  '\u2028',
  '\u3000',
  "'",
  '’',
  '-',
  '$',
  '€',
  '£',
  '¥',
  'US',
  'U',
  'S',
  'GB£',
  'A$',
  '.',
  ',',
  ';',
  '(',
  '\u001c',
  '\u0301',
  '\u0300',
  '\u0600',
  'é',
  'ß',
  'ª',
  'Ж',
  '👍🏽',
  '🇺🇦',
  '\u200d',
  '\ud800',
  ' million',
  ' per cent',
  'bn',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it.each([
    { text: "the parties' rights", tokens: ['the', ' ', 'parties', "'", ' ', 'rights'] },
    { text: "don't re-enter", tokens: ["don't", ' ', 're-enter'] },
    { text: 'US$5 and $5', tokens: ['US$5', ' ', 'and', ' ', '$5'] },
    { text: 'Ukraine’s army', tokens: ['Ukraine’s', ' ', 'army'] },
    { text: 'cafe\u0301 au', tokens: ['cafe\u0301', ' ', 'au'] },
    { text: 'caps 600,000', tokens: ['caps', ' ', '600,000'] },
  ])('$text', ({ text: input, tokens }) => {
    expect(tokenize(input).map((token) => token.text)).toEqual(tokens);
  });

  it('gives the regex tokenizer’s tokens and types exactly (the ASCII fast path changes nothing)', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(tokenize(input)).toEqual(tokenizeWithRegex(input));
      }),
      { ...RUNS, numRuns: RUNS.numRuns * 20 },
    );
  });

  it('tokenTexts, wordsOf and tokensAndWords are views of tokenize', () => {
    fc.assert(
      fc.property(text, (input) => {
        const tokens = tokenize(input);
        const words = tokens
          .filter((token) => token.type === 'word' || token.type === 'figure')
          .map((token) => token.text.toLowerCase());
        expect(tokenTexts(input)).toEqual(tokens.map((token) => token.text));
        expect(wordsOf(input)).toEqual(words);
        expect(tokensAndWords(input)).toEqual({ tokens: tokenTexts(input), words });
      }),
      RUNS,
    );
  });
});
