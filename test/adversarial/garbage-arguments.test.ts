// Every public function (src/index.ts, and the CLI's `main`) either returns or throws a
// DraftdiffError for garbage arguments: undefined, null, numbers, strings, arrays, functions,
// symbols, bigints, dates, maps, cycles, deep nesting and objects of the wrong shape, in every
// argument position, the others valid. Never a TypeError, RangeError or anything else. The
// functions that read a diff also get garbage inside one: as a change, or in a field of one.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import * as api from '../../src/index.js';
import { DraftdiffError } from '../../src/index.js';
import { sampleDiff } from '../format/hand-built.js';

const cycle: Record<string, unknown> = { id: 'c', provisions: [] };
cycle.self = cycle;
let deep: unknown = [];
for (let level = 0; level < 5_000; level++) deep = [deep];

// Inputs that cannot be read: every trap of `throwing` throws, `revoked` throws on any use
// (even `Array.isArray`), and the getter throws when the field is read.
const fail = (): never => {
  throw new Error('unreadable');
};
const throwing = new Proxy(
  {},
  { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail },
);
const revocable = Proxy.revocable({}, {});
revocable.revoke();
const getters = Object.defineProperties(
  {},
  Object.fromEntries(
    ['id', 'title', 'provisions', 'changes', 'rows', 'kind', 'limits', 'file', 'op', 'text'].map(
      (key) => [key, { get: fail, enumerable: true }],
    ),
  ),
);

/** Garbage, by name. */
const GARBAGE: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['0', 0],
  ['-1', -1],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['empty string', ''],
  ['a string', 'garbage'],
  ['true', true],
  ['empty array', []],
  ['[null]', [null]],
  ['[1, "x", {}]', [1, 'x', {}]],
  ['empty object', {}],
  ['wrong draft', { id: 5, title: [], provisions: 'none' }],
  ['draft with bad provisions', { id: 'a', title: 't', provisions: [null, 1, { id: 2 }] }],
  ['diff with bad changes', { from: 'a', to: 'b', changes: [{ kind: 'nope' }], stats: null }],
  ['comparison with bad rows', { drafts: [1], rows: [{ key: 1, values: null }] }],
  ['term of the wrong shape', { key: 'k', kind: 'quantity', value: 'many' }],
  ['a function', () => 1],
  ['a symbol', Symbol('garbage')],
  ['a bigint', 10n],
  ['a Date', new Date(0)],
  ['a Map', new Map([['id', 'a']])],
  ['a null-prototype object', Object.create(null)],
  ['a cycle', cycle],
  ['5,000 nested arrays', deep],
  ['a proxy whose every trap throws', throwing],
  ['a revoked proxy', revocable.proxy],
  ['an object whose getters throw', getters],
  ['an array holding a throwing proxy', [throwing]],
];

const draft = api.parseDraft({
  id: 'a',
  title: 'T',
  provisions: [
    { id: 'p', text: 'The cap is 600,000.', terms: [{ key: 'cap', kind: 'flag', value: true }] },
  ],
  sources: [{ outlet: 'Axios', kind: 'leak' }],
});
const other = api.parseDraft({ ...draft, id: 'b', basedOn: ['a'], title: 'U' });
const diff = api.diffDrafts(draft, other);
const comparison = api.compareDrafts([draft, other]);
const row = comparison.rows[0] as api.ComparisonRow;
const term = draft.provisions[0]?.terms?.[0] as api.Term;

interface Entry {
  /** The function's name. */
  name: string;
  /** Valid arguments; each position is replaced by garbage in turn. */
  args: unknown[];
  call: (...args: unknown[]) => unknown;
}

