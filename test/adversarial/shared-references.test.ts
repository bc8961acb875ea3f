// Shared (acyclic) references cost their distinct objects, not their paths. In
// `x(n) = { a: x(n-1), b: x(n-1) }` there are n + 1 distinct objects and 2^n paths to the
// innermost, so a walk that follows every path never finishes at 60 levels:
// each test below finishing is the assertion that no function walks the paths, and the counts
// (operations, objects built, members read) say exactly how much each does instead.
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  DraftdiffError,
  DraftValidationError,
  PatchError,
  parseDraft,
  toJsonPatch,
} from '../../src/index.js';
import { deepFreeze, reachableObjects } from '../patch/deep-freeze.js';
import { errorOf } from '../support/errors.js';

const LEVELS = 60;

/**
 * The walks remember an object holding at least REMEMBER_FROM (32) containers, and walk a
 * smaller one again at each place: `shared(4)` holds 30 on its 2^4 paths, `shared(5)` 62. So
 * the 5 levels at the bottom are copied, diffed and read once per place inside each copy of
 * level 5, and every level above once.
 */
const SMALL = 5;
/** Objects in one copy of level 5 written out as a tree: 1 + 2 + 4 + 8 + 16 + 32. */
const TREE_OF_SMALL = 2 ** (SMALL + 1) - 1;

interface Node {
  a?: Node;
  b?: Node;
  leaf?: number;
}

/** `{ a: x, b: x }` nested `levels` deep around `{ leaf }`: levels + 1 objects. */
function shared(levels: number, leaf = 1): Node {
  let node: Node = { leaf };
  for (let level = 0; level < levels; level++) node = { a: node, b: node };
  return node;
}

/**
 * The shape of a value built like `shared`, checked once per distinct object: its levels and
 * its one leaf value; fails on anything else. Linear, as the code under test must be.
 */
function shapeOf(value: Node): { levels: number; leaf: number } {
  const known = new Map<Node, { levels: number; leaf: number }>();
  const walk = (node: Node): { levels: number; leaf: number } => {
    const seen = known.get(node);
    if (seen !== undefined) return seen;
    let shape: { levels: number; leaf: number };
    if (Object.keys(node).join() === 'leaf') {
      shape = { levels: 0, leaf: node.leaf as number };
    } else {
      expect(Object.keys(node).sort()).toEqual(['a', 'b']);
      const [a, b] = [walk(node.a as Node), walk(node.b as Node)];
      expect(a).toEqual(b);
      shape = { levels: a.levels + 1, leaf: a.leaf };
    }
    known.set(node, shape);
    return shape;
  };
  return walk(value);
}

describe(`toJsonPatch on references shared at each of ${LEVELS} levels`, () => {
  it('finds no change between a value and itself or an equal value built apart', () => {
    expect(toJsonPatch(shared(LEVELS), shared(LEVELS))).toEqual([]);
    const value = shared(LEVELS);
    expect(toJsonPatch(value, value)).toEqual([]);
  });

  it('diffs each pair of large objects once: its changes at the first place, one replace at each later one', () => {
    const operations = toJsonPatch(shared(LEVELS), shared(LEVELS, 2));
    // The 2^5 leaves under the first place of level 5, then /b at each level above it.
    expect(operations).toHaveLength(2 ** SMALL + LEVELS - SMALL);
    const leaves = operations.slice(0, 2 ** SMALL);
    const top = '/a'.repeat(LEVELS - SMALL);
    for (const operation of leaves) {
      expect(operation).toEqual({ op: 'replace', path: expect.any(String), value: 2 });
      expect(operation.path).toMatch(new RegExp(`^${top}(/[ab]){${SMALL}}/leaf$`));
    }
    expect(new Set(leaves.map(({ path }) => path)).size).toBe(2 ** SMALL);
    operations.slice(2 ** SMALL).forEach((operation, index) => {
      expect(operation.op).toBe('replace');
      expect(operation.path).toBe(`${'/a'.repeat(LEVELS - SMALL - 1 - index)}/b`);
      const value = (operation as { value: Node }).value;
      expect(shapeOf(value)).toEqual({ levels: SMALL + index, leaf: 2 });
    });
  });

  it('compares elements of an array holding them by value, each object read once', () => {
    const before = [shared(LEVELS, 1), shared(LEVELS, 2), 7];
    const after = [shared(LEVELS, 2), 7, shared(LEVELS, 1)];
    const operations = toJsonPatch(before, after);
    expect(operations.map(({ op, path }) => `${op} ${path}`)).toEqual(['remove /0', 'add /2']);
    expect(shapeOf((operations[1] as { value: Node }).value)).toEqual({ levels: LEVELS, leaf: 1 });
    const result = applyPatch<[Node, number, Node]>(before, operations);
    expect([shapeOf(result[0]), result[1], shapeOf(result[2])]).toEqual([
      { levels: LEVELS, leaf: 2 },
      7,
      { levels: LEVELS, leaf: 1 },
    ]);
  });

  it('adds a shared value as one operation whose value keeps the sharing, sharing nothing with the input', () => {
    const value = shared(LEVELS);
    const [operation, ...rest] = toJsonPatch({}, { x: value });
    expect(rest).toEqual([]);
    const added = (operation as { value: Node }).value;
    expect(shapeOf(added)).toEqual({ levels: LEVELS, leaf: 1 });
    expect(reachableObjects(added).size).toBe(LEVELS - SMALL + TREE_OF_SMALL);
    const inputs = reachableObjects(value);
    expect([...reachableObjects(added)].filter((object) => inputs.has(object))).toEqual([]);
  });
});

