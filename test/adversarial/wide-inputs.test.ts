// Every public function with lists of 200,000: far longer than a call takes arguments (about
// 125,000 in V8), so spreading one into a call (`push(...list)`, `Math.max(...list)`) would throw
// a raw RangeError, and exactly the default `maxProvisions`. Each function gives its exact
// result at that size, or LIMIT_EXCEEDED one past it. The inputs are built once and shared.
import { describe, expect, it } from 'vitest';
import {
  alignDrafts,
  alignProvisions,
  applyPatch,
  blame,
  changelog,
  changeMatchers,
  compareDrafts,
  DEFAULT_LIMITS,
  type Draft,
  DraftSchema,
  describeChange,
  diffDrafts,
  extractTerms,
  filterComparison,
  findClosestChanges,
  formatChangelogHtml,
  formatComparison,
  formatComparisonRow,
  formatDiff,
  formatDiffHtml,
  formatDiffMarkdown,
  fromText,
  history,
  matchChange,
  parseDraft,
  rebuildText,
  safeParseDraft,
  type Term,
  termsAgree,
  termsAgreeExactly,
  toJsonPatch,
} from '../../src/index.js';
import { thrown } from '../support/errors.js';

const WIDE = 200_000;

function quantity(key: string, value: number): Term {
  return { key, kind: 'quantity', value, unit: 'units', bound: 'exact' };
}

/** One provision holding `count` terms, each `value`. */
function draftWithTerms(id: string, count: number, value: number): Draft {
  const terms = Array.from({ length: count }, (_, index) => quantity(`k.t${index}`, value));
  return parseDraft({ id, title: id, provisions: [{ id: 'p', text: 'Many figures.', terms }] });
}

/** `count` top-level provisions, `p0`, `p1`, ... */
function provisions(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `p${index}`,
    text: `Clause ${index}.`,
  }));
}

/** One provision with `count` sub-points, each carrying one term. */
function withItems(count: number) {
  const items = Array.from({ length: count }, (_, index) => ({
    id: `p.${index}`,
    text: `Item ${index}.`,
    terms: [quantity(`k.i${index}`, index)],
  }));
  return { id: 'a', title: 'A', provisions: [{ id: 'p', text: 'Many.', items }] };
}

const limitExceeded = (message: string) =>
  expect.objectContaining({ code: 'LIMIT_EXCEEDED', message });

// Built once: each costs seconds at this size.
const wide = parseDraft({ id: 'a', title: 'A', provisions: provisions(WIDE) });
const overLimit = { id: 'b', title: 'A', provisions: provisions(WIDE + 1) };
const itemsAtLimit = withItems(WIDE - 1);

it('runs at exactly the default maxProvisions', () => {
  expect(DEFAULT_LIMITS.maxProvisions).toBe(WIDE);
});

describe('model', () => {
  it('parseDraft and safeParseDraft accept 200,000 provisions and refuse one more', () => {
    expect(wide.provisions).toHaveLength(WIDE);
    expect(wide.provisions.at(-1)).toEqual({ id: 'p199999', text: 'Clause 199999.' });
    const message = 'draft has more than 200000 provisions';
    expect(thrown(() => parseDraft(overLimit))).toEqual(limitExceeded(message));
    const result = safeParseDraft(overLimit);
    expect(result.success ? undefined : result.error).toEqual(limitExceeded(message));
  });

  it('counts sub-points: a provision with 199,999 of them is 200,000 provisions', () => {
    const draft = parseDraft(itemsAtLimit);
    expect(draft.provisions[0]?.items).toHaveLength(WIDE - 1);
    expect(thrown(() => parseDraft(withItems(WIDE)))).toEqual(
      limitExceeded('draft has more than 200000 provisions'),
    );
  });

  it('DraftSchema, the zod schema, accepts 200,000 sub-points', () => {
    expect(DraftSchema.safeParse(itemsAtLimit).success).toBe(true);
  });
});

describe('import', () => {
  // Bullets before any numbered point are sub-points of the unnumbered provision p0.
  const bullets = (count: number) =>
    Array.from({ length: count }, (_, index) => `- Item ${index}.`).join('\n');

  it('fromText imports 200,000 provisions and refuses one more, counting p0', () => {
    const draft = fromText(bullets(WIDE - 1), { id: 'x' });
    expect(draft.provisions).toHaveLength(1);
    expect(draft.provisions[0]?.items).toHaveLength(WIDE - 1);
    expect(draft.provisions[0]?.items?.at(-1)?.text).toBe('Item 199998.');
    expect(thrown(() => fromText(bullets(WIDE), { id: 'x' }))).toEqual(
      limitExceeded('text has more than 200000 points and sub-points'),
    );
  });

  it('extractTerms finds 200,000 figures in one text', () => {
    const text = Array.from({ length: WIDE }, (_, index) => `${(index % 90) + 1}%`).join(' ');
    const terms = extractTerms(text);
    expect(terms).toHaveLength(WIDE);
    // Shares are fractions: 20% is 0.2.
    expect(terms.at(-1)).toMatchObject({ kind: 'share', value: ((199_999 % 90) + 1) / 100 });
  });

  it('diffDrafts redlines a clause of 400,000 digits against a short one', () => {
    const digits = `1. ${Array.from({ length: WIDE }, (_, index) => index % 10).join(' ')}`;
    const wide = fromText(digits, { id: 'digits' });
    const small = fromText('1. 0 1 2', { id: 'small' });
    const changes = diffDrafts(wide, small).changes;
    expect(changes.map((change) => change.kind)).toEqual(['draft.changed', 'provision.reworded']);
  });
});

