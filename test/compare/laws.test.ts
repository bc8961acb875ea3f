import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Comparison,
  type ComparisonRow,
  compareDrafts,
  type Draft,
  parseDraft,
  type TermInput,
} from '../../src/index.js';
import { draftArbitrary } from '../support/arbitraries.js';
import { RUNS } from '../support/runs.js';

/**
 * Drafts over a small pool of keys, each key with a few candidate values, so that rows agree,
 * disagree, are near, single and silent often (random keys from `draftArbitrary` rarely meet).
 */
const CANDIDATES: Record<string, TermInput[]> = {
  'armed-forces.personnel-cap': [
    {
      key: 'armed-forces.personnel-cap',
      kind: 'quantity',
      value: 600_000,
      unit: 'personnel',
      bound: 'at-most',
    },
    {
      key: 'armed-forces.personnel-cap',
      kind: 'quantity',
      value: 600_000,
      unit: 'personnel',
      bound: 'about',
    },
    {
      key: 'armed-forces.personnel-cap',
      kind: 'quantity',
      value: 400_000,
      unit: 'personnel',
      bound: 'about',
    },
  ],
  'territory.kherson': [
    { key: 'territory.kherson', kind: 'status', value: 'frozen-at-contact-line' },
    { key: 'territory.kherson', kind: 'unaddressed' },
  ],
  'elections.deadline': [
    { key: 'elections.deadline', kind: 'duration', value: 100, unit: 'days' },
    {
      key: 'elections.deadline',
      kind: 'duration',
      value: 100,
      unit: 'days',
      from: 'signing',
      label: 'Elections',
    },
  ],
  'mediation.facilitators': [
    { key: 'mediation.facilitators', kind: 'set', members: ['Qatar', 'Turkey'] },
    { key: 'mediation.facilitators', kind: 'set', members: ['Turkey', 'Qatar'] },
    { key: 'mediation.facilitators', kind: 'text', value: 'Qatar and Turkey' },
  ],
};
const KEYS = Object.keys(CANDIDATES);

const pooledDraft = (id: string) =>
  fc
    .record({
      coverage: fc.constantFrom('complete', 'partial'),
      // For each key: leave it out (-1), or pick a candidate and where to put it.
      picks: fc.array(fc.tuple(fc.integer({ min: -1, max: 2 }), fc.nat(3)), {
        minLength: KEYS.length,
        maxLength: KEYS.length,
      }),
    })
    .map(({ coverage, picks }) => {
      const provisions = [1, 2, 3, 4].map((number) => ({
        id: `p${number}`,
        number: String(number),
        text: `Point ${number}.`,
        terms: [] as TermInput[],
      }));
      const draftTerms: TermInput[] = [];
      picks.forEach(([pick, place], index) => {
        const candidates = CANDIDATES[KEYS[index] as string] as TermInput[];
        if (pick < 0) return;
        const term = candidates[pick % candidates.length] as TermInput;
        if (place === 3) draftTerms.push(term);
        else provisions[place]?.terms.push(term);
      });
      return parseDraft({ id, title: 'Framework', coverage, provisions, terms: draftTerms });
    });

const pooledDrafts = fc
  .integer({ min: 1, max: 5 })
  .chain((count) =>
    fc.tuple(...Array.from({ length: count }, (_, index) => pooledDraft(`d${index}`))),
  );

const randomDrafts = fc.uniqueArray(draftArbitrary, {
  selector: (draft) => draft.id,
  minLength: 1,
  maxLength: 4,
});

/** Both generators: drafts that share keys often, and arbitrary valid drafts. */
const someDrafts: fc.Arbitrary<Draft[]> = fc.oneof(pooledDrafts, randomDrafts);

/** A row with everything that depends on the column order put in a canonical order. */
function canonical(row: ComparisonRow) {
  return {
    key: row.key,
    label: row.label,
    agreement: row.agreement,
    near: row.near,
    note: row.note,
    values: sortKeys(row.values),
    sources: sortKeys(row.sources),
    sides: row.sides
      .map((side) => [...side.drafts].sort())
      .sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1)),
  };
}

