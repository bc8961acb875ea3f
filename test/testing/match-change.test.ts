import { describe, expect, it } from 'vitest';
import { type Change, DraftdiffError, diffDrafts } from '../../src/index.js';
import { describeChange } from '../../src/testing/describe-change.js';
import type { ExpectedChange } from '../../src/testing/expected-change.js';
import { findClosestChanges, matchChange } from '../../src/testing/match-change.js';
import { changeMatchers } from '../../src/testing/matchers.js';
import { cap, draftOf, point } from '../support/build.js';
import { invalidArgumentOf } from '../support/errors.js';

const before = draftOf('before', [
  point(1, 'Ukraine is sovereign.'),
  point(2, 'The armed forces are capped at 600,000 personnel.', {
    terms: [cap(600_000, { bound: 'at-most' })],
  }),
  point(3, 'Mediators are the US and Turkey.', {
    terms: [{ key: 'mediators', kind: 'set', members: ['US', 'Turkey'] }],
  }),
  point(4, 'Elections are held within 100 days.', {
    terms: [{ key: 'elections.deadline', kind: 'duration', value: 100, unit: 'days' }],
  }),
]);
const after = draftOf('after', [
  point(1, 'Ukraine is sovereign.'),
  point(2, 'The armed forces are capped at 400,000 personnel.', {
    terms: [cap(400_000, { bound: 'at-most' })],
  }),
  point(3, 'Mediators are Turkey, the US and Qatar.', {
    terms: [{ key: 'mediators', kind: 'set', members: ['Turkey', 'US', 'Qatar'] }],
  }),
]);
const diff = diffDrafts(before, after);
const capChange = diff.changes.find(
  (change) => change.kind === 'term.changed' && change.key === 'armed-forces.personnel-cap',
) as Change;
const setChange = diff.changes.find(
  (change) => change.kind === 'term.changed' && change.key === 'mediators',
) as Change;
const removed = diff.changes.find((change) => change.kind === 'provision.removed') as Change;

