import { describe, expect, it } from 'vitest';
import {
  type AdapterOperation,
  applyOperationInPlace,
  FastJsonPatchRefusal,
  readValue,
} from '../../src/patch/fast-json-patch-adapter.js';
import type { JsonValue } from '../../src/patch/json-value.js';

/** The refusal `call` throws (failing the test when it returns or throws anything else). */
function refusalBy(call: () => unknown): FastJsonPatchRefusal {
  try {
    call();
  } catch (error) {
    if (error instanceof FastJsonPatchRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal, got a result');
}

/** The code of the refusal `call` throws. */
const refusalOf = (call: () => unknown): string => refusalBy(call).code;

/** `[name, document, operation, document after, value removed]`. */
const applied: [string, JsonValue, AdapterOperation, JsonValue, JsonValue | undefined][] = [
  ['add a member', { a: 1 }, { op: 'add', path: '/b', value: [2] }, { a: 1, b: [2] }, undefined],
  [
    'add in an array',
    { a: [1, 3] },
    { op: 'add', path: '/a/1', value: 2 },
    { a: [1, 2, 3] },
    undefined,
  ],
  ['add at the end with -', [1], { op: 'add', path: '/-', value: 2 }, [1, 2], undefined],
  ['add the root', { a: 1 }, { op: 'add', path: '', value: 'x' }, 'x', undefined],
  ['remove a member', { a: 1, b: 2 }, { op: 'remove', path: '/a' }, { b: 2 }, 1],
  ['remove an element', { a: [1, { x: 2 }] }, { op: 'remove', path: '/a/1' }, { a: [1] }, { x: 2 }],
  ['replace an element', [1, 2], { op: 'replace', path: '/0', value: 9 }, [9, 2], 1],
  ['replace the root', { a: 1 }, { op: 'replace', path: '', value: [] }, [], { a: 1 }],
  [
    'test an equal object',
    { a: { x: 1, y: 2 } },
    { op: 'test', path: '/a', value: { y: 2, x: 1 } },
    { a: { x: 1, y: 2 } },
    undefined,
  ],
  [
    'an escaped member',
    { 'a/b': { '~': 1 } },
    { op: 'replace', path: '/a~1b/~0', value: 2 },
    { 'a/b': { '~': 2 } },
    1,
  ],
];

/** `[name, document, operation, fast-json-patch's name for the refusal]`. */
const refused: [string, JsonValue, AdapterOperation, string][] = [
  [
    'add under a missing parent',
    {},
    { op: 'add', path: '/x/y', value: 1 },
    'OPERATION_PATH_CANNOT_ADD',
  ],
  [
    'add past the end',
    { a: [1] },
    { op: 'add', path: '/a/2', value: 1 },
    'OPERATION_VALUE_OUT_OF_BOUNDS',
  ],
  [
    'remove a missing member',
    { a: 1 },
    { op: 'remove', path: '/b' },
    'OPERATION_PATH_UNRESOLVABLE',
  ],
  [
    'remove past the end',
    { a: [1] },
    { op: 'remove', path: '/a/1' },
    'OPERATION_PATH_UNRESOLVABLE',
  ],
  ['remove with -', { a: [1] }, { op: 'remove', path: '/a/-' }, 'OPERATION_PATH_UNRESOLVABLE'],
  [
    'replace a missing member',
    { a: 1 },
    { op: 'replace', path: '/b', value: 2 },
    'OPERATION_PATH_UNRESOLVABLE',
  ],
  [
    'a name for an index',
    { a: [1] },
    { op: 'add', path: '/a/x', value: 2 },
    'OPERATION_PATH_ILLEGAL_ARRAY_INDEX',
  ],
  [
    'through a number',
    { a: { b: 1 } },
    { op: 'add', path: '/a/b/c', value: 2 },
    'OPERATION_PATH_UNRESOLVABLE',
  ],
  ['a test that fails', { a: 1 }, { op: 'test', path: '/a', value: '1' }, 'TEST_OPERATION_FAILED'],
  [
    'a test of the root that fails',
    [1],
    { op: 'test', path: '', value: [1, 2] },
    'TEST_OPERATION_FAILED',
  ],
];

describe('the fast-json-patch adapter', () => {
  it.each(applied)('performs %s', (_, document, operation, after, removed) => {
    const result = applyOperationInPlace(structuredClone(document), operation);
    expect(result.document).toStrictEqual(after);
    expect(result.removed).toStrictEqual(removed);
  });

  it.each(refused)('refuses %s as %s', (_, document, operation, code) => {
    const before = structuredClone(document);
    expect(refusalOf(() => applyOperationInPlace(before, operation))).toBe(code);
    expect(before).toStrictEqual(document);
  });

  it('keeps the document out of the refusal message', () => {
    const secret = 'SECRET'.repeat(100);
    const refusal = refusalBy(() =>
      applyOperationInPlace({ secret }, { op: 'remove', path: '/x' }),
    );
    expect(refusal.message).toBe(
      'fast-json-patch refused the operation (OPERATION_PATH_UNRESOLVABLE)',
    );
  });

  it('adds a value holding 2^60 paths to one object without walking them', () => {
    // fast-json-patch's validator looks for `undefined` in a value path by path.
    let value: JsonValue = { leaf: 1 };
    for (let level = 0; level < 60; level++) value = { a: value, b: value };
    const result = applyOperationInPlace({}, { op: 'add', path: '/x', value });
    expect(result.document).toStrictEqual({ x: expect.any(Object) });
    expect(readValue(result.document, '/x')).toBe(value);
  });

  it('reads a value that exists, and refuses one that does not', () => {
    const document = { a: [{ b: 1 }] };
    expect(readValue(document, '/a/0')).toBe(document.a[0]);
    expect(readValue(document, '')).toBe(document);
    expect(refusalOf(() => readValue(document, '/a/1'))).toBe('OPERATION_PATH_UNRESOLVABLE');
    expect(refusalOf(() => readValue(document, '/b'))).toBe('OPERATION_PATH_UNRESOLVABLE');
  });

  // fast-json-patch 3.1.1 calls the expected value's own `hasOwnProperty`: a TypeError for these.
  it.each([
    ['a member named hasOwnProperty', { hasOwnProperty: 1, x: [2] }],
    ['one deeper down', [{ list: [{ hasOwnProperty: 'yes' }] }]],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { x: 1 })],
  ])('tests against a value holding %s', (_, expected) => {
    const document = { a: structuredClone(expected) as JsonValue };
    const value = expected as JsonValue;
    expect(applyOperationInPlace(document, { op: 'test', path: '/a', value }).document).toBe(
      document,
    );
    expect(
      refusalOf(() => applyOperationInPlace(document, { op: 'test', path: '/b', value })),
    ).toBe('OPERATION_PATH_UNRESOLVABLE');
    expect(
      refusalOf(() => applyOperationInPlace({ a: 1 }, { op: 'test', path: '/a', value })),
    ).toBe('TEST_OPERATION_FAILED');
  });
});