describe('align and diff', () => {
  it('alignDrafts and alignProvisions pair 200,000 provisions by id', () => {
    const alignment = alignDrafts(wide, wide);
    expect(alignment.pairs).toHaveLength(WIDE);
    expect(alignment.pairs.at(-1)).toMatchObject({
      before: '/provisions/199999',
      after: '/provisions/199999',
      basis: 'id',
      moved: false,
    });
    expect([alignment.removed, alignment.added, alignment.splits, alignment.merges]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    const entries = alignProvisions(wide.provisions, wide.provisions).entries;
    expect(entries).toHaveLength(WIDE);
    expect(entries.at(-1)).toMatchObject({
      kind: 'pair',
      before: WIDE - 1,
      after: WIDE - 1,
      basis: 'id',
    });
  });

  it('diffDrafts reports 200,000 removed provisions, and refuses a draft of one more', () => {
    const { stats } = diffDrafts(wide, { id: 'b', title: 'A', provisions: [] });
    expect([stats['provision.removed'], stats['draft.changed']]).toEqual([WIDE, 0]);
    expect(thrown(() => diffDrafts(wide, overLimit))).toEqual(
      limitExceeded('new draft: draft has more than 200000 provisions'),
    );
  });

  it('diffDrafts reports a removed provision with 199,999 sub-points carrying terms', () => {
    const { stats } = diffDrafts(itemsAtLimit, { id: 'b', title: 'B', provisions: [] });
    expect([stats['provision.removed'], stats['term.removed'], stats['draft.changed']]).toEqual([
      1,
      WIDE - 1,
      1,
    ]);
  });

  it('rebuildText joins 200,000 hunks', () => {
    const ops = ['equal', 'insert', 'delete'] as const;
    const hunks = Array.from({ length: WIDE }, (_, index) => ({
      op: ops[index % 3] as (typeof ops)[number],
      text: `${index % 3}`,
    }));
    // 66,666 runs of equal, insert, delete, then one equal and one insert. Compared as
    // booleans: a failure would otherwise print 200,000 characters twice.
    expect(rebuildText(hunks, 'after') === '01'.repeat(66_667)).toBe(true);
    expect(rebuildText(hunks, 'before') === `${'02'.repeat(66_666)}0`).toBe(true);
  });
});

describe('200,000 term changes', () => {
  const before = draftWithTerms('a', WIDE, 1);
  const after = draftWithTerms('b', WIDE, 2);
  const diff = diffDrafts(before, after);
  const lastKey = `k.t${WIDE - 1}`;

  it('diffDrafts reports every changed term, in key order', () => {
    expect(diff.stats['term.changed']).toBe(WIDE);
    const keys = diff.changes.flatMap((change) =>
      change.kind === 'term.changed' ? [change.key] : [],
    );
    const expected = Array.from({ length: WIDE }, (_, index) => `k.t${index}`).sort();
    expect(keys.every((key, index) => key === expected[index])).toBe(true);
  });

  // How each format shows one changed term: a line of text or Markdown, a row of the HTML table.
  it.each([
    [
      'text',
      (d: typeof diff) => formatDiff(d, 'text'),
      (text: string) => text.split('\n').filter((line) => /^ {2}~ K t\d+: 1 -> 2 units/.test(line)),
    ],
    [
      'markdown',
      formatDiffMarkdown,
      (text: string) => text.split('\n').filter((line) => line.startsWith('- **K t')),
    ],
    ['html', formatDiffHtml, (text: string) => text.match(/K t\d+/g) ?? []],
    [
      'json',
      (d: typeof diff) => formatDiff(d, 'json'),
      (text: string) => (JSON.parse(text) as typeof diff).changes.slice(1),
    ],
  ] as const)('formatDiff writes %s for every one of them', (_, format, shown) => {
    expect(shown(format(diff))).toHaveLength(WIDE);
  });

  it('toJsonPatch writes a patch that applyPatch applies', () => {
    // Past the bound of its edit script, the list of terms is replaced whole.
    const patch = toJsonPatch(before, after);
    expect(patch.map(({ op, path }) => `${op} ${path}`)).toEqual([
      'replace /id',
      'replace /provisions/0/terms',
      'replace /title',
    ]);
    expect(applyPatch(before, patch)).toEqual(after);
  });

  it('applyPatch applies 200,000 operations', () => {
    const operations = Array.from({ length: WIDE }, (_, index) => ({
      op: 'add' as const,
      path: '/-',
      value: index,
    }));
    expect(applyPatch([], operations)).toEqual(Array.from({ length: WIDE }, (_, index) => index));
  });

  it('findClosestChanges, matchChange and describeChange search them all', () => {
    const expected = { kind: 'term.changed', key: lastKey } as const;
    const closest = findClosestChanges(diff, expected, 2);
    expect(closest.map(({ change, mismatches }) => [change.path, mismatches])).toEqual([
      ['/provisions/0/terms/199999', []],
      ['/provisions/0/terms/0', [`key: "k.t0", expected "${lastKey}"`]],
    ]);
    expect(diff.changes.filter((change) => matchChange(change, expected))).toHaveLength(1);
    expect(describeChange((closest[0] as (typeof closest)[number]).change)).toBe(
      `{ kind: "term.changed", key: "${lastKey}", provisionId: "p", from: 1, to: 2 }  K t199999: 1 -> 2 units (+100%)`,
    );
  });

  it('the matchers search them all', () => {
    const expected = { kind: 'term.changed', key: lastKey } as const;
    expect(changeMatchers.toHaveChange.call(undefined, diff, expected).pass).toBe(true);
    const missing = changeMatchers.toHaveChange.call(undefined, diff, { kind: 'term.removed' });
    expect(missing.pass).toBe(false);
    expect(changeMatchers.toHaveNoChanges.call(undefined, diff).pass).toBe(false);
  });

  it('changelog diffs the edge they changed on', () => {
    const child = parseDraft({ ...after, basedOn: ['a'] });
    const [entry, ...rest] = changelog([child, before]);
    expect([rest, entry?.from, entry?.to, entry?.diff.stats['term.changed']]).toEqual([
      [],
      'a',
      'b',
      WIDE,
    ]);
  });

  it('formatChangelogHtml shows them', () => {
    const html = formatChangelogHtml([diff]);
    expect(html.match(/K t\d+/g)).toHaveLength(WIDE);
  });

  describe('compared', () => {
    const comparison = compareDrafts([before, after]);

    it('compareDrafts and filterComparison give every row', () => {
      expect(comparison.rows).toHaveLength(WIDE);
      expect(filterComparison(comparison, { only: 'disagree' }).rows).toHaveLength(WIDE);
      const last = comparison.rows.at(-1) as (typeof comparison.rows)[number];
      expect(formatComparisonRow(last)).toBe('K t199999: 1 units (a) vs 2 units (b)');
    });

    it('formatComparison writes a text table of every row', () => {
      const lines = formatComparison(comparison, 'text').split('\n');
      // A row of the table and a line of the disagreements for each key.
      expect(lines.filter((line) => line.startsWith('≠  K t'))).toHaveLength(WIDE);
      expect(lines.filter((line) => line.startsWith('≠ K t'))).toHaveLength(WIDE);
    });
  });

  it('termsAgree refuses a set of 200,000 members as not a valid term', () => {
    const set = { key: 's', kind: 'set', members: Array.from({ length: WIDE }, String) } as Term;
    for (const agree of [termsAgree, termsAgreeExactly]) {
      expect(thrown(() => agree(set, set))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    }
  });
});

describe('a lineage of 200,000 drafts', () => {
  const drafts = Array.from({ length: WIDE }, (_, index) =>
    parseDraft({
      id: `d${index}`,
      title: 'T',
      provisions: [{ id: 'p', text: 'Cap.', terms: [quantity('cap', index % 2)] }],
      ...(index > 0 ? { basedOn: [`d${index - 1}`] } : {}),
    }),
  );
  // Given last first, so that history has the whole chain to order.
  const reversed = [...drafts].reverse();

  it('history orders them along basedOn', () => {
    expect(history(reversed).map((draft) => draft.id)).toEqual(drafts.map((draft) => draft.id));
  });

  it('blame follows the key through every draft', () => {
    const { entries, firstStated } = blame(reversed, 'cap');
    expect(firstStated).toBe('d0');
    expect(entries).toHaveLength(WIDE);
    // The cap alternates 0, 1, 0, ...: stated once, then changed by every later draft.
    expect(entries[0]).toMatchObject({ draft: 'd0', event: 'stated' });
    const changed = entries.slice(1).filter((entry, index) => {
      return entry.event === 'changed' && entry.previous[0]?.draft === `d${index}`;
    });
    expect(changed).toHaveLength(WIDE - 1);
  });
});
