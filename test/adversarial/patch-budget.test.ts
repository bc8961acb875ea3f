// What applyPatch builds is bounded before it is built: a patch that doubles the document with
// every `copy` (an 881-byte patch once built 16 MB in 22 operations and ran the heap out in 30)
// stops at the operation that would pass `maxPatchNodes`, and one that nests the document a
// level deeper with every operation stops where the result would pass `maxDepth`. Both are
// LIMIT_EXCEEDED naming the operation. Counts, never time.
import { describe, expect, it } from 'vitest';
import { applyPatch, DEFAULT_LIMITS, DraftdiffError, PatchError } from '../../src/index.js';
import { resolveLimits } from '../../src/model/limits.js';
import { errorOf } from '../support/errors.js';

/** `count` copies of `/a` appended to `/a` itself: each doubles what `/a` holds. */
function doublings(count: number): { op: 'copy'; from: string; path: string }[] {
  return Array.from({ length: count }, () => ({ op: 'copy', from: '/a', path: '/a/-' }));
}

/** `count` copies of the whole document into its own `/x`: each nests it one level deeper. */
function nestings(count: number): { op: 'copy'; from: string; path: string }[] {
  return Array.from({ length: count }, () => ({ op: 'copy', from: '', path: '/x' }));
}

/** An object nested `levels` deep through `x`: `{ x: { x: ... {} } }`. */
function chain(levels: number): unknown {
  let value: unknown = {};
  for (let level = 1; level < levels; level++) value = { x: value };
  return value;
}

/** The error `call` throws, which must be a PatchError. */
function patchError(call: () => unknown): PatchError {
  return errorOf(call, PatchError);
}

describe('maxPatchNodes', () => {
  it('is a limit like the others, 5,000,000 by default', () => {
    expect(DEFAULT_LIMITS.maxPatchNodes).toBe(5_000_000);
    expect(resolveLimits({ maxPatchNodes: 10 }).maxPatchNodes).toBe(10);
    expect(() => resolveLimits({ maxPatchNodes: -1 })).toThrow(DraftdiffError);
  });

  it('refuses the 881-byte patch of 22 doubling copies at operation 21', () => {
    // { a: [1] } holds 3 values; after k copies /a holds 2^(k+1) and 2^(k+1) + 1 were built.
    const patch = doublings(22);
    expect(JSON.stringify(patch)).toHaveLength(881);
    const error = patchError(() => applyPatch({ a: [1] }, patch));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.operationIndex).toBe(21);
    expect(error.path).toBe('/a/-');
    expect(error.message).toBe(
      'operation 21 (copy from "/a" to "/a/-"): the values built would reach 8388609, past maxPatchNodes (5000000)',
    );
  });

  it('allows exactly the budget: 2,049 values admit 10 doublings, and refuse the 11th of 30', () => {
    const limits = { maxPatchNodes: 2 ** 11 + 1 };
    const result = applyPatch<{ a: unknown[] }>({ a: [1] }, doublings(10), { limits });
    expect(result.a).toHaveLength(11);
    expect(JSON.stringify(result).match(/1/g)).toHaveLength(2 ** 10);
    const error = patchError(() => applyPatch({ a: [1] }, doublings(30), { limits }));
    expect([error.code, error.operationIndex]).toEqual(['LIMIT_EXCEEDED', 10]);
    expect(error.message).toBe(
      'operation 10 (copy from "/a" to "/a/-"): the values built would reach 4097, past maxPatchNodes (2049)',
    );
  });

  it.each<[string, unknown, unknown[], number | undefined]>([
    // {} is 1 value; [1, 2, 3] is 4 more: 5 in all.
    ['an add that fits', {}, [{ op: 'add', path: '/x', value: [1, 2, 3] }], undefined],
    [
      'an add past it',
      {},
      [
        { op: 'add', path: '/x', value: [1, 2, 3] },
        { op: 'add', path: '/y', value: 0 },
      ],
      1,
    ],
    ['a replace past it', { x: 0 }, [{ op: 'replace', path: '/x', value: [1, 2, 3, 4] }], 0],
    // A small value shared by two places is built twice: [s, s] with s = [[]] is 1 + 2 + 2.
    [
      'a small shared value counted twice',
      {},
      [{ op: 'add', path: '/x', value: sharedPair(1) }],
      0,
    ],
    // A removal frees nothing: the budget counts what is built, not what is kept.
    [
      'a remove then an add',
      {},
      [
        { op: 'add', path: '/x', value: [1, 2, 3] },
        { op: 'remove', path: '/x' },
        { op: 'add', path: '/x', value: 1 },
      ],
      2,
    ],
    // `test` and `move` build nothing.
    [
      'tests and moves',
      { a: [1, 2, 3] },
      [
        { op: 'test', path: '/a', value: [1, 2, 3] },
        { op: 'move', from: '/a', path: '/b' },
      ],
      undefined,
    ],
  ])('with maxPatchNodes 5: %s', (_name, document, operations, failing) => {
    const run = () => applyPatch(document, operations, { limits: { maxPatchNodes: 5 } });
    if (failing === undefined) {
      expect(run).not.toThrow();
      return;
    }
    const error = patchError(run);
    expect([error.code, error.operationIndex]).toEqual(['LIMIT_EXCEEDED', failing]);
  });

  it('refuses a document that holds more than the budget before copying it', () => {
    const error = errorOf(
      () => applyPatch({ a: [1, 2, 3, 4, 5] }, [], { limits: { maxPatchNodes: 6 } }),
      DraftdiffError,
    );
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toBe('document holds 7 values, more than maxPatchNodes (6)');
  });
});

