import { describe, expect, it } from 'vitest';
import { casingFrom } from '../../src/diff/casing.js';
import { describeFrom, describeTermValue } from '../../src/diff/describe-term.js';

describe('casingFrom: proper nouns as the prose writes them', () => {
  const casing = casingFrom((add) => {
    add('Crimea is recognized as Russian. Frozen assets stay with Russia.');
    add('Russia'); // a sentence of its own: its capital says nothing...
    add('Russia and NATO will not expand. The line of contact is frozen.');
    add('United States', 'name'); // ...unless it is a name (a set member, a subject)
    add('Contact groups meet weekly. The treaty names Kyiv.');
    // The words a casing may be asked for: those of status values (see the last case).
    for (const value of ['recognized-russian', 'relinquished-to-russia', 'nato-states']) {
      add(value, 'status');
    }
    add('contact-frozen-crimea-unknown-united', 'status');
  });

  it.each([
    ['russian', 'Russian'],
    ['russia', 'Russia'],
    ['nato', 'NATO'],
    ['states', 'States'],
    // Capitalised only where a sentence starts, and in lower case elsewhere: a common word.
    ['contact', 'contact'],
    ['frozen', 'frozen'],
    ['crimea', 'crimea'],
    ['unknown', 'unknown'],
    // Capitalised mid-sentence, but no status value holds it: never looked up, never learnt.
    ['kyiv', 'kyiv'],
  ])('%s -> %s', (word, expected) => {
    expect(casing(word)).toBe(expected);
  });

  it('gives status values their capitals back', () => {
    expect(
      describeTermValue(
        { key: 'territory.crimea', kind: 'status', value: 'relinquished-to-russia' },
        casing,
      ),
    ).toBe('relinquished to Russia');
  });

  it('reads the texts on the first lookup only', () => {
    let reads = 0;
    const lazy = casingFrom((add) => {
      reads++;
      add('It goes to Russia.');
      add('relinquished-to-russia', 'status');
    });
    expect(reads).toBe(0);
    expect([lazy('russia'), lazy('russia')]).toEqual(['Russia', 'Russia']);
    expect(reads).toBe(1);
  });
});

describe('describeFrom: what a span is counted from', () => {
  it.each([
    ['the signing of the agreement', 'from the signing of the agreement'],
    ['counted back from the agreement', 'counted back from the agreement'],
    ['from the signing', 'from the signing'],
    ['since the ceasefire', 'since the ceasefire'],
  ])('%s', (from, expected) => {
    expect(describeFrom(from)).toBe(expected);
  });

  it('so a duration reads as English', () => {
    expect(
      describeTermValue({
        key: 'k',
        kind: 'duration',
        value: 30,
        unit: 'years',
        bound: 'exact',
        from: 'counted back from the agreement',
      }),
    ).toBe('30 years counted back from the agreement');
  });
});
