import { describe, expect, it } from 'vitest';
import { describeTermValue } from '../../src/diff/describe-term.js';
import {
  type Comparison,
  type ComparisonRow,
  compareDrafts,
  type Draft,
  DraftdiffError,
  type DraftInput,
  filterComparison,
  parseDraft,
  type TermInput,
} from '../../src/index.js';
import { cap, deepFreeze, draftOf, point } from '../support/build.js';

/** A parsed draft with one provision per term, numbered 1..n. */
function draft(id: string, terms: TermInput[], extra: Partial<DraftInput> = {}): Draft {
  return parseDraft(
    draftOf(
      id,
      terms.map((term, index) => point(index + 1, `Point ${index + 1}.`, { terms: [term] })),
      extra,
    ),
  );
}

const partial = { coverage: 'partial' } as const;
const unaddressed = (key: string): TermInput => ({ key, kind: 'unaddressed' });
const kherson = (value: string): TermInput => ({ key: 'territory.kherson', kind: 'status', value });
const elections = (extra: Partial<TermInput> = {}): TermInput =>
  ({
    key: 'elections.deadline',
    kind: 'duration',
    value: 100,
    unit: 'days',
    ...extra,
  }) as TermInput;

/** A row reduced to what the table checks: values as words, sides as ids. */
interface RowShape {
  key: string;
  agreement: ComparisonRow['agreement'];
  near?: true;
  note?: string;
  values: Record<string, string>;
  sides: string[][];
}

function shape(row: ComparisonRow): RowShape {
  const result: RowShape = {
    key: row.key,
    agreement: row.agreement,
    values: Object.fromEntries(
      Object.entries(row.values).map(([id, value]) => [
        id,
        value === 'silent' ? 'silent' : describeTermValue(value),
      ]),
    ),
    sides: row.sides.map((side) => side.drafts),
  };
  if (row.near === true) result.near = true;
  if (row.note !== undefined) result.note = row.note;
  return result;
}

const CAP = 'armed-forces.personnel-cap';