const ENTRIES: Entry[] = [
  { name: 'parseDraft', args: [draft, {}], call: (a, b) => api.parseDraft(a, b as never) },
  { name: 'safeParseDraft', args: [draft, {}], call: (a, b) => api.safeParseDraft(a, b as never) },
  {
    name: 'diffDrafts',
    args: [draft, other, {}],
    call: (a, b, c) => api.diffDrafts(a as never, b as never, c as never),
  },
  {
    name: 'alignProvisions',
    args: [draft.provisions, other.provisions, {}],
    call: (a, b, c) => api.alignProvisions(a as never, b as never, c as never),
  },
  {
    name: 'rebuildText',
    args: [[{ op: 'equal', text: 'x' }], 'before'],
    call: (a, b) => api.rebuildText(a as never, b as never),
  },
  {
    name: 'formatDiff',
    args: [diff, 'text', {}],
    call: (a, b, c) => api.formatDiff(a as never, b as never, c as never),
  },
  {
    name: 'compareDrafts',
    args: [[draft, other], {}],
    call: (a, b) => api.compareDrafts(a as never, b as never),
  },
  {
    name: 'history',
    args: [[draft, other], {}],
    call: (a, b) => api.history(a as never, b as never),
  },
  {
    name: 'changelog',
    args: [[draft, other], {}],
    call: (a, b) => api.changelog(a as never, b as never),
  },
  {
    name: 'blame',
    args: [[draft, other], 'cap', {}],
    call: (a, b, c) => api.blame(a as never, b as never, c as never),
  },
  {
    name: 'filterComparison',
    args: [comparison, {}],
    call: (a, b) => api.filterComparison(a as never, b as never),
  },
  {
    name: 'formatComparison',
    args: [comparison, 'text', {}],
    call: (a, b, c) => api.formatComparison(a as never, b as never, c as never),
  },
  {
    name: 'formatComparisonRow',
    args: [row, {}],
    call: (a, b) => api.formatComparisonRow(a as never, b as never),
  },
  {
    name: 'describeSource',
    args: [{ outlet: 'Axios', kind: 'leak' }],
    call: (a) => api.describeSource(a as never),
  },
  {
    name: 'termsAgree',
    args: [term, term],
    call: (a, b) => api.termsAgree(a as never, b as never),
  },
  {
    name: 'termsAgreeExactly',
    args: [term, term],
    call: (a, b) => api.termsAgreeExactly(a as never, b as never),
  },
  { name: 'toJsonPatch', args: [{}, {}, {}], call: (a, b, c) => api.toJsonPatch(a, b, c as never) },
  {
    name: 'applyPatch',
    args: [{}, [], {}],
    call: (a, b, c) => api.applyPatch(a, b as never, c as never),
  },
  { name: 'draftJsonSchema', args: [], call: () => api.draftJsonSchema() },
  {
    name: 'fromText',
    args: ['1. The cap is 600,000.', { id: 'a' }, {}],
    call: (a, b, c) => api.fromText(a as never, b as never, c as never),
  },
  {
    name: 'extractTerms',
    args: ['600,000 troops', {}],
    call: (a, b) => api.extractTerms(a as never, b as never),
  },
  {
    name: 'formatDiffHtml',
    args: [diff, {}],
    call: (a, b) => api.formatDiffHtml(a as never, b as never),
  },
  {
    name: 'formatChangelogHtml',
    args: [[diff], {}],
    call: (a, b) => api.formatChangelogHtml(a as never, b as never),
  },
  {
    name: 'buildTimeline',
    args: [[draft, other], { keys: [term.key] }],
    call: (a, b) => api.buildTimeline(a as never, b as never),
  },
  {
    name: 'formatTimelineHtml',
    args: [api.buildTimeline([draft, other]), { steps: [diff] }],
    call: (a, b) => api.formatTimelineHtml(a as never, b as never),
  },
  {
    name: 'formatDiffMarkdown',
    args: [diff],
    call: (a) => api.formatDiffMarkdown(a as never),
  },
  { name: 'invertDiff', args: [diff], call: (a) => api.invertDiff(a as never) },
  { name: 'invertChange', args: [diff.changes[0]], call: (a) => api.invertChange(a as never) },
  {
    name: 'matchChange',
    args: [diff.changes[0], { kind: 'draft.changed' }],
    call: (a, b) => api.matchChange(a as never, b as never),
  },
  {
    name: 'describeChange',
    args: [diff.changes[0]],
    call: (a) => api.describeChange(a as never),
  },
  {
    name: 'findClosestChanges',
    args: [diff, { kind: 'draft.changed' }, 3],
    call: (a, b, c) => api.findClosestChanges(a as never, b as never, c as never),
  },
  {
    name: 'changeMatchers.toHaveChange',
    args: [diff, { kind: 'draft.changed' }],
    call: (a, b) => api.changeMatchers.toHaveChange.call({}, a, b as never),
  },
  {
    name: 'changeMatchers.toHaveNoChanges',
    args: [diff],
    call: (a) => api.changeMatchers.toHaveNoChanges.call({}, a),
  },
];