describe(`applyPatch on references shared at each of ${LEVELS} levels`, () => {
  it('applies the patch toJsonPatch made, without touching the frozen input', () => {
    const before = deepFreeze(shared(LEVELS));
    const result = applyPatch<Node>(before, toJsonPatch(before, shared(LEVELS, 2)));
    expect(shapeOf(result)).toEqual({ levels: LEVELS, leaf: 2 });
    expect(shapeOf(before)).toEqual({ levels: LEVELS, leaf: 1 });
    const inputs = reachableObjects(before);
    expect([...reachableObjects(result)].filter((object) => inputs.has(object))).toEqual([]);
  });

  it.each([
    [{ op: 'remove', path: '/a/nope' }, 'path names a member that does not exist: "/a/nope"'],
    [
      { op: 'add', path: '/b/a/x/y', value: 1 },
      'path names a member that does not exist: "/b/a/x"',
    ],
    [{ op: 'copy', from: '/a/0', path: '/x' }, 'from names a member that does not exist: "/a/0"'],
  ])('refuses %j with its reason, never writing the document out as text', (operation, reason) => {
    // fast-json-patch's errors hold the document as JSON text: 2^60 paths' worth here.
    const error = errorOf(() => applyPatch(shared(LEVELS), [operation]), PatchError);
    expect(error.code).toBe('INVALID_PATCH');
    expect(error.message).toContain(reason);
  });

  it('copies the document once per object, and on a change only the shared objects on its path', () => {
    const before = deepFreeze(shared(LEVELS));
    const copied = LEVELS - SMALL + TREE_OF_SMALL;
    expect(reachableObjects(applyPatch(before, [])).size).toBe(copied);
    const result = applyPatch<Node>(before, [{ op: 'replace', path: '/a/a', value: { leaf: 2 } }]);
    // /a is copied before the change and { leaf: 2 } built; /a/b, /b and all below stay shared.
    expect(reachableObjects(result).size).toBe(copied + 2);
    const at = (...path: ('a' | 'b')[]) => path.reduce((node, key) => node[key] as Node, result);
    expect(at('a', 'a')).toEqual({ leaf: 2 });
    expect(shapeOf(at('a', 'b'))).toEqual({ levels: LEVELS - 2, leaf: 1 });
    expect(shapeOf(at('b'))).toEqual({ levels: LEVELS - 1, leaf: 1 });
    expect(at('a', 'b')).toBe(at('b', 'a'));
  });

  it('tests them against an equal value built apart, and against one that differs', () => {
    const tested = applyPatch<Node>(shared(LEVELS), [
      { op: 'test', path: '', value: shared(LEVELS) },
    ]);
    expect(shapeOf(tested)).toEqual({ levels: LEVELS, leaf: 1 });
    const error = errorOf(
      () => applyPatch(shared(LEVELS), [{ op: 'test', path: '', value: shared(LEVELS, 2) }]),
      DraftdiffError,
    );
    expect(error.message).toBe(
      'operation 0 (test ""): test failed: the value at path differs from the expected value',
    );
  });

  it('moves, removes and copies under shared objects change only the place named', () => {
    const result = applyPatch<Node>(shared(3), [
      { op: 'move', from: '/a/a/a', path: '/a/a/c' },
      { op: 'remove', path: '/b/b/b' },
      { op: 'copy', from: '/a/b', path: '/b/c' },
      { op: 'add', path: '/a/b/a/leaf', value: 5 },
    ]);
    const x1 = { a: { leaf: 1 }, b: { leaf: 1 } };
    expect(result).toEqual({
      a: { a: { b: { leaf: 1 }, c: { leaf: 1 } }, b: { a: { leaf: 5 }, b: { leaf: 1 } } },
      b: { a: x1, b: { a: { leaf: 1 } }, c: x1 },
    });
  });
});

