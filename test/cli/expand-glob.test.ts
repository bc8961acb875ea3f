import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWildcard } from '../../src/cli/expand-glob.js';
import { idFromName } from '../../src/cli/read-input.js';

describe('matchWildcard', () => {
  it.each<[string, string, boolean]>([
    ['*.json', 'a.json', true],
    ['*.json', '.json', true],
    ['*.json', 'a.json.bak', false],
    ['a*', 'a', true],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXcYYb', false],
    ['**', 'anything', true],
    ['x.json', 'x.json', true],
    ['x.json', 'x-json', false],
    ['*a*a*a*a*a*a*a*a*b', 'a'.repeat(250), false],
  ])('%s against %s is %s', (pattern, name, expected) => {
    expect(matchWildcard(pattern, name)).toBe(expected);
  });

  it('agrees with an anchored regular expression', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '*');
    const names = fc.constantFrom('a', 'b', '.');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 8 }).map((chars) => chars.join('')),
        fc.array(names, { maxLength: 10 }).map((chars) => chars.join('')),
        (pattern, name) => {
          const source = pattern
            .split('*')
            .map((part) => part.replace(/\./g, '\\.'))
            .join('.*');
          expect(matchWildcard(pattern, name)).toBe(new RegExp(`^${source}$`).test(name));
        },
      ),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('idFromName', () => {
  it.each([
    ['drafts/Leaked Draft (v2).txt', 'leaked-draft-v2'],
    ['counter-text.txt', 'counter-text'],
    ['/tmp/__proto__.txt', 'proto'],
    ['Draft №5.txt', 'draft-5'],
    ['Пла.txt', 'draft'],
    ['-', 'stdin'],
    [`${'a'.repeat(300)}.txt`, 'a'.repeat(200)],
  ])('%s gives %s', (name, id) => {
    expect(idFromName(name)).toBe(id);
  });
});