describe('matchChange', () => {
  it.each<[string, Change, ExpectedChange, boolean]>([
    ['nothing expected matches anything', capChange, {}, true],
    ['kind', capChange, { kind: 'term.changed' }, true],
    ['wrong kind', capChange, { kind: 'term.added' }, false],
    ['key', capChange, { key: 'armed-forces.personnel-cap' }, true],
    ['provision id', capChange, { provisionId: 'p2' }, true],
    ['main values', capChange, { from: 600_000, to: 400_000 }, true],
    ['wrong main value', capChange, { from: 600_000, to: 500_000 }, false],
    ['a string is not the number', capChange, { to: '400000' }, false],
    [
      'partial term',
      capChange,
      { to: { value: 400_000, bound: 'at-most', unit: 'personnel' } },
      true,
    ],
    ['partial term, wrong field', capChange, { to: { bound: 'about' } }, false],
    ['partial term, field it lacks', capChange, { to: { currency: 'USD' } }, false],
    ['undefined fields set nothing', capChange, { key: undefined, from: undefined }, true],
    [
      'set members in any order',
      setChange,
      { from: ['Turkey', 'US'], to: ['Qatar', 'US', 'Turkey'] },
      true,
    ],
    ['set members must all be there', setChange, { to: ['US', 'Turkey'] }, false],
    ['a removed provision has no new side', removed, { kind: 'provision.removed', to: 'x' }, false],
    [
      'a removed provision by its text',
      removed,
      { from: 'Elections are held within 100 days.' },
      true,
    ],
    ['a removed provision by a partial provision', removed, { from: { number: '4' } }, true],
    ['a provision change has no key', removed, { key: 'elections.deadline' }, false],
  ])('%s', (_name, change, expected, result) => {
    expect(matchChange(change, expected)).toBe(result);
  });

  it.each<[string, unknown, string]>([
    [
      'a typo in a field name',
      { kin: 'term.changed' },
      'unknown field "kin" in expected change; use kind, key, provisionId, from, to',
    ],
    ['an unknown kind', { kind: 'term.moved' }, 'unknown change kind "term.moved"'],
    [
      'not an object',
      42,
      'expected change must be an object such as { kind, key, provisionId, from, to }, got number',
    ],
    [
      'a prototype key',
      JSON.parse('{"__proto__": {"kind": "term.changed"}}'),
      'unknown field "__proto__"',
    ],
  ])('refuses %s with INVALID_ARGUMENT', (_name, expected, message) => {
    const call = () => matchChange(capChange, expected as ExpectedChange);
    expect(call).toThrow(DraftdiffError);
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect((error as DraftdiffError).code).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('findClosestChanges', () => {
  it('ranks exact matches first, then by how much matches, then in document order', () => {
    const closest = findClosestChanges(
      diff,
      { key: 'armed-forces.personnel-cap', from: 600_000, to: 500_000 },
      2,
    );
    expect(closest.map((match) => match.change)).toEqual([capChange, expect.anything()]);
    expect(closest[0]?.mismatches).toEqual(['to: 400000, expected 500000']);
    const exact = findClosestChanges(diff, { kind: 'term.changed', key: 'mediators' }, 1);
    expect(exact).toEqual([{ change: setChange, mismatches: [] }]);
  });

  it('returns no more than asked, and none for zero', () => {
    expect(findClosestChanges(diff, {}, 0)).toEqual([]);
    expect(findClosestChanges(diff, {}, 100)).toHaveLength(diff.changes.length);
  });

  it('refuses what is not a diff', () => {
    expect(() => findClosestChanges({ changes: 'x' } as never, {}, 1)).toThrow(
      'expected a DraftDiff (the result of diffDrafts), got an object without changes',
    );
  });

  it.each<[string, unknown, string]>([
    ['a symbol', Symbol('n'), 'a symbol'],
    ['a bigint', 3n, 'a bigint'],
    ['a negative number', -1, '-1'],
    ['a fraction', 1.5, '1.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['a numeric string', '3', '"3"'],
    ['a null-prototype object', Object.create(null), 'an object'],
  ])('refuses a count that is %s', (_name, count, got) => {
    expect(invalidArgumentOf(() => findClosestChanges(diff, {}, count as never)).message).toBe(
      `findClosestChanges: count must be a whole number of at least 0 (or Infinity), got ${got}`,
    );
  });

  it('takes every change for a count of Infinity', () => {
    expect(findClosestChanges(diff, {}, Number.POSITIVE_INFINITY)).toHaveLength(
      diff.changes.length,
    );
  });

  it('refuses a diff with a change that is not one', () => {
    const changes = [capChange, null];
    expect(
      invalidArgumentOf(() => findClosestChanges({ ...diff, changes } as never, {}, 1)).message,
    ).toBe('findClosestChanges: diff.changes[1] must be a change object, got null');
  });
});

describe('a change that is not a Change', () => {
  it.each<[string, () => unknown, string]>([
    [
      'describeChange of a number',
      () => describeChange(5 as never),
      'describeChange: change must be a change object, got 5',
    ],
    [
      'describeChange of a string',
      () => describeChange('term.changed' as never),
      'describeChange: change must be a change object, got "term.changed"',
    ],
    [
      'describeChange without a summary',
      () => describeChange({ ...capChange, summary: undefined } as never),
      'describeChange: change.summary must be a string, got undefined',
    ],
    [
      'matchChange of undefined',
      () => matchChange(undefined as never, {}),
      'matchChange: change must be a change object, got undefined',
    ],
    [
      'matchChange of null',
      () => matchChange(null as never, { kind: 'term.changed' }),
      'matchChange: change must be a change object, got null',
    ],
    [
      'matchChange of an unknown kind',
      () => matchChange({ kind: 'term.moved' } as never, {}),
      'matchChange: change.kind must be one of CHANGE_KINDS, got "term.moved"',
    ],
    [
      'matchChange of a term change without its old term',
      () => matchChange({ ...capChange, before: null } as never, {}),
      'matchChange: change.before must be a term object, got null',
    ],
    [
      'matchChange of a merge whose parts are not a list',
      () => matchChange({ kind: 'provision.merged', before: 'p1', after: {} } as never, {}),
      'matchChange: change.before must be an array of provisions, got "p1"',
    ],
  ])('%s', (_name, call, message) => {
    expect(invalidArgumentOf(call).message).toBe(message);
  });

  it('checks a change as a whole Change, as the formatters do: its summary too', () => {
    expect(
      invalidArgumentOf(() => matchChange({ ...capChange, summary: undefined } as never, {}))
        .message,
    ).toBe('matchChange: change.summary must be a string, got undefined');
  });
});

describe('describeChange', () => {
  it('prints a change in the words of an expectation, then its summary', () => {
    expect(describeChange(capChange)).toBe(
      `{ kind: "term.changed", key: "armed-forces.personnel-cap", provisionId: "p2", from: 600000, to: 400000 }  ${capChange.summary}`,
    );
    expect(describeChange(setChange)).toMatch(
      /^\{ kind: "term\.changed", key: "mediators", provisionId: "p3", from: \["US", "Turkey"\], to: \["Turkey", "US", "Qatar"\] \} {2}/,
    );
    expect(describeChange(removed)).toMatch(
      /^\{ kind: "provision\.removed", provisionId: "p4", from: "Elections are held within 100 days\." \} {2}/,
    );
  });
});

describe('changeMatchers, called as a test runner would', () => {
  it('passes and fails toHaveChange, with a message for each way', () => {
    const pass = changeMatchers.toHaveChange.call({ isNot: false }, diff, { to: 400_000 });
    expect(pass.pass).toBe(true);
    expect(pass.message()).toMatch(
      /^expected the diff before -> after not to have a change matching\n {2}\{ to: 400000 \}\nbut found 1 change:\n {2}1\. \{ kind: "term\.changed"/,
    );
    const fail = changeMatchers.toHaveChange.call({ isNot: false }, diff, { to: 1 });
    expect(fail.pass).toBe(false);
    expect(fail.message().split('\n').slice(0, 3)).toEqual([
      'expected the diff before -> after to have a change matching',
      '  { to: 1 }',
      `but none of its ${diff.changes.length} changes matches. Closest:`,
    ]);
  });

  it('passes toHaveNoChanges only for an empty diff', () => {
    const same = diffDrafts(before, before);
    expect(changeMatchers.toHaveNoChanges.call(undefined, same).pass).toBe(true);
    const result = changeMatchers.toHaveNoChanges.call(undefined, diff);
    expect(result.pass).toBe(false);
    expect(result.message().split('\n')[0]).toBe(
      `expected the diff before -> after to have no changes, but it has ${diff.changes.length} changes:`,
    );
  });

  it('throws for a received value that is not a diff, with or without .not', () => {
    expect(() => changeMatchers.toHaveChange.call({ isNot: true }, null, {})).toThrow(
      'expected a DraftDiff (the result of diffDrafts), got null',
    );
  });

  it('names the matcher and the first wrong field of a diff with changes of the wrong shape', () => {
    const broken = { ...diff, changes: [{ kind: 'term.changed' }] };
    expect(() => changeMatchers.toHaveChange.call(undefined, broken, {})).toThrow(
      'toHaveChange: diff.changes[0].before must be a term object, got undefined',
    );
    expect(() => changeMatchers.toHaveNoChanges.call(undefined, broken)).toThrow(
      'toHaveNoChanges: diff.changes[0].before must be a term object, got undefined',
    );
  });
});
