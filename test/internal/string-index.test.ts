import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../src/internal/string-index.js';
import { DANGEROUS_KEYS } from '../support/arbitraries.js';
import { collidingWords } from '../support/fnv.js';
import { RUNS } from '../support/runs.js';

type Operation = { op: 'add' | 'set' | 'get'; key: string; position: number };

/** Runs the operations on a `StringIndex` and on a `Map`, and gives both answer lists. */
function replay(operations: readonly Operation[], expected: number) {
  const index = new StringIndex(expected);
  const map = new Map<string, number>();
  const answers: unknown[][] = [[], []];
  for (const { op, key, position } of operations) {
    if (op === 'get') {
      answers[0]?.push(index.get(key));
      answers[1]?.push(map.get(key) ?? -1);
    } else if (op === 'add') {
      answers[0]?.push(index.add(key, position));
      const fresh = !map.has(key);
      if (fresh) map.set(key, position);
      answers[1]?.push(fresh);
    } else {
      index.set(key, position);
      map.set(key, position);
    }
  }
  expect(index.size).toBe(map.size);
  return answers;
}

describe('StringIndex', () => {
  it('answers as a Map does', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(...DANGEROUS_KEYS),
      fc.constantFrom(...collidingWords(80, 10)),
    );
    const operation = fc.record({
      op: fc.constantFrom('add', 'set', 'get'),
      key,
      position: fc.nat(),
    }) as fc.Arbitrary<Operation>;
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 300 }), fc.nat(64), (operations, expected) => {
        const [mine, theirs] = replay(operations, expected);
        expect(mine).toEqual(theirs);
      }),
      RUNS,
    );
  });

  it('stays exact when keys are built to collide', () => {
    // 120 words whose hashes share 13 low bits: one chain in every table up to 8,192 slots, so
    // past 64 of them the index moves to a Map, from a small table and from a presized one.
    const words = collidingWords(120, 13);
    const operations: Operation[] = [
      ...words.map((key, position) => ({ op: 'add' as const, key, position })),
      ...words.map((key) => ({ op: 'get' as const, key, position: 0 })),
      ...words.map((key) => ({ op: 'add' as const, key, position: -1 })),
      { op: 'get', key: 'absent', position: 0 },
    ];
    for (const expected of [8, 1_000]) {
      const [mine, theirs] = replay(operations, expected);
      expect(mine).toEqual(theirs);
    }
  });

  it.each([
    { keys: ['p1', 'p2', 'p3'], repeat: undefined },
    { keys: ['p1', 'p2', 'p1'], repeat: 2 },
    { keys: ['', ''], repeat: 1 },
    { keys: ['__proto__', 'constructor', '__proto__'], repeat: 2 },
  ])('finds the first repeat of $keys at $repeat', ({ keys, repeat }) => {
    const index = new StringIndex();
    const repeats = keys.flatMap((key, position) => (index.add(key, position) ? [] : [position]));
    expect(repeats[0]).toBe(repeat);
  });
});