/** `value` behind proxies that count every member read, at every level. */
function counted(value: Node): { value: Node; reads: () => number } {
  let reads = 0;
  const proxies = new Map<Node, Node>();
  const wrap = (node: Node): Node => {
    const known = proxies.get(node);
    if (known !== undefined) return known;
    const target: Node = {};
    for (const key of Object.keys(node) as (keyof Node)[]) {
      const member = node[key];
      (target as Record<string, unknown>)[key] = typeof member === 'object' ? wrap(member) : member;
    }
    const proxy = new Proxy(target, {
      get(object, key, receiver) {
        reads++;
        return Reflect.get(object, key, receiver);
      },
    });
    proxies.set(node, proxy);
    return proxy;
  };
  return { value: wrap(value), reads: () => reads };
}

describe(`parseDraft on references shared at each of ${LEVELS} levels`, () => {
  const base = { id: 'shared', title: 'Shared' };

  it('rejects an unknown field holding them, reading each large object once', () => {
    const { value, reads } = counted(shared(LEVELS));
    const error = errorOf(
      () => parseDraft({ ...base, provisions: [], extra: value }),
      DraftValidationError,
    );
    expect(error.issues).toEqual([{ path: '/extra', message: 'unknown field' }]);
    // The depth check reads a and b of each object above level 5 once, and inside level 5
    // those of each of its 31 objects with members a and b and the leaf of its 32 leaves.
    expect(reads()).toBe(2 * (LEVELS - SMALL) + 2 * (2 ** SMALL - 1) + 2 ** SMALL);
  });

  it('refuses sub-points shared at every level as too many provisions, counting each object once', () => {
    let provision: unknown = { id: 'p', text: 'A point.' };
    for (let level = 0; level < LEVELS; level++) {
      provision = { id: `p${level}`, text: 'A point.', items: [provision, provision] };
    }
    const error = errorOf(() => parseDraft({ ...base, provisions: [provision] }), DraftdiffError);
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toBe('draft has more than 200000 provisions');
  });

  it('still reports sub-points shared within the limit as duplicate ids', () => {
    const point = { id: 'p', text: 'A point.' };
    const error = errorOf(
      () => parseDraft({ ...base, provisions: [{ id: 'q', text: 'Q.', items: [point, point] }] }),
      DraftValidationError,
    );
    expect(error.issues).toEqual([
      {
        path: '/provisions/0/items/1/id',
        message: 'duplicate provision id "p" (first at /provisions/0/items/0)',
      },
    ]);
  });
});

/** `inner` wrapped in `levels` objects: `{ y: { y: ... inner } }`. */
function wrapped(levels: number, inner: unknown): unknown {
  let value = inner;
  for (let level = 0; level < levels; level++) value = { y: value };
  return value;
}

describe('an object shared by a shallow and a deep place is checked at the deep one', () => {
  // `{ x: {} }` walked first at /a, where it fits, is walked again where it stands deeper.
  const holder = (levels: number, shallowFirst: boolean) => {
    const inner = { x: {} };
    return shallowFirst
      ? { a: inner, b: wrapped(levels, inner) }
      : { b: wrapped(levels, inner), a: inner };
  };

  it.each([true, false])('by applyPatch and toJsonPatch (shallow place first: %s)', (first) => {
    expect(() => applyPatch(holder(197, first), [])).not.toThrow();
    for (const call of [
      () => applyPatch(holder(198, first), []),
      () => toJsonPatch(holder(198, first), {}),
    ]) {
      const error = errorOf(call, DraftdiffError);
      expect(error.code).toBe('LIMIT_EXCEEDED');
      expect(error.path).toBe(`/b${'/y'.repeat(198)}/x`);
    }
  });

  it.each([true, false])('by parseDraft (shallow place first: %s)', (first) => {
    const draft = (levels: number) => ({
      id: 'deep',
      title: 'Deep',
      provisions: [],
      extra: holder(levels, first),
    });
    expect(errorOf(() => parseDraft(draft(196)), DraftValidationError).issues).toEqual([
      { path: '/extra', message: 'unknown field' },
    ]);
    const error = errorOf(() => parseDraft(draft(197)), DraftdiffError);
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.path).toBe(`/extra/b${'/y'.repeat(197)}/x`);
  });
});
