// Line and paragraph separators, lone surrogates, bidirectional marks and overrides,
// zero-width joiners and spaces, combining marks and emoji sequences, in clause texts and in
// provision ids: the diff works, pairs each provision with itself, and every redline
// rebuilds both texts exactly without splitting a grapheme. test/laws/unicode-redline.test.ts
// checks the same on random drafts; these rows are the named cases.
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  type Draft,
  diffDrafts,
  formatDiff,
  fromText,
  parseDraft,
  rebuildText,
  toJsonPatch,
} from '../../src/index.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Offsets where a grapheme starts or the text ends: the only places a redline may cut. */
const boundaries = (text: string) =>
  new Set([...segmenter.segment(text)].map((segment) => segment.index).concat(text.length));

const CASES: [name: string, piece: string][] = [
  ['a line separator', '\u2028'],
  ['a paragraph separator', '\u2029'],
  ['a lone high surrogate', '\ud83d'],
  ['a lone low surrogate', '\ude00'],
  ['a left-to-right mark', '\u200e'],
  ['a right-to-left mark', '\u200f'],
  ['a right-to-left override', '\u202e'],
  ['a first-strong isolate and its pop', '\u2068x\u2069'],
  ['a zero-width joiner', '\u200d'],
  ['a zero-width space', '\u200b'],
  ['a byte-order mark', '\ufeff'],
  ['a family emoji (joined)', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}'],
  ['a flag (two regional indicators)', '\u{1f1fa}\u{1f1e6}'],
  ['a skin-tone modifier', '\u{1f44d}\u{1f3fd}'],
  ['a combining accent', 'e\u0301'],
  ['Arabic with a prepended number sign', '\u0600\u0661\u0662'],
  ['Hebrew', 'שלום'],
  ['a NUL and a bell', '\u0000\u0007'],
  ['CR LF', '\r\n'],
];

function draftWith(id: string, text: string, draftId = 'unicode'): Draft {
  return parseDraft({
    id: draftId,
    title: 'Unicode',
    provisions: [
      { id: 'first', number: '1', text: 'The parties agree to a ceasefire.' },
      { id, number: '2', text },
    ],
  });
}

describe.each(CASES)('%s', (_name, piece) => {
  const id = `point ${piece.replace(/[\r\n]/g, '')} two`;
  const before = draftWith(id, `Troops ${piece} withdraw within 30 days.`);
  const after = draftWith(id, `Troops ${piece}${piece} withdraw within 60 days ${piece}.`, 'later');

  it('in a clause and an id: one reworded change whose redline rebuilds both texts', () => {
    const changes = diffDrafts(before, after).changes;
    expect(
      changes.map((change) => [change.kind, 'provisionId' in change && change.provisionId]),
    ).toEqual([['provision.reworded', id]]);
    const [change] = changes;
    if (change?.kind !== 'provision.reworded') return;
    expect(rebuildText(change.hunks, 'before')).toBe(before.provisions[1]?.text);
    expect(rebuildText(change.hunks, 'after')).toBe(after.provisions[1]?.text);
  });

  it('the redline cuts only between graphemes', () => {
    const [change] = diffDrafts(before, after).changes;
    if (change?.kind !== 'provision.reworded') throw new Error('expected a rewording');
    for (const [side, skip] of [
      ['before', 'insert'],
      ['after', 'delete'],
    ] as const) {
      const text = rebuildText(change.hunks, side);
      const allowed = boundaries(text);
      let offset = 0;
      for (const hunk of change.hunks) {
        if (hunk.op === skip) continue;
        offset += hunk.text.length;
        expect(allowed.has(offset)).toBe(true);
      }
    }
  });

  it('diffing a draft with itself gives nothing; every format renders; a patch round-trips', () => {
    expect(diffDrafts(before, before).changes).toEqual([]);
    const diff = diffDrafts(before, after);
    for (const format of ['text', 'json', 'markdown', 'html'] as const) {
      expect(formatDiff(diff, format).length).toBeGreaterThan(0);
    }
    expect(applyPatch(before, toJsonPatch(before, after))).toEqual(after);
  });

  it('in imported text: the clause keeps the piece and diffs against itself as nothing', () => {
    const text = `Plan\n1. Troops ${piece} withdraw within 30 days.\n2. Elections follow.`;
    const imported = fromText(text, { id: 'imported' });
    // Line breaks (CR LF, and U+2028/U+2029, which JavaScript counts as line terminators) end
    // a line of the outline; anything else stays in the clause as written.
    const kept = /[\r\n\u2028\u2029]/.test(piece) ? 'Troops' : `Troops ${piece} withdraw`;
    expect(imported.provisions.map((provision) => provision.text).join(' ')).toContain(kept);
    expect(diffDrafts(imported, imported).changes).toEqual([]);
  });
});

describe('texts that differ only in Unicode normalisation', () => {
  it('are the same clause after NFC (the default), and a rewording with normalisation off', () => {
    const composed = draftWith('p', 'Caf\u00e9 terms apply.');
    const decomposed = draftWith('p', 'Cafe\u0301 terms apply.');
    expect(diffDrafts(composed, decomposed).changes).toEqual([]);
    const strict = diffDrafts(composed, decomposed, { normalize: 'none' }).changes;
    expect(strict.map((change) => change.kind)).toEqual(['provision.reworded']);
    const [change] = strict;
    if (change?.kind !== 'provision.reworded') return;
    expect(change.hunks).toEqual([
      { op: 'delete', text: 'Caf\u00e9' },
      { op: 'insert', text: 'Cafe\u0301' },
      { op: 'equal', text: ' terms apply.' },
    ]);
  });
});
