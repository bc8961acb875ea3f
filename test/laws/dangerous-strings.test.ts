// The laws are only as hostile as their arbitraries. fast-check biases `fc.string` towards
// the names that break naive object handling (`__proto__`, `constructor`, `toString`...)
// unless a test turns that off; this checks the shared arbitraries keep it on, in the free
// text of drafts as well as in their ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftArbitrary, draftPairArbitrary } from '../support/arbitraries.js';

const DANGEROUS = ['__proto__', 'constructor', 'toString'];

/** Which dangerous names occur in string values under fields other than `id` and `key`. */
function dangerousInText(values: readonly unknown[]): Set<string> {
  const found = new Set<string>();
  const stack: { value: unknown; field: string }[] = values.map((value) => ({ value, field: '' }));
  while (stack.length > 0) {
    const { value, field } = stack.pop() as { value: unknown; field: string };
    if (typeof value === 'string') {
      if (field === 'id' || field === 'key') continue;
      for (const name of DANGEROUS) if (value.includes(name)) found.add(name);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        stack.push({ value: child, field: Array.isArray(value) ? field : key });
      }
    }
  }
  return found;
}

describe('the shared arbitraries keep fast-check dangerous strings on', () => {
  it('in the free text of draftArbitrary (titles, labels, notes, conditions...)', () => {
    const drafts = fc.sample(draftArbitrary, { seed: 42, numRuns: 1_000 });
    expect([...dangerousInText(drafts)].sort()).toEqual([...DANGEROUS].sort());
  });

  it('in draftPairArbitrary, whose drafts are edits of draftArbitrary drafts', () => {
    const pairs = fc.sample(draftPairArbitrary, { seed: 42, numRuns: 1_000 });
    expect([...dangerousInText(pairs.flat())].sort()).toEqual([...DANGEROUS].sort());
  });
});