/** Every (function, position, garbage) case. */
const CASES = ENTRIES.flatMap((entry) =>
  entry.args.flatMap((_, position) =>
    GARBAGE.map(([name, value]) => {
      const args = [...entry.args];
      args[position] = value;
      return [`${entry.name}, argument ${position + 1}: ${name}`, entry.call, args] as const;
    }),
  ),
);

describe('garbage arguments: every public function returns or throws a DraftdiffError', () => {
  it.each(CASES)('%s', (_name, call, args) => {
    try {
      call(...args);
    } catch (error) {
      expect(error).toBeInstanceOf(DraftdiffError);
      expect((error as DraftdiffError).code).toMatch(/^[A-Z_]+$/);
      expect((error as Error).message.length).toBeLessThan(1_000);
    }
  });

  it('the valid arguments of the table are valid: every function returns with them', () => {
    for (const entry of ENTRIES) expect(() => entry.call(...entry.args)).not.toThrow();
  });

  it('safeParseDraft never throws at all, whatever it is given', () => {
    for (const [, value] of GARBAGE) {
      for (const [, options] of GARBAGE) {
        const result = api.safeParseDraft(value, options as never);
        if (!result.success) expect(result.error).toBeInstanceOf(DraftdiffError);
      }
    }
  });

  it('the error classes themselves take garbage without throwing', () => {
    for (const [, value] of GARBAGE) {
      expect(new api.DraftdiffError(value as never, value as never)).toBeInstanceOf(DraftdiffError);
      expect(new api.DraftValidationError(value as never, value as never)).toBeInstanceOf(
        DraftdiffError,
      );
      expect(new api.PatchError(value as never, value as never, value as never)).toBeInstanceOf(
        DraftdiffError,
      );
    }
  });
});

