// The check of a comparison passed to filterComparison, formatComparison and
// formatComparisonRow: one zod schema (comparison-schema.ts), the walker compiled from it in
// front. Wrong input names the caller and the JSON Pointer of the first wrong field; the walker
// returns exactly what zod would, and never accepts what zod rejects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../src/compare/comparison.js';
import { ComparisonSchema } from '../../src/compare/comparison-schema.js';
import { readComparison } from '../../src/compare/read-comparison.js';
import {
  compareDrafts,
  filterComparison,
  formatComparison,
  formatComparisonRow,
  parseDraft,
} from '../../src/index.js';
import { compileFastParse } from '../../src/model/fast-parse.js';
import { draftArbitrary } from '../support/arbitraries.js';
import { cap, draftOf, point } from '../support/build.js';
import { runsScaled } from '../support/runs.js';

const term = { key: 'cap', kind: 'quantity', value: 1, unit: 'x', bound: 'exact' } as const;
const row = {
  key: 'cap',
  label: 'Cap',
  values: { a: term, b: 'silent' },
  agreement: 'single',
  sources: { a: [{ outlet: 'Axios', kind: 'leak' }] },
  sides: [{ drafts: ['a'], value: term }],
};
const withRow = (changes: Record<string, unknown>) => ({
  drafts: ['a', 'b'],
  rows: [{ ...row, ...changes }],
});

describe('a wrong comparison: the caller, the JSON Pointer of the first wrong field, what it must be', () => {
  it.each<[string, unknown, string, string]>([
    ['not an object', 5, '', '(root) must be a comparison'],
    ['no rows', { drafts: [] }, '/rows', '/rows must be an array'],
    [
      'a draft id not a string',
      { drafts: [1], rows: [] },
      '/drafts/0',
      '/drafts/0 must be a string',
    ],
    [
      'a row not an object',
      { drafts: [], rows: ['x'] },
      '/rows/0',
      '/rows/0 must be a comparison row',
    ],
    [
      'a label not a string',
      withRow({ label: 3 }),
      '/rows/0/label',
      '/rows/0/label must be a string',
    ],
    [
      'a value neither "silent" nor a term',
      withRow({ values: { a: 'maybe' } }),
      '/rows/0/values/a',
      '/rows/0/values/a must be "silent" or a term',
    ],
    [
      'a field of a term',
      withRow({ values: { a: { ...term, value: '1' } } }),
      '/rows/0/values/a/value',
      '/rows/0/values/a/value must be a number',
    ],
    [
      'a term of an unknown kind',
      withRow({ values: { a: { ...term, kind: 'weird' } } }),
      '/rows/0/values/a/kind',
      '/rows/0/values/a/kind must be one of TERM_KINDS',
    ],
    [
      'a term key outside its pattern',
      withRow({ sides: [{ drafts: ['a'], value: { ...term, key: 'Cap' } }] }),
      '/rows/0/sides/0/value/key',
      '/rows/0/sides/0/value/key must be lower-case kebab words joined by dots',
    ],
    [
      'an unknown agreement',
      withRow({ agreement: 'agreed' }),
      '/rows/0/agreement',
      '/rows/0/agreement must be "disagree", "agree" or "single"',
    ],
    [
      'near not a boolean',
      withRow({ near: 'yes' }),
      '/rows/0/near',
      '/rows/0/near must be true or false',
    ],
    [
      'a source without an outlet',
      withRow({ sources: { a: [{ outlet: '', kind: 'leak' }] } }),
      '/rows/0/sources/a/0/outlet',
      '/rows/0/sources/a/0/outlet is not valid: Too small: expected string to have >=1 characters',
    ],
    [
      'a side whose drafts are not an array',
      withRow({ sides: [{ drafts: 'a', value: term }] }),
      '/rows/0/sides/0/drafts',
      '/rows/0/sides/0/drafts must be an array',
    ],
    [
      'an unknown field of a row',
      withRow({ colour: 'red' }),
      '/rows/0/colour',
      '/rows/0/colour is not a known field',
    ],
    [
      'an unknown field of a term',
      withRow({ values: { a: { ...term, colour: 'red' } } }),
      '/rows/0/values/a/colour',
      '/rows/0/values/a/colour is not a known field',
    ],
  ])('%s', (_name, comparison, path, message) => {
    for (const caller of ['formatComparison', 'filterComparison'] as const) {
      const call =
        caller === 'formatComparison'
          ? () => formatComparison(comparison as never, 'text')
          : () => filterComparison(comparison as never);
      expect(call).toThrow(
        expect.objectContaining({
          name: 'DraftdiffError',
          code: 'INVALID_ARGUMENT',
          message: `${caller}: ${message}`,
          path,
        }),
      );
    }
  });

  it('formatComparisonRow reads one row, its pointers from the row', () => {
    expect(() => formatComparisonRow({ ...row, agreement: 'agreed' } as never)).toThrow(
      expect.objectContaining({
        message: 'formatComparisonRow: /agreement must be "disagree", "agree" or "single"',
        path: '/agreement',
      }),
    );
  });

  it('a cycle and nesting past the limit are named, never a stack overflow', () => {
    const cyclic: Record<string, unknown> = { drafts: [], rows: [] };
    cyclic.rows = [cyclic];
    expect(() => formatComparison(cyclic as never, 'json')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', path: '/rows/0' }),
    );
    let deep: unknown = 'silent';
    for (let level = 0; level < 10_000; level++) deep = [deep];
    expect(() => formatComparison(withRow({ values: { a: deep } }) as never, 'json')).toThrow(
      expect.objectContaining({ code: 'LIMIT_EXCEEDED' }),
    );
  });
});

