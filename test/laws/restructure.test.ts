// The alignment's laws over drafts whose later version was restructured as real redrafts are:
// points deleted, reworded, inserted and moved; a sub-point promoted to a point and a point
// demoted to a sub-point; a sub-point moved to another point; a point split in two and two
// merged; figures changed. Ids are authored (stable) or positional (as text import makes
// them), and texts repeat. Whatever the edits:
// - every provision of each draft, at every depth, is accounted for exactly once;
// - aligning the drafts the other way round swaps every pair, split and merge;
// - the diff reports what the alignment says, once: a provision added or removed exactly where
//   the alignment has one whose parent is paired, no change twice, no term counted twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignDrafts,
  type Change,
  type DraftAlignment,
  type DraftInput,
  diffDrafts,
  type ProvisionInput,
  type TermInput,
} from '../../src/index.js';
import { runsScaled } from '../support/runs.js';

const VOCABULARY = [
  'sovereignty',
  'ukraine',
  'forces',
  'capped',
  'sanctions',
  'lifted',
  'border',
  'region',
  'treaty',
  'guarantee',
  'peace',
  'frozen',
  'assets',
  'fund',
  'elections',
  'held',
];

/** A clause: a few words of the vocabulary, sometimes a figure, sometimes a repeated text. */
const clauseArbitrary = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 8 })
      .map((words) => `${words.join(' ')}.`),
  },
  { weight: 1, arbitrary: fc.constantFrom('Reserved.', 'The same clause again.', '') },
);

const termArbitrary = (key: string): fc.Arbitrary<TermInput> =>
  fc
    .record({
      found: fc.boolean(),
      value: fc.integer({ min: 1, max: 9 }).map((value) => value * 100),
      unit: fc.constantFrom('personnel', 'days', 'kilometres'),
    })
    .map(({ found, value, unit }) => ({
      key,
      kind: 'quantity',
      value,
      unit,
      bound: 'exact',
      ...(found ? { span: { start: 0, end: 1 }, context: `${unit} figure of the clause` } : {}),
    }));

interface Shape {
  text: string;
  term: TermInput | undefined;
  items: Shape[];
}

const shapeArbitrary: fc.Arbitrary<Shape[]> = fc.letrec((tie) => ({
  list: fc.array(tie('node'), { maxLength: 5 }),
  node: fc.record({
    text: clauseArbitrary,
    term: fc.option(termArbitrary('k'), { nil: undefined }),
    items: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([]), tie('list')),
  }),
})).list as fc.Arbitrary<Shape[]>;

/** Provisions with ids (authored, or positional and numbered by place) and unique term keys. */
function provisionsOf(
  shapes: readonly Shape[],
  positional: boolean,
  prefix = 'p',
): ProvisionInput[] {
  return shapes.map((shape, index) => {
    const id = `${prefix}${index + 1}`;
    return {
      id: positional ? id : `${shape.text.slice(0, 12)}~${id}`,
      ...(positional ? { positional: true } : {}),
      text: shape.text,
      ...(shape.term === undefined
        ? {}
        : { terms: [{ ...shape.term, key: `k.${id.replace(/[^a-z0-9]/g, '')}` }] }),
      ...(shape.items.length === 0
        ? {}
        : { items: provisionsOf(shape.items, positional, `${id}.`) }),
    };
  });
}

type Edit =
  | { kind: 'delete' | 'reword' | 'figure' | 'promote' | 'demote' | 'split' | 'merge'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'move'; at: number; to: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete', 'reword', 'figure', 'promote', 'demote', 'split', 'merge'),
    at: fc.nat(20),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(20), text: clauseArbitrary }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(20), to: fc.nat(20) }),
) as fc.Arbitrary<Edit>;

