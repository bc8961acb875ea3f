// The shared arbitraries are only as good as their promises: valid drafts that parse to
// themselves, and JSON that really carries the dangerous keys.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft, TERM_KINDS } from '../../src/index.js';
import {
  DANGEROUS_KEYS,
  draftArbitrary,
  draftPairArbitrary,
  type JsonValue,
  jsonValueArbitrary,
} from './arbitraries.js';

const RUNS = { seed: 42, numRuns: 200 } as const;

function keysOf(value: JsonValue, into: Set<string>): Set<string> {
  if (typeof value === 'object' && value !== null) {
    for (const key of Array.isArray(value) ? [] : Object.keys(value)) into.add(key);
    for (const child of Object.values(value)) keysOf(child, into);
  }
  return into;
}

describe('draftArbitrary', () => {
  it('gives drafts that parseDraft returns unchanged', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        expect(isDeepStrictEqual(parseDraft(draft), draft)).toBe(true);
      }),
      RUNS,
    );
  });

  it('covers every term kind, nested items, both coverages and prototype-named ids', () => {
    const drafts = fc.sample(draftArbitrary, RUNS);
    const kinds = new Set<string>();
    const ids = new Set<string>();
    let nested = 0;
    const walk = (provisions: (typeof drafts)[number]['provisions'], depth: number) => {
      for (const provision of provisions) {
        ids.add(provision.id);
        if (depth > 0) nested++;
        for (const term of provision.terms ?? []) kinds.add(term.kind);
        walk(provision.items ?? [], depth + 1);
      }
    };
    for (const draft of drafts) {
      walk(draft.provisions, 0);
      for (const term of draft.terms ?? []) kinds.add(term.kind);
    }
    expect([...kinds].sort()).toStrictEqual([...TERM_KINDS].sort());
    expect(nested).toBeGreaterThan(0);
    expect(new Set(drafts.map((draft) => draft.coverage))).toStrictEqual(
      new Set(['complete', 'partial']),
    );
    expect(ids.has('__proto__') && ids.has('constructor')).toBe(true);
  });
});

describe('draftPairArbitrary', () => {
  it('gives two valid drafts, the second an edit of the first', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        expect(isDeepStrictEqual(parseDraft(before), before)).toBe(true);
        expect(isDeepStrictEqual(parseDraft(after), after)).toBe(true);
        expect(after.id).toBe(before.id);
      }),
      RUNS,
    );
  });
});

describe('jsonValueArbitrary', () => {
  it('gives JSON values that survive a round trip through JSON text', () => {
    fc.assert(
      fc.property(jsonValueArbitrary, (value) => {
        expect(isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)).toBe(true);
      }),
      RUNS,
    );
  });

  it('uses the dangerous keys as own members, leaving prototypes alone', () => {
    const keys = new Set<string>();
    for (const value of fc.sample(jsonValueArbitrary, { seed: 42, numRuns: 500 }))
      keysOf(value, keys);
    for (const key of ['__proto__', 'constructor', 'prototype', '~1', '/', '']) {
      expect(DANGEROUS_KEYS).toContain(key);
      expect(keys.has(key)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
