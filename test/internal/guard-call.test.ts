import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { DraftdiffError } from '../../src/index.js';
import { findUnreadable, guardCall } from '../../src/internal/guard-call.js';
import { invalidArgumentOf } from '../support/errors.js';

const fail = (): never => {
  throw new Error('unreadable');
};
/** An object whose `key` is a getter that throws. */
const withGetter = (fields: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.defineProperty({ ...fields }, key, { get: fail, enumerable: true });
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const draft = api.parseDraft({
  id: 'a',
  title: 'T',
  provisions: [{ id: 'p', text: 'The cap is 600,000.' }],
});
const diff = api.diffDrafts(draft, draft);

describe('public functions given arguments that cannot be read', () => {
  // [call, message, JSON Pointer of the spot inside the argument]
  const table: [string, () => unknown, string, string][] = [
    [
      'a patch operation whose op is a throwing getter',
      () => api.applyPatch({}, [withGetter({ path: '/x', value: 1 }, 'op')]),
      'applyPatch: argument 2 at /0/op could not be read (a getter or proxy failed)',
      '/0/op',
    ],
    [
      'a diff whose changes are a throwing getter',
      () => api.formatDiff(withGetter({ ...diff }, 'changes') as never, 'text'),
      'formatDiff: argument 1 at /changes could not be read (a getter or proxy failed)',
      '/changes',
    ],
    [
      'options whose limits are a throwing getter',
      () => api.diffDrafts(draft, draft, withGetter({}, 'limits')),
      'diffDrafts: argument 3 at /limits could not be read (a getter or proxy failed)',
      '/limits',
    ],
    [
      'a limit nested in the options (parseDraft calls resolveLimits: the outer name is given)',
      () => api.parseDraft(draft, { limits: withGetter({}, 'maxDepth') }),
      'parseDraft: argument 2 at /limits/maxDepth could not be read (a getter or proxy failed)',
      '/limits/maxDepth',
    ],
    [
      'a hunk whose text is a throwing getter',
      () => api.rebuildText([withGetter({ op: 'equal' }, 'text')] as never, 'before'),
      'rebuildText: argument 1 at /0/text could not be read (a getter or proxy failed)',
      '/0/text',
    ],
    [
      'a revoked proxy as the drafts to compare',
      () => api.compareDrafts(revoked() as never),
      'compareDrafts: argument 1 could not be read (a getter or proxy failed)',
      '',
    ],
    [
      'a revoked proxy as the options of extractTerms',
      () => api.extractTerms('600 troops', revoked() as never),
      'extractTerms: argument 2 could not be read (a getter or proxy failed)',
      '',
    ],
    [
      'a revoked proxy as the expected change of a matcher',
      () => api.changeMatchers.toHaveChange.call(undefined, diff, revoked() as never),
      'toHaveChange: argument 2 could not be read (a getter or proxy failed)',
      '',
    ],
  ];

  it.each(table)('%s', (_name, call, message, path) => {
    const error = invalidArgumentOf(call);
    expect(error).toMatchObject({ message, path });
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe('guardCall', () => {
  it('returns what the body returns', () => {
    expect(guardCall('f', [1, { a: 2 }], () => 'done')).toBe('done');
  });

  it('rethrows a draftdiff error as it is', () => {
    const error = new DraftdiffError('INVALID_TEXT', 'no points');
    expect(() =>
      guardCall('f', [revoked()], () => {
        throw error;
      }),
    ).toThrow(error);
  });

  it('rethrows any other error as it is when every argument reads cleanly: a bug is not bad input', () => {
    const bug = new TypeError('x is undefined');
    const cycle: Record<string, unknown> = { list: [1, 2] };
    cycle.self = cycle;
    expect(() =>
      guardCall('f', ['text', cycle, [[[]]]], () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe('findUnreadable', () => {
  const looped: Record<string, unknown> = { list: [1, { b: 2 }] };
  looped.self = looped;
  (looped.list as unknown[]).push(looped);

  it.each([
    ['plain data, a cycle and shared references', [looped, looped.list, 'x', null], undefined],
    ['a revoked proxy as the second value', [{}, revoked()], { argument: 1, path: [] }],
    [
      'a getter deep inside an array',
      [[0, { items: [withGetter({}, 'name')] }]],
      { argument: 0, path: [1, 'items', 0, 'name'] },
    ],
    [
      'a proxy whose ownKeys trap throws',
      [{ inner: new Proxy({}, { ownKeys: fail }) }],
      { argument: 0, path: ['inner'] },
    ],
    [
      'the first of two unreadable spots, in argument order',
      [{ ok: 1 }, withGetter({}, 'first'), withGetter({}, 'second')],
      { argument: 1, path: ['first'] },
    ],
  ])('%s', (_name, values, expected) => {
    expect(findUnreadable(values)).toEqual(expected);
  });
});