function sortKeys<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function agreements(comparison: Comparison) {
  return comparison.rows.map((row) => [row.key, row.agreement, row.near, row.note, row.label]);
}

describe('compareDrafts: laws', () => {
  it('a draft compared with itself (under another id) agrees everywhere; alone, every row is single', () => {
    fc.assert(
      fc.property(someDrafts, (drafts) => {
        const draft = drafts[0] as Draft;
        const twin = { ...draft, id: `${draft.id}-twin` };
        for (const row of compareDrafts([draft, twin]).rows) {
          expect(row.agreement).toBe('agree');
          expect(row.near).toBeUndefined();
          expect(row.sides.map((side) => side.drafts)).toEqual([[draft.id, twin.id]]);
        }
        for (const row of compareDrafts([draft]).rows) expect(row.agreement).toBe('single');
      }),
      RUNS,
    );
  });

  it('the order of the drafts changes only the column order', () => {
    fc.assert(
      fc.property(
        someDrafts.chain((drafts) =>
          fc.tuple(
            fc.constant(drafts),
            fc.shuffledSubarray(drafts, { minLength: drafts.length, maxLength: drafts.length }),
          ),
        ),
        ([drafts, shuffled]) => {
          const original = compareDrafts(drafts);
          const reordered = compareDrafts(shuffled);
          expect(reordered.drafts).toEqual(shuffled.map((draft) => draft.id));
          expect(reordered.rows.map(canonical)).toEqual(original.rows.map(canonical));
          // Own keys, one per draft (their order is not the column order for ids such as "0":
          // JavaScript lists integer-like keys first, which is why `drafts` carries the order).
          for (const row of reordered.rows) {
            expect(Object.keys(row.values).sort()).toEqual([...reordered.drafts].sort());
          }
        },
      ),
      RUNS,
    );
  });

  it('adding a draft silent on everything changes no agreement', () => {
    fc.assert(
      fc.property(someDrafts, fc.nat(5), (drafts, at) => {
        const silent: Draft = {
          id: 'silent-draft',
          title: 'A summary that states no term',
          coverage: 'partial',
          provisions: [{ id: 'only', text: 'Nothing typed here.' }],
        };
        const others = drafts.filter((draft) => draft.id !== silent.id);
        const withSilent = [...others];
        withSilent.splice(at % (others.length + 1), 0, silent);
        const before = compareDrafts(others);
        const after = compareDrafts(withSilent);
        expect(agreements(after)).toEqual(agreements(before));
        after.rows.forEach((row, index) => {
          expect(row.values[silent.id]).toBe('silent');
          expect(row.sides).toEqual(before.rows[index]?.sides);
        });
      }),
      RUNS,
    );
  });

  it('rows are consistent: sides partition the drafts that speak, agreement follows from them', () => {
    fc.assert(
      fc.property(someDrafts, (drafts) => {
        const comparison = compareDrafts(drafts);
        const keys = comparison.rows.map((row) => row.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const row of comparison.rows) {
          const speaking = Object.entries(row.values)
            .filter(([, value]) => value !== 'silent')
            .map(([id]) => id);
          expect(row.sides.flatMap((side) => side.drafts).sort()).toEqual([...speaking].sort());
          expect(Object.keys(row.sources).sort()).toEqual([...speaking].sort());
          if (speaking.length === 1) expect(row.agreement).toBe('single');
          else if (row.sides.length === 1) expect(row.agreement).toBe('agree');
          else expect(row.agreement === 'disagree' || row.near === true).toBe(true);
          if (row.near === true) expect(row.agreement).toBe('agree');
        }
      }),
      RUNS,
    );
  });

  it('is pure: the same answer twice, inputs untouched', () => {
    fc.assert(
      fc.property(someDrafts, (drafts) => {
        const before = JSON.stringify(drafts);
        const first = compareDrafts(drafts);
        expect(JSON.stringify(drafts)).toBe(before);
        expect(JSON.stringify(compareDrafts(drafts))).toBe(JSON.stringify(first));
      }),
      RUNS,
    );
  });
});
