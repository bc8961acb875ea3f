import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  applyPatch,
  type Draft,
  DraftdiffError,
  type JsonValue,
  PatchError,
} from '../../src/index.js';
import { deepFreeze, reachableObjects } from './deep-freeze.js';

const prototypeMembers = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  // No patch may reach Object.prototype, whatever it throws or returns.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(prototypeMembers);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/** Runs `call` and returns what it threw (failing the test when it returns). */
function thrownBy(call: () => unknown): PatchError {
  try {
    call();
  } catch (error) {
    return error as PatchError;
  }
  throw new Error('expected an error, got a result');
}

const doc = () => deepFreeze({ a: { b: 1 }, list: [1, 2, 3], obj: { '01': 'x' } });

describe('the type of the result', () => {
  it('is JsonValue, or the type the caller names (not checked)', () => {
    const draft: Draft = { id: 'd', title: 'D', coverage: 'complete', provisions: [] };
    expectTypeOf(applyPatch(draft, [])).toEqualTypeOf<JsonValue>();
    const patched = applyPatch<Draft>(draft, [{ op: 'replace', path: '/title', value: 'E' }]);
    expectTypeOf(patched).toEqualTypeOf<Draft>();
    expect(patched.title).toBe('E');
  });
});

describe('applyPatch examples', () => {
  it.each<[string, unknown, unknown[], unknown]>([
    ['add appends with "-"', [1], [{ op: 'add', path: '/-', value: 2 }], [1, 2]],
    ['add inserts before an index', [1, 3], [{ op: 'add', path: '/1', value: 2 }], [1, 2, 3]],
    ['move within an array', [1, 2, 3], [{ op: 'move', from: '/0', path: '/2' }], [2, 3, 1]],
    ['move to "-"', [1, 2, 3], [{ op: 'move', from: '/0', path: '/-' }], [2, 3, 1]],
    ['move onto the root', { a: { b: 1 } }, [{ op: 'move', from: '/a', path: '' }], { b: 1 }],
    [
      'copy the root into itself',
      { a: 1 },
      [{ op: 'copy', from: '', path: '/b' }],
      { a: 1, b: { a: 1 } },
    ],
    [
      '"01" is an ordinary key of an object',
      { '01': 1 },
      [{ op: 'replace', path: '/01', value: 2 }],
      { '01': 2 },
    ],
    ['"-" is an ordinary key of an object', {}, [{ op: 'add', path: '/-', value: 1 }], { '-': 1 }],
    [
      'an inherited name is not a member',
      {},
      [{ op: 'add', path: '/toString', value: 1 }],
      { toString: 1 },
    ],
    ['replace the root with a scalar', { a: 1 }, [{ op: 'replace', path: '', value: 7 }], 7],
    ['-0 in a value is written as 0', {}, [{ op: 'add', path: '/z', value: -0 }], { z: 0 }],
    // Where fast-json-patch 3.1.1 would fail (src/patch/fast-json-patch-adapter.ts):
    [
      'test an object with a member named hasOwnProperty',
      { a: { hasOwnProperty: 1 } },
      [{ op: 'test', path: '/a', value: { hasOwnProperty: 1 } }],
      { a: { hasOwnProperty: 1 } },
    ],
  ])('%s', (_, document, operations, expected) => {
    expect(applyPatch(deepFreeze(document), deepFreeze(operations))).toStrictEqual(expected);
  });

  it('keeps a "__proto__" member of a value as data, never as a prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
    const result = applyPatch({}, [{ op: 'add', path: '/a', value }]) as {
      a: Record<string, unknown>;
    };
    expect(Object.getPrototypeOf(result.a)).toBe(Object.prototype);
    expect(Object.keys(result.a)).toStrictEqual(['__proto__', 'x']);
    expect(result.a.polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(result.a, '__proto__')?.value).toStrictEqual({
      polluted: true,
    });
  });

  it('refuses a move to an index past the end once the value is removed', () => {
    // fast-json-patch's own move would append: [2, 1].
    const error = thrownBy(() =>
      applyPatch({ a: [1, 2] }, [{ op: 'move', from: '/a/0', path: '/a/2' }]),
    );
    expect(error.message).toBe(
      'operation 0 (move from "/a/0" to "/a/2"): path has array index 2, out of bounds for length 1',
    );
  });

  it.each([
    ['a member named hasOwnProperty', { hasOwnProperty: 1 }],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { x: 1 })],
  ])('tests against an expected value holding %s', (_, expected) => {
    // fast-json-patch 3.1.1 calls the expected value's own `hasOwnProperty` here.
    const document = { a: { ...expected } };
    expect(applyPatch(document, [{ op: 'test', path: '/a', value: expected }])).toStrictEqual(
      document,
    );
    const error = thrownBy(() =>
      applyPatch({ a: { other: 1 } }, [{ op: 'test', path: '/a', value: expected }]),
    );
    expect(error.message).toBe(
      'operation 0 (test "/a"): test failed: the value at path differs from the expected value',
    );
  });

  it.each([5, 'text', null, true])('refuses a path into a document that is %j', (document) => {
    // fast-json-patch would assign to the primitive: a TypeError, or nothing at all.
    const error = thrownBy(() => applyPatch(document, [{ op: 'add', path: '/0', value: 1 }]));
    expect(error.code).toBe('INVALID_PATCH');
    expect(error.message).toBe(
      'operation 0 (add "/0"): path goes through "", which is not an object or array',
    );
    expect(applyPatch(document, [{ op: 'replace', path: '', value: 1 }])).toBe(1);
  });

  it('tests objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { x: 1 });
    expect(applyPatch({ a: bare }, [{ op: 'test', path: '/a', value: { x: 1 } }])).toStrictEqual({
      a: { x: 1 },
    });
  });

  it('copies onto the root a copy, not the value it copied', () => {
    const document = { a: { b: [1] } };
    const result = applyPatch(document, [
      { op: 'copy', from: '/a', path: '' },
    ]) as typeof document.a;
    expect(result).toStrictEqual({ b: [1] });
    expect(result).not.toBe(document.a);
    expect(result.b).not.toBe(document.a.b);
  });

  it('copies a document carrying a "__proto__" member without changing prototypes', () => {
    const document = JSON.parse('{"__proto__": {"polluted": true}, "keep": 1}');
    const result = applyPatch(document, [{ op: 'remove', path: '/keep' }]) as object;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toStrictEqual(['__proto__']);
  });
});

