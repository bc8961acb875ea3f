/**
 * Values JavaScript has and JSON does not, in input objects: each is either rejected with a
 * clear DraftdiffError (code and JSON Pointer) or handled, as documented here. The table is
 * the test: every row runs through parseDraft (and so diffDrafts and fromText's meta),
 * compareDrafts (and history and blame, which share its checks) and toJsonPatch/applyPatch.
 *
 * | value                          | parseDraft, diffDrafts                  | compareDrafts, history, blame           | toJsonPatch, applyPatch              |
 * | ------------------------------ | --------------------------------------- | --------------------------------------- | ------------------------------------ |
 * | `-0`                           | accepted; equals 0 (no change)          | accepted; agrees with 0                 | accepted; equals 0; copied as 0      |
 * | `NaN`, `Infinity`              | INVALID_DRAFT at the field              | INVALID_ARGUMENT at the field (a term)  | INVALID_ARGUMENT at the field        |
 * | `undefined`, optional field    | absent (the parsed draft omits it)      | absent                                  | INVALID_ARGUMENT (not JSON)          |
 * | `undefined`, required field    | INVALID_DRAFT "required"                | INVALID_ARGUMENT if read (`id`)         | INVALID_ARGUMENT (not JSON)          |
 * | sparse array (a hole)          | INVALID_DRAFT at the hole               | INVALID_ARGUMENT at the hole            | INVALID_ARGUMENT at the hole         |
 * | `Date`, `Map`, class instance  | INVALID_ARGUMENT "an instance of Date"  | INVALID_ARGUMENT, same message          | INVALID_ARGUMENT "not plain (Date)"  |
 * | boxed primitive (`new String`) | INVALID_ARGUMENT "an instance of String"| INVALID_ARGUMENT, same message          | INVALID_ARGUMENT "not plain"         |
 * | `BigInt`                       | INVALID_DRAFT "received bigint"         | INVALID_ARGUMENT at the field (a term)  | INVALID_ARGUMENT "a bigint"          |
 * | cycle                          | INVALID_ARGUMENT "has a cycle at /..."  | INVALID_ARGUMENT, same message          | INVALID_ARGUMENT "a cycle"           |
 * | shared (acyclic) reference     | accepted; the output has two copies     | accepted                                | accepted; two copies (1)             |
 * | null-prototype object          | accepted; output has Object.prototype   | accepted                                | accepted; output is plain            |
 * | symbol-keyed member            | ignored                                 | ignored                                 | ignored                              |
 * | getter or proxy that throws    | INVALID_ARGUMENT "could not be read"    | INVALID_ARGUMENT "could not be read"    | INVALID_ARGUMENT "could not be read" |
 * | lone surrogate in a string     | accepted; JSON output escapes it        | accepted                                | accepted                             |
 * | frozen objects                 | accepted (inputs are never mutated)     | accepted                                | accepted                             |
 * | 100,000 levels of nesting      | LIMIT_EXCEEDED (test/adversarial/limits) | LIMIT_EXCEEDED                         | LIMIT_EXCEEDED                       |
 *
 * (1) An object holding 32 containers or more (`REMEMBER_FROM`) is copied once by applyPatch and
 * shared among the result's own objects where the input shared it, so a value shared at every
 * level costs its distinct objects, not its doubling paths (test/adversarial/shared-references).
 *
 * compareDrafts, history and blame accept drafts that skipped parseDraft, so they check what
 * they read (ids, provisions, numbers, dates, coverage, basedOn, sources, terms); an odd value
 * in a field they do not read is ignored there (and rejected by parseDraft and diffDrafts).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  applyPatch,
  compareDrafts,
  type Draft,
  DraftdiffError,
  diffDrafts,
  formatDiff,
  parseDraft,
  toJsonPatch,
} from '../../src/index.js';

/** A call's outcome: `ok`, or the error code and path. */
type Outcome = 'ok' | [code: string, path: string | undefined];

function outcomeOf(call: () => unknown): Outcome {
  try {
    call();
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(DraftdiffError);
    const { code, path, message } = error as DraftdiffError;
    expect(message.length).toBeLessThan(400);
    return [code, path];
  }
}

/** A valid draft with one draft-level quantity term, as plain JSON. */
function base(value: unknown = 1): Record<string, unknown> {
  return {
    id: 'odd',
    title: 'Odd values',
    provisions: [{ id: 'p1', text: 'One.' }],
    terms: [{ key: 'cap', kind: 'quantity', value, unit: 'personnel' }],
  };
}

function withField(field: string, value: unknown): Record<string, unknown> {
  return { ...base(), [field]: value };
}

