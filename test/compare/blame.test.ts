import { describe, expect, it } from 'vitest';
import {
  type BlameEntry,
  blame,
  type Draft,
  type DraftInput,
  parseDraft,
  type TermInput,
} from '../../src/index.js';
import { cap, deepFreeze, draftOf, point } from '../support/build.js';

const CAP = 'armed-forces.personnel-cap';

function version(
  id: string,
  date: string,
  terms: TermInput[],
  extra: Partial<DraftInput> = {},
): Draft {
  return parseDraft(
    draftOf(id, [point(6, 'Armed forces.', { terms })], {
      date,
      sources: [{ outlet: `Outlet ${id}`, kind: 'summary' }],
      ...extra,
    }),
  );
}

/** An entry reduced to draft, event, the value's figure and the drafts it is measured against. */
function brief(entry: BlameEntry) {
  const figure =
    entry.term === undefined
      ? undefined
      : entry.term.kind === 'quantity'
        ? `${entry.term.bound} ${entry.term.value}`
        : entry.term.kind;
  return [entry.draft, entry.event, figure, entry.previous.map((reference) => reference.draft)];
}

describe('blame', () => {
  // v1 states the cap; the summary v2 is silent; v3 (based on the summary) keeps it; v4 moves
  // it; v5, a complete draft, drops it; v6 marks it unaddressed. "rival" is an independent
  // account with no lineage, measured against the latest earlier statement.
  const drafts = [
    version('v1', '2025-11-01', [cap(600_000, { bound: 'at-most' })]),
    version('v2', '2025-11-02', [], { basedOn: ['v1'], coverage: 'partial' }),
    version('rival', '2025-11-02', [cap(500_000)]),
    version('v3', '2025-11-03', [cap(600_000, { bound: 'at-most' })], { basedOn: ['v2'] }),
    version('v4', '2025-11-04', [cap(400_000, { bound: 'about' })], { basedOn: ['v3'] }),
    version('v5', '2025-11-05', [], { basedOn: ['v4'] }),
    version('v6', '2025-11-06', [{ key: CAP, kind: 'unaddressed' }], { basedOn: ['v5'] }),
    version('v7', '2025-11-07', [], { basedOn: ['v6'], coverage: 'partial' }),
  ];

  it('names the first draft, each change, the drop, the unaddressed and the silent', () => {
    const story = blame([...drafts].reverse(), CAP);
    expect(story.key).toBe(CAP);
    expect(story.label).toBe('Armed forces cap');
    expect(story.firstStated).toBe('v1');
    expect(story.entries.map(brief)).toEqual([
      ['v1', 'stated', 'at-most 600000', []],
      ['rival', 'changed', 'exact 500000', ['v1']],
      ['v2', 'silent', undefined, []],
      ['v3', 'unchanged', 'at-most 600000', ['v1']],
      ['v4', 'changed', 'about 400000', ['v3']],
      ['v5', 'dropped', undefined, ['v4']],
      ['v6', 'unaddressed', 'unaddressed', ['v4']],
      ['v7', 'silent', undefined, []],
    ]);
  });

  it('keeps the term and its sources on every entry that states one', () => {
    const story = blame(drafts, CAP);
    const v4 = story.entries.find((entry) => entry.draft === 'v4');
    expect(v4).toEqual({
      draft: 'v4',
      event: 'changed',
      term: drafts[4]?.provisions[0]?.terms?.[0],
      previous: [{ draft: 'v3', term: drafts[3]?.provisions[0]?.terms?.[0] }],
      sources: [{ outlet: 'Outlet v4', kind: 'summary' }],
    });
    expect(story.entries.find((entry) => entry.draft === 'v5')?.sources).toEqual([]);
  });

  it('groups the drafts that state each value, bound included', () => {
    expect(blame(drafts, CAP).sides.map((side) => side.drafts)).toEqual([
      ['v1', 'v3'],
      ['rival'],
      ['v4'],
      ['v6'],
    ]);
  });

  it('counts a new bound as a change, and a first unaddressed as not a statement', () => {
    const story = blame(
      [
        version('a', '2025-11-01', [{ key: CAP, kind: 'unaddressed' }]),
        version('b', '2025-11-02', [cap(100)], { basedOn: ['a'] }),
        version('c', '2025-11-03', [cap(100, { bound: 'about' })], { basedOn: ['b'] }),
        version('d', '2025-11-04', [{ key: CAP, kind: 'unaddressed' }], { basedOn: ['a'] }),
      ],
      CAP,
    );
    expect(story.firstStated).toBe('b');
    expect(story.entries.map(brief)).toEqual([
      ['a', 'unaddressed', 'unaddressed', []],
      ['b', 'stated', 'exact 100', ['a']],
      ['c', 'changed', 'about 100', ['b']],
      ['d', 'unchanged', 'unaddressed', ['a']],
    ]);
  });

  it('measures a merge against every parent, listing the ones that differ', () => {
    const story = blame(
      [
        version('root', '2025-11-01', [cap(1)]),
        version('left', '2025-11-02', [cap(2)], { basedOn: ['root'] }),
        version('right', '2025-11-03', [cap(1)], { basedOn: ['root'] }),
        version('merge', '2025-11-04', [cap(1)], { basedOn: ['right', 'left'] }),
      ],
      CAP,
    );
    expect(story.entries.map(brief)).toEqual([
      ['root', 'stated', 'exact 1', []],
      ['left', 'changed', 'exact 2', ['root']],
      ['right', 'unchanged', 'exact 1', ['root']],
      ['merge', 'changed', 'exact 1', ['left']],
    ]);
  });

  it('is all silence for a key no draft states', () => {
    const story = blame(drafts, 'territory.kherson');
    expect(story.firstStated).toBeUndefined();
    expect(story.label).toBe('Territory kherson');
    expect(new Set(story.entries.map((entry) => entry.event))).toEqual(new Set(['silent']));
    expect(story.sides).toEqual([]);
  });

  it('rejects what is not a term key, and never mutates the drafts', () => {
    expect(() => blame(drafts, 'Armed Forces')).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => blame(drafts, 42 as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const frozen = deepFreeze(structuredClone(drafts));
    expect(blame(frozen, CAP)).toEqual(blame(drafts, CAP));
  });
});