/** `[s, s]` where `s` is one array of `count` empty arrays. */
function sharedPair(count: number): unknown {
  const shared = Array.from({ length: count }, () => []);
  return [shared, shared];
}

it('counts once a shared value holding 32 containers or more, which is built once', () => {
  // [s, s] with s holding 32 arrays: 1 + 33 values; the document {} is 1 more.
  const operations = [{ op: 'add', path: '/x', value: sharedPair(32) }];
  const result = applyPatch<{ x: unknown[] }>({}, operations, { limits: { maxPatchNodes: 35 } });
  expect(result.x[0]).toBe(result.x[1]);
  const error = patchError(() => applyPatch({}, operations, { limits: { maxPatchNodes: 34 } }));
  expect(error.message).toBe(
    'operation 0 (add "/x"): the values built would reach 35, past maxPatchNodes (34)',
  );
});

describe('maxDepth on what a patch builds', () => {
  it('refuses the 200th of 300 nesting copies, and the 199 before it give 200 levels', () => {
    const error = patchError(() => applyPatch({}, nestings(300)));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.operationIndex).toBe(199);
    expect(error.message).toBe(
      'operation 199 (copy from "" to "/x"): the result would be nested deeper than 200 levels (maxDepth)',
    );
    // The deepest result allowed is one applyPatch itself accepts as a document.
    const deepest = applyPatch({}, nestings(199));
    expect(applyPatch(deepest, [])).toEqual(chain(200));
    expect(() => applyPatch(deepest, [{ op: 'add', path: '/y', value: 1 }])).not.toThrow();
  });

  const path59 = '/x'.repeat(59);
  it.each<[string, unknown, unknown, number | undefined]>([
    // A value of 140 levels at 60 segments: its deepest container at 199, the last allowed.
    [
      'an add that just fits',
      chain(60),
      { op: 'add', path: `${path59}/y`, value: chain(140) },
      undefined,
    ],
    [
      'an add one level too deep',
      chain(60),
      { op: 'add', path: `${path59}/y`, value: chain(141) },
      0,
    ],
    ['a replace too deep', chain(60), { op: 'replace', path: path59, value: chain(142) }, 0],
    [
      'a replace that fits',
      chain(60),
      { op: 'replace', path: path59, value: chain(141) },
      undefined,
    ],
    [
      'a copy too deep',
      { a: chain(150), b: chain(60) },
      { op: 'copy', from: '/a', path: `/b${path59}/y` },
      0,
    ],
    [
      'a move too deep',
      { a: chain(150), b: chain(60) },
      { op: 'move', from: '/a', path: `/b${path59}/y` },
      0,
    ],
    [
      'a move that fits',
      { a: chain(139), b: chain(60) },
      { op: 'move', from: '/a', path: `/b${path59}/y` },
      undefined,
    ],
    [
      'a move to a shallower place',
      { a: { b: chain(198) } },
      { op: 'move', from: '/a/b', path: '/c' },
      undefined,
    ],
  ])('%s', (_name, document, operation, failing) => {
    const run = () => applyPatch(document, [{ op: 'test', path: '', value: document }, operation]);
    if (failing === undefined) {
      expect(run).not.toThrow();
      return;
    }
    const error = patchError(run);
    expect([error.code, error.operationIndex]).toEqual(['LIMIT_EXCEEDED', failing + 1]);
    expect(error.message).toMatch(
      /the result would be nested deeper than 200 levels \(maxDepth\)$/,
    );
  });
});