/** Applies an edit to a copy of the shapes (the top level, or the sub-points of one point). */
function edit(shapes: Shape[], change: Edit): Shape[] {
  const list = shapes.map((shape) => ({ ...shape, items: [...shape.items] }));
  if (list.length === 0)
    return change.kind === 'insert' ? [{ text: change.text, term: undefined, items: [] }] : list;
  const at = change.at % list.length;
  const here = list[at] as Shape;
  switch (change.kind) {
    case 'delete':
      list.splice(at, 1);
      break;
    case 'reword':
      list[at] = { ...here, text: here.text.replace(/^\w+/, 'amended') };
      break;
    case 'figure':
      if (here.term !== undefined && here.term.kind === 'quantity') {
        list[at] = { ...here, term: { ...here.term, value: here.term.value + 50 } };
      }
      break;
    case 'insert':
      list.splice(at, 0, { text: change.text, term: undefined, items: [] });
      break;
    case 'move': {
      const [moved] = list.splice(at, 1);
      list.splice(change.to % (list.length + 1), 0, moved as Shape);
      break;
    }
    case 'promote': {
      const [first, ...rest] = here.items;
      if (first !== undefined) list.splice(at, 1, { ...here, items: rest }, first);
      break;
    }
    case 'demote':
      if (at > 0) {
        const previous = list[at - 1] as Shape;
        list.splice(at - 1, 2, { ...previous, items: [...previous.items, here] });
      }
      break;
    case 'split': {
      const words = here.text.split(' ');
      if (words.length > 3 && here.items.length === 0) {
        const half = Math.ceil(words.length / 2);
        list.splice(
          at,
          1,
          { ...here, text: `${words.slice(0, half).join(' ')}.` },
          { text: words.slice(half).join(' '), term: undefined, items: [] },
        );
      }
      break;
    }
    case 'merge': {
      const next = list[at + 1];
      if (next !== undefined && here.items.length === 0 && next.items.length === 0) {
        list.splice(at, 2, { ...here, text: `${here.text} ${next.text}` });
      }
      break;
    }
  }
  return list;
}

/** A draft and a restructured later version, with authored or positional ids. */
const restructuredArbitrary: fc.Arbitrary<[DraftInput, DraftInput]> = fc
  .record({
    shapes: shapeArbitrary,
    edits: fc.array(fc.record({ deep: fc.nat(4), change: editArbitrary }), { maxLength: 6 }),
    positional: fc.boolean(),
  })
  .map(({ shapes, edits, positional }) => {
    let after = shapes;
    for (const { deep, change } of edits) {
      // Most edits at the top level, some inside one point's sub-points.
      const inside = deep > 0 && after.length > 0 ? deep % after.length : -1;
      const parent = inside === -1 ? undefined : after[inside];
      if (parent === undefined || parent.items.length === 0) {
        after = edit(after, change);
      } else {
        after = after.map((shape, index) =>
          index === inside ? { ...shape, items: edit(shape.items, change) } : shape,
        );
      }
    }
    return [
      { id: 'before', title: 'Before', provisions: provisionsOf(shapes, positional) },
      { id: 'after', title: 'After', provisions: provisionsOf(after, positional) },
    ];
  });

/** Every provision of a draft as a JSON Pointer. */
function pointersOf(draft: DraftInput): string[] {
  const pointers: string[] = [];
  const walk = (provisions: readonly ProvisionInput[], at: string) => {
    provisions.forEach((provision, index) => {
      pointers.push(`${at}/${index}`);
      walk(provision.items ?? [], `${at}/${index}/items`);
    });
  };
  walk(draft.provisions, '/provisions');
  return pointers;
}

