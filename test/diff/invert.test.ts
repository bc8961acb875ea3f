// invertChange and invertDiff on examples: each kind of change turned around, the one field
// the diff alone cannot turn around, and the argument checks. The law that the inverse is the
// backward diff, on random drafts, is in test/laws/mirror.test.ts.
import { describe, expect, it } from 'vitest';
import {
  type Change,
  diffDrafts,
  invertChange,
  invertDiff,
  type Provision,
} from '../../src/index.js';
import { capTerm, sampleDiff } from '../format/hand-built.js';
import { draftOf, point } from '../support/build.js';
import { invalidArgumentOf } from '../support/errors.js';

const sample = sampleDiff();
const byKind = (kind: Change['kind']): Change =>
  sample.changes.find((change) => change.kind === kind) as Change;

describe('invertChange', () => {
  it.each<[Change['kind'], Change['kind'], string]>([
    ['draft.changed', 'draft.changed', 'Title changed from "Counter-plan" to "Plan"'],
    ['provision.removed', 'provision.added', 'Point 3 was added ("NATO will not expand further.")'],
    ['provision.renumbered', 'provision.renumbered', 'Point 3 is now point 4'],
    ['provision.reworded', 'provision.reworded', 'Point 5 (now 6) was reworded (80% similar)'],
    [
      'term.changed',
      'term.changed',
      'Armed forces cap: at most 400,000 -> at most 600,000 personnel (+50%)',
    ],
    ['term.removed', 'term.added', 'Elections: 100 days (newly stated)'],
    ['term.added', 'term.removed', 'Reconstruction fund: no longer stated (was $100 billion)'],
  ])('%s becomes %s: %s', (kind, inverseKind, summary) => {
    const inverse = invertChange(byKind(kind));
    expect(inverse.kind).toBe(inverseKind);
    expect(inverse.summary).toBe(summary);
  });

  it('swaps the sides, the paths and the numbers of a renumbering', () => {
    expect(invertChange(byKind('provision.renumbered'))).toEqual({
      kind: 'provision.renumbered',
      path: '/provisions/3',
      provisionId: 'p4',
      beforePath: '/provisions/2',
      before: { id: 'p4', number: '3', text: 'Clause 4.' },
      after: { id: 'p4', number: '4', text: 'Clause 4.' },
      fromNumber: '3',
      toNumber: '4',
      summary: 'Point 3 is now point 4',
    });
  });

  it('works the delta out again against the other old value', () => {
    const inverse = invertChange(byKind('term.changed'));
    expect(inverse).toMatchObject({
      path: '/provisions/5/terms/0',
      beforePath: '/provisions/4/terms/0',
      before: capTerm(400_000),
      after: capTerm(600_000),
      aspects: ['value'],
      delta: { absolute: 200_000, relative: 0.5 },
    });
  });

  it('redlines the other way round, deletes before inserts', () => {
    const inverse = invertChange(byKind('provision.reworded'));
    expect(inverse.kind === 'provision.reworded' && inverse.hunks).toEqual([
      { op: 'equal', text: 'The armed forces are capped at ' },
      { op: 'delete', text: '400,000' },
      { op: 'insert', text: '600,000' },
      { op: 'equal', text: ' personnel' },
      { op: 'delete', text: ' in peacetime' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('turns a split into a merge and back', () => {
    // Ids that only reflect position, so the texts alone pair the points.
    const clause = (id: string, text: string) => ({ id, text, positional: true });
    const diff = diffDrafts(
      {
        id: 'a',
        title: 'A',
        provisions: [
          clause('a1', 'All parties cease fire now. All prisoners are exchanged at once.'),
        ],
      },
      {
        id: 'b',
        title: 'A',
        provisions: [
          clause('b1', 'All parties cease fire now.'),
          clause('b2', 'All prisoners are exchanged at once.'),
        ],
      },
    );
    const split = diff.changes.find((change) => change.kind === 'provision.split') as Change;
    expect(split).toBeDefined();
    const merged = invertChange(split);
    expect(merged).toMatchObject({
      kind: 'provision.merged',
      provisionId: 'a1',
      fromIds: ['b1', 'b2'],
      beforePaths: ['/provisions/0', '/provisions/1'],
      summary:
        '"All parties cease fire now." and "All prisoners are exchanged at once." were merged into "All parties cease fire now. All…"',
    });
    expect(invertChange(merged)).toEqual(split);
  });

  it('keeps the provisionId of a term change, which names the provision in the new draft only', () => {
    // Ids that are positions differ between the drafts: the backward diff names the other one.
    const a = draftOf('a', [point(1, 'The cap is 600,000.', { terms: [capTerm(600_000)] })]);
    const b = draftOf('b', [point(1, 'The cap is 400,000.', { terms: [capTerm(400_000)] })]);
    b.provisions[0] = { ...(b.provisions[0] as Provision), id: 'renamed' };
    const forward = diffDrafts(a, b).changes.find((change) => change.kind === 'term.changed');
    const backward = diffDrafts(b, a).changes.find((change) => change.kind === 'term.changed');
    expect(forward?.provisionId).toBe('renamed');
    expect(backward?.provisionId).toBe('p1');
    const inverse = invertChange(forward as Change);
    expect(inverse.kind === 'term.changed' && inverse.provisionId).toBe('renamed');
    expect({ ...inverse, provisionId: 'p1' }).toEqual(backward);
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'invertChange: change must be a change object, got null'],
    [
      'an unknown kind',
      { ...byKind('term.added'), kind: 'term.renamed' },
      'invertChange: change.kind must be one of CHANGE_KINDS, got "term.renamed"',
    ],
  ])('refuses %s', (_name, change, message) => {
    expect(invalidArgumentOf(() => invertChange(change as never)).message).toBe(message);
  });
});

describe('invertDiff', () => {
  it('swaps from and to, inverts each change in place and counts them again', () => {
    const inverse = invertDiff(sample);
    expect([inverse.from, inverse.to]).toEqual(['counter-draft', 'us-draft']);
    expect(inverse.changes.map((change) => change.kind)).toEqual(
      sample.changes.map((change) => invertChange(change).kind),
    );
    expect(inverse.stats).toMatchObject({
      'provision.added': 1,
      'provision.removed': 1,
      'term.added': 1,
      'term.removed': 1,
    });
  });

  it('refuses what is not a diff', () => {
    expect(invalidArgumentOf(() => invertDiff({ changes: [] } as never)).message).toBe(
      'invertDiff: diff.from must be a string, got undefined',
    );
  });
});
