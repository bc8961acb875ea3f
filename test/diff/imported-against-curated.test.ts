import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Change,
  type ChangeOf,
  type Comparison,
  compareDrafts,
  type DraftDiff,
  diffDrafts,
  fromText,
  parseDraft,
  type Term,
} from '../../src/index.js';
import { loadCorpus, loadDraft } from '../support/corpus.js';
import { RUNS, runsScaled } from '../support/runs.js';

// A plain text pasted in (issue 12) against the curated corpus: its figures found in prose must
// line up with the authored terms (by measure within aligned provisions, by the words around
// them across the draft), and what an imported text cannot state (titles, flags, sets,
// statuses, texts, draft-level terms) is silence, never a removal or an addition.

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

const CAP = 'armed-forces.personnel-cap';
const curated = loadDraft('axios-28-points');
const imported = fromText(fixture('28-points.txt'), { id: 'imported-28' });
const e3 = fromText(fixture('accuracy/plan/e3-counter-proposal.txt'), { id: 'e3-counter' });

const changesOf = <K extends Change['kind']>(diff: DraftDiff, kind: K) =>
  diff.changes.filter((change): change is ChangeOf<K> => change.kind === kind);
const termChanges = (diff: DraftDiff) =>
  diff.changes.filter(
    (change): change is ChangeOf<'term.added' | 'term.removed' | 'term.changed'> =>
      change.kind.startsWith('term.'),
  );
/** The term a removal or an addition is about. */
const termOf = (change: ChangeOf<'term.added' | 'term.removed'>): Term =>
  change.kind === 'term.removed' ? change.before : change.after;
const NOT_FIGURES = ['flag', 'set', 'status', 'text', 'unaddressed'];

describe('the 28 points imported, against the curated Axios draft', () => {
  describe.each([
    ['curated -> imported', diffDrafts(curated, imported), 'term.removed' as const],
    ['imported -> curated', diffDrafts(imported, curated), 'term.added' as const],
  ])('%s', (_name, diff, oneSided) => {
    it('reports no change of the armed forces cap: the same 600,000 on both sides', () => {
      expect(diff.changes.filter((change) => 'key' in change && change.key === CAP)).toEqual([]);
    });

    it('reports no retitling: an imported text has no titles of its own', () => {
      expect(changesOf(diff, 'provision.retitled')).toEqual([]);
    });

    it('reports no term the imported text cannot state as removed or added', () => {
      const oneSidedTerms = changesOf(diff, oneSided).map(termOf);
      expect(oneSidedTerms.filter((term) => NOT_FIGURES.includes(term.kind))).toEqual([]);
      // It states every figure of the 28 points, so nothing at all is one-sided.
      expect(changesOf(diff, 'term.removed')).toEqual([]);
      expect(changesOf(diff, 'term.added')).toEqual([]);
    });

    it('reports no change of a draft-level term (plan.point-count)', () => {
      expect(termChanges(diff).filter((change) => change.path.startsWith('/terms/'))).toEqual([]);
      expect(termChanges(diff).some((change) => change.key === 'plan.point-count')).toBe(false);
    });

    it('reports one term change: the election deadline the text words "within"', () => {
      expect(
        termChanges(diff).map((change) => [
          change.kind,
          change.key,
          change.kind === 'term.changed' ? change.aspects : undefined,
        ]),
      ).toEqual([['term.changed', 'elections.deadline', ['bound']]]);
    });

    it('pairs every point: nothing added, removed, moved, split or merged', () => {
      expect(diff.stats).toMatchObject({
        'provision.added': 0,
        'provision.removed': 0,
        'provision.moved': 0,
        'provision.renumbered': 0,
        'provision.split': 0,
        'provision.merged': 0,
      });
    });
  });
});