const cyclic = (() => {
  const draft = base();
  const provision = { id: 'p1', text: 'One.', self: undefined as unknown };
  provision.self = provision;
  draft.provisions = [provision];
  return draft;
})();

const sparse = (() => {
  const provisions: unknown[] = [];
  provisions[1] = { id: 'p2', text: 'Two.' };
  return withField('provisions', provisions);
})();

const throwing = Object.defineProperty(base(), 'title', {
  enumerable: true,
  get() {
    throw new Error('no title today');
  },
});

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable(base(), {});
  revoke();
  return proxy;
})();

class DraftClass {
  id = 'odd';
  title = 'Odd values';
  provisions = [];
}

/** One source object listed twice: shared, not cyclic. */
const shared = (() => {
  const source = { outlet: 'Axios', kind: 'leak' };
  return { ...base(), sources: [source, source] };
})();

type Row = [name: string, input: unknown, parse: Outcome, compare: Outcome, patch: Outcome];

const ROWS: Row[] = [
  ['-0 as a figure', base(-0), 'ok', 'ok', 'ok'],
  [
    'NaN as a figure',
    base(Number.NaN),
    ['INVALID_DRAFT', '/terms/0/value'],
    ['INVALID_ARGUMENT', '/terms/0/value'],
    ['INVALID_ARGUMENT', '/terms/0/value'],
  ],
  [
    'Infinity as a figure',
    base(Number.POSITIVE_INFINITY),
    ['INVALID_DRAFT', '/terms/0/value'],
    ['INVALID_ARGUMENT', '/terms/0/value'],
    ['INVALID_ARGUMENT', '/terms/0/value'],
  ],
  [
    'undefined in an optional field',
    withField('version', undefined),
    'ok',
    'ok',
    ['INVALID_ARGUMENT', '/version'],
  ],
  [
    'undefined in a required field',
    withField('title', undefined),
    ['INVALID_DRAFT', '/title'],
    'ok',
    ['INVALID_ARGUMENT', '/title'],
  ],
  [
    'undefined as the id',
    withField('id', undefined),
    ['INVALID_DRAFT', '/id'],
    ['INVALID_ARGUMENT', '/0/id'],
    ['INVALID_ARGUMENT', '/id'],
  ],
  [
    'a sparse provisions array',
    sparse,
    ['INVALID_DRAFT', '/provisions/0'],
    ['INVALID_ARGUMENT', '/provisions/0'],
    ['INVALID_ARGUMENT', '/provisions/0'],
  ],
  [
    'a Date as the date',
    withField('date', new Date('2025-11-20')),
    ['INVALID_ARGUMENT', '/date'],
    ['INVALID_ARGUMENT', '/date'],
    ['INVALID_ARGUMENT', '/date'],
  ],
  [
    'a Map as the provisions',
    withField('provisions', new Map()),
    ['INVALID_ARGUMENT', '/provisions'],
    ['INVALID_ARGUMENT', '/0/provisions'],
    ['INVALID_ARGUMENT', '/provisions'],
  ],
  [
    'a class instance as the draft',
    new DraftClass(),
    ['INVALID_ARGUMENT', ''],
    ['INVALID_ARGUMENT', ''],
    ['INVALID_ARGUMENT', ''],
  ],
  [
    'a BigInt as a figure',
    base(10n),
    ['INVALID_DRAFT', '/terms/0/value'],
    ['INVALID_ARGUMENT', '/terms/0/value'],
    ['INVALID_ARGUMENT', '/terms/0/value'],
  ],
  [
    'a cycle',
    cyclic,
    ['INVALID_ARGUMENT', '/provisions/0/self'],
    ['INVALID_ARGUMENT', '/provisions/0/self'],
    ['INVALID_ARGUMENT', '/provisions/0/self'],
  ],
  ['a shared (acyclic) reference', shared, 'ok', 'ok', 'ok'],
  ['a null-prototype object', Object.assign(Object.create(null), base()), 'ok', 'ok', 'ok'],
  ['a symbol-keyed member', { ...base(), [Symbol('hidden')]: new Date() }, 'ok', 'ok', 'ok'],
  [
    'a boxed string as the id',
    withField('id', new String('odd')),
    ['INVALID_ARGUMENT', '/id'],
    ['INVALID_ARGUMENT', '/0/id'],
    ['INVALID_ARGUMENT', '/id'],
  ],
  [
    'a getter that throws',
    throwing,
    ['INVALID_ARGUMENT', undefined],
    ['INVALID_ARGUMENT', ''],
    ['INVALID_ARGUMENT', ''],
  ],
  [
    'a revoked proxy',
    revoked,
    ['INVALID_ARGUMENT', undefined],
    ['INVALID_ARGUMENT', '/0'],
    ['INVALID_ARGUMENT', ''],
  ],
  ['a lone surrogate in the title', withField('title', 'Odd \ud800 values'), 'ok', 'ok', 'ok'],
  [
    'frozen objects',
    Object.freeze({
      ...base(),
      provisions: Object.freeze([Object.freeze({ id: 'p1', text: 'One.' })]),
    }),
    'ok',
    'ok',
    'ok',
  ],
];