const table: { name: string; drafts: Draft[]; rows: RowShape[] }[] = [
  {
    name: 'agree: two drafts state the same figure',
    drafts: [draft('a', [cap(600_000)]), draft('b', [cap(600_000)])],
    rows: [
      {
        key: CAP,
        agreement: 'agree',
        values: { a: '600,000 personnel', b: '600,000 personnel' },
        sides: [['a', 'b']],
      },
    ],
  },
  {
    name: 'disagree: different figures',
    drafts: [
      draft('a', [cap(600_000, { bound: 'at-most' })]),
      draft('b', [cap(400_000, { bound: 'about' })]),
    ],
    rows: [
      {
        key: CAP,
        agreement: 'disagree',
        values: { a: 'at most 600,000 personnel', b: 'about 400,000 personnel' },
        sides: [['a'], ['b']],
      },
    ],
  },
  {
    name: 'single: one draft states the key, a complete draft without it is silent',
    drafts: [draft('a', [cap(600_000)]), draft('b', [])],
    rows: [
      {
        key: CAP,
        agreement: 'single',
        values: { a: '600,000 personnel', b: 'silent' },
        sides: [['a']],
      },
    ],
  },
  {
    name: 'silent: a partial draft does not take a side',
    drafts: [
      draft('a', [cap(600_000), kherson('frozen')]),
      draft('b', [cap(600_000)], partial),
      draft('c', [kherson('frozen')], partial),
    ],
    rows: [
      {
        key: CAP,
        agreement: 'agree',
        values: { a: '600,000 personnel', b: '600,000 personnel', c: 'silent' },
        sides: [['a', 'b']],
      },
      {
        key: 'territory.kherson',
        agreement: 'agree',
        values: { a: 'frozen', b: 'silent', c: 'frozen' },
        sides: [['a', 'c']],
      },
    ],
  },
  {
    name: 'unaddressed disagrees with a stated value',
    drafts: [draft('a', [kherson('frozen')]), draft('b', [unaddressed('territory.kherson')])],
    rows: [
      {
        key: 'territory.kherson',
        agreement: 'disagree',
        values: { a: 'frozen', b: 'not addressed' },
        sides: [['a'], ['b']],
      },
    ],
  },
  {
    name: 'unaddressed agrees with unaddressed, and alone is single',
    drafts: [
      draft('a', [unaddressed('territory.kherson'), unaddressed('territory.crimea')]),
      draft('b', [unaddressed('territory.kherson')]),
    ],
    rows: [
      {
        key: 'territory.kherson',
        agreement: 'agree',
        values: { a: 'not addressed', b: 'not addressed' },
        sides: [['a', 'b']],
      },
      {
        key: 'territory.crimea',
        agreement: 'single',
        values: { a: 'not addressed', b: 'silent' },
        sides: [['a']],
      },
    ],
  },
  {
    name: 'near: one figure, different bounds',
    drafts: [
      draft('a', [cap(600_000, { bound: 'at-most' })]),
      draft('b', [cap(600_000, { bound: 'about' })]),
      draft('c', [cap(600_000, { bound: 'at-most' })]),
    ],
    rows: [
      {
        key: CAP,
        agreement: 'agree',
        near: true,
        note: 'same figure, bounds differ: at most vs about',
        values: {
          a: 'at most 600,000 personnel',
          b: 'about 600,000 personnel',
          c: 'at most 600,000 personnel',
        },
        sides: [['a', 'c'], ['b']],
      },
    ],
  },
  {
    name: 'a near figure beside a different one is a disagreement with three sides',
    drafts: [
      draft('a', [cap(600_000, { bound: 'at-most' })]),
      draft('b', [cap(600_000, { bound: 'about' })]),
      draft('c', [cap(400_000, { bound: 'about' })]),
    ],
    rows: [
      {
        key: CAP,
        agreement: 'disagree',
        values: {
          a: 'at most 600,000 personnel',
          b: 'about 600,000 personnel',
          c: 'about 400,000 personnel',
        },
        sides: [['a'], ['b'], ['c']],
      },
    ],
  },
  {
    name: 'different kinds disagree, with a note',
    drafts: [
      draft('a', [cap(600_000)]),
      draft('b', [{ key: CAP, kind: 'text', value: '600,000 or 400,000' }]),
    ],
    rows: [
      {
        key: CAP,
        agreement: 'disagree',
        note: 'stated as different kinds: quantity, text',
        values: { a: '600,000 personnel', b: '"600,000 or 400,000"' },
        sides: [['a'], ['b']],
      },
    ],
  },
  {
    name: 'wording fields do not count, but the note says they differ',
    drafts: [
      draft('a', [elections()]),
      draft('b', [elections({ from: 'signing of the agreement' } as Partial<TermInput>)]),
    ],
    rows: [
      {
        key: 'elections.deadline',
        agreement: 'agree',
        note: 'wording differs in: from',
        values: { a: '100 days', b: '100 days from signing of the agreement' },
        sides: [['a', 'b']],
      },
    ],
  },
  {
    name: '14 days agree with 2 weeks',
    drafts: [
      draft('a', [elections({ value: 14 } as Partial<TermInput>)]),
      draft('b', [elections({ value: 2, unit: 'weeks' } as Partial<TermInput>)]),
    ],
    rows: [
      {
        key: 'elections.deadline',
        agreement: 'agree',
        values: { a: '14 days', b: '2 weeks' },
        sides: [['a', 'b']],
      },
    ],
  },
  {
    name: 'no drafts',
    drafts: [],
    rows: [],
  },
];

describe('compareDrafts: example table', () => {
  it.each(table)('$name', ({ drafts, rows }) => {
    const comparison = compareDrafts(drafts);
    expect(comparison.drafts).toEqual(drafts.map((item) => item.id));
    expect(comparison.rows.map(shape)).toEqual(rows);
  });
});