describe('applyPatch never mutates and never shares', () => {
  it('leaves deep-frozen inputs as they were and returns fresh objects', () => {
    const document = doc();
    const snapshot = structuredClone(document);
    const value = deepFreeze({ deep: [{ x: 1 }] });
    const operations = deepFreeze([
      { op: 'add', path: '/added', value },
      { op: 'copy', from: '/a', path: '/copied' },
      { op: 'move', from: '/list/0', path: '/list/-' },
      { op: 'replace', path: '/a/b', value: 2 },
      { op: 'test', path: '/copied', value: { b: 1 } },
    ]);
    const result = applyPatch(document, operations) as Record<string, unknown>;
    expect(result).toStrictEqual({
      a: { b: 2 },
      list: [2, 3, 1],
      obj: { '01': 'x' },
      added: { deep: [{ x: 1 }] },
      copied: { b: 1 },
    });
    expect(document).toStrictEqual(snapshot);
    const inputs = new Set([...reachableObjects(document), ...reachableObjects(operations)]);
    expect([...reachableObjects(result)].filter((object) => inputs.has(object))).toStrictEqual([]);
  });

  it('returns a copy even for an empty patch', () => {
    const document = doc();
    const result = applyPatch(document, []);
    expect(result).toStrictEqual(document);
    expect(result).not.toBe(document);
  });

  it('applies nothing when a later operation fails', () => {
    const document = { a: 1 };
    expect(() =>
      applyPatch(document, [
        { op: 'replace', path: '/a', value: 2 },
        { op: 'test', path: '/a', value: 1 },
      ]),
    ).toThrow(PatchError);
    expect(document).toStrictEqual({ a: 1 });
  });
});

