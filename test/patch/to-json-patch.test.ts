import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  DraftdiffError,
  type JsonPatchOperation,
  toJsonPatch,
} from '../../src/index.js';
import { deepFreeze, reachableObjects } from './deep-freeze.js';

interface Point {
  id: string;
  number: string;
  text: string;
}

/** A draft-shaped document with `count` provisions p1..pN. */
function plan(count: number): { id: string; title: string; provisions: Point[] } {
  return {
    id: 'plan',
    title: 'Framework',
    provisions: Array.from({ length: count }, (_, index) => ({
      id: `p${index + 1}`,
      number: String(index + 1),
      text: `Point ${index + 1} of the plan.`,
    })),
  };
}

function withProvisions(provisions: Point[]) {
  return { ...plan(0), provisions };
}

const base = plan(28);
const points = base.provisions;
const moved = [
  ...points.slice(0, 3),
  points[20] as Point,
  ...points.slice(3, 20),
  ...points.slice(21),
];
const inserted = { id: 'p0', number: '0', text: 'A new first point.' };

/** Rows of `[name, before, after, expected operations]`; every row also checks the round trip. */
const examples: [string, unknown, unknown, JsonPatchOperation[]][] = [
  ['identical documents', base, plan(28), []],
  [
    'one provision moved from 21 to 4 is one move',
    base,
    withProvisions(moved),
    [{ op: 'move', from: '/provisions/20', path: '/provisions/3' }],
  ],
  [
    'one provision inserted at the top is one add',
    base,
    withProvisions([inserted, ...points]),
    [{ op: 'add', path: '/provisions/0', value: inserted }],
  ],
  [
    'a reworded clause is one replace of its text',
    base,
    withProvisions(
      points.map((point) => (point.id === 'p6' ? { ...point, text: 'Reworded.' } : point)),
    ),
    [{ op: 'replace', path: '/provisions/5/text', value: 'Reworded.' }],
  ],
  [
    'a deleted provision is one remove, not renumbered replaces',
    base,
    withProvisions(points.filter((point) => point.id !== 'p3')),
    [{ op: 'remove', path: '/provisions/2' }],
  ],
  [
    'a moved and reworded provision is a move, then a replace at its new index',
    base,
    withProvisions(
      moved.map((point) => (point.id === 'p21' ? { ...point, text: 'Moved.' } : point)),
    ),
    [
      { op: 'move', from: '/provisions/20', path: '/provisions/3' },
      { op: 'replace', path: '/provisions/3/text', value: 'Moved.' },
    ],
  ],
  [
    'removals come first, highest index first, then moves, then adds',
    withProvisions(points.slice(0, 5)),
    withProvisions([points[4] as Point, inserted, points[0] as Point, points[2] as Point]),
    [
      { op: 'remove', path: '/provisions/3' },
      { op: 'remove', path: '/provisions/1' },
      { op: 'move', from: '/provisions/2', path: '/provisions/0' },
      { op: 'add', path: '/provisions/1', value: inserted },
    ],
  ],
  [
    'plain arrays: a longest common subsequence, pairs diffed in place',
    [1, 2, 3, 4, 5],
    [1, 9, 3, 5, 6],
    [
      { op: 'replace', path: '/1', value: 9 },
      { op: 'remove', path: '/3' },
      { op: 'add', path: '/4', value: 6 },
    ],
  ],
  [
    'plain arrays: an insertion among equal elements is one add',
    ['a', 'b', 'c'],
    ['a', 'x', 'b', 'c'],
    [{ op: 'add', path: '/1', value: 'x' }],
  ],
  [
    'arrays of objects without ids are diffed inside paired elements',
    [{ name: 'a', n: 1 }, { name: 'b' }],
    [{ name: 'a', n: 2 }, { name: 'b' }],
    [{ op: 'replace', path: '/0/n', value: 2 }],
  ],
  [
    'objects: keys in sorted order',
    { b: 1, a: 1, c: 1 },
    { c: 2, b: 1, d: 1 },
    [
      { op: 'remove', path: '/a' },
      { op: 'replace', path: '/c', value: 2 },
      { op: 'add', path: '/d', value: 1 },
    ],
  ],
  [
    'a changed type is one replace',
    { a: [1] },
    { a: { 0: 1 } },
    [{ op: 'replace', path: '/a', value: { 0: 1 } }],
  ],
  [
    'a scalar root is replaced at ""',
    'before',
    'after',
    [{ op: 'replace', path: '', value: 'after' }],
  ],
  [
    'keys with "~", "/" and "" are escaped (RFC 6901)',
    { '~1': 1, '/': 1, '': 1, 'a~/b': 1 },
    { '~1': 2, '/': 2, '': 2, 'a~/b': 2 },
    [
      { op: 'replace', path: '/', value: 2 },
      { op: 'replace', path: '/~1', value: 2 },
      { op: 'replace', path: '/a~0~1b', value: 2 },
      { op: 'replace', path: '/~01', value: 2 },
    ],
  ],
  [
    'a change under "__proto__" replaces the object that holds it',
    { keep: 1, inner: JSON.parse('{"__proto__": {"x": 1}, "y": 1}') },
    { keep: 1, inner: JSON.parse('{"__proto__": {"x": 2}, "y": 1}') },
    [{ op: 'replace', path: '/inner', value: JSON.parse('{"__proto__": {"x": 2}, "y": 1}') }],
  ],
  [
    'a "constructor" member added at the root replaces the root',
    { a: 1 },
    { a: 1, constructor: 'x' },
    [{ op: 'replace', path: '', value: { a: 1, constructor: 'x' } }],
  ],
  [
    'an unchanged "prototype" member does not stop a finer diff',
    { prototype: 1, a: 1 },
    { prototype: 1, a: 2 },
    [{ op: 'replace', path: '/a', value: 2 }],
  ],
  [
    'ids such as "__proto__" are data: a keyed move',
    [{ id: '__proto__' }, { id: 'constructor' }],
    [{ id: 'constructor' }, { id: '__proto__' }],
    [{ op: 'move', from: '/0', path: '/1' }],
  ],
];

