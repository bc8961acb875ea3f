import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  changesOf,
  type DraftDiff,
  diffDrafts,
  formatDiff,
  isChange,
  type ProvisionAddedChange,
  type ProvisionRemovedChange,
  type TermChangedChange,
} from '../../src/index.js';
import { draftPairArbitrary } from '../support/arbitraries.js';
import { cap, deepFreeze, draftOf, point, renumber } from '../support/build.js';
import { invalidArgumentOf } from '../support/errors.js';
import { RUNS } from '../support/runs.js';

const sovereignty = point(1, 'Ukraine sovereignty will be confirmed.');
const dialogue = point(3, 'Russia and NATO hold a dialogue mediated by the United States.');
const before = [
  sovereignty,
  point(2, 'Russia is expected not to invade its neighbours and NATO not to expand further.'),
  dialogue,
  point(4, 'The armed forces of Ukraine are capped at 600,000 personnel.', {
    terms: [cap(600_000, { bound: 'at-most' })],
  }),
];
const after = renumber([
  sovereignty,
  dialogue,
  point(4, 'The armed forces of Ukraine are capped at 400,000 personnel.', {
    terms: [cap(400_000, { bound: 'at-most' })],
  }),
  point(5, 'Ukraine receives reliable security guarantees.', { id: 'guarantees' }),
]);

/** Point 2 deleted, points 3-4 renumbered, the cap lowered, a point on guarantees added. */
const diff = deepFreeze(diffDrafts(draftOf('a', before), draftOf('b', after)));

/** The kind and the id or key of each change, to compare lists at a glance. */
const brief = (change: Change) => [
  change.kind,
  'key' in change ? change.key : 'provisionId' in change ? change.provisionId : undefined,
];

describe('changesOf', () => {
  it('the diff under test has the changes the rows below pick from', () => {
    expect(diff.changes.map(brief)).toEqual([
      ['provision.removed', 'p2'],
      ['provision.renumbered', 'p3'],
      ['provision.renumbered', 'p4'],
      ['provision.reworded', 'p4'],
      ['term.changed', 'armed-forces.personnel-cap'],
      ['provision.added', 'guarantees'],
    ]);
  });

  it.each<{ kinds: [ChangeKind, ...ChangeKind[]]; expected: unknown[] }>([
    { kinds: ['term.changed'], expected: [['term.changed', 'armed-forces.personnel-cap']] },
    {
      kinds: ['provision.renumbered'],
      expected: [
        ['provision.renumbered', 'p3'],
        ['provision.renumbered', 'p4'],
      ],
    },
    {
      // In the diff's order, whatever the order of the kinds asked for.
      kinds: ['provision.added', 'provision.removed'],
      expected: [
        ['provision.removed', 'p2'],
        ['provision.added', 'guarantees'],
      ],
    },
    { kinds: ['term.added', 'draft.changed'], expected: [] },
  ])('$kinds', ({ kinds, expected }) => {
    expect(changesOf(diff, ...kinds).map(brief)).toEqual(expected);
  });

  it('gives the diff’s own change objects in a fresh array', () => {
    const [cap] = changesOf(diff, 'term.changed');
    expect(cap).toBe(diff.changes[4]);
    expect(cap?.delta).toEqual({ absolute: -200_000, relative: -1 / 3 });
    const all = changesOf(diff, ...CHANGE_KINDS);
    expect(all).toEqual(diff.changes);
    expect(all).not.toBe(diff.changes);
  });

  it('is typed by the kinds asked for', () => {
    expectTypeOf(changesOf(diff, 'term.changed')).toEqualTypeOf<TermChangedChange[]>();
    expectTypeOf(changesOf(diff, 'provision.added', 'provision.removed')).toEqualTypeOf<
      (ProvisionAddedChange | ProvisionRemovedChange)[]
    >();
    // @ts-expect-error: not a change kind
    expect(() => changesOf(diff, 'term.modified')).toThrow();
  });

  it.each([
    {
      call: () => changesOf(null as unknown as DraftDiff, 'term.changed'),
      message: 'changesOf: diff must be a DraftDiff (the result of diffDrafts), got null',
    },
    {
      call: () => changesOf({ from: 'a', to: 'b', changes: [7] } as never, 'term.changed'),
      message: 'changesOf: diff.changes[0] must be a change object, got 7',
    },
    {
      call: () => changesOf(withChanges({ kind: 'term.modified' }), 'term.changed'),
      message: 'changesOf: diff.changes[0].kind must be one of CHANGE_KINDS, got "term.modified"',
    },
    {
      // A change it returns is read in full, and named by its place in the diff.
      call: () => changesOf(withChanges({ kind: 'term.changed' }), 'term.changed'),
      message: 'changesOf: diff.changes[0].before must be a term object, got undefined',
    },
    {
      call: () => changesOf({ ...diff, to: 7 } as never, 'term.changed'),
      message: 'changesOf: diff.to must be a string, got 7',
    },
    {
      call: () => (changesOf as (diff: DraftDiff) => Change[])(diff),
      message: 'changesOf: argument 2 must be a change kind (one of CHANGE_KINDS), got nothing',
    },
    {
      call: () => changesOf(diff, 'term.changed', 'term.modified' as ChangeKind),
      message: 'changesOf: argument 3 must be one of CHANGE_KINDS, got "term.modified"',
    },
  ])('$message', ({ call, message }) => {
    expect(invalidArgumentOf(call).message).toBe(message);
  });

  it('reads a change it does not return for its kind only; formatDiff, which reads it, refuses it', () => {
    const broken = withChanges(diff.changes[4], { kind: 'provision.removed' });
    expect(changesOf(broken, 'term.changed')).toEqual([diff.changes[4]]);
    expect(invalidArgumentOf(() => formatDiff(broken, 'text')).message).toBe(
      'formatDiff: diff.changes[1].before must be a provision object, got undefined',
    );
  });
});

