// The entry checks of alignProvisions: each wrong argument is a DraftdiffError INVALID_ARGUMENT
// whose message names the argument and what it got.
import { describe, expect, it } from 'vitest';
import { alignProvisions, parseDraft } from '../../src/index.js';
import { draftOf, point } from '../support/build.js';
import { invalidArgumentOf } from '../support/errors.js';

const list = parseDraft(
  draftOf('a', [point(1, 'Ukraine is sovereign.'), point(2, 'The cap is 600,000.')]),
).provisions;

describe('alignProvisions arguments', () => {
  it.each<[string, () => unknown, string]>([
    [
      'null before',
      () => alignProvisions(null as never, list),
      'alignProvisions: before must be an array of provisions, got null',
    ],
    [
      'a draft instead of its provisions',
      () => alignProvisions(list, { id: 'a', provisions: list } as never),
      'alignProvisions: after must be an array of provisions, got an object',
    ],
    [
      'a null provision',
      () => alignProvisions([null] as never, list),
      'alignProvisions: before[0] must be a provision object, got null',
    ],
    [
      'a provision without text',
      () => alignProvisions(list, [...list, { id: 'p3' }] as never),
      'alignProvisions: after[2].text must be a string, got undefined',
    ],
    [
      'a title that is not a string',
      () => alignProvisions([{ id: 'p', text: 't', title: 6 }] as never, list),
      'alignProvisions: before[0].title must be a string when given, got 6',
    ],
    [
      'null options',
      () => alignProvisions(list, list, null as never),
      'alignProvisions: options must be an object, got null',
    ],
    [
      'a threshold below 0',
      () => alignProvisions(list, list, { gapThreshold: -0.5 }),
      'alignProvisions: options.gapThreshold must be a number from 0 to 1, got -0.5',
    ],
    [
      'an unknown normalization',
      () => alignProvisions(list, list, { normalize: 'NFKC' as never }),
      'alignProvisions: options.normalize must be "NFC" or "none", got "NFKC"',
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(invalidArgumentOf(call).message).toBe(message);
  });

  it('aligns with no options, undefined options and the documented ones', () => {
    const pairs = [
      { kind: 'pair', before: 0, after: 0, basis: 'id', similarity: 1, moved: false },
      { kind: 'pair', before: 1, after: 1, basis: 'id', similarity: 1, moved: false },
    ];
    expect(alignProvisions(list, list).entries).toEqual(pairs);
    expect(alignProvisions(list, list, undefined).entries).toEqual(pairs);
    const options = { rewordThreshold: 1, gapThreshold: 0, normalize: 'none' } as const;
    expect(alignProvisions(list, list, options).entries).toEqual(pairs);
    expect(alignProvisions([], []).entries).toEqual([]);
  });
});
