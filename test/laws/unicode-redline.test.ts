// Redlines over arbitrary Unicode, through whole drafts: test/laws/diff-laws.test.ts checks
// `redlineTexts` on two strings; this gives random drafts (draftPairArbitrary) clause texts
// and ids made of graphemes, lone surrogates, joiners, bidirectional marks and line
// separators, and checks that every reworded change rebuilds both clauses exactly, that texts
// equal after NFC are not reworded (unless normalisation is switched off), and that the
// formatters take them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Hunk } from '../../src/diff/change.js';
import {
  type Draft,
  diffDrafts,
  formatDiff,
  PROVISION_ID_PATTERN,
  type Provision,
  rebuildText,
} from '../../src/index.js';
import { draftPairArbitrary } from '../support/arbitraries.js';
import { graphemeBoundaries, hunkEnds } from '../support/graphemes.js';
import { RUNS } from '../support/runs.js';

/** Pieces that build, join or break graphemes, and characters that break lines or direction. */
const TRICKY = [
  '\u0301', // combining acute
  '\u200d', // zero-width joiner
  '\u200b', // zero-width space
  '\ufe0f', // variation selector
  '\u{1f3fd}', // skin tone modifier
  '\u{1f1fa}\u{1f1e6}', // a flag: two regional indicators
  '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}', // a family: joined emoji
  '\u0600', // Arabic number sign (prepend)
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\r\n',
  '\u0000',
  'e\u0301', // é, decomposed
  'é', // é, composed
  '\u1100\u1161\u11a8', // a Hangul syllable as jamo
  'שלום',
  '600,000',
  ' ',
  'word',
];

const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 15 }),
);

/** A text and another one: unrelated, or the first with a piece inserted at any code unit. */
const textPair: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(unicodeText, unicodeText),
  fc.tuple(unicodeText, fc.nat(), unicodeText).map(([text, at, piece]): [string, string] => {
    const cut = at % (text.length + 1);
    return [text, `${text.slice(0, cut)}${piece}${text.slice(cut)}`];
  }),
);

/** Provision ids with the same pieces (the schema allows any printable id without line breaks). */
const unicodeId = fc
  .string({ unit: fc.constantFrom(...TRICKY, 'a', '1', '/', '~'), minLength: 1, maxLength: 6 })
  .filter((id) => PROVISION_ID_PATTERN.test(id));

/** Replaces every clause of the pair: each provision id gets its own pair of texts. */
function withTexts(
  pair: readonly [Draft, Draft],
  texts: readonly [string, string][],
): [Draft, Draft] {
  const byId = new Map<string, [string, string]>();
  const rewrite = (provisions: readonly Provision[], side: 0 | 1): Provision[] =>
    provisions.map((provision) => {
      let assigned = byId.get(provision.id);
      if (assigned === undefined) {
        assigned = texts[byId.size % Math.max(texts.length, 1)] ?? ['', ''];
        byId.set(provision.id, assigned);
      }
      return {
        ...provision,
        text: assigned[side],
        ...(provision.items === undefined ? {} : { items: rewrite(provision.items, side) }),
      };
    });
  return [
    { ...pair[0], provisions: rewrite(pair[0].provisions, 0) },
    { ...pair[1], provisions: rewrite(pair[1].provisions, 1) },
  ];
}

/** The draft with no provision marked `positional`. */
function withAuthoredIds(draft: Draft): Draft {
  const strip = (provisions: readonly Provision[]): Provision[] =>
    provisions.map(({ positional: _, ...provision }) => ({
      ...provision,
      ...(provision.items === undefined ? {} : { items: strip(provision.items) }),
    }));
  return { ...draft, provisions: strip(draft.provisions) };
}

const unicodePairArbitrary = fc
  .tuple(draftPairArbitrary, fc.array(textPair, { minLength: 1, maxLength: 12 }))
  .map(([pair, texts]) => withTexts(pair, texts));