describe('compareDrafts: a whole row', () => {
  it('keeps each value with its sources and confidence', () => {
    const axios = draft('axios', [cap(600_000, { bound: 'at-most', sources: ['Axios'] })], {
      sources: [{ outlet: 'Axios', kind: 'full-text' }],
    });
    const irish = draft(
      'irish-times',
      [cap(600_000, { bound: 'at-most', confidence: 'reported', label: 'Cap' })],
      {
        coverage: 'partial',
        sources: [{ outlet: 'The Irish Times', citing: 'Bloomberg', kind: 'summary' }],
      },
    );
    const other = draft('other', [cap(400_000, { bound: 'about', sources: ['Others'] })], {
      coverage: 'partial',
      sources: [
        { outlet: 'Others', kind: 'analysis' },
        { outlet: 'Unused', kind: 'summary' },
      ],
    });
    const silent = draft('silent', [], { coverage: 'partial' });
    const comparison = compareDrafts([axios, irish, other, silent]);
    const axiosCap = axios.provisions[0]?.terms?.[0];
    const irishCap = irish.provisions[0]?.terms?.[0];
    const otherCap = other.provisions[0]?.terms?.[0];
    expect(comparison).toStrictEqual({
      drafts: ['axios', 'irish-times', 'other', 'silent'],
      rows: [
        {
          key: CAP,
          label: 'Armed forces cap',
          values: { axios: axiosCap, 'irish-times': irishCap, other: otherCap, silent: 'silent' },
          agreement: 'disagree',
          sources: {
            axios: [{ outlet: 'Axios', kind: 'full-text' }],
            'irish-times': [{ outlet: 'The Irish Times', citing: 'Bloomberg', kind: 'summary' }],
            other: [{ outlet: 'Others', kind: 'analysis' }],
          },
          sides: [
            { drafts: ['axios', 'irish-times'], value: axiosCap },
            { drafts: ['other'], value: otherCap },
          ],
        },
      ],
    });
    expect(irishCap?.confidence).toBe('reported');
  });

  it('labels a key with the label most drafts give, else words from the key', () => {
    const comparison = compareDrafts([
      draft('a', [
        cap(1, { label: 'Zeta' }),
        { key: 'ceasefire.start-date', kind: 'flag', value: true },
      ]),
      draft('b', [cap(1, { label: 'Alpha' })]),
      draft('c', [cap(1, { label: 'Zeta' })]),
      draft('d', [cap(1, { label: 'Beta' })]),
    ]);
    expect(comparison.rows.map((row) => row.label)).toEqual(['Zeta', 'Ceasefire start date']);
    const tie = compareDrafts([
      draft('a', [cap(1, { label: 'Zeta' })]),
      draft('b', [cap(1, { label: 'Alpha' })]),
    ]);
    expect(tie.rows[0]?.label).toBe('Alpha');
  });
});

describe('compareDrafts: row order', () => {
  const term = (key: string): TermInput => ({ key, kind: 'flag', value: true });

  it('follows provision numbers, sub-points after their point, draft-level terms last', () => {
    const a = parseDraft(
      draftOf(
        'a',
        [
          point(9, 'Nine.', { terms: [term('nine.b'), term('nine.a')] }),
          point(10, 'Ten.', {
            terms: [term('ten')],
            items: [
              { id: 'p10b', number: '10.b', text: 'b', terms: [term('ten.b')] },
              { id: 'p10c', text: 'unnumbered', terms: [term('ten.unnumbered')] },
            ],
          }),
          point(2, 'Two, out of order.', { terms: [term('two')] }),
        ],
        { terms: [term('draft.level')] },
      ),
    );
    expect(compareDrafts([a]).rows.map((row) => row.key)).toEqual([
      'two',
      'nine.b',
      'nine.a',
      'ten',
      'ten.unnumbered',
      'ten.b',
      'draft.level',
    ]);
  });

  it('places a key by complete drafts when any states it, and by key on a tie', () => {
    const full = parseDraft(
      draftOf('full', [
        point(1, 'One.', { terms: [term('one')] }),
        point(5, 'Five.', { terms: [term('five')] }),
      ]),
    );
    // The summary numbers nothing: its first point says "five", its second a key of its own.
    const summary = parseDraft(
      draftOf(
        'summary',
        [
          { id: 's1', text: 'Five.', terms: [term('five')] },
          { id: 's2', text: 'Other.', terms: [term('b-only-here'), term('a-only-here')] },
        ],
        { coverage: 'partial' },
      ),
    );
    expect(compareDrafts([summary, full]).rows.map((row) => row.key)).toEqual([
      'one',
      'b-only-here',
      'a-only-here',
      'five',
    ]);
  });
  it('places an unnumbered point of a summary where the full text numbers the same id', () => {
    const full = parseDraft(
      draftOf('full', [
        point(1, 'One.', { terms: [term('one')] }),
        point(6, 'Six.', { id: 'cap', terms: [term('six')] }),
        point(9, 'Nine.', { terms: [term('nine')] }),
      ]),
    );
    const summary = parseDraft(
      draftOf(
        'summary',
        [
          { id: 'cap', text: 'Six, in brief.', terms: [term('six.detail')] },
          // An id that only reflects position is no evidence of being the same point.
          { id: 'p9', positional: true, text: 'x', terms: [term('positional')] },
        ],
        { coverage: 'partial' },
      ),
    );
    expect(compareDrafts([summary, full]).rows.map((row) => row.key)).toEqual([
      'one',
      'positional',
      'six',
      'six.detail',
      'nine',
    ]);
  });
});

