import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  type Draft,
  DraftdiffError,
  parseDraft,
  toJsonPatch,
} from '../../src/index.js';
import {
  DANGEROUS_KEYS,
  draftArbitrary,
  draftPairArbitrary,
  type JsonValue,
  jsonValueArbitrary,
} from '../support/arbitraries.js';
import { RUNS } from '../support/runs.js';
import { deepFreeze, reachableObjects } from './deep-freeze.js';

/** A copy through JSON text: own `__proto__` members stay own members, as `JSON.parse` makes them. */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

/** A copy with every object's keys in reverse order: the same JSON value to any reader. */
function reversedKeys(value: JsonValue): JsonValue {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(reversedKeys);
  const entries = Object.keys(value)
    .reverse()
    .map(
      (key) => `${JSON.stringify(key)}:${JSON.stringify(reversedKeys(value[key] as JsonValue))}`,
    );
  return JSON.parse(`{${entries.join(',')}}`);
}

/**
 * Deep equality of JSON data. Not `toStrictEqual`: vitest compares `.constructor` there, so
 * two equal objects with an own `constructor` member (`{ "constructor": [] }`) differ.
 * `toEqual` gives the readable diff; `isDeepStrictEqual` adds prototypes and own keys.
 */
function expectSameJson(actual: unknown, expected: unknown): void {
  expect(actual).toEqual(expected);
  expect(isDeepStrictEqual(actual, expected)).toBe(true);
}

/** The round-trip law, with frozen inputs and a check that the result shares nothing with them. */
function roundTrips(before: JsonValue, after: JsonValue): void {
  deepFreeze(before);
  deepFreeze(after);
  const operations = toJsonPatch(before, after);
  const result = applyPatch(before, operations);
  expectSameJson(result, after);
  const inputs = new Set([...reachableObjects(before), ...reachableObjects(after)]);
  expect([...reachableObjects(result)].filter((object) => inputs.has(object))).toStrictEqual([]);
}

/** One edit of a JSON value: which container, what to do, and with what. */
type Edit = [
  containerChoice: number,
  action: number,
  position: number,
  key: string,
  value: JsonValue,
];

/** `before` with a few edits (insert, remove, replace, move) at random containers, so the pair shares most of its structure. */
function edited(before: JsonValue, edits: readonly Edit[]): JsonValue {
  const root = { root: copyOf(before) } as { root: JsonValue };
  for (const [containerChoice, action, position, key, value] of edits) {
    const containers: (JsonValue[] | { [key: string]: JsonValue })[] = [];
    const stack: JsonValue[] = [root as unknown as JsonValue];
    while (stack.length > 0) {
      const current = stack.pop() as JsonValue;
      if (typeof current !== 'object' || current === null) continue;
      containers.push(current);
      stack.push(...(Array.isArray(current) ? current : Object.values(current)));
    }
    const target = containers[containerChoice % containers.length] as (typeof containers)[number];
    if (Array.isArray(target)) {
      const at = position % (target.length + 1);
      if (action % 4 === 0 || target.length === 0) target.splice(at, 0, copyOf(value));
      else if (action % 4 === 1) target.splice(at % target.length, 1);
      else if (action % 4 === 2) target[at % target.length] = copyOf(value);
      else {
        const [moved] = target.splice(at % target.length, 1);
        target.splice(position % (target.length + 1), 0, moved as JsonValue);
      }
    } else if (target !== root) {
      const keys = Object.keys(target);
      if (action % 2 === 0 && keys.length > 0)
        delete target[keys[position % keys.length] as string];
      else
        Object.defineProperty(target, key, {
          value: copyOf(value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return root.root;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.tuple(
  fc.nat(),
  fc.nat(),
  fc.nat(),
  fc.constantFrom(...DANGEROUS_KEYS, 'k'),
  jsonValueArbitrary,
);

const relatedJsonPairArbitrary = jsonValueArbitrary.chain((before) =>
  fc
    .array(editArbitrary, { minLength: 1, maxLength: 4 })
    .map((edits) => [before, edited(before, edits)] as [JsonValue, JsonValue]),
);

describe('law: applyPatch(a, toJsonPatch(a, b)) equals b', () => {
  it('for two arbitrary JSON values (dangerous keys included)', () => {
    fc.assert(
      fc.property(jsonValueArbitrary, jsonValueArbitrary, (before, after) => {
        roundTrips(before, after);
      }),
      RUNS,
    );
  });

  it('for a JSON value and an edit of it', () => {
    fc.assert(
      fc.property(relatedJsonPairArbitrary, ([before, after]) => {
        roundTrips(before, after);
      }),
      RUNS,
    );
  });

  it('for two arbitrary drafts', () => {
    fc.assert(
      fc.property(draftArbitrary, draftArbitrary, (before, after) => {
        roundTrips(before as unknown as JsonValue, after as unknown as JsonValue);
      }),
      RUNS,
    );
  });

  it('for a draft and an edit of it, and the result is a valid draft', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        roundTrips(before as unknown as JsonValue, after as unknown as JsonValue);
        const patched = applyPatch(before, toJsonPatch(before, after));
        expectSameJson(parseDraft(patched), after);
      }),
      RUNS,
    );
  });

  it('for plain arrays past the edit budget (replaced whole)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 30 }),
        (before, after) => {
          const operations = toJsonPatch(before, after, { limits: { maxEditLength: 3 } });
          expect(applyPatch(before, operations)).toStrictEqual(after);
        },
      ),
      RUNS,
    );
  });
});

