// Wide inputs within the default limits: lists far longer than a call takes arguments (about
// 125,000 in V8). Spreading one into a call (`push(...list)`, `Math.max(...list)`) throws a raw
// RangeError; every public function here must give its result instead.
import { describe, expect, it } from 'vitest';
import {
  compareDrafts,
  type Draft,
  diffDrafts,
  formatComparison,
  formatDiff,
  fromText,
  parseDraft,
  type Term,
} from '../../src/index.js';

const WIDE = 150_000;

function quantity(key: string, value: number): Term {
  return { key, kind: 'quantity', value, unit: 'units', bound: 'exact' };
}

function draftWithTerms(id: string, count: number, value: number): Draft {
  const terms = Array.from({ length: count }, (_, index) => quantity(`k.t${index}`, value));
  return parseDraft({ id, title: id, provisions: [{ id: 'p', text: 'Many figures.', terms }] });
}

describe(`lists of ${WIDE.toLocaleString('en')} in one call`, () => {
  // One diff with WIDE term changes, shared by the formatter cases.
  const diff = diffDrafts(draftWithTerms('a', WIDE, 1), draftWithTerms('b', WIDE, 2));

  it('diffDrafts reports every changed term', () => {
    expect(diff.stats['term.changed']).toBe(WIDE);
  });

  // How each format shows one changed term: a line of text or Markdown, a row of the HTML table.
  it.each([
    [
      'text',
      (text: string) => text.split('\n').filter((line) => /^ {2}~ K t\d+: 1 -> 2 units/.test(line)),
    ],
    ['markdown', (text: string) => text.split('\n').filter((line) => line.startsWith('- **K t'))],
    ['html', (text: string) => text.match(/K t\d+/g) ?? []],
  ] as const)('formatDiff writes %s for every one of them', (format, shown) => {
    expect(shown(formatDiff(diff, format))).toHaveLength(WIDE);
  });

  it('formatComparison writes a text table of every row', () => {
    const comparison = compareDrafts([draftWithTerms('a', WIDE, 1), draftWithTerms('b', WIDE, 2)]);
    expect(comparison.rows).toHaveLength(WIDE);
    const lines = formatComparison(comparison, 'text').split('\n');
    // A row of the table and a line of the disagreements for each key.
    expect(lines.filter((line) => line.startsWith('≠  K t'))).toHaveLength(WIDE);
    expect(lines.filter((line) => line.startsWith('≠ K t'))).toHaveLength(WIDE);
  });

  it('diffDrafts reports a removed provision with that many sub-points carrying terms', () => {
    const items = Array.from({ length: WIDE }, (_, index) => ({
      id: `p.${index}`,
      text: `Item ${index}.`,
      terms: [quantity(`k.i${index}`, index)],
    }));
    const before = { id: 'a', title: 'A', provisions: [{ id: 'p', text: 'Many.', items }] };
    const after = { id: 'b', title: 'B', provisions: [] };
    const { stats } = diffDrafts(before, after);
    expect([stats['provision.removed'], stats['term.removed'], stats['draft.changed']]).toEqual([
      1,
      WIDE,
      1,
    ]);
  });

  it('diffDrafts redlines a clause of 320,000 digits against a short one', () => {
    const digits = `1. ${Array.from({ length: 160_000 }, (_, index) => index % 10).join(' ')}`;
    const wide = fromText(digits, { id: 'digits' });
    const small = fromText('1. 0 1 2', { id: 'small' });
    const changes = diffDrafts(wide, small).changes;
    expect(changes.map((change) => change.kind)).toContain('provision.reworded');
  });
});