describe('garbage inside a diff: every function that reads a DraftDiff or a Change', () => {
  const split: api.Change = {
    kind: 'provision.split',
    path: '/provisions/0',
    summary: 'Point 1 was split in two',
    provisionId: 'p1',
    intoIds: ['p1a', 'p1b'],
    afterPaths: ['/provisions/0', '/provisions/1'],
    before: { id: 'p1', number: '1', text: 'One. Two.' },
    after: [
      { id: 'p1a', number: '1', text: 'One.' },
      { id: 'p1b', number: '2', text: 'Two.' },
    ],
  };
  const merged: api.Change = {
    kind: 'provision.merged',
    path: '/provisions/0',
    summary: 'Points 1 and 2 were merged',
    provisionId: 'p1',
    fromIds: ['p1a', 'p1b'],
    beforePaths: ['/provisions/0', '/provisions/1'],
    before: split.after as api.Provision[],
    after: split.before as api.Provision,
  };
  const changes = [...sampleDiff().changes, split, merged];

  /**
   * Garbage as a change, and each change with one field, or one field of a term or provision on
   * one of its sides, replaced by garbage. The values inside a term (a status's `value`, a set's
   * `members`) are test/format/arguments.test.ts's: the entry checks name them by their path.
   */
  const garbled: [string, unknown][] = [...GARBAGE];
  garbled.push(
    ...changes.flatMap((change, index) => {
      const record = change as unknown as Record<string, unknown>;
      const sides = (['before', 'after'] as const).flatMap((side) => {
        const value = record[side];
        const items = Array.isArray(value) ? value : [value];
        return items.flatMap((item, at) => {
          if (typeof item !== 'object' || item === null) return [];
          const fields =
            'key' in item ? ['key', 'kind', 'label'] : ['text', 'id', 'number', 'title'];
          return fields.flatMap((field) =>
            GARBAGE.map(([name, garbage]): [string, unknown] => {
              const copy = { ...(item as Record<string, unknown>), [field]: garbage };
              const list = Array.isArray(value)
                ? value.map((old, k) => (k === at ? copy : old))
                : copy;
              return [
                `${change.kind} ${index} ${side}[${at}].${field}: ${name}`,
                { ...change, [side]: list },
              ];
            }),
          );
        });
      });
      const own = ['kind', 'summary', 'before', 'after', 'hunks'].flatMap((field) =>
        GARBAGE.map(([name, garbage]): [string, unknown] => [
          `${change.kind} ${index} .${field}: ${name}`,
          { ...change, [field]: garbage },
        ]),
      );
      return [...own, ...sides];
    }),
  );

  const consumers: [string, (change: unknown) => unknown][] = [
    ...(['text', 'markdown', 'html', 'json'] as const).map(
      (format): [string, (change: unknown) => unknown] => [
        `formatDiff ${format}`,
        (change) => api.formatDiff({ ...diff, changes: [change] } as never, format),
      ],
    ),
    ['formatDiffHtml', (change) => api.formatDiffHtml({ ...diff, changes: [change] } as never)],
    [
      'formatDiffMarkdown',
      (change) => api.formatDiffMarkdown({ ...diff, changes: [change] } as never),
    ],
    [
      'formatChangelogHtml',
      (change) => api.formatChangelogHtml([{ ...diff, changes: [change] } as never]),
    ],
    ['describeChange', (change) => api.describeChange(change as never)],
    ['invertChange', (change) => api.invertChange(change as never)],
    ['invertDiff', (change) => api.invertDiff({ ...diff, changes: [change] } as never)],
    ['matchChange', (change) => api.matchChange(change as never, { from: 1, to: { value: 2 } })],
    [
      'findClosestChanges',
      (change) => api.findClosestChanges({ ...diff, changes: [change] } as never, {}, 1),
    ],
    [
      'toHaveChange',
      (change) =>
        api.changeMatchers.toHaveChange.call({}, { ...diff, changes: [change] }, {}).message(),
    ],
    [
      'toHaveNoChanges',
      (change) =>
        api.changeMatchers.toHaveNoChanges.call({}, { ...diff, changes: [change] }).message(),
    ],
  ];

  it.each(consumers)('%s returns or throws a DraftdiffError', (_name, consume) => {
    for (const [name, change] of garbled) {
      try {
        consume(change);
      } catch (error) {
        if (!(error instanceof DraftdiffError)) throw new Error(`${name}: ${String(error)}`);
        expect((error as Error).message.length).toBeLessThan(1_000);
      }
    }
  });
});

describe('garbage arguments to the CLI: exit 2 and one line on stderr, never a throw', () => {
  const io = () => {
    const output = { stdout: '', stderr: '' };
    return {
      output,
      io: {
        stdout: { write: (text: string) => (output.stdout += text) },
        stderr: { write: (text: string) => (output.stderr += text) },
        stdin: async () => '',
        env: {},
        isTTY: false,
        cwd: process.cwd(),
      },
    };
  };

  it.each<[string, unknown]>([
    ['an unknown command', ['frobnicate']],
    ['an empty command', ['']],
    ['a command with an empty option', ['diff', '--']],
    ['an unknown option', ['diff', '--frobnicate', 'a', 'b']],
    ['a missing option value', ['import', 'x.txt', '--id']],
    ['files that do not exist', ['diff', 'nope-1.json', 'nope-2.json']],
    ['a directory as a file', ['validate', 'src']],
    ['a NUL byte in a file name', ['validate', 'a\u0000b.json']],
    ['a very long file name', ['validate', `${'x'.repeat(10_000)}.json`]],
    ['argv of numbers', [1, 2]],
    ['argv as one string', 'diff'],
    ['argv null', null],
    ['argv a 5,000-deep array', deep],
    ['argv with a symbol', ['diff', Symbol('x')]],
    ['argv with a null-prototype object', [Object.create(null)]],
  ])('%s', async (_name, argv) => {
    const { io: streams, output } = io();
    await expect(main(argv as string[], streams)).resolves.toBe(2);
    expect(output.stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(output.stderr.length).toBeLessThan(1_200);
  });
});