/** The diff under test with these changes instead of its own (possibly not changes at all). */
function withChanges(...changes: unknown[]): DraftDiff {
  return { ...diff, changes } as never;
}

describe('isChange', () => {
  it('narrows a change to the kinds asked for', () => {
    const change: Change = diff.changes[4] as Change;
    expect(isChange(change, 'term.changed')).toBe(true);
    expect(isChange(change, 'term.added', 'term.removed')).toBe(false);
    if (isChange(change, 'term.changed')) {
      expectTypeOf(change).toEqualTypeOf<TermChangedChange>();
      expect(change.aspects).toEqual(['value']);
    }
  });

  it.each([
    {
      call: () => isChange(undefined as unknown as Change, 'term.changed'),
      message: 'isChange: argument 1 must be a change object, got undefined',
    },
    {
      call: () => isChange(diff.changes[0] as Change, 'renumbered' as ChangeKind),
      message: 'isChange: argument 2 must be one of CHANGE_KINDS, got "renumbered"',
    },
  ])('$message', ({ call, message }) => {
    expect(invalidArgumentOf(call).message).toBe(message);
  });
});

describe('laws', () => {
  const kindsArbitrary = fc.uniqueArray(fc.constantFrom(...CHANGE_KINDS), {
    minLength: 1,
    maxLength: CHANGE_KINDS.length,
  }) as fc.Arbitrary<[ChangeKind, ...ChangeKind[]]>;

  it('changesOf keeps exactly the changes of the kinds asked for, in order, as isChange says; the kinds partition a diff', () => {
    fc.assert(
      fc.property(draftPairArbitrary, kindsArbitrary, ([a, b], kinds) => {
        const diff = diffDrafts(a, b);
        const wanted = diff.changes.filter((change) => kinds.includes(change.kind));
        expect(changesOf(diff, ...kinds)).toEqual(wanted);
        expect(diff.changes.filter((change) => isChange(change, ...kinds))).toEqual(wanted);
        const counts = CHANGE_KINDS.map((kind) => changesOf(diff, kind).length);
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(diff.changes.length);
      }),
      RUNS,
    );
  });
});