describe('what a valid comparison reads as', () => {
  it('a copy in the order compareDrafts writes, term defaults applied, sharing nothing', () => {
    const given = withRow({
      values: { b: 'silent', a: { unit: 'x', value: 1, kind: 'quantity', key: 'cap' } },
    });
    const read = readComparison(given, 'test');
    expect(read).toEqual(withRow({}));
    expect(Object.keys(read.rows[0] as ComparisonRow)).toEqual([
      'key',
      'label',
      'values',
      'agreement',
      'sources',
      'sides',
    ]);
    expect(Object.keys((read.rows[0] as ComparisonRow).values.a as object)).toEqual([
      'key',
      'kind',
      'value',
      'unit',
      'bound',
    ]);
    expect(read.rows[0]).not.toBe(given.rows[0]);
    expect(read.rows[0]?.sources.a).not.toBe(given.rows[0]?.sources.a);
  });

  it('an own "__proto__" column is dropped, as zod drops it, and pollutes nothing', () => {
    const values = JSON.parse(
      '{"a":"silent","__proto__":{"key":"cap","kind":"flag","value":true}}',
    );
    const read = readComparison(withRow({ values }), 'test');
    const readValues = (read.rows[0] as ComparisonRow).values;
    expect(Object.keys(readValues)).toEqual(['a']);
    expect(Object.getPrototypeOf(readValues)).toBe(Object.prototype);
  });
});

/** Every object of a value as [key, value] pairs, so that key order counts in `toEqual`. */
function withKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKeyOrder);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => [key, withKeyOrder(item)]);
  }
  return value;
}

/** What zod's parse returns, or `undefined` when it rejects. */
function zodPath(input: unknown): unknown {
  const result = ComparisonSchema.safeParse(input);
  return result.success ? result.data : undefined;
}

const fastComparison = compileFastParse(ComparisonSchema);

/** Comparisons of two to four random drafts, as compareDrafts makes them. */
const comparisonArbitrary = fc
  .uniqueArray(draftArbitrary, { selector: (draft) => draft.id, minLength: 2, maxLength: 4 })
  .map((drafts) => compareDrafts(drafts));

/** Some spot of a comparison's JSON tree replaced by a value of another type or shape. */
const oddValue = fc.constantFrom<unknown>(null, 7, 'x', true, [], {}, 'silent', { kind: 'flag' });

function mutate(value: unknown, choice: number, odd: unknown): unknown {
  const spots: { holder: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        spots.push({ holder: node, key: index });
        visit(item);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        spots.push({ holder: node as Record<string, unknown>, key });
        visit(item);
      }
    }
  };
  const copy = structuredClone(value);
  visit(copy);
  const spot = spots[choice % Math.max(1, spots.length)];
  if (spot !== undefined) Reflect.set(spot.holder, spot.key, odd);
  return copy;
}

describe('the compiled walker against zod', () => {
  it('accepts every comparison compareDrafts makes, with zod’s own result', () => {
    fc.assert(
      fc.property(comparisonArbitrary, (comparison) => {
        const fast = fastComparison(comparison);
        expect(fast).toBeDefined();
        expect(withKeyOrder(fast)).toEqual(withKeyOrder(zodPath(comparison)));
      }),
      runsScaled(0.25),
    );
  });

  it('never accepts what zod rejects, and otherwise agrees with it, on mutated comparisons', () => {
    fc.assert(
      fc.property(comparisonArbitrary, fc.nat(), oddValue, (comparison, choice, odd) => {
        const input = mutate(comparison, choice, odd);
        const fast = fastComparison(input);
        if (fast === undefined) return;
        expect(withKeyOrder(fast)).toEqual(withKeyOrder(zodPath(input)));
      }),
      runsScaled(0.5),
    );
  });

  it('a comparison of the support drafts goes through it unchanged in content', () => {
    const comparison = compareDrafts([
      parseDraft(draftOf('a', [point(1, 'x', { terms: [cap(1)] })])),
      parseDraft(draftOf('b', [point(1, 'x', { terms: [cap(2, { bound: 'about' })] })])),
    ]);
    expect(fastComparison(comparison)).toEqual(comparison);
  });
});