let deepDocument: unknown = 0;
for (let level = 0; level < 100_000; level++) deepDocument = [deepDocument];
const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
const patchWithHole: unknown[] = [{ op: 'add', path: '/x', value: 1 }];
patchWithHole.length = 2;

/** `[name, patch, code, operationIndex, message fragment]`: every hostile patch and its error. */
const hostile: [string, unknown, string, number | undefined, string][] = [
  [
    '__proto__ in path',
    [{ op: 'add', path: '/__proto__/polluted', value: 1 }],
    'FORBIDDEN_KEY',
    0,
    '"__proto__"',
  ],
  [
    '__proto__ deeper in path',
    [{ op: 'replace', path: '/a/__proto__', value: {} }],
    'FORBIDDEN_KEY',
    0,
    '"__proto__"',
  ],
  [
    'constructor/prototype in path',
    [{ op: 'add', path: '/constructor/prototype/polluted', value: 1 }],
    'FORBIDDEN_KEY',
    0,
    '"constructor"',
  ],
  [
    'prototype in path',
    [{ op: 'add', path: '/a/prototype', value: 1 }],
    'FORBIDDEN_KEY',
    0,
    '"prototype"',
  ],
  [
    '__proto__ in from (move)',
    [{ op: 'move', from: '/__proto__', path: '/x' }],
    'FORBIDDEN_KEY',
    0,
    'from',
  ],
  [
    'constructor in from (copy)',
    [{ op: 'copy', from: '/constructor', path: '/x' }],
    'FORBIDDEN_KEY',
    0,
    'from',
  ],
  [
    'a forbidden segment after valid operations',
    [
      { op: 'add', path: '/x', value: 1 },
      { op: 'add', path: '/y', value: 2 },
      JSON.parse('{"op": "add", "path": "/__proto__/polluted", "value": true}'),
    ],
    'FORBIDDEN_KEY',
    2,
    'operation 2',
  ],
  ['unknown op', [{ op: 'spam', path: '/a', value: 1 }], 'INVALID_PATCH', 0, 'unknown op "spam"'],
  [
    'fast-json-patch internal op _get',
    [{ op: '_get', path: '/a' }],
    'INVALID_PATCH',
    0,
    'unknown op "_get"',
  ],
  ['op of the wrong type', [{ op: 1, path: '/a' }], 'INVALID_PATCH', 0, 'op is a number'],
  ['op missing', [{ path: '/a', value: 1 }], 'INVALID_PATCH', 0, 'missing op'],
  ['path missing', [{ op: 'remove' }], 'INVALID_PATCH', 0, 'path is missing'],
  ['path not a string', [{ op: 'remove', path: 1 }], 'INVALID_PATCH', 0, 'path is missing'],
  [
    'path without a leading slash',
    [{ op: 'remove', path: 'a' }],
    'INVALID_PATCH',
    0,
    'not a JSON Pointer',
  ],
  [
    'path with a bad escape',
    [{ op: 'remove', path: '/a~2' }],
    'INVALID_PATCH',
    0,
    'not a JSON Pointer',
  ],
  ['value missing', [{ op: 'add', path: '/x' }], 'INVALID_PATCH', 0, 'value is missing'],
  [
    'value undefined',
    [{ op: 'replace', path: '/a', value: undefined }],
    'INVALID_PATCH',
    0,
    'value is missing',
  ],
  ['value with NaN', [{ op: 'add', path: '/x', value: [Number.NaN] }], 'INVALID_PATCH', 0, 'NaN'],
  [
    'value with a Date',
    [{ op: 'add', path: '/x', value: { d: new Date(0) } }],
    'INVALID_PATCH',
    0,
    'not plain',
  ],
  ['value with a cycle', [{ op: 'add', path: '/x', value: cyclic }], 'INVALID_PATCH', 0, 'cycle'],
  ['from missing', [{ op: 'move', path: '/x' }], 'INVALID_PATCH', 0, 'from is missing'],
  [
    'leading-zero array index',
    [{ op: 'replace', path: '/list/01', value: 9 }],
    'INVALID_PATCH',
    0,
    'leading zeros',
  ],
  [
    'leading-zero index in from',
    [{ op: 'copy', from: '/list/00', path: '/x' }],
    'INVALID_PATCH',
    0,
    'leading zeros',
  ],
  ['non-numeric array index', [{ op: 'remove', path: '/list/1e0' }], 'INVALID_PATCH', 0, '"1e0"'],
  [
    'array index past the end',
    [{ op: 'add', path: '/list/4', value: 9 }],
    'INVALID_PATCH',
    0,
    'out of bounds',
  ],
  // fast-json-patch 3.1.1 reads these wrongly; applyPatch checks them before it is called.
  [
    'leading-zero index in test (fast-json-patch reads /list/01 as /list/1)',
    [{ op: 'test', path: '/list/01', value: 2 }],
    'INVALID_PATCH',
    0,
    'leading zeros',
  ],
  [
    'an index of 2^32 (fast-json-patch truncates it to 0 and inserts first)',
    [{ op: 'add', path: '/list/4294967296', value: 9 }],
    'INVALID_PATCH',
    0,
    'array index 4294967296, out of bounds for length 3',
  ],
  [
    'an index of 2^32 + 1 in test (fast-json-patch compares /list/1)',
    [{ op: 'test', path: '/list/4294967297', value: 2 }],
    'INVALID_PATCH',
    0,
    'out of bounds',
  ],
  [
    'an empty array index (fast-json-patch reads it as 0)',
    [{ op: 'add', path: '/list/', value: 9 }],
    'INVALID_PATCH',
    0,
    'path has "" where an array index is expected',
  ],
  [
    'replacing an inherited member (fast-json-patch takes it for an existing one)',
    [{ op: 'replace', path: '/toString', value: 1 }],
    'INVALID_PATCH',
    0,
    'path names a member that does not exist: "/toString"',
  ],
  [
    'copying from an inherited member',
    [{ op: 'copy', from: '/a/valueOf', path: '/x' }],
    'INVALID_PATCH',
    0,
    'from names a member that does not exist: "/a/valueOf"',
  ],
  [
    'moving from an inherited member',
    [{ op: 'move', from: '/hasOwnProperty', path: '/x' }],
    'INVALID_PATCH',
    0,
    'from names a member that does not exist',
  ],
  [
    "copy to an index past the end (fast-json-patch's own copy appends)",
    [{ op: 'copy', from: '/a', path: '/list/4' }],
    'INVALID_PATCH',
    0,
    'path has array index 4, out of bounds for length 3',
  ],
  [
    'copy from a missing member',
    [{ op: 'copy', from: '/a/c', path: '/x' }],
    'INVALID_PATCH',
    0,
    'from names a member that does not exist: "/a/c"',
  ],
  [
    'move from a missing member onto itself',
    [{ op: 'move', from: '/nope', path: '/nope' }],
    'INVALID_PATCH',
    0,
    'from names a member that does not exist',
  ],
  ['"-" in remove', [{ op: 'remove', path: '/list/-' }], 'INVALID_PATCH', 0, '"-"'],
  ['"-" in replace', [{ op: 'replace', path: '/list/-', value: 1 }], 'INVALID_PATCH', 0, '"-"'],
  ['"-" in test', [{ op: 'test', path: '/list/-', value: 1 }], 'INVALID_PATCH', 0, '"-"'],
  ['"-" in from', [{ op: 'move', from: '/list/-', path: '/x' }], 'INVALID_PATCH', 0, '"-"'],
  ['"-" not last', [{ op: 'add', path: '/list/-/x', value: 1 }], 'INVALID_PATCH', 0, '"-"'],
  [
    'a missing parent',
    [{ op: 'add', path: '/nope/x', value: 1 }],
    'INVALID_PATCH',
    0,
    'does not exist',
  ],
  [
    'through a scalar',
    [{ op: 'add', path: '/a/b/c', value: 1 }],
    'INVALID_PATCH',
    0,
    'not an object or array',
  ],
  [
    'an inherited member',
    [{ op: 'remove', path: '/toString' }],
    'INVALID_PATCH',
    0,
    'does not exist',
  ],
  [
    'move into its own child',
    [{ op: 'move', from: '/a', path: '/a/c' }],
    'INVALID_PATCH',
    0,
    'own children',
  ],
  ['remove the root', [{ op: 'remove', path: '' }], 'INVALID_PATCH', 0, 'whole document'],
  [
    'a failed test',
    [
      { op: 'test', path: '/a/b', value: 1 },
      { op: 'test', path: '/a/b', value: '1' },
    ],
    'INVALID_PATCH',
    1,
    'test failed',
  ],
  ['an operation that is null', [null], 'INVALID_PATCH', 0, 'not an object (null)'],
  ['a hole in the patch', patchWithHole, 'INVALID_PATCH', 1, 'not an object (undefined)'],
  ['an operation that is an array', [['add', '/x', 1]], 'INVALID_PATCH', 0, 'not an object'],
  ['an operation that is a string', ['add'], 'INVALID_PATCH', 0, 'not an object'],
  ['ops that are not an array (null)', null, 'INVALID_PATCH', undefined, 'array of operations'],
  [
    'ops that are not an array (object)',
    { op: 'add', path: '/x', value: 1 },
    'INVALID_PATCH',
    undefined,
    'array of operations',
  ],
  [
    'ops that are not an array (string)',
    'add /x 1',
    'INVALID_PATCH',
    undefined,
    'array of operations',
  ],
  [
    'a value nested 100,000 levels',
    [{ op: 'add', path: '/x', value: deepDocument }],
    'LIMIT_EXCEEDED',
    0,
    'deeper than 200',
  ],
  [
    'a path of 100,000 segments',
    [{ op: 'add', path: '/a'.repeat(100_000), value: 1 }],
    'LIMIT_EXCEEDED',
    0,
    'more than 200 segments',
  ],
];