describe('redlines over arbitrary Unicode, through diffDrafts', () => {
  it('every reworded clause rebuilds both texts exactly, from non-empty hunks', () => {
    fc.assert(
      fc.property(unicodePairArbitrary, ([before, after]) => {
        for (const change of diffDrafts(before, after).changes) {
          if (change.kind !== 'provision.reworded') continue;
          expect(rebuildText(change.hunks, 'before')).toBe(change.before.text);
          expect(rebuildText(change.hunks, 'after')).toBe(change.after.text);
          expect(change.hunks.every((hunk) => hunk.text !== '')).toBe(true);
          expect(change.before.text.normalize('NFC')).not.toBe(change.after.text.normalize('NFC'));
        }
      }),
      RUNS,
    );
  });

  it('texts equal after NFC are not reworded; with normalisation off they are, and still rebuild', () => {
    fc.assert(
      fc.property(draftPairArbitrary, fc.array(unicodeText, { minLength: 1 }), (pair, texts) => {
        const decomposed = texts.map((text): [string, string] => [text, text.normalize('NFD')]);
        // Authored ids (not positional), so each provision pairs with itself by id.
        const { terms: _, ...draft } = pair[0];
        const [before, after] = withTexts([draft, draft], decomposed).map(withAuthoredIds) as [
          Draft,
          Draft,
        ];
        expect(diffDrafts(before, after).changes).toEqual([]);
        const strict = diffDrafts(before, after, { normalize: 'none' }).changes;
        const differing = decomposed.filter(([text, nfd]) => text !== nfd).length;
        if (differing === 0) expect(strict).toEqual([]);
        for (const change of strict) {
          expect(change.kind).toBe('provision.reworded');
          if (change.kind !== 'provision.reworded') continue;
          expect(rebuildText(change.hunks, 'before')).toBe(change.before.text);
          expect(rebuildText(change.hunks, 'after')).toBe(change.after.text);
        }
      }),
      RUNS,
    );
  });

  it('ids made of joiners, marks and separators diff like any other, in every format', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(unicodeId, textPair), { selector: ([id]) => id, maxLength: 8 }),
        (entries) => {
          const draftOf = (side: 0 | 1): Draft => ({
            id: 'd',
            title: 'Unicode',
            coverage: 'complete',
            provisions: entries.map(([id, texts]) => ({ id, text: texts[side] })),
          });
          const diff = diffDrafts(draftOf(0), draftOf(1));
          // Ids are stable, so every provision pairs with itself: no additions or removals.
          expect(diff.changes.every((change) => change.kind === 'provision.reworded')).toBe(true);
          for (const format of ['text', 'json', 'markdown', 'html'] as const) {
            expect(typeof formatDiff(diff, format)).toBe('string');
          }
          expect(JSON.parse(formatDiff(diff, 'json'))).toEqual(JSON.parse(JSON.stringify(diff)));
        },
      ),
      RUNS,
    );
  });
});

// Cases the grapheme law in test/laws/diff-laws.test.ts found at high FC_NUM_RUNS: the
// whitespace fold of the redline cut a trailing LF off its CR or a space off its prepend sign,
// and the tokenizer let a joiner or prepend sign take the CR of a CR LF, or one jamo of "ᅡᅡ".
describe('redlines that keep every grapheme whole, through diffDrafts', () => {
  it.each([
    {
      name: 'CR LF against a combining mark and LF',
      before: '\r\n',
      after: '\u0301\n',
      hunks: [
        { op: 'delete', text: '\r\n' },
        { op: 'insert', text: '\u0301\n' },
      ],
    },
    {
      name: 'a clause ending in CR LF against one ending in LF',
      before: 'a\r\n',
      after: 'b\n',
      hunks: [
        { op: 'delete', text: 'a\r\n' },
        { op: 'insert', text: 'b\n' },
      ],
    },
    {
      name: 'CR LF after a joiner',
      before: '\u200d\r\n',
      after: 'a\n',
      hunks: [
        { op: 'delete', text: '\u200d\r\n' },
        { op: 'insert', text: 'a\n' },
      ],
    },
    {
      name: 'a space after a prepend sign',
      before: 'x\u0600 ',
      after: 'y ',
      hunks: [
        { op: 'delete', text: 'x\u0600 ' },
        { op: 'insert', text: 'y ' },
      ],
    },
    {
      name: 'Hangul jamo after a joiner',
      before: '\u1161',
      after: '\u200d\u1161\u1161',
      hunks: [
        { op: 'delete', text: '\u1161' },
        { op: 'insert', text: '\u200d\u1161\u1161' },
      ],
    },
    {
      name: 'Hangul jamo after a prepend sign',
      before: '\u0600\u1161\u1161',
      after: '\u1161',
      hunks: [
        { op: 'delete', text: '\u0600\u1161\u1161' },
        { op: 'insert', text: '\u1161' },
      ],
    },
    {
      name: 'a reworded line that loses its CR',
      before: 'Troops withdraw.\r\n',
      after: 'Troops leave.\n',
      hunks: [
        { op: 'equal', text: 'Troops ' },
        { op: 'delete', text: 'withdraw' },
        { op: 'insert', text: 'leave' },
        { op: 'equal', text: '.' },
        { op: 'delete', text: '\r\n' },
        { op: 'insert', text: '\n' },
      ],
    },
  ] satisfies { name: string; before: string; after: string; hunks: Hunk[] }[])(
    '$name',
    ({ before, after, hunks }) => {
      const draftOf = (text: string): Draft => ({
        id: 'd',
        title: 'Unicode',
        coverage: 'complete',
        provisions: [{ id: 'p', text }],
      });
      const changes = diffDrafts(draftOf(before), draftOf(after)).changes;
      expect(changes.map((change) => change.kind)).toEqual(['provision.reworded']);
      const [change] = changes;
      if (change?.kind !== 'provision.reworded') return;
      expect(change.hunks).toEqual(hunks);
      for (const [text, skip] of [
        [before, 'insert'],
        [after, 'delete'],
      ] as const) {
        const boundaries = graphemeBoundaries(text);
        for (const cut of hunkEnds(hunks, skip)) expect(boundaries.has(cut)).toBe(true);
      }
    },
  );
});
