import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDrafts, type Draft, type DraftAlignment, type Provision } from '../../src/index.js';
import { draftPairArbitrary } from '../support/arbitraries.js';
import { RUNS } from '../support/runs.js';

/** Every provision of a draft as a JSON Pointer, in document order. */
function pointersOf(draft: Draft): string[] {
  const pointers: string[] = [];
  const walk = (provisions: readonly Provision[], at: string) => {
    provisions.forEach((provision, index) => {
      pointers.push(`${at}/${index}`);
      walk(provision.items ?? [], `${at}/${index}/items`);
    });
  };
  walk(draft.provisions, '/provisions');
  return pointers;
}

/** The old and the new pointers an alignment mentions, each as often as it mentions it. */
function sidesOf(alignment: DraftAlignment): { before: string[]; after: string[] } {
  return {
    before: [
      ...alignment.pairs.map((pair) => pair.before),
      ...alignment.splits.map((split) => split.before),
      ...alignment.merges.flatMap((merge) => merge.before),
      ...alignment.removed,
    ],
    after: [
      ...alignment.pairs.map((pair) => pair.after),
      ...alignment.splits.flatMap((split) => split.after),
      ...alignment.merges.map((merge) => merge.after),
      ...alignment.added,
    ],
  };
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('alignDrafts', () => {
  it('pairs sub-points inside pairs and removes a provision with its sub-points', () => {
    const before = {
      id: 'old',
      title: 'Old',
      provisions: [
        { id: 'a', text: 'Ukraine keeps its sovereignty.' },
        {
          id: 'b',
          text: 'The guarantee:',
          items: [
            { id: 'b1', text: 'The guarantor is compensated.' },
            { id: 'b2', text: 'It lapses if Ukraine invades Russia.' },
          ],
        },
        { id: 'c', text: 'Elections are held within 100 days.', items: [{ id: 'c1', text: 'x' }] },
      ],
    };
    const after = {
      id: 'new',
      title: 'New',
      provisions: [
        { id: 'a', text: 'Ukraine keeps its sovereignty.' },
        { id: 'b', text: 'The guarantee:', items: [{ id: 'b2', text: 'It lapses.' }] },
      ],
    };
    expect(alignDrafts(before, after)).toEqual({
      pairs: [
        {
          before: '/provisions/0',
          after: '/provisions/0',
          basis: 'id',
          similarity: 1,
          moved: false,
        },
        {
          before: '/provisions/1',
          after: '/provisions/1',
          basis: 'id',
          similarity: 1,
          moved: false,
        },
        {
          before: '/provisions/1/items/1',
          after: '/provisions/1/items/0',
          basis: 'id',
          similarity: 1,
          moved: false,
        },
      ],
      splits: [],
      merges: [],
      removed: ['/provisions/1/items/0', '/provisions/2', '/provisions/2/items/0'],
      added: [],
    });
  });

  it('accounts for every provision of both drafts exactly once, at every depth', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const sides = sidesOf(alignDrafts(before, after));
        expect(sorted(sides.before)).toEqual(sorted(pointersOf(before)));
        expect(sorted(sides.after)).toEqual(sorted(pointersOf(after)));
      }),
      RUNS,
    );
  });
});
