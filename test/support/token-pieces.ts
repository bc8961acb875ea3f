import fc from 'fast-check';

/**
 * Pieces of text chosen to sit on every edge of the tokenizer's fast paths: capitals before
 * currency signs ("US$5"), apostrophes and hyphens inside and at the ends of words, ASCII and
 * Unicode spaces, combining marks and prepend characters after ASCII, figures (and digit runs
 * the figure pattern reads far past before backing off: "1,2345x"), and non-ASCII letters.
 */
export const tokenPieces: readonly string[] = [
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
  '\r',
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
  '\u200c',
  '\u1100',
  '\u1161',
  '\u11a8',
  '\ud800',
  ' million',
  ' per cent',
  'bn',
  '1,2345x',
  '1',
  'x',
];

/** Texts of up to 24 `tokenPieces`. */
export const tokenPieceText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...tokenPieces), { maxLength: 24 })
  .map((parts) => parts.join(''));
