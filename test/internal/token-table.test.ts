import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenBuffer, type TokenBuffer, TokenTable } from '../../src/internal/token-table.js';
import { tokenTexts, wordsOf } from '../../src/internal/tokenize.js';
import { collidingWords } from '../support/fnv.js';
import { RUNS } from '../support/runs.js';
import { tokenPieceText } from '../support/token-pieces.js';

/** Texts from the tokenizer's edge pieces, arbitrary code units, and plain ASCII. */
const text = fc.oneof(
  tokenPieceText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
);

/** Two texts that share a start and an end, as two versions of a reworded clause do. */
const versions = fc
  .tuple(text, text, text, text)
  .map(([start, middle, other, end]) => [start + middle + end, start + other + end] as const);

function tokensOf(table: TokenTable, buffer: TokenBuffer): { texts: string[]; ends: number[] } {
  const ids = Array.from(buffer.ids.subarray(0, buffer.count));
  return {
    texts: ids.map((id) => table.textOf(id)),
    ends: Array.from(buffer.ends.subarray(0, buffer.count)),
  };
}

/** The Jaccard index of two sets of strings, the plain way: |a ∩ b| / |a ∪ b|, 1 for two empty. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A fresh table's `scanPair` of two versions, with the buffers it filled. */
function scanVersions(before: string, after: string) {
  const table = new TokenTable();
  const beforeBuffer = createTokenBuffer();
  const afterBuffer = createTokenBuffer();
  table.scanPair(before, after, beforeBuffer, afterBuffer);
  return { table, beforeBuffer, afterBuffer };
}

function expected(input: string): { texts: string[]; ends: number[] } {
  const texts = tokenTexts(input);
  let offset = 0;
  return { texts, ends: texts.map((token) => (offset += token.length)) };
}

describe('TokenTable', () => {
  it('scans a text into the tokens of tokenize', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (inputs) => {
        const table = new TokenTable();
        const buffer = createTokenBuffer();
        for (const input of inputs) {
          table.scan(input, buffer);
          expect(tokensOf(table, buffer)).toEqual(expected(input));
        }
      }),
      { ...RUNS, numRuns: RUNS.numRuns * 10 },
    );
  });

  it('gives two tokens one id exactly when their texts are equal', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (inputs) => {
        const table = new TokenTable();
        const buffer = createTokenBuffer();
        const idByText = new Map<string, number>();
        for (const input of inputs) {
          table.scan(input, buffer);
          const tokens = tokenTexts(input);
          tokens.forEach((token, index) => {
            const id = buffer.ids[index] as number;
            if (!idByText.has(token)) idByText.set(token, id);
            expect(id).toBe(idByText.get(token));
          });
        }
        expect(new Set(idByText.values()).size).toBe(idByText.size);
      }),
      RUNS,
    );
  });

  it('scans two versions as it scans each alone, whatever they share', () => {
    fc.assert(
      fc.property(fc.oneof(versions, fc.tuple(text, text)), ([before, after]) => {
        const { table, beforeBuffer, afterBuffer } = scanVersions(before, after);
        expect(tokensOf(table, beforeBuffer)).toEqual(expected(before));
        expect(tokensOf(table, afterBuffer)).toEqual(expected(after));
      }),
      { ...RUNS, numRuns: RUNS.numRuns * 10 },
    );
  });

  it.each([
    // The figure pattern reads "1,2345" before backing off to "1": "x" decides the token.
    { before: '1,2345x', after: '1,2345y' },
    { before: 'cap 600,000 personnel', after: 'cap 600,000 troops' },
    { before: 'the same words', after: 'the same words!' },
    { before: 'e\u0301 then', after: 'e then' },
    { before: 'a b', after: 'a\u0301 b' },
    { before: 'word', after: 'words' },
    { before: '', after: 'new' },
  ])('scans $after after $before as alone', ({ before, after }) => {
    const { table, afterBuffer } = scanVersions(before, after);
    expect(tokensOf(table, afterBuffer)).toEqual(expected(after));
  });

  it('measures the Jaccard index of the lower-cased word sets', () => {
    fc.assert(
      fc.property(fc.oneof(versions, fc.tuple(text, text)), ([before, after]) => {
        const { table, beforeBuffer, afterBuffer } = scanVersions(before, after);
        expect(table.similarity(beforeBuffer, afterBuffer)).toBe(
          jaccard(new Set(wordsOf(before)), new Set(wordsOf(after))),
        );
      }),
      RUNS,
    );
  });

  it.each([
    { before: 'The cap', after: 'the CAP', similarity: 1 },
    { before: 'cap of 600,000', after: 'cap of 800,000', similarity: 0.5 },
    { before: '', after: '', similarity: 1 },
    { before: '...', after: 'cap', similarity: 0 },
  ])('similarity of "$before" and "$after" is $similarity', ({ before, after, similarity }) => {
    const { table, beforeBuffer, afterBuffer } = scanVersions(before, after);
    expect(table.similarity(beforeBuffer, afterBuffer)).toBe(similarity);
  });

  it('keeps ids exact when tokens are built to collide in its hash', () => {
    // Words whose FNV-1a hashes share their low 12 bits all start one chain of slots: past 64
    // probes the table indexes tokens by their text instead, and ids stay what they were.
    const colliding = collidingWords(150, 12);
    const table = new TokenTable();
    const buffer = createTokenBuffer();
    table.scan(colliding.join(' '), buffer);
    const first = Array.from(buffer.ids.subarray(0, buffer.count));
    table.scan([...colliding].reverse().join(' '), buffer);
    const second = Array.from(buffer.ids.subarray(0, buffer.count));
    expect(second).toEqual([...first].reverse());
    expect(first.filter((_, index) => index % 2 === 0).map((id) => table.textOf(id))).toEqual(
      colliding,
    );
    expect(new Set(first).size).toBe(colliding.length + 1);
  });
});