describe('odd values in input objects: rejected with a clear error, or handled', () => {
  it.each(ROWS)('%s', (_name, input, parse, compare, patch) => {
    expect(outcomeOf(() => parseDraft(input))).toEqual(parse);
    // diffDrafts validates both sides with parseDraft: the same code and path.
    expect(outcomeOf(() => diffDrafts(input as Draft, base() as Draft))).toEqual(parse);
    const other = parseDraft({ ...base(2), id: 'other' });
    expect(outcomeOf(() => compareDrafts([input as Draft, other]))).toEqual(compare);
    expect(outcomeOf(() => toJsonPatch(input, base()))).toEqual(patch);
    expect(outcomeOf(() => applyPatch(input, []))).toEqual(patch);
  });
});

describe('odd values compareDrafts and its kin read', () => {
  it('a hole in basedOn is INVALID_ARGUMENT in history, changelog and blame (found by the soak)', () => {
    const basedOn: string[] = [];
    basedOn.length = 1;
    const holey = { ...base(), basedOn } as Draft;
    for (const call of [
      () => api.history([holey]),
      () => api.changelog([holey]),
      () => api.blame([holey], 'cap'),
    ]) {
      expect(outcomeOf(call)).toEqual(['INVALID_ARGUMENT', '/0/basedOn']);
    }
  });
});

describe('how the handled ones come out', () => {
  it('-0 equals 0: no change, agreement, no patch; the patch copy writes 0', () => {
    expect(diffDrafts(base(-0) as Draft, base(0) as Draft).changes).toEqual([]);
    const rows = compareDrafts([parseDraft(base(-0)), parseDraft({ ...base(0), id: 'zero' })]).rows;
    expect(rows.map((row) => row.agreement)).toEqual(['agree']);
    expect(toJsonPatch(base(-0), base(0))).toEqual([]);
    const copy = applyPatch(base(-0), []) as { terms: { value: number }[] };
    expect(Object.is(copy.terms[0]?.value, 0)).toBe(true);
    expect(JSON.stringify(parseDraft(base(-0)).terms)).toContain('"value":0');
  });

  it('undefined in an optional field is absent: the parsed draft has no such member', () => {
    expect(Object.hasOwn(parseDraft(withField('version', undefined)), 'version')).toBe(false);
  });

  it('a shared reference is read twice and copied twice; the copies are independent', () => {
    const parsed = parseDraft(shared);
    expect(parsed.sources?.[0]).toEqual(parsed.sources?.[1]);
    expect(parsed.sources?.[0]).not.toBe(parsed.sources?.[1]);
    const patched = applyPatch(shared, []) as { sources: object[] };
    expect(patched.sources[0]).toEqual(patched.sources[1]);
    expect(patched.sources[0]).not.toBe(patched.sources[1]);
  });

  it('a null-prototype draft parses to an ordinary object', () => {
    const parsed = parseDraft(Object.assign(Object.create(null), base()));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('a lone surrogate survives the diff and comes out escaped in JSON', () => {
    const diff = diffDrafts(base() as Draft, withField('title', 'Odd \ud800 values') as Draft);
    expect(diff.changes.map((change) => change.kind)).toEqual(['draft.changed']);
    const json = formatDiff(diff, 'json');
    expect(json).toContain('Odd \\ud800 values');
    expect(JSON.parse(json).changes[0].after).toBe('Odd \ud800 values');
  });

  it('messages name the odd value and where it is', () => {
    const message = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(message(() => parseDraft(withField('date', new Date(0))))).toBe(
      '/date is an instance of Date, not a plain object, array or JSON value',
    );
    expect(message(() => parseDraft(cyclic))).toBe('input has a cycle at /provisions/0/self');
    expect(message(() => parseDraft(base(Number.NaN)))).toBe(
      'invalid draft: /terms/0/value: expected number, received NaN',
    );
    expect(message(() => parseDraft(base(10n)))).toBe(
      'invalid draft: /terms/0/value: expected number, received bigint',
    );
    expect(message(() => toJsonPatch(sparse, {}))).toBe(
      'first value is not JSON: a hole in a sparse array at /provisions/0',
    );
  });
});
