import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutsGrapheme,
  tokenize,
  tokenizeWithRegex,
  tokenTexts,
  wordsOf,
} from '../../src/internal/tokenize.js';
import { RUNS } from '../support/runs.js';
import { tokenPieceText as text } from '../support/token-pieces.js';

describe('tokenize', () => {
  it.each([
    { text: "the parties' rights", tokens: ['the', ' ', 'parties', "'", ' ', 'rights'] },
    { text: "don't re-enter", tokens: ["don't", ' ', 're-enter'] },
    { text: 'US$5 and $5', tokens: ['US$5', ' ', 'and', ' ', '$5'] },
    { text: 'Ukraine’s army', tokens: ['Ukraine’s', ' ', 'army'] },
    { text: 'cafe\u0301 au', tokens: ['cafe\u0301', ' ', 'au'] },
    { text: 'caps 600,000', tokens: ['caps', ' ', '600,000'] },
    // Line breaks stand alone (UAX #29 GB3-GB5): a mark after one is a token of its own, and a
    // joiner or prepend sign before CR LF no longer takes the CR and leaves the LF.
    { text: '\r\n\u0301', tokens: ['\r\n', '\u0301'] },
    { text: '\u200d\r\n', tokens: ['\u200d', '\r\n'] },
    { text: '\u0600\r\n', tokens: ['\u0600', '\r\n'] },
    // A joiner joins emoji only (GB11); jamo reached through a prepend sign join (GB6-GB8).
    { text: '\u{1f468}\u200d\u{1f469}', tokens: ['\u{1f468}\u200d\u{1f469}'] },
    { text: '\u200d\u1161\u1161', tokens: ['\u200d', '\u1161\u1161'] },
    { text: '\u0600\u1161\u1161', tokens: ['\u0600\u1161\u1161'] },
    { text: 'a\u200c b', tokens: ['a\u200c', ' ', 'b'] },
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

  it('never ends a token inside a grapheme', () => {
    // Intl.Segmenter is the reference only: too slow to tokenize with (DESIGN.md, "Two traps").
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(
      fc.property(text, (input) => {
        const boundaries = new Set([...segmenter.segment(input)].map((segment) => segment.index));
        let offset = 0;
        for (const token of tokenTexts(input)) {
          expect(boundaries.has(offset)).toBe(true);
          offset += token.length;
        }
      }),
      { ...RUNS, numRuns: RUNS.numRuns * 20 },
    );
  });

  it('tokenTexts and wordsOf are views of tokenize', () => {
    fc.assert(
      fc.property(text, (input) => {
        const tokens = tokenize(input);
        const words = tokens
          .filter((token) => token.type === 'word' || token.type === 'figure')
          .map((token) => token.text.toLowerCase());
        expect(tokenTexts(input)).toEqual(tokens.map((token) => token.text));
        expect(wordsOf(input)).toEqual(words);
      }),
      RUNS,
    );
  });
});

describe('cutsGrapheme', () => {
  it.each([
    { text: '\r\n', index: 1, cuts: true },
    { text: 'a\r\n', index: 1, cuts: false },
    { text: '\u0600 ', index: 1, cuts: true },
    { text: 'a ', index: 1, cuts: false },
    { text: 'e\u0301', index: 1, cuts: true },
    { text: '\n\u0301', index: 1, cuts: false },
    { text: '\u{1f44d}', index: 1, cuts: true },
    { text: '\u{1f1fa}\u{1f1e6}\u{1f1fa}\u{1f1e6}', index: 2, cuts: true },
    { text: '\u{1f1fa}\u{1f1e6}\u{1f1fa}\u{1f1e6}', index: 4, cuts: false },
    { text: '\u{1f1fa}\u{1f1e6}\u{1f1fa}\u{1f1e6}', index: 6, cuts: true },
    { text: 'ab', index: 0, cuts: false },
    { text: 'ab', index: 2, cuts: false },
  ])('$text at $index: $cuts', ({ text: input, index, cuts }) => {
    expect(cutsGrapheme(input, index)).toBe(cuts);
  });

  it('is false at every token boundary', () => {
    fc.assert(
      fc.property(text, (input) => {
        let offset = 0;
        for (const token of tokenTexts(input)) {
          expect(cutsGrapheme(input, offset)).toBe(false);
          offset += token.length;
        }
      }),
      RUNS,
    );
  });
});