describe('toJsonPatch examples', () => {
  it.each(examples)('%s', (_, before, after, expected) => {
    deepFreeze(before);
    deepFreeze(after);
    const operations = toJsonPatch(before, after);
    expect(operations).toStrictEqual(expected);
    expect(applyPatch(before, operations)).toStrictEqual(after);
  });

  it('shares no objects with its inputs', () => {
    const before = deepFreeze({ list: [{ a: [1] }] });
    const after = deepFreeze({ list: [{ a: [1] }], added: { deep: { value: [1, 2] } } });
    const operations = toJsonPatch(before, after);
    expect(operations).toStrictEqual([{ op: 'add', path: '/added', value: after.added }]);
    const shared = [...reachableObjects(operations)].filter(
      (object) => reachableObjects(before).has(object) || reachableObjects(after).has(object),
    );
    expect(shared).toStrictEqual([]);
  });

  it('gives the same operations whatever the key order of its inputs', () => {
    const one = toJsonPatch({ a: 1, b: { x: 1, y: 1 } }, { b: { y: 2, x: 2 }, c: 1 });
    const two = toJsonPatch({ b: { y: 1, x: 1 }, a: 1 }, { c: 1, b: { x: 2, y: 2 } });
    expect(two).toStrictEqual(one);
  });

  it('treats 0 and -0 as the same number', () => {
    expect(toJsonPatch({ a: -0 }, { a: 0 })).toStrictEqual([]);
  });
});

describe('toJsonPatch bounds', () => {
  it('replaces a plain array whole when its diff exceeds maxEditLength', () => {
    const operations = toJsonPatch([1, 2, 3, 4, 5], [5, 4, 3, 2, 1], {
      limits: { maxEditLength: 2 },
    });
    expect(operations).toStrictEqual([{ op: 'replace', path: '', value: [5, 4, 3, 2, 1] }]);
  });

  it('diffs the same arrays element-wise within the default budget (a shortest edit script)', () => {
    const operations = toJsonPatch([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]);
    expect(operations).toStrictEqual([
      { op: 'remove', path: '/0' },
      { op: 'remove', path: '/0' },
      { op: 'remove', path: '/0' },
      { op: 'remove', path: '/0' },
      { op: 'add', path: '/1', value: 4 },
      { op: 'add', path: '/2', value: 3 },
      { op: 'add', path: '/3', value: 2 },
      { op: 'add', path: '/4', value: 1 },
    ]);
    expect(applyPatch([1, 2, 3, 4, 5], operations)).toStrictEqual([5, 4, 3, 2, 1]);
  });

  it('matches a 10,000-provision keyed array through its ids: one add, one move, one replace', () => {
    const before = plan(10_000);
    const afterPoints = [...before.provisions];
    afterPoints.splice(2, 0, inserted);
    const [last] = afterPoints.splice(afterPoints.length - 1, 1);
    afterPoints.splice(5, 0, last as Point);
    afterPoints[7000] = { ...(afterPoints[7000] as Point), text: 'Changed.' };
    const after = withProvisions(afterPoints);
    const operations = toJsonPatch(before, after);
    expect(operations).toStrictEqual([
      { op: 'move', from: '/provisions/9999', path: '/provisions/4' },
      { op: 'add', path: '/provisions/2', value: inserted },
      { op: 'replace', path: '/provisions/7000/text', value: 'Changed.' },
    ]);
    expect(applyPatch(before, operations)).toStrictEqual(after);
  });
});

describe('toJsonPatch refuses what is not JSON', () => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  let deep: unknown = 'bottom';
  for (let level = 0; level < 100_000; level++) deep = { next: deep };

  it.each([
    ['undefined', undefined, 'INVALID_ARGUMENT', ''],
    ['NaN in an array', { a: [1, Number.NaN] }, 'INVALID_ARGUMENT', '/a/1'],
    ['Infinity', { a: Number.POSITIVE_INFINITY }, 'INVALID_ARGUMENT', '/a'],
    ['a Date', { when: new Date(0) }, 'INVALID_ARGUMENT', '/when'],
    ['a bigint', { n: 1n }, 'INVALID_ARGUMENT', '/n'],
    ['a function', { f: () => 1 }, 'INVALID_ARGUMENT', '/f'],
    ['an undefined member', { u: undefined }, 'INVALID_ARGUMENT', '/u'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the row.
    ['a sparse array', { s: [1, , 3] }, 'INVALID_ARGUMENT', '/s/1'],
    ['a cycle', cyclic, 'INVALID_ARGUMENT', '/self'],
    ['100,000 levels of nesting', deep, 'LIMIT_EXCEEDED', undefined],
  ])('%s', (_, value, code, path) => {
    for (const call of [() => toJsonPatch(value, {}), () => toJsonPatch({}, value)]) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DraftdiffError);
      expect((thrown as DraftdiffError).code).toBe(code);
      if (path !== undefined) expect((thrown as DraftdiffError).path).toBe(path);
    }
  });
});
