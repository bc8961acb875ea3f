import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDrafts } from '../../src/diff/diff-drafts.js';
import { changelog, type Draft, type DraftInput, history, parseDraft } from '../../src/index.js';
import { cap, deepFreeze, draftOf, point } from '../support/build.js';
import { thrown } from '../support/errors.js';
import { RUNS } from '../support/runs.js';

function node(id: string, basedOn: string[] = [], date?: string): Draft {
  const extra: Partial<DraftInput> = basedOn.length > 0 ? { basedOn } : {};
  if (date !== undefined) extra.date = date;
  return parseDraft(draftOf(id, [point(1, 'One.')], extra));
}

const ids = (drafts: readonly Draft[]) => drafts.map((draft) => draft.id);

describe('history', () => {
  it('puts parents first, then the earliest date, then the id', () => {
    const drafts = [
      node('reply', ['leak'], '2025-11-20'),
      node('leak', [], '2025-11-22'),
      node('undated'),
      node('early', [], '2025-11-19'),
      node('b-same-day', [], '2025-11-22'),
    ];
    // "reply" is dated before its parent "leak", but a draft never precedes what it is based on.
    expect(ids(history(drafts))).toEqual(['early', 'b-same-day', 'leak', 'reply', 'undated']);
  });

  it('compares date-times as instants and a bare date as its midnight UTC', () => {
    const drafts = [
      node('late-evening-new-york', [], '2025-11-20T23:00:00-05:00'),
      node('next-day', [], '2025-11-21'),
      node('morning-utc', [], '2025-11-21T01:00:00Z'),
    ];
    expect(ids(history(drafts))).toEqual(['next-day', 'morning-utc', 'late-evening-new-york']);
  });

  it('places a draft with several parents after all of them', () => {
    const drafts = [
      node('merge', ['left', 'right'], '2025-11-02'),
      node('right', ['root'], '2025-11-05'),
      node('left', ['root'], '2025-11-03'),
      node('root', [], '2025-11-01'),
    ];
    expect(ids(history(drafts))).toEqual(['root', 'left', 'right', 'merge']);
  });

  it('returns a new array of the same draft objects and mutates nothing', () => {
    const drafts = deepFreeze([node('b', ['a']), node('a')]);
    const ordered = history(drafts);
    expect(ordered).not.toBe(drafts);
    expect(ordered[0]).toBe(drafts[1]);
    expect(ids(drafts)).toEqual(['b', 'a']);
  });

  it('rejects a cycle, naming the drafts in it', () => {
    const error = thrown(() =>
      history([node('a', ['c']), node('b', ['a']), node('c', ['b']), node('d', ['c']), node('e')]),
    );
    expect(error.code).toBe('LINEAGE_CYCLE');
    expect(error.message).toBe(
      'basedOn forms a cycle: "a" is based on "c" is based on "b" is based on "a"',
    );
  });

  it('rejects a draft based on itself (possible only without parseDraft)', () => {
    const self = { ...node('a'), basedOn: ['a'] };
    const error = thrown(() => history([self]));
    expect(error.code).toBe('LINEAGE_CYCLE');
    expect(error.message).toBe('basedOn forms a cycle: "a" is based on "a"');
  });

  it('rejects an unknown parent, with the JSON Pointer of the reference', () => {
    const error = thrown(() => history([node('a'), node('b', ['a', 'ghost'])]));
    expect(error.code).toBe('UNKNOWN_PARENT');
    expect(error.path).toBe('/1/basedOn/1');
    expect(error.message).toContain('"b" is based on "ghost"');
  });

  it('rejects two drafts with one id', () => {
    expect(thrown(() => history([node('a'), node('a')])).code).toBe('DUPLICATE_ID');
  });

  it('rejects basedOn that is not a list of ids', () => {
    const odd = { ...node('a'), basedOn: 'root' } as unknown as Draft;
    expect(thrown(() => history([odd])).code).toBe('INVALID_ARGUMENT');
  });

  it('law: a topological order, the same whatever the input order', () => {
    // A random DAG: draft i may be based on any earlier draft, so there is no cycle.
    const dag = fc
      .array(
        fc.record({
          parents: fc.array(fc.nat(20), { maxLength: 3 }),
          day: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 12 },
      )
      .map((specs) =>
        specs.map(({ parents, day }, index) =>
          node(
            `d${index}`,
            index === 0 ? [] : [...new Set(parents.map((parent) => `d${parent % index}`))],
            day === undefined ? undefined : `2025-11-0${day}`,
          ),
        ),
      );
    fc.assert(
      fc.property(
        dag.chain((drafts) =>
          fc.tuple(
            fc.constant(drafts),
            fc.shuffledSubarray(drafts, { minLength: drafts.length, maxLength: drafts.length }),
          ),
        ),
        ([drafts, shuffled]) => {
          const ordered = history(shuffled);
          expect(ids(ordered)).toEqual(ids(history(drafts)));
          expect([...ids(ordered)].sort()).toEqual([...ids(drafts)].sort());
          const place = new Map(ordered.map((draft, index) => [draft.id, index]));
          for (const draft of ordered) {
            for (const parent of draft.basedOn ?? []) {
              expect(place.get(parent) as number).toBeLessThan(place.get(draft.id) as number);
            }
          }
        },
      ),
      RUNS,
    );
  });
});

describe('changelog', () => {
  const v1 = parseDraft(
    draftOf(
      'v1',
      [
        point(1, 'Sovereignty is confirmed.'),
        point(2, 'The cap is 600,000.', { terms: [cap(600_000)] }),
      ],
      { date: '2025-11-01' },
    ),
  );
  const v2 = parseDraft(
    draftOf(
      'v2',
      [
        point(1, 'Sovereignty is confirmed.'),
        point(2, 'The cap is 500,000.', { terms: [cap(500_000)] }),
      ],
      { date: '2025-11-02', basedOn: ['v1'] },
    ),
  );
  const v3 = parseDraft(
    draftOf(
      'v3',
      [
        point(1, 'Sovereignty is confirmed.'),
        point(2, 'The cap is 400,000.', { terms: [cap(400_000)] }),
        point(3, 'Elections follow in 100 days.'),
      ],
      { date: '2025-11-03', basedOn: ['v2'] },
    ),
  );

  it('gives the diff of each edge of a three-version chain, in order', () => {
    const entries = changelog([v3, v1, v2]);
    expect(entries.map(({ from, to }) => [from, to])).toEqual([
      ['v1', 'v2'],
      ['v2', 'v3'],
    ]);
    expect(entries[0]?.diff).toEqual(diffDrafts(v1, v2));
    expect(entries[1]?.diff).toEqual(diffDrafts(v2, v3));
    const capChanges = entries.map((entry) =>
      entry.diff.changes
        .filter((change) => change.kind === 'term.changed')
        .map((change) => [
          change.key,
          change.before.kind === 'quantity' && change.before.value,
          change.after.kind === 'quantity' && change.after.value,
        ]),
    );
    expect(capChanges).toEqual([
      [['armed-forces.personnel-cap', 600_000, 500_000]],
      [['armed-forces.personnel-cap', 500_000, 400_000]],
    ]);
    expect(entries[1]?.diff.changes.some((change) => change.kind === 'provision.added')).toBe(true);
  });

  it('gives one entry per parent of a merge, parents in history order', () => {
    const merge = parseDraft(draftOf('merge', [point(1, 'Merged.')], { basedOn: ['v3', 'v1'] }));
    expect(changelog([merge, v1, v2, v3]).map(({ from, to }) => [from, to])).toEqual([
      ['v1', 'v2'],
      ['v2', 'v3'],
      ['v1', 'merge'],
      ['v3', 'merge'],
    ]);
  });

  it('is empty without edges, and throws what history throws', () => {
    expect(changelog([v1])).toEqual([]);
    expect(thrown(() => changelog([v2])).code).toBe('UNKNOWN_PARENT');
  });
});