function counted(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** The parent's pointer, or undefined at the top level. */
function parentOf(pointer: string): string | undefined {
  const at = pointer.lastIndexOf('/items/');
  return at === -1 ? undefined : pointer.slice(0, at);
}

const runs = runsScaled(0.5);

describe('alignment laws over restructured drafts', () => {
  it('accounts for every provision exactly once, at every depth', () => {
    fc.assert(
      fc.property(restructuredArbitrary, ([before, after]) => {
        const alignment = alignDrafts(before, after);
        const olds = [
          ...alignment.pairs.map((pair) => pair.before),
          ...alignment.splits.map((split) => split.before),
          ...alignment.merges.flatMap((merge) => merge.before),
          ...alignment.removed,
        ];
        const news = [
          ...alignment.pairs.map((pair) => pair.after),
          ...alignment.splits.flatMap((split) => split.after),
          ...alignment.merges.map((merge) => merge.after),
          ...alignment.added,
        ];
        expect(counted(olds)).toEqual(new Map(pointersOf(before).map((pointer) => [pointer, 1])));
        expect(counted(news)).toEqual(new Map(pointersOf(after).map((pointer) => [pointer, 1])));
      }),
      runs,
    );
  });

  it('mirrors: the drafts swapped swap every pair, split and merge', () => {
    const canonical = (alignment: DraftAlignment, swapped: boolean) => {
      const pair = (before: string, after: string) =>
        swapped ? `${after} ${before}` : `${before} ${after}`;
      return {
        pairs: alignment.pairs
          .map((p) => `${pair(p.before, p.after)} ${p.basis} ${p.similarity} ${p.moved}`)
          .sort(),
        splits: (swapped
          ? alignment.merges.map((m) => `${m.after} < ${m.before.join(',')}`)
          : alignment.splits.map((s) => `${s.before} < ${s.after.join(',')}`)
        ).sort(),
        merges: (swapped
          ? alignment.splits.map((s) => `${s.after.join(',')} > ${s.before}`)
          : alignment.merges.map((m) => `${m.before.join(',')} > ${m.after}`)
        ).sort(),
        removed: [...(swapped ? alignment.added : alignment.removed)].sort(),
        added: [...(swapped ? alignment.removed : alignment.added)].sort(),
      };
    };
    fc.assert(
      fc.property(restructuredArbitrary, ([before, after]) => {
        expect(canonical(alignDrafts(after, before), true)).toEqual(
          canonical(alignDrafts(before, after), false),
        );
      }),
      runs,
    );
  });

  it('the diff reports what the alignment says, each change and each term once', () => {
    fc.assert(
      fc.property(restructuredArbitrary, ([before, after]) => {
        const alignment = alignDrafts(before, after);
        const { changes } = diffDrafts(before, after);
        const pairedBefore = new Set(alignment.pairs.map((pair) => pair.before));
        const pairedAfter = new Set(alignment.pairs.map((pair) => pair.after));
        const topOrPaired = (pointer: string, paired: Set<string>) => {
          const parent = parentOf(pointer);
          return parent === undefined || paired.has(parent);
        };
        const paths = (kind: Change['kind']) =>
          changes
            .filter((change) => change.kind === kind)
            .map((change) => change.path)
            .sort();
        expect(paths('provision.removed')).toEqual(
          alignment.removed.filter((p) => topOrPaired(p, pairedBefore)).sort(),
        );
        expect(paths('provision.added')).toEqual(
          alignment.added.filter((p) => topOrPaired(p, pairedAfter)).sort(),
        );
        const keys = changes.map(
          (change) =>
            `${change.kind} ${change.path} ${'beforePath' in change ? change.beforePath : ''}`,
        );
        expect(new Set(keys).size).toBe(keys.length);
        const termsBefore: string[] = [];
        const termsAfter: string[] = [];
        for (const change of changes) {
          if (change.kind === 'term.changed') {
            termsBefore.push(change.beforePath);
            termsAfter.push(change.path);
          } else if (change.kind === 'term.removed') {
            termsBefore.push(change.path);
          } else if (change.kind === 'term.added') {
            termsAfter.push(change.path);
          }
        }
        expect(new Set(termsBefore).size).toBe(termsBefore.length);
        expect(new Set(termsAfter).size).toBe(termsAfter.length);
      }),
      runs,
    );
  });
});

describe('the restructured drafts these laws run on', () => {
  it('exercise pairs across levels, moves, splits, merges, additions and removals', () => {
    const seen = new Set<string>();
    for (const [before, after] of fc.sample(restructuredArbitrary, {
      seed: runs.seed,
      numRuns: 300,
    })) {
      const alignment = alignDrafts(before, after);
      for (const pair of alignment.pairs) {
        if (pair.moved) seen.add('moved');
        const depth = (pointer: string) => pointer.split('/items/').length;
        if (depth(pair.before) !== depth(pair.after)) seen.add('across levels');
      }
      if (alignment.splits.length > 0) seen.add('split');
      if (alignment.merges.length > 0) seen.add('merge');
      if (alignment.removed.length > 0) seen.add('removed');
      if (alignment.added.length > 0) seen.add('added');
    }
    expect([...seen].sort()).toEqual([
      'across levels',
      'added',
      'merge',
      'moved',
      'removed',
      'split',
    ]);
  });
});
