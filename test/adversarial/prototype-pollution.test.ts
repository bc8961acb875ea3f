// Prototype pollution: `__proto__`, `constructor` and `prototype` as keys, provision ids,
// term keys, draft ids, outlets, patch paths, filter values, format names and CLI arguments.
// Each row says what the call must give (a value, or a DraftdiffError code and path), and
// every row is followed by a check that Object.prototype, Array.prototype and
// Function.prototype are exactly as before and that no object sees an inherited `polluted`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyPatch,
  blame,
  type ComparisonRow,
  compareDrafts,
  type Draft,
  DraftdiffError,
  type DraftValidationError,
  diffDrafts,
  extractTerms,
  filterComparison,
  formatComparison,
  formatDiff,
  fromText,
  history,
  parseDraft,
  toJsonPatch,
} from '../../src/index.js';
import { run, temporaryDirectory } from '../cli/run.js';

/** What a row expects: an error with this code (and path), or a return value that passes `check`. */
type Expected = { code: string; path?: string } | { check: (value: unknown) => void };

type Row = [name: string, call: () => unknown, expected: Expected];

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

function snapshot(): string[][] {
  return PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).map(String).sort());
}

let before: string[][];
beforeEach(() => {
  before = snapshot();
});
afterEach(() => {
  expect(snapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

/** A valid draft with one provision per id and the given draft-level terms. */
function draft(id: string, provisions: [string, string][], extra: Record<string, unknown> = {}) {
  return {
    id,
    title: 'Framework',
    provisions: provisions.map(([provisionId, text]) => ({ id: provisionId, text })),
    ...extra,
  };
}

function check(expected: Expected, call: () => unknown): void {
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    expect(error).toBeInstanceOf(DraftdiffError);
    if (!('code' in expected)) throw error;
    expect((error as DraftdiffError).code).toBe(expected.code);
    if (expected.path !== undefined) expect((error as DraftdiffError).path).toBe(expected.path);
    return;
  }
  if ('code' in expected) throw new Error(`expected ${expected.code}, got a value`);
  expected.check(value);
}

const ownProto = (json: string) => JSON.parse(json) as Record<string, unknown>;

const drafts: Row[] = [
  [
    'a draft with an own "__proto__" member (as JSON.parse makes it) is an unknown field',
    () => parseDraft(ownProto('{"id":"a","title":"t","provisions":[],"__proto__":{"polluted":1}}')),
    { code: 'INVALID_DRAFT', path: '/__proto__' },
  ],
  [
    'a provision with "constructor": {"prototype": ...} is an unknown field',
    () =>
      parseDraft(
        ownProto(
          '{"id":"a","title":"t","provisions":[{"id":"p","text":"x","constructor":{"prototype":{"polluted":1}}}]}',
        ),
      ),
    { code: 'INVALID_DRAFT', path: '/provisions/0/constructor' },
  ],
  [
    'a term with an own "__proto__" member is an unknown field',
    () =>
      parseDraft(
        ownProto(
          '{"id":"a","title":"t","provisions":[],"terms":[{"key":"k","kind":"flag","value":true,"__proto__":{"polluted":1}}]}',
        ),
      ),
    { code: 'INVALID_DRAFT', path: '/terms/0/__proto__' },
  ],
  [
    'a term key "__proto__" is not a term key',
    () => parseDraft(draft('a', [], { terms: [{ key: '__proto__', kind: 'flag', value: true }] })),
    { code: 'INVALID_DRAFT', path: '/terms/0/key' },
  ],
  [
    'a draft id "__proto__" is not a slug',
    () => parseDraft(draft('__proto__', [])),
    { code: 'INVALID_DRAFT', path: '/id' },
  ],
  [
    'provision ids "__proto__", "constructor", "prototype" are data: a reworded clause under each',
    () =>
      diffDrafts(
        draft('a', [
          ['__proto__', 'One clause.'],
          ['constructor', 'Two clause.'],
          ['prototype', 'Three clause.'],
        ]),
        draft('a', [
          ['__proto__', 'One clause amended.'],
          ['constructor', 'Two clause amended.'],
          ['prototype', 'Three clause amended.'],
        ]),
      ).changes.map((change) => [change.kind, 'provisionId' in change && change.provisionId]),
    {
      check: (value) =>
        expect(value).toEqual([
          ['provision.reworded', '__proto__'],
          ['provision.reworded', 'constructor'],
          ['provision.reworded', 'prototype'],
        ]),
    },
  ],
  [
    'term keys "constructor" and "constructor.prototype" are data: changed, with deltas',
    () =>
      diffDrafts(
        draft('a', [], {
          terms: [
            { key: 'constructor', kind: 'quantity', value: 1, unit: 'x' },
            { key: 'constructor.prototype', kind: 'flag', value: true },
          ],
        }),
        draft('a', [], {
          terms: [
            { key: 'constructor', kind: 'quantity', value: 2, unit: 'x' },
            { key: 'constructor.prototype', kind: 'flag', value: false },
          ],
        }),
      ).changes.map((change) => [change.kind, 'key' in change && change.key]),
    {
      check: (value) =>
        expect(value).toEqual([
          ['term.changed', 'constructor'],
          ['term.changed', 'constructor.prototype'],
        ]),
    },
  ],
  [
    'an outlet "__proto__" cited by a term is data in the comparison',
    () => {
      const sources = [{ outlet: '__proto__', kind: 'leak' }];
      const term = { key: 'cap', kind: 'flag', value: true, sources: ['__proto__'] };
      const row = compareDrafts([
        parseDraft(draft('a', [], { sources, terms: [term] })),
        parseDraft(draft('b', [], { sources, terms: [term] })),
      ]).rows[0] as ComparisonRow;
      return [
        row.agreement,
        row.sources.a?.[0]?.outlet,
        formatComparison({ drafts: ['a', 'b'], rows: [row] }, 'text'),
      ];
    },
    {
      check: (value) => {
        const [agreement, outlet, text] = value as [string, string, string];
        expect([agreement, outlet]).toEqual(['agree', '__proto__']);
        expect(text).toContain('=  Cap    yes  yes');
      },
    },
  ],
];

const comparisons: Row[] = [
  [
    'draft ids "constructor" and "prototype" are own keys of values and sources',
    () =>
      compareDrafts([
        parseDraft(
          draft('constructor', [], { terms: [{ key: 'cap', kind: 'flag', value: true }] }),
        ),
        parseDraft(draft('prototype', [], { terms: [{ key: 'cap', kind: 'flag', value: false }] })),
      ]).rows[0],
    {
      check: (row) => {
        const { values, sources } = row as ComparisonRow;
        expect(Object.keys(values)).toEqual(['constructor', 'prototype']);
        expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
        expect(Object.hasOwn(sources, 'constructor')).toBe(true);
        expect((row as ComparisonRow).agreement).toBe('disagree');
      },
    },
  ],
  [
    'a hand-built comparison whose values hold an own "__proto__" column formats as data',
    () =>
      formatComparison(
        {
          drafts: ['__proto__'],
          rows: [
            {
              key: 'cap',
              label: 'Cap',
              values: ownProto('{"__proto__":{"key":"cap","kind":"flag","value":true}}') as never,
              agreement: 'single',
              sources: ownProto('{"__proto__":[]}') as never,
              sides: [{ drafts: ['__proto__'], value: { key: 'cap', kind: 'flag', value: true } }],
            },
          ],
        },
        'markdown',
      ),
    { check: (text) => expect(text).toContain('\\_\\_proto\\_\\_') },
  ],
  [
    'blame of the key "__proto__" is not a term key',
    () => blame([parseDraft(draft('a', []))], '__proto__'),
    { code: 'INVALID_ARGUMENT' },
  ],
  [
    'blame of the key "constructor" finds nothing and says so',
    () => blame([parseDraft(draft('a', []))], 'constructor'),
    {
      check: (story) =>
        expect(story).toEqual({
          key: 'constructor',
          label: 'Constructor',
          entries: [{ draft: 'a', event: 'silent', previous: [], sources: [] }],
          sides: [],
        }),
    },
  ],
  [
    'history with basedOn "constructor" (not in the set) is an unknown parent',
    () => history([parseDraft(draft('a', [], { basedOn: ['constructor'] }))]),
    { code: 'UNKNOWN_PARENT', path: '/0/basedOn/0' },
  ],
  [
    'history with a draft "constructor" as a parent orders it first',
    () =>
      history([
        parseDraft(draft('b', [], { basedOn: ['constructor'] })),
        parseDraft(draft('constructor', [])),
      ]).map((item) => item.id),
    { check: (ids) => expect(ids).toEqual(['constructor', 'b']) },
  ],
  [
    'filterComparison with only "__proto__" is an unknown agreement',
    () => filterComparison({ drafts: [], rows: [] }, { only: '__proto__' as never }),
    { code: 'INVALID_ARGUMENT' },
  ],
  [
    'filterComparison with key "__proto__" keeps nothing',
    () => filterComparison({ drafts: [], rows: [] }, { key: '__proto__' }),
    { check: (value) => expect(value).toEqual({ drafts: [], rows: [] }) },
  ],
  [
    'formatComparison in format "constructor" is an unknown format',
    () => formatComparison({ drafts: [], rows: [] }, 'constructor' as never),
    { code: 'INVALID_ARGUMENT' },
  ],
  [
    'formatDiff in format "__proto__" is an unknown format',
    () => formatDiff(diffDrafts(draft('a', []), draft('a', [])), '__proto__' as never),
    { code: 'INVALID_ARGUMENT' },
  ],
  [
    'limits with an own "__proto__" member are an unknown limit',
    () => parseDraft(draft('a', []), { limits: ownProto('{"__proto__":{"maxDepth":1}}') }),
    { code: 'INVALID_ARGUMENT' },
  ],
  [
    'fromText with a meta holding an own "__proto__" member ignores it',
    () =>
      fromText('Title\n1. One.', ownProto('{"id":"a","__proto__":{"title":"polluted"}}') as never),
    { check: (value) => expect((value as Draft).title).toBe('Title') },
  ],
  [
    'extractTerms near "constructor" and "__proto__" makes a plain kebab key',
    () => extractTerms('The constructor __proto__ gets 600 troops.').map((term) => term.key),
    { check: (keys) => expect(keys).toEqual(['quantity.personnel.gets']) },
  ],
];

const patches: Row[] = [
  [
    'add at /__proto__/polluted is refused',
    () => applyPatch({}, [{ op: 'add', path: '/__proto__/polluted', value: 1 }]),
    { code: 'FORBIDDEN_KEY', path: '/__proto__/polluted' },
  ],
  [
    'add at /constructor/prototype/polluted is refused',
    () => applyPatch({}, [{ op: 'add', path: '/constructor/prototype/polluted', value: 1 }]),
    { code: 'FORBIDDEN_KEY', path: '/constructor/prototype/polluted' },
  ],
  [
    'replace of /__proto__ is refused, even where the document has it as an own member',
    () =>
      applyPatch(ownProto('{"__proto__":{"a":1}}'), [
        { op: 'replace', path: '/__proto__', value: { polluted: 1 } },
      ]),
    { code: 'FORBIDDEN_KEY' },
  ],
  [
    'move from /__proto__ is refused',
    () => applyPatch({ a: 1 }, [{ op: 'move', from: '/__proto__', path: '/a' }]),
    { code: 'FORBIDDEN_KEY' },
  ],
  [
    'copy from /constructor is refused',
    () => applyPatch({ a: 1 }, [{ op: 'copy', from: '/constructor', path: '/b' }]),
    { code: 'FORBIDDEN_KEY' },
  ],
  [
    'test of /a/prototype is refused',
    () => applyPatch({ a: {} }, [{ op: 'test', path: '/a/prototype', value: 1 }]),
    { code: 'FORBIDDEN_KEY' },
  ],
  [
    'a value with an own "__proto__" member is added as data',
    () =>
      applyPatch({}, [{ op: 'add', path: '/x', value: ownProto('{"__proto__":{"polluted":1}}') }]),
    {
      check: (value) => {
        const x = (value as { x: object }).x;
        expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
        expect(Object.keys(x)).toEqual(['__proto__']);
        expect((x as Record<string, unknown>).polluted).toBeUndefined();
      },
    },
  ],
  [
    'an operation whose op is inherited, not own, is missing its op',
    () => applyPatch({}, [Object.create({ op: 'add', path: '/a', value: 1 })]),
    { code: 'INVALID_PATCH' },
  ],
  [
    'toJsonPatch to a value with an own "__proto__" member replaces the holder, and applies',
    () => {
      const target = ownProto('{"a":1,"__proto__":{"polluted":1}}');
      const operations = toJsonPatch({ a: 1 }, target);
      return [operations, applyPatch({ a: 1 }, operations)];
    },
    {
      check: (value) => {
        const [operations, result] = value as [unknown, Record<string, unknown>];
        expect(operations).toEqual([
          { op: 'replace', path: '', value: { a: 1, ['__proto__']: { polluted: 1 } } },
        ]);
        expect(Object.keys(result)).toEqual(['a', '__proto__']);
      },
    },
  ],
  [
    'toJsonPatch between drafts whose provision ids are "__proto__" and "constructor"',
    () =>
      toJsonPatch(
        draft('a', [
          ['__proto__', 'One.'],
          ['constructor', 'Two.'],
        ]),
        draft('a', [
          ['constructor', 'Two.'],
          ['__proto__', 'One, amended.'],
        ]),
      ),
    {
      check: (operations) =>
        expect(operations).toEqual([
          { op: 'move', from: '/provisions/0', path: '/provisions/1' },
          { op: 'replace', path: '/provisions/1/text', value: 'One, amended.' },
        ]),
    },
  ],
];

describe('prototype-pollution payloads are data, or refused', () => {
  describe('through drafts', () => {
    it.each(drafts)('%s', (_name, call, expected) => check(expected, call));
  });
  describe('through comparisons, lineage, filters, formats, limits and import', () => {
    it.each(comparisons)('%s', (_name, call, expected) => check(expected, call));
  });
  describe('through JSON Patch', () => {
    it.each(patches)('%s', (_name, call, expected) => check(expected, call));
  });

  it('a DraftValidationError for an own "__proto__" names it as an unknown field', () => {
    try {
      parseDraft(ownProto('{"id":"a","title":"t","provisions":[],"__proto__":{}}'));
    } catch (error) {
      expect((error as DraftValidationError).issues).toEqual([
        { path: '/__proto__', message: 'unknown field' },
      ]);
      return;
    }
    throw new Error('expected a DraftValidationError');
  });
});

describe('prototype-pollution payloads through the CLI (files and standard input)', () => {
  const directory = temporaryDirectory();
  const write = (name: string, content: unknown) => {
    writeFileSync(
      join(directory, name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
    return name;
  };
  const valid = write('valid.json', draft('valid', [['__proto__', 'One clause.']]));
  const renamed = write(
    'renamed.json',
    draft('renamed', [['__proto__', 'One clause, amended.']], {
      terms: [{ key: 'constructor.prototype', kind: 'flag', value: true }],
    }),
  );
  const polluting = write(
    'polluting.json',
    '{"id":"p","title":"t","provisions":[],"__proto__":{"polluted":"yes"}}',
  );
  const constructorKey = write(
    'constructor.json',
    '{"id":"c","title":"t","provisions":[],"constructor":{"prototype":{"polluted":"yes"}}}',
  );

  it.each([
    [['validate', polluting], 2, /polluting\.json: invalid draft: \/__proto__: unknown field/],
    [
      ['validate', constructorKey],
      2,
      /constructor\.json: invalid draft: \/constructor: unknown field/,
    ],
    [['diff', polluting, valid], 2, /\/__proto__: unknown field/],
    [['diff', '--format', 'patch', valid, renamed], 1, /^$/],
    [['diff', '--format', 'json', valid, renamed], 1, /^$/],
    [['compare', '--key', 'constructor', valid, renamed], 0, /^$/],
    [['compare', '--only', 'toString', valid, renamed], 2, /unknown agreement "toString"/],
    [['diff', '--format', 'constructor', valid, renamed], 2, /unknown format "constructor"/],
    [['hasOwnProperty'], 2, /unknown command "hasOwnProperty"/],
    [['log', '--__proto__', valid], 2, /--__proto__/],
    [['import', '-', '--id', 'constructor', '--title', '__proto__'], 0, /^$/],
  ] as [string[], number, RegExp][])('%j exits %i', async (argv, code, stderr) => {
    const result = await run(argv, { cwd: directory, stdin: '1. The cap is 600,000 troops.' });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(stderr);
  });

  it('a patch between two drafts with "__proto__" ids applies to give the second', async () => {
    const result = await run(['diff', '--format', 'patch', valid, renamed], { cwd: directory });
    const operations = JSON.parse(result.stdout);
    expect(applyPatch(draft('valid', [['__proto__', 'One clause.']]), operations)).toEqual(
      draft('renamed', [['__proto__', 'One clause, amended.']], {
        terms: [{ key: 'constructor.prototype', kind: 'flag', value: true }],
      }),
    );
  });
});
