import { describe, expect, it } from 'vitest';
import { captured } from '../../src/import/capture.js';

describe('captured', () => {
  it.each([
    [/(\d+)-(\d+)/u, '12-34', 1, '12'],
    [/(\d+)-(\d+)/u, '12-34', 2, '34'],
    [/(a)|(b)/u, 'b', 2, 'b'],
    [/(x*)y/u, 'y', 1, ''],
  ])('reads group %d of %s in "%s"', (pattern, text, group, expected) => {
    const match = pattern.exec(text);
    expect(match).not.toBeNull();
    if (match !== null) expect(captured(match, group)).toBe(expected);
  });

  it.each([
    [/(a)|(b)/u, 'b', 1, 'capture group 1 took no part in the match "b"'],
    [/(a)(b)?/u, 'a', 2, 'capture group 2 took no part in the match "a"'],
    [/(a)/u, 'a', 5, 'capture group 5 took no part in the match "a"'],
  ])(
    'fails loudly on a group that took no part: %s in "%s", group %d',
    (pattern, text, group, message) => {
      const match = pattern.exec(text);
      expect(match).not.toBeNull();
      if (match !== null) expect(() => captured(match, group)).toThrow(message);
    },
  );
});