describe('law: a value shared by reference patches as two independent copies would', () => {
  it('a patch made on a copy without sharing changes only the place it names', () => {
    fc.assert(
      fc.property(relatedJsonPairArbitrary, fc.boolean(), ([value, edit], onLeft) => {
        const sharing = { left: value, right: value };
        const target = onLeft
          ? { left: edit, right: copyOf(value) }
          : { left: copyOf(value), right: edit };
        const operations = toJsonPatch(copyOf(sharing), target);
        expectSameJson(applyPatch(deepFreeze(sharing), operations), target);
      }),
      RUNS,
    );
  });

  it('round trips between values with shared references on either side', () => {
    fc.assert(
      fc.property(relatedJsonPairArbitrary, ([value, edit]) => {
        roundTrips({ left: value, right: value }, { left: edit, right: copyOf(value) });
        roundTrips({ left: value, right: value }, { left: edit, right: edit });
        roundTrips({ left: value, right: copyOf(value) }, { left: edit, right: edit });
      }),
      RUNS,
    );
  });
});

describe('law: identity and determinism', () => {
  it('toJsonPatch(a, a) and toJsonPatch(a, copy of a) are empty', () => {
    fc.assert(
      fc.property(
        fc.oneof(jsonValueArbitrary, draftArbitrary as fc.Arbitrary<unknown>),
        (value) => {
          expect(toJsonPatch(value, value)).toStrictEqual([]);
          expect(toJsonPatch(value, copyOf(value))).toStrictEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('the same values give the same operations, whatever their key order', () => {
    fc.assert(
      fc.property(relatedJsonPairArbitrary, ([before, after]) => {
        const operations = toJsonPatch(before, after);
        expectSameJson(toJsonPatch(copyOf(before), copyOf(after)), operations);
        expectSameJson(toJsonPatch(reversedKeys(before), reversedKeys(after)), operations);
      }),
      RUNS,
    );
  });
});

describe('law: a single moved provision among 28 takes at most 3 operations', () => {
  const plan: Draft = parseDraft({
    id: 'plan-28',
    title: 'A 28-point framework',
    provisions: Array.from({ length: 28 }, (_, index) => ({
      id: `point-${index + 1}`,
      number: String(index + 1),
      text: `Point ${index + 1}: the parties agree to clause ${index + 1}.`,
      terms: [{ key: `clause-${index + 1}.flag`, kind: 'flag', value: true }],
    })),
  });

  it('is one move (none when it stays), and applies back to the moved draft', () => {
    fc.assert(
      fc.property(fc.nat(27), fc.nat(27), (from, to) => {
        const provisions = [...plan.provisions];
        const [moved] = provisions.splice(from, 1);
        provisions.splice(to, 0, moved as Draft['provisions'][number]);
        const after = { ...plan, provisions };
        const operations = toJsonPatch(plan, after);
        expect(operations.length).toBeLessThanOrEqual(3);
        expect(operations).toHaveLength(from === to ? 0 : 1);
        expect(applyPatch(plan, operations)).toStrictEqual(after);
      }),
      RUNS,
    );
  });
});

describe('law: applyPatch is total on hostile patches', () => {
  const pointerArbitrary = fc
    .array(fc.oneof(fc.constantFrom(...DANGEROUS_KEYS, '0', '1', '-', '00', 'a'), fc.string()), {
      maxLength: 4,
    })
    .map((segments) => segments.map((segment) => `/${segment}`).join(''));
  const operationArbitrary = fc.oneof(
    fc.record({
      op: fc.constantFrom('add', 'remove', 'replace', 'move', 'copy', 'test', '_get', 'spam'),
      path: fc.oneof(pointerArbitrary, fc.string()),
      from: fc.oneof(pointerArbitrary, fc.string()),
      value: jsonValueArbitrary,
    }),
    jsonValueArbitrary,
  );

  it('returns or throws a DraftdiffError, and never reaches Object.prototype', () => {
    const prototypeMembers = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(
        jsonValueArbitrary,
        fc.array(operationArbitrary, { maxLength: 5 }),
        (document, operations) => {
          deepFreeze(document);
          try {
            applyPatch(document, operations);
          } catch (error) {
            expect(error).toBeInstanceOf(DraftdiffError);
          }
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(
            prototypeMembers,
          );
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      RUNS,
    );
  });
});
