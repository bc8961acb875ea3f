import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redlineTexts } from '../../src/diff/redline.js';
import { type Change, type DraftInput, diffDrafts, rebuildText } from '../../src/index.js';
import { cap, deepFreeze, draftOf, point, renumber, reverseKeys } from '../support/build.js';
import { graphemeBoundaries, hunkEnds } from '../support/graphemes.js';
import { RUNS } from '../support/runs.js';

/** Clauses of 6-14 words from a vocabulary large enough that two clauses rarely look alike. */
const clause = fc
  .array(fc.integer({ min: 0, max: 4000 }), { minLength: 6, maxLength: 14 })
  .map((words) => `${words.map((word) => `w${word}`).join(' ')}.`);

/** A document of 2-30 distinct clauses, numbered 1..n, the sixth (if any) carrying the cap. */
const document = fc
  .uniqueArray(clause, { minLength: 2, maxLength: 30 })
  .map((texts) =>
    texts.map((text, index) =>
      point(index + 1, text, index === 5 ? { terms: [cap(600_000 + index)] } : {}),
    ),
  );

const kinds = (changes: readonly Change[]) => changes.map((change) => change.kind);
const withoutIds = (provisions: ReturnType<typeof point>[], prefix: string) =>
  provisions.map((provision, index) => ({ ...provision, id: `${prefix}${index}` }));

describe('laws of diffDrafts', () => {
  it('a draft diffed with itself gives nothing', () => {
    fc.assert(
      fc.property(document, (provisions) => {
        expect(diffDrafts(draftOf('a', provisions), draftOf('b', provisions)).changes).toEqual([]);
      }),
      RUNS,
    );
  });

  for (const ids of ['shared ids', 'different ids'] as const) {
    it(`deleting a point gives one removal and renumberings, no rewordings (${ids})`, () => {
      fc.assert(
        fc.property(document, fc.nat(), (provisions, pick) => {
          const removed = pick % provisions.length;
          let after = renumber(provisions.filter((_, index) => index !== removed));
          if (ids === 'different ids') after = withoutIds(after, 'other-');
          const diff = diffDrafts(draftOf('a', provisions), draftOf('b', after));
          const expectedTerms = removed === 5 ? ['term.removed'] : [];
          expect(kinds(diff.changes).sort()).toEqual(
            [
              'provision.removed',
              ...Array(provisions.length - removed - 1).fill('provision.renumbered'),
              ...expectedTerms,
            ].sort(),
          );
          expect(diff.changes.find((change) => change.kind === 'provision.removed')).toMatchObject({
            provisionId: `p${removed + 1}`,
          });
        }),
        RUNS,
      );
    });
  }

  it('moving a point gives one move, renumbering only the points it passed', () => {
    fc.assert(
      fc.property(document, fc.nat(), fc.nat(), (provisions, pickFrom, pickTo) => {
        const from = pickFrom % provisions.length;
        const to = pickTo % provisions.length;
        fc.pre(Math.abs(from - to) > 1);
        const moved = [...provisions];
        const [item] = moved.splice(from, 1);
        moved.splice(to, 0, item as (typeof moved)[number]);
        const diff = diffDrafts(draftOf('a', provisions), draftOf('b', renumber(moved)));
        expect(kinds(diff.changes).filter((kind) => kind !== 'provision.renumbered')).toEqual([
          'provision.moved',
        ]);
        expect(diff.stats['provision.renumbered']).toBe(Math.abs(from - to));
      }),
      RUNS,
    );
  });

  it('a partial draft never yields removals for what it leaves out', () => {
    fc.assert(
      fc.property(
        document,
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (provisions, keep) => {
          const summary = provisions.filter((_, index) => keep[index]);
          const partial = draftOf('b', summary, { coverage: 'partial' });
          for (const diff of [
            diffDrafts(draftOf('a', provisions), partial),
            diffDrafts({ ...partial, id: 'c' }, draftOf('a', provisions)),
          ]) {
            expect(kinds(diff.changes).filter((kind) => /removed|added/.test(kind))).toEqual([]);
          }
        },
      ),
      RUNS,
    );
  });

  it('diffing backwards mirrors the changes', () => {
    const mirror: Partial<Record<Change['kind'], Change['kind']>> = {
      'provision.added': 'provision.removed',
      'provision.removed': 'provision.added',
      'provision.split': 'provision.merged',
      'provision.merged': 'provision.split',
      'term.added': 'term.removed',
      'term.removed': 'term.added',
    };
    fc.assert(
      fc.property(document, document, (before, after) => {
        const a = draftOf('a', before);
        const b = draftOf('b', after);
        const forward = diffDrafts(a, b).changes;
        const backward = diffDrafts(b, a).changes;
        expect(kinds(backward).sort()).toEqual(
          kinds(forward)
            .map((kind) => mirror[kind] ?? kind)
            .sort(),
        );
        const deltas = (changes: Change[]) =>
          changes.flatMap((change) =>
            change.kind === 'term.changed' && change.delta ? [change.delta.absolute] : [],
          );
        expect(deltas(backward).sort()).toEqual(
          deltas(forward)
            .map((delta) => -delta)
            .sort(),
        );
      }),
      RUNS,
    );
  });

  it('the same changes in the same order, whatever the key order or freezing of the inputs', () => {
    fc.assert(
      fc.property(document, document, (before, after) => {
        const a = draftOf('a', before);
        const b = draftOf('b', after);
        const expected = JSON.stringify(diffDrafts(a, b));
        const copies = [structuredClone(a), structuredClone(b)] as [DraftInput, DraftInput];
        expect(JSON.stringify(diffDrafts(reverseKeys(a), reverseKeys(b)))).toBe(expected);
        expect(JSON.stringify(diffDrafts(deepFreeze(copies[0]), deepFreeze(copies[1])))).toBe(
          expected,
        );
        expect(copies).toEqual([a, b]);
      }),
      RUNS,
    );
  });

  it('every redline rebuilds both texts exactly, over arbitrary Unicode', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      clause,
    );
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 200 }), (before, after, budget) => {
        const { hunks } = redlineTexts(before, after, budget);
        expect(rebuildText(hunks, 'before')).toBe(before);
        expect(rebuildText(hunks, 'after')).toBe(after);
        expect(hunks.every((hunk) => hunk.text !== '')).toBe(true);
      }),
      RUNS,
    );
  });

  it('a redline never splits a grapheme', () => {
    // Intl.Segmenter is the reference here only: fine on short strings, too slow to tokenize with.
    // Graphemes, plus the pieces that build them: combining marks, joiners, modifiers, flags,
    // prepend signs, CR LF, Hangul jamo.
    const tricky = fc.constantFrom(
      '\u0301',
      '\u200d',
      '\ufe0f',
      '\u{1f3fd}',
      '\u{1f1fa}',
      '\u{1f1e6}',
      '\u0600',
      '\r',
      '\n',
      '\u1100',
      '\u1161',
      '\u11a8',
      'a',
      ' ',
      '1',
      ',',
      '\u{1f468}',
      '\u{1f469}',
      'é',
      '\u05d0',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: tricky, maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { hunks } = redlineTexts(before, after, 2000);
        const beforeBoundaries = graphemeBoundaries(before);
        const afterBoundaries = graphemeBoundaries(after);
        for (const cut of hunkEnds(hunks, 'insert')) expect(beforeBoundaries.has(cut)).toBe(true);
        for (const cut of hunkEnds(hunks, 'delete')) expect(afterBoundaries.has(cut)).toBe(true);
      }),
      RUNS,
    );
  });
});