describe('compareDrafts: ids are data', () => {
  it('accepts the id "constructor" and keeps values as own properties', () => {
    const comparison = compareDrafts([draft('constructor', [cap(1)]), draft('b', [])]);
    const values = comparison.rows[0]?.values ?? {};
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.keys(values)).toEqual(['constructor', 'b']);
    expect(values.constructor).toMatchObject({ kind: 'quantity', value: 1 });
  });

  it('keeps an id "__proto__" (a draft that skipped parseDraft) as data', () => {
    const odd = { ...draft('x', [cap(1)]) } as Draft;
    Object.defineProperty(odd, 'id', { value: '__proto__', enumerable: true });
    const comparison = compareDrafts([odd, draft('b', [cap(2)])]);
    const row = comparison.rows[0] as ComparisonRow;
    expect(Object.getPrototypeOf(row.values)).toBe(Object.prototype);
    expect(Object.hasOwn(row.values, '__proto__')).toBe(true);
    expect(Object.keys(row.sources)).toEqual(['__proto__', 'b']);
    expect(JSON.parse(JSON.stringify(row.values))).toEqual({
      ['__proto__']: expect.objectContaining({ value: 1 }),
      b: expect.objectContaining({ value: 2 }),
    });
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });
});

describe('compareDrafts: bad input and purity', () => {
  it('rejects two drafts with one id', () => {
    expect(() => compareDrafts([draft('a', []), draft('a', [])])).toThrowError(
      expect.objectContaining({ code: 'DUPLICATE_ID', path: '/1/id' }),
    );
  });

  it.each([
    ['not an array', { id: 'a' }, '' as string | undefined],
    ['an item that is not a draft', [null], '/0'],
    ['an item without an id', [{ provisions: [] }], '/0/id'],
    ['an item without provisions', [{ id: 'a' }], '/0/provisions'],
    [
      'a term without a key',
      [{ id: 'a', provisions: [{ id: 'p', text: '', terms: [7] }] }],
      '/provisions/0/terms/0',
    ],
  ])('rejects %s with INVALID_ARGUMENT', (_name, input, path) => {
    let caught: unknown;
    try {
      compareDrafts(input as unknown as Draft[]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DraftdiffError);
    expect((caught as DraftdiffError).code).toBe('INVALID_ARGUMENT');
    expect((caught as DraftdiffError).path).toBe(path || undefined);
  });

  it('never mutates the drafts (frozen input works, and JSON is unchanged)', () => {
    const drafts = [
      draft('a', [cap(600_000, { bound: 'at-most' }), kherson('frozen')]),
      draft('b', [cap(400_000), unaddressed('territory.kherson')], partial),
    ];
    const before = JSON.stringify(drafts);
    deepFreeze(drafts);
    const first = compareDrafts(drafts);
    expect(JSON.stringify(drafts)).toBe(before);
    expect(compareDrafts(drafts)).toEqual(first);
  });
});

describe('filterComparison and the filter options', () => {
  const drafts = [
    draft('a', [
      cap(600_000),
      kherson('frozen'),
      { key: 'territory-swaps', kind: 'flag', value: true },
    ]),
    draft('b', [cap(400_000), kherson('frozen')]),
  ];
  const keys = (comparison: Comparison) => comparison.rows.map((row) => row.key);

  it('keeps rows by agreement', () => {
    expect(keys(compareDrafts(drafts, { only: 'disagree' }))).toEqual([CAP]);
    expect(keys(compareDrafts(drafts, { only: ['agree', 'single'] }))).toEqual([
      'territory.kherson',
      'territory-swaps',
    ]);
  });

  it('keeps a key and the keys below it, not keys that merely start alike', () => {
    expect(keys(compareDrafts(drafts, { key: 'territory' }))).toEqual(['territory.kherson']);
    expect(keys(compareDrafts(drafts, { key: CAP }))).toEqual([CAP]);
  });

  it('returns a new comparison and leaves the input whole', () => {
    const all = compareDrafts(drafts);
    const filtered = filterComparison(all, { only: 'single' });
    expect(keys(filtered)).toEqual(['territory-swaps']);
    expect(all.rows).toHaveLength(3);
    expect(filtered.drafts).not.toBe(all.drafts);
  });

  it('rejects an unknown agreement', () => {
    expect(() => compareDrafts(drafts, { only: 'agreed' as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => compareDrafts(drafts, { only: 3 as never })).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
