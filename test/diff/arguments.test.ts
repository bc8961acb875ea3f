// The entry checks of diffDrafts and rebuildText: each wrong argument is a DraftdiffError
// INVALID_ARGUMENT whose message names the function, the argument and what it got.
import { describe, expect, it } from 'vitest';
import { diffDrafts, rebuildText } from '../../src/index.js';
import { draftOf, point } from '../support/build.js';
import { invalidArgumentOf } from '../support/errors.js';

const before = draftOf('before', [point(1, 'The cap is 600,000.')]);
const after = draftOf('after', [point(1, 'The cap is 400,000.')]);

describe('diffDrafts options', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'diffDrafts: options must be an object, got null'],
    ['a string', 'NFC', 'diffDrafts: options must be an object, got string'],
    [
      'a threshold above 1',
      { rewordThreshold: 50 },
      'diffDrafts: options.rewordThreshold must be a number from 0 to 1, got 50',
    ],
    [
      'a threshold that is not a number',
      { gapThreshold: '0.3' },
      'diffDrafts: options.gapThreshold must be a number from 0 to 1, got "0.3"',
    ],
    [
      'an unknown normalization',
      { normalize: 'NFD' },
      'diffDrafts: options.normalize must be "NFC" or "none", got "NFD"',
    ],
  ])('refuses %s', (_name, options, message) => {
    expect(invalidArgumentOf(() => diffDrafts(before, after, options as never)).message).toBe(
      message,
    );
  });

  it('takes undefined and every documented option', () => {
    expect(diffDrafts(before, after, undefined).changes).toHaveLength(1);
    const options = { rewordThreshold: 0, gapThreshold: 1, normalize: 'none' } as const;
    expect(diffDrafts(before, after, options).changes).toHaveLength(1);
  });
});

describe('rebuildText', () => {
  it.each<[string, unknown, unknown, string]>([
    [
      'no hunks',
      undefined,
      'before',
      'rebuildText: hunks must be an array of hunks, got undefined',
    ],
    ['a string', 'equal', 'after', 'rebuildText: hunks must be an array of hunks, got "equal"'],
    [
      'a null hunk',
      [null],
      'before',
      'rebuildText: hunks[0] must be a hunk { op, text }, got null',
    ],
    [
      'an unknown op',
      [
        { op: 'equal', text: 'a' },
        { op: 'replace', text: 'b' },
      ],
      'after',
      'rebuildText: hunks[1].op must be "equal", "insert" or "delete", got "replace"',
    ],
    [
      'a text that is not a string',
      [{ op: 'insert', text: 5 }],
      'before',
      'rebuildText: hunks[0].text must be a string, got 5',
    ],
    [
      'a hole',
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
      [, { op: 'equal', text: 'a' }],
      'before',
      'rebuildText: hunks[0] must be a hunk { op, text }, got undefined',
    ],
    ['another side', [], 'both', 'rebuildText: side must be "before" or "after", got "both"'],
  ])('refuses %s', (_name, hunks, side, message) => {
    expect(invalidArgumentOf(() => rebuildText(hunks as never, side as never)).message).toBe(
      message,
    );
  });

  it('checks every hunk, also those of the other side', () => {
    // The insert is skipped for `before`, and still checked.
    expect(() => rebuildText([{ op: 'insert', text: null } as never], 'before')).toThrow(
      'rebuildText: hunks[0].text must be a string, got null',
    );
  });
});