describe('applyPatch refuses hostile patches', () => {
  it.each(hostile)('%s', (_, operations, code, operationIndex, fragment) => {
    const error = thrownBy(() => applyPatch(doc(), operations as unknown[]));
    expect(error).toBeInstanceOf(DraftdiffError);
    expect(error).toBeInstanceOf(PatchError);
    expect(error.code).toBe(code);
    expect(error.operationIndex).toBe(operationIndex);
    expect(error.message).toContain(fragment);
    if (operationIndex !== undefined)
      expect(error.message).toContain(`operation ${operationIndex}`);
  });

  it('names the failing index and path in a short message, never the document', () => {
    const secret = 'SECRET-'.repeat(10_000);
    const error = thrownBy(() =>
      applyPatch({ secret, list: [] }, [
        { op: 'test', path: '/secret', value: secret },
        { op: 'replace', path: '/list/0', value: secret },
      ]),
    );
    expect(error.message).toBe(
      'operation 1 (replace "/list/0"): path has array index 0, out of bounds for length 0',
    );
    expect(error.path).toBe('/list/0');
  });

  it('cuts a long path short in the message', () => {
    const path = `/${'x'.repeat(100_000)}`;
    const error = thrownBy(() => applyPatch({}, [{ op: 'remove', path }]));
    expect(error.message.length).toBeLessThan(400);
    expect(error.code).toBe('INVALID_PATCH');
  });

  it('refuses a document nested 100,000 levels with LIMIT_EXCEEDED, not a RangeError', () => {
    const error = thrownBy(() => applyPatch(deepDocument, []));
    expect(error).toBeInstanceOf(DraftdiffError);
    expect(error.code).toBe('LIMIT_EXCEEDED');
  });

  it.each([
    ['undefined', undefined],
    ['a cycle', cyclic],
    ['a function', { f: () => 1 }],
  ])('refuses a document that is not JSON: %s', (_, document) => {
    const error = thrownBy(() => applyPatch(document, []));
    expect(error).toBeInstanceOf(DraftdiffError);
    expect(error.code).toBe('INVALID_ARGUMENT');
  });

  it('honours a lower maxDepth', () => {
    const error = thrownBy(() =>
      applyPatch({ a: { b: { c: 1 } } }, [], { limits: { maxDepth: 2 } }),
    );
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(applyPatch({ a: { b: 1 } }, [], { limits: { maxDepth: 2 } })).toStrictEqual({
      a: { b: 1 },
    });
  });
});