describe('the E3 counter-proposal imported, against the curated Axios draft', () => {
  const forward = diffDrafts(curated, e3);
  const backward = diffDrafts(e3, curated);
  // The figures the E3 text no longer states (test/fixtures/accuracy/e3-counter-proposal.json):
  // the frozen assets of point 14 (two sums and the US share) and the election deadline.
  const dropped = [
    'reconstruction.european-contribution',
    'reconstruction.frozen-assets-investment',
    'reconstruction.us-profit-share',
    'elections.deadline',
  ];

  it('reports the cap as one change, 600,000 -> 800,000 personnel in peacetime', () => {
    const changed = changesOf(forward, 'term.changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      key: CAP,
      before: { key: CAP, kind: 'quantity', value: 600_000, unit: 'personnel' },
      after: {
        kind: 'quantity',
        value: 800_000,
        unit: 'personnel',
        condition: 'in peacetime',
      },
      delta: { absolute: 200_000, relative: 1 / 3 },
    });
    expect(changed[0]?.aspects).toEqual(['value', 'condition']);
  });

  it('reports the dropped figures as removed, and nothing added', () => {
    expect(changesOf(forward, 'term.removed').map((change) => change.key)).toEqual(dropped);
    expect(
      changesOf(forward, 'term.removed').every(
        (change) => !NOT_FIGURES.includes(change.before.kind),
      ),
    ).toBe(true);
    expect(changesOf(forward, 'term.added')).toEqual([]);
  });

  it('mirrors backwards: the cap falls by a quarter, the dropped figures are added', () => {
    const changed = changesOf(backward, 'term.changed');
    expect(changed.map((change) => [change.key, change.before.kind, change.delta])).toEqual([
      [CAP, 'quantity', { absolute: -200_000, relative: -0.25 }],
    ]);
    expect(changed[0]?.after).toMatchObject({ key: CAP, value: 600_000 });
    expect(changesOf(backward, 'term.added').map((change) => change.key)).toEqual(dropped);
    expect(changesOf(backward, 'term.removed')).toEqual([]);
  });

  it('reports no retitling and no change of a draft-level term', () => {
    for (const diff of [forward, backward]) {
      expect(changesOf(diff, 'provision.retitled')).toEqual([]);
      expect(termChanges(diff).filter((change) => change.path.startsWith('/terms/'))).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------
// compareDrafts

const corpus = loadCorpus();

/** The keys of the rows where `id` states something, in row order. */
const statedBy = (comparison: Comparison, id: string) =>
  comparison.rows.filter((row) => row.values[id] !== 'silent').map((row) => row.key);

/** A comparison without the orders that follow the order of the drafts given. */
function orderFree(comparison: Comparison) {
  const byId = <T>(record: Record<string, T>) =>
    Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return {
    drafts: [...comparison.drafts].sort(),
    rows: comparison.rows.map((row) => ({
      key: row.key,
      label: row.label,
      agreement: row.agreement,
      near: row.near,
      note: row.note,
      values: byId(row.values),
      sources: byId(row.sources),
      sides: row.sides.map((side) => [...side.drafts].sort().join(' ')).sort(),
    })),
  };
}

describe('compareDrafts: the corpus and the 28 points imported', () => {
  const comparison = compareDrafts([...corpus, imported]);
  const capRow = comparison.rows.find((row) => row.key === CAP);

  it("puts the imported 600,000 in the cap's row, on Axios's side", () => {
    expect(capRow?.values['imported-28']).toMatchObject({
      kind: 'quantity',
      value: 600_000,
      unit: 'personnel',
      bound: 'at-most',
    });
    const side = capRow?.sides.find((each) => each.drafts.includes('axios-28-points'));
    expect(side?.drafts).toContain('imported-28');
  });

  it('gives the imported draft no row of its own: each of its figures is in an authored row', () => {
    expect(statedBy(comparison, 'imported-28')).toEqual([
      'non-aggression.ambiguities-settled',
      CAP,
      'reconstruction.frozen-assets-investment',
      'reconstruction.us-profit-share',
      'reconstruction.european-contribution',
      'zaporizhzhia-npp.electricity-split',
      'elections.deadline',
    ]);
    for (const row of comparison.rows) {
      if (row.values['imported-28'] !== 'silent')
        expect(row.values['axios-28-points']).not.toBe('silent');
    }
  });

  it.each([
    ['imported first, the rest reversed', [imported, ...[...corpus].reverse()]],
    ['imported among them', [...corpus.slice(0, 3), imported, ...corpus.slice(3)]],
  ])('is the same in a fixed order: %s', (_name, order) => {
    expect(orderFree(compareDrafts(order))).toEqual(orderFree(comparison));
  });
});

describe('compareDrafts: the corpus and two imported texts', () => {
  const drafts = [...corpus, imported, e3];
  const comparison = compareDrafts(drafts);

  it("puts the E3 800,000 in the cap's row, on the side of the curated E3 text", () => {
    const row = comparison.rows.find((each) => each.key === CAP);
    expect(row?.values['e3-counter']).toMatchObject({ value: 800_000, condition: 'in peacetime' });
    const side = row?.sides.find((candidate) => candidate.drafts.includes('e3-counter'));
    expect([...(side?.drafts ?? [])].sort()).toEqual([
      'e3-counter',
      'e3-counter-proposal',
      'geneva-19-points-ft',
      'twenty-point-framework',
    ]);
    expect(statedBy(comparison, 'e3-counter')).toEqual([
      'non-aggression.ambiguities-settled',
      CAP,
      'zaporizhzhia-npp.electricity-split',
    ]);
  });

  it('is the same whatever the order of the drafts', () => {
    const expected = orderFree(comparison);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(drafts, { minLength: drafts.length, maxLength: drafts.length }),
        (order) => {
          expect(orderFree(compareDrafts(order))).toEqual(expected);
        },
      ),
      runsScaled(0.1),
    );
  });
});

describe('compareDrafts: an imported draft based on one authored draft takes its keys', () => {
  // An authored account that keys the cap otherwise than Axios does.
  /** An authored account of the cap alone, under its own key. */
  const capAccount = (id: string, key: string) =>
    parseDraft({
      id,
      title: 'Armed forces cap',
      coverage: 'partial',
      provisions: [
        {
          id: 'forces',
          number: '6',
          text: "The size of Ukraine's armed forces will be capped at 600,000 personnel.",
          terms: [{ key, kind: 'quantity', value: 600_000, unit: 'personnel', bound: 'at-most' }],
        },
      ],
    });
  // An authored account that keys the cap otherwise than Axios does.
  const other = capAccount('custom-cap', 'military.size-limit');
  const text = fixture('28-points.txt');

  it('without basedOn, the authored draft its figures line up with best (Axios)', () => {
    const comparison = compareDrafts([curated, other, imported]);
    const row = (key: string) => comparison.rows.find((each) => each.key === key);
    expect(row(CAP)?.values['imported-28']).toMatchObject({ value: 600_000 });
    expect(row('military.size-limit')?.values['imported-28']).toBe('silent');
  });

  it('with basedOn, that draft: the cap in its row, not in Axios', () => {
    const based = fromText(text, { id: 'imported-28', basedOn: ['custom-cap'] });
    const comparison = compareDrafts([curated, other, based]);
    const row = (key: string) => comparison.rows.find((each) => each.key === key);
    expect(row('military.size-limit')).toMatchObject({
      agreement: 'agree',
      values: { 'imported-28': { value: 600_000, unit: 'personnel' } },
    });
    expect(row(CAP)?.values['imported-28']).toBe('silent');
  });

  it.each([
    ['in that order', ['cap-a', 'cap-b']],
    ['the other way round', ['cap-b', 'cap-a']],
  ])('between authored drafts that line up equally well, the smaller id (%s)', (_name, ids) => {
    const accounts = ids.map((id) => capAccount(id, `${id}.limit`));
    const comparison = compareDrafts([...accounts, imported]);
    expect(statedBy(comparison, 'imported-28')).toContain('cap-a.limit');
    expect(statedBy(comparison, 'imported-28')).not.toContain('cap-b.limit');
  });

  it('with basedOn a draft that has only the cap, the other figures keep rows of their own', () => {
    const based = fromText(text, { id: 'imported-28', basedOn: ['other-accounts-400k'] });
    const comparison = compareDrafts([...corpus, based]);
    const rows = comparison.rows.filter((row) => row.values['imported-28'] !== 'silent');
    expect(rows.map((row) => row.key)).toContain(CAP);
    const others = rows.filter((row) => row.key !== CAP);
    expect(others).toHaveLength(6);
    for (const row of others) {
      expect(row.agreement).toBe('single');
      expect(row.key).not.toMatch(/^(?:non-aggression|reconstruction|zaporizhzhia|elections)\./);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Two imported texts: a figure that moved to another provision

const capText = (figure: string) =>
  [
    'Plan',
    "1. Ukraine's sovereignty is reaffirmed by every party to this agreement.",
    `2. The armed forces of Ukraine will be capped at ${figure} personnel.`,
    '3. NATO agrees not to station troops in Ukraine.',
    '4. A joint working group on security issues will be set up to ensure compliance.',
    '5. Ukraine will hold elections as soon as possible.',
  ].join('\n');
/** Point 2 is gone; its sentence now ends another point. */
const movedCapText = (figure: string, words = 'the armed forces of Ukraine will be capped at') =>
  [
    'Plan',
    "1. Ukraine's sovereignty is reaffirmed by every party to this agreement.",
    '2. NATO agrees not to station troops in Ukraine.',
    `3. A joint working group on security issues will be set up to ensure compliance, and ${words} ${figure} personnel.`,
    '4. Ukraine will hold elections as soon as possible.',
  ].join('\n');

const diffTexts = (old: string, next: string) =>
  diffDrafts(fromText(old, { id: 'old' }), fromText(next, { id: 'new' }));
const summaryOf = (diff: DraftDiff) =>
  termChanges(diff).map((change) => [
    change.kind,
    change.kind === 'term.changed' ? change.delta : undefined,
  ]);

describe('two imported texts: a figure that moved to another provision', () => {
  it('the figure is not in a pair of aligned provisions: its point was removed', () => {
    const diff = diffTexts(capText('600,000'), movedCapText('800,000'));
    expect(changesOf(diff, 'provision.removed').map((change) => change.before.number)).toEqual([
      '2',
    ]);
  });

  it.each([
    [
      'changed, forwards',
      capText('600,000'),
      movedCapText('800,000'),
      [['term.changed', { absolute: 200_000, relative: 1 / 3 }]],
    ],
    [
      'changed, backwards',
      movedCapText('800,000'),
      capText('600,000'),
      [['term.changed', { absolute: -200_000, relative: -0.25 }]],
    ],
    ['equal, forwards', capText('600,000'), movedCapText('600,000'), []],
    ['equal, backwards', movedCapText('600,000'), capText('600,000'), []],
    [
      'other words around it: a removal and an addition',
      capText('600,000'),
      movedCapText('800,000', 'Russia will keep a reserve of'),
      [
        ['term.removed', undefined],
        ['term.added', undefined],
      ],
    ],
  ])('%s', (_name, old, next, expected) => {
    expect(summaryOf(diffTexts(old, next))).toEqual(expected);
  });

  it('is one change with its delta, or none when equal, for any two figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (x, y) => {
        const [old, next] = [x * 1000, y * 1000];
        const format = (value: number) => value.toLocaleString('en-US');
        const diff = diffTexts(capText(format(old)), movedCapText(format(next)));
        const changes = termChanges(diff);
        if (old === next) {
          expect(changes).toEqual([]);
          return;
        }
        expect(changes.map((change) => change.kind)).toEqual(['term.changed']);
        expect(changes[0]).toMatchObject({
          before: { value: old },
          after: { value: next },
          delta: { absolute: next - old, relative: (next - old) / old },
        });
      }),
      RUNS,
    );
  });
});
