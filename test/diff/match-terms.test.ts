import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTerm } from '../../src/diff/diff-term.js';
import {
  comparable,
  isExtracted,
  matchByContext,
  matchTerms,
  measureOf,
  reportedKey,
} from '../../src/diff/match-terms.js';
import { type Term, type TermInput, TermSchema } from '../../src/index.js';
import { RUNS } from '../support/runs.js';

// How the terms of two versions correspond (src/diff/match-terms.ts): by key, then a term found
// in prose (it has a `span`) with a leftover term of the same measure, then of the same kind;
// how a found term is compared with an authored one; and the draft-wide pairing of found
// figures by the words around them.

/** A term as the schema reads it (defaults filled in), so every fixture is a valid term. */
const valid = (input: TermInput): Term => TermSchema.parse(input);

const SPAN = { start: 0, end: 1 };

/**
 * A term written compactly: `key=kind` for an authored term, `key~kind` for one found in prose.
 * Kinds: `q:<unit>` (quantity), `m:<currency>` (money), `d` (duration in days), `d:<unit>`,
 * `s` (share), `dt` (date), `flag`, `status`, `set`, `text`, `none` (unaddressed).
 */
function term(spec: string): Term {
  const found = spec.includes('~');
  const [key, kind] = spec.split(found ? '~' : '=') as [string, string];
  const [name, detail] = kind.split(':') as [string, string | undefined];
  const base = { key, ...(found ? { span: SPAN } : {}) };
  switch (name) {
    case 'q':
      return valid({ ...base, kind: 'quantity', value: 1, unit: detail ?? 'personnel' });
    case 'm':
      return valid({ ...base, kind: 'money', amount: 1, currency: detail ?? 'USD' });
    case 'd':
      return valid({
        ...base,
        kind: 'duration',
        value: 1,
        unit: (detail ?? 'days') as 'days' | 'months',
      });
    case 's':
      return valid({ ...base, kind: 'share', value: 0.5 });
    case 'dt':
      return valid({ ...base, kind: 'date', value: '2025-11-20' });
    case 'flag':
      return valid({ ...base, kind: 'flag', value: true });
    case 'status':
      return valid({ ...base, kind: 'status', value: 'frozen-at-contact-line' });
    case 'set':
      return valid({ ...base, kind: 'set', members: ['Ukraine'] });
    case 'text':
      return valid({ ...base, kind: 'text', value: 'a clause' });
    case 'none':
      return valid({ ...base, kind: 'unaddressed' });
    default:
      throw new Error(`unknown kind in ${spec}`);
  }
}

/** [name, before, after, pairs, restBefore, restAfter] */
const matchRows: [string, string[], string[], [number, number][], number[], number[]][] = [
  ['nothing on either side', [], [], [], [], []],
  [
    'nothing after: every old term is left over',
    ['a=flag', 'b=q:km', 'c~d'],
    [],
    [],
    [0, 1, 2],
    [],
  ],
  ['nothing before: every new term is left over', [], ['a~q:km', 'b=text'], [], [], [0, 1]],
  ['the same key pairs, whatever the kinds', ['cap=q:personnel'], ['cap=flag'], [[0, 0]], [], []],
  [
    'keys pair wherever they stand',
    ['a=flag', 'b=status', 'c=set'],
    ['c=set', 'a=flag', 'b=status'],
    [
      [0, 1],
      [1, 2],
      [2, 0],
    ],
    [],
    [],
  ],
  [
    'the key comes first, even when a found term of the same measure stands earlier',
    ['cap=q:personnel'],
    ['guess~q:personnel', 'cap=q:personnel'],
    [[0, 1]],
    [],
    [0],
  ],
  [
    'a found term pairs with a leftover authored term of the same measure',
    ['quantity.personnel.forces~q:personnel'],
    ['armed-forces.personnel-cap=q:personnel'],
    [[0, 0]],
    [],
    [],
  ],
  [
    'an authored term pairs with a found term of the same measure on the other side',
    ['armed-forces.personnel-cap=q:personnel'],
    ['quantity.personnel.forces~q:personnel'],
    [[0, 0]],
    [],
    [],
  ],
  [
    'two found terms with different keys pair by measure',
    ['quantity.personnel~q:personnel'],
    ['quantity.personnel.forces~q:personnel'],
    [[0, 0]],
    [],
    [],
  ],
  [
    'two authored terms of one measure never pair: their keys say they differ',
    ['cap=q:personnel'],
    ['limit=q:personnel'],
    [],
    [0],
    [0],
  ],
  [
    'two authored terms of one kind never pair either',
    ['cap=q:personnel'],
    ['limit=q:troops'],
    [],
    [0],
    [0],
  ],
  [
    'the same measure beats an earlier term of the same kind',
    ['a~q:personnel'],
    ['b~q:troops', 'c~q:personnel'],
    [[0, 1]],
    [],
    [0],
  ],
  [
    'units are compared without case',
    ['a~q:Personnel'],
    ['b~q:troops', 'c~q:personnel'],
    [[0, 1]],
    [],
    [0],
  ],
  // 600,000 personnel is never 30 kilometres (a review found the cap row taking a distance).
  [
    'a quantity in another unit is another fact',
    ['a~q:personnel'],
    ['b~q:kilometres'],
    [],
    [0],
    [0],
  ],
  [
    'a quantity whose unit is not named pairs with any',
    ['a~q:personnel'],
    ['b~q:units'],
    [[0, 0]],
    [],
    [],
  ],
  ['... from either side', ['a~q:units'], ['b=q:personnel'], [[0, 0]], [], []],
  // Keys of found terms number repeats in reading order: a figure put in front shifts them.
  [
    'two found terms with one key pair by the key without its number, equal figures first',
    ['spans~q:km', 'spans.2~q:km'],
    ['spans~q:km', 'spans.2~q:km', 'spans.3~q:km'],
    [
      [0, 0],
      [1, 1],
    ],
    [],
    [2],
  ],
  [
    'two found terms with one key but another measure do not pair by it',
    ['k~q:km'],
    ['k~m:USD'],
    [],
    [0],
    [0],
  ],
  ['money pairs by currency first', ['a~m:USD'], ['b~m:EUR', 'c~m:USD'], [[0, 1]], [], [0]],
  ['money in another currency pairs by kind', ['a~m:USD'], ['b=m:EUR'], [[0, 0]], [], []],
  [
    'durations are one measure whatever their unit',
    ['a~d:months', 'b~d:days'],
    ['c=d:days', 'd=d:months'],
    [
      [0, 0],
      [1, 1],
    ],
    [],
    [],
  ],
  ['shares pair by kind', ['a=s'], ['b~s'], [[0, 0]], [], []],
  ['dates pair by kind', ['a~dt'], ['b~dt'], [[0, 0]], [], []],
  [
    'figures of different kinds never pair',
    ['a~q:personnel', 'b~m:USD', 'c~d'],
    ['x~m:EUR', 'y~s', 'z~dt'],
    [[1, 0]],
    [0, 2],
    [1, 2],
  ],
  [
    'found terms that are not figures pair only by key',
    ['a~flag', 'b~status', 'c~set', 'd~text', 'e~none'],
    ['f~flag', 'g~status', 'h~set', 'i~text', 'j~none'],
    [],
    [0, 1, 2, 3, 4],
    [0, 1, 2, 3, 4],
  ],
  [
    'in order of appearance',
    ['a~q:personnel', 'b~q:personnel'],
    ['c~q:personnel', 'd~q:personnel'],
    [
      [0, 0],
      [1, 1],
    ],
    [],
    [],
  ],
  [
    'every term finds its measure before any pairs by kind',
    ['a~q:personnel', 'b~q:troops'],
    ['c~q:troops'],
    [[1, 0]],
    [0],
    [],
  ],
  [
    'an authored term passes over an authored one of its measure to a found one',
    ['x=q:personnel'],
    ['y=q:personnel', 'z~q:personnel'],
    [[0, 1]],
    [],
    [0],
  ],
  [
    'an authored term left alone leaves its authored namesake-in-measure to a later found term',
    ['x=q:personnel', 'y~q:personnel'],
    ['z=q:personnel'],
    [[1, 0]],
    [0],
    [],
  ],
  [
    'pairs are listed by key, then by measure, then by kind',
    ['a~q:units', 'k=flag', 'b~m:USD'],
    ['c~q:personnel', 'd~m:USD', 'k=flag'],
    [
      [1, 2],
      [2, 1],
      [0, 0],
    ],
    [],
    [],
  ],
  [
    'what is left is in ascending order on both sides',
    ['a=flag', 'b~q:km', 'c=text', 'd~m:USD'],
    ['e=set', 'f~m:USD', 'g=status'],
    [[3, 1]],
    [0, 1, 2],
    [0, 2],
  ],
];

describe('matchTerms', () => {
  it.each(matchRows)('%s', (_name, before, after, pairs, restBefore, restAfter) => {
    expect(matchTerms(before.map(term), after.map(term))).toEqual({
      pairs,
      restBefore,
      restAfter,
    });
  });
});

describe('measureOf and isExtracted', () => {
  it.each([
    ['a=q:Personnel', 'quantity:personnel'],
    ['a=q:km', 'quantity:km'],
    ['a=m:EUR', 'money:EUR'],
    ['a=d:months', 'duration'],
    ['a=s', 'share'],
    ['a=dt', 'date'],
    ['a=flag', undefined],
    ['a=status', undefined],
    ['a=set', undefined],
    ['a=text', undefined],
    ['a=none', undefined],
  ])('%s measures %s', (spec, measure) => {
    expect(measureOf(term(spec))).toBe(measure);
  });

  it('a term is found in prose exactly when it has a span', () => {
    expect([term('a~q:km'), term('a=q:km'), term('a~flag')].map(isExtracted)).toEqual([
      true,
      false,
      true,
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// comparable and reportedKey

const foundQuantity = (extra: Partial<TermInput> = {}): Term =>
  valid({
    key: 'quantity.personnel.forces',
    kind: 'quantity',
    value: 800_000,
    unit: 'personnel',
    bound: 'at-most',
    span: { start: 47, end: 76 },
    context: 'In peacetime, Ukraine may keep armed forces of up to 800,000 service members',
    ...extra,
  } as TermInput);
const authoredQuantity = (extra: Partial<TermInput> = {}): Term =>
  valid({
    key: 'armed-forces.personnel-cap',
    label: 'Armed forces cap',
    kind: 'quantity',
    value: 600_000,
    unit: 'personnel',
    bound: 'at-most',
    ...extra,
  } as TermInput);
const foundShare = (extra: Partial<TermInput> = {}): Term =>
  valid({
    key: 'share.profits',
    kind: 'share',
    value: 0.5,
    span: { start: 20, end: 23 },
    context: 'The US will receive 50% of the profits from this venture',
    ...extra,
  } as TermInput);
const authoredShare = (extra: Partial<TermInput> = {}): Term =>
  valid({
    key: 'reconstruction.us-profit-share',
    kind: 'share',
    value: 0.5,
    ...extra,
  } as TermInput);
const foundDuration = (extra: Partial<TermInput> = {}): Term =>
  valid({
    key: 'duration.elections',
    kind: 'duration',
    value: 100,
    unit: 'days',
    bound: 'at-most',
    span: { start: 28, end: 43 },
    ...extra,
  } as TermInput);
const authoredDuration = (extra: Partial<TermInput> = {}): Term =>
  valid({
    key: 'elections.deadline',
    kind: 'duration',
    value: 100,
    unit: 'days',
    bound: 'at-most',
    ...extra,
  } as TermInput);

/** [name, found, authored, the found term as compared] */
const comparableRows: [string, Term, Term, Term][] = [
  [
    'the found term takes the authored `of` and `holder`',
    foundShare({ of: 'profits' }),
    authoredShare({
      of: 'profits of the venture investing frozen Russian assets in Ukraine',
      holder: 'United States',
    }),
    foundShare({
      of: 'profits of the venture investing frozen Russian assets in Ukraine',
      holder: 'United States',
    }),
  ],
  [
    'a qualifier the authored term lacks is dropped from the found one',
    foundShare({ of: 'profits', holder: 'the US' }),
    authoredShare(),
    foundShare(),
  ],
  [
    'the found term takes the authored `from`',
    foundDuration(),
    authoredDuration({ from: 'signing of the agreement' }),
    foundDuration({ from: 'signing of the agreement' }),
  ],
  [
    'a found `from` the authored term lacks is dropped',
    foundDuration({ from: 'the signing' }),
    authoredDuration(),
    foundDuration(),
  ],
  [
    'a found term that states no condition takes the authored one',
    foundQuantity(),
    authoredQuantity({ condition: 'in peacetime' }),
    foundQuantity({ condition: 'in peacetime' }),
  ],
  [
    'the same condition in other case is the authored one',
    foundQuantity({ condition: 'In Peacetime' }),
    authoredQuantity({ condition: 'in peacetime' }),
    foundQuantity({ condition: 'in peacetime' }),
  ],
  [
    'a condition the authored term lacks stays: it is a change',
    foundQuantity({ condition: 'in peacetime' }),
    authoredQuantity(),
    foundQuantity({ condition: 'in peacetime' }),
  ],
  [
    'another condition stays',
    foundQuantity({ condition: 'in wartime' }),
    authoredQuantity({ condition: 'in peacetime' }),
    foundQuantity({ condition: 'in wartime' }),
  ],
  ['neither states a condition: none', foundQuantity(), authoredQuantity(), foundQuantity()],
  [
    'money: the condition follows the same rule',
    valid({
      key: 'money.assets',
      kind: 'money',
      amount: 100e9,
      currency: 'USD',
      span: SPAN,
      condition: 'ONCE SIGNED',
    }),
    valid({
      key: 'reconstruction.frozen-assets-investment',
      kind: 'money',
      amount: 100e9,
      currency: 'USD',
      condition: 'once signed',
    }),
    valid({
      key: 'money.assets',
      kind: 'money',
      amount: 100e9,
      currency: 'USD',
      span: SPAN,
      condition: 'once signed',
    }),
  ],
];

describe('comparable', () => {
  it.each(comparableRows)('%s (found before)', (_name, found, authored, expected) => {
    const [before, after] = comparable(found, authored);
    expect(before).toStrictEqual(expected);
    expect(after).toBe(authored);
  });

  it.each(comparableRows)('%s (found after)', (_name, found, authored, expected) => {
    const [before, after] = comparable(authored, found);
    expect(before).toBe(authored);
    expect(after).toStrictEqual(expected);
  });

  it.each([
    ['both authored', authoredQuantity(), authoredQuantity({ condition: 'in peacetime' })],
    ['both found', foundShare({ of: 'profits' }), foundShare({ holder: 'the US' })],
    // A change of kind is all diffTerm reports for these: qualifiers are not carried across.
    ['found and authored of two kinds', foundDuration(), authoredShare({ of: 'profits' })],
    ['authored and found of two kinds', authoredQuantity({ condition: 'x' }), foundShare()],
  ])('%s: the terms as they are', (_name, before, after) => {
    const [x, y] = comparable(before, after);
    expect(x).toBe(before);
    expect(y).toBe(after);
  });

  it('changes neither term', () => {
    const found = Object.freeze(foundShare({ of: 'profits', holder: 'the US' }));
    const authored = Object.freeze(authoredShare({ of: 'the profits' }));
    const copies = structuredClone([found, authored]);
    comparable(found, authored);
    comparable(authored, found);
    expect([found, authored]).toStrictEqual(copies);
  });

  // What the comparison is for: the wording of a qualifier never counts between a found and an
  // authored term, while a condition that only the found term states does.
  it.each([
    [
      'the wording of what is shared',
      foundShare({ of: 'profits' }),
      authoredShare({ of: 'profits of the venture', holder: 'United States' }),
      undefined,
    ],
    [
      'a cap that now holds in peacetime only',
      foundQuantity({ condition: 'in peacetime' }),
      authoredQuantity(),
      ['value', 'condition'],
    ],
    [
      'the same condition in capitals',
      foundQuantity({ value: 600_000, condition: 'IN PEACETIME' }),
      authoredQuantity({ condition: 'in peacetime' }),
      undefined,
    ],
  ])('with diffTerm: %s', (_name, found, authored, aspects) => {
    expect(diffTerm(...comparable(authored, found))?.aspects).toEqual(aspects);
  });
});

describe('reportedKey', () => {
  it.each([
    [
      'authored before, found after: the authored key',
      authoredQuantity(),
      foundQuantity(),
      'armed-forces.personnel-cap',
    ],
    [
      'found before, authored after: the authored key',
      foundQuantity(),
      authoredQuantity(),
      'armed-forces.personnel-cap',
    ],
    [
      'both authored: the new key',
      authoredQuantity(),
      authoredQuantity({ key: 'forces.cap' }),
      'forces.cap',
    ],
    [
      'both found: the new key',
      foundQuantity(),
      foundQuantity({ key: 'quantity.personnel' }),
      'quantity.personnel',
    ],
  ])('%s', (_name, before, after, key) => {
    expect(reportedKey(before, after)).toBe(key);
  });
});

// ---------------------------------------------------------------------------------------
// matchByContext

/** A figure with the words around it; `~` found in prose (the default), `=` authored. */
function figure(context: string | undefined, spec = 'f~q:personnel'): Term {
  const base = term(spec);
  return context === undefined ? base : valid({ ...base, context } as TermInput);
}

/** [name, before, after, pairs] */
const contextRows: [string, Term[], Term[], [number, number][]][] = [
  [
    'the same words around a changed figure',
    [figure('armed forces capped at 600,000 personnel')],
    [figure('armed forces capped at 800,000 personnel')],
    [[0, 0]],
  ],
  [
    'case and figures do not count',
    [figure('Armed Forces capped at 600,000')],
    [figure('armed forces CAPPED AT 1')],
    [[0, 0]],
  ],
  [
    'a scale or suffix written onto a figure is part of the figure',
    [figure('invest $100bn in 1st phase', 'a~m:USD')],
    [figure('invest $50m in 2nd phase', 'b~m:USD')],
    [[0, 0]],
  ],
  [
    'half the words shared is enough',
    [figure('alpha beta gamma')],
    [figure('alpha beta delta')],
    [[0, 0]],
  ],
  ['less than half is not', [figure('alpha beta gamma')], [figure('alpha beta delta epsilon')], []],
  [
    'another unit is another measure',
    [figure('armed forces capped', 'a~q:personnel')],
    [figure('armed forces capped', 'b~q:troops')],
    [],
  ],
  [
    'another currency is another measure',
    [figure('assets invested', 'a~m:USD')],
    [figure('assets invested', 'b~m:EUR')],
    [],
  ],
  [
    'another kind is another measure',
    [figure('assets invested', 'a~m:USD')],
    [figure('assets invested', 'b~q:USD')],
    [],
  ],
  [
    'durations are one measure whatever their unit',
    [figure('elections held', 'a~d:days')],
    [figure('elections held', 'b~d:months')],
    [[0, 0]],
  ],
  [
    'an authored term before is not found in prose',
    [figure('armed forces capped', 'a=q:personnel')],
    [figure('armed forces capped')],
    [],
  ],
  [
    'an authored term after is not found in prose',
    [figure('armed forces capped')],
    [figure('armed forces capped', 'a=q:personnel')],
    [],
  ],
  ['a term without context', [figure(undefined)], [figure('armed forces capped')], []],
  ['contexts with no words', [figure('600,000')], [figure('800,000')], []],
  [
    'found terms that are not figures',
    [figure('commitment made', 'a~flag')],
    [figure('commitment made', 'b~flag')],
    [],
  ],
  [
    'the best overlap wins over an earlier candidate',
    [figure('alpha beta gamma delta')],
    [figure('alpha beta gamma epsilon'), figure('alpha beta gamma delta')],
    [[0, 1]],
  ],
  [
    'each term pairs once: the better old term takes it',
    [figure('alpha beta gamma delta'), figure('alpha beta gamma')],
    [figure('alpha beta gamma')],
    [[1, 0]],
  ],
  [
    'pairs come from the best overlap down, and are listed by the old term',
    [figure('one two three four'), figure('five six seven')],
    [figure('five six seven'), figure('one two three nine')],
    [
      [0, 1],
      [1, 0],
    ],
  ],
  [
    'equal overlaps go to the earlier terms',
    [figure('alpha beta'), figure('alpha beta')],
    [figure('alpha beta'), figure('alpha beta'), figure('alpha beta')],
    [
      [0, 0],
      [1, 1],
    ],
  ],
  [
    'measures pair apart',
    [figure('assets invested', 'a~m:USD'), figure('forces capped', 'b~q:personnel')],
    [figure('forces capped', 'c~q:personnel'), figure('assets invested', 'd~m:USD')],
    [
      [0, 1],
      [1, 0],
    ],
  ],
];

/** `matchByContext` with each term's place its index on its side, as a draft's pointers would be. */
function matchContexts(before: readonly Term[], after: readonly Term[]): [number, number][] {
  const places = (terms: readonly Term[]) =>
    terms.map((_, index) => `/provisions/${index}/terms/0`);
  return matchByContext(before, after, { before: places(before), after: places(after) });
}

/** `count` found figures of one measure with the same context. */
const many = (count: number, spec = 'f~q:personnel') =>
  Array.from({ length: count }, () => figure('armed forces capped', spec));

describe('matchByContext', () => {
  it.each(contextRows)('%s', (_name, before, after, pairs) => {
    expect(matchContexts(before, after)).toEqual(pairs);
  });

  it('compares a measure with 64 figures on each side (4,096 comparisons)', () => {
    expect(matchContexts(many(64), many(64))).toEqual(
      Array.from({ length: 64 }, (_, index) => [index, index]),
    );
  });

  it('past the budget pairs only figures whose context words are the same, and the others as usual', () => {
    const before = [
      ...many(65),
      figure('armed forces capped at most', 'g~q:personnel'),
      figure('assets invested', 'a~m:USD'),
    ];
    const after = [figure('assets invested now', 'b~m:USD'), ...many(64)];
    const pairs = matchContexts(before, after);
    // 64 of the 65 figures with the same words pair, one to one; the one with other words not.
    const personnel = pairs.filter(([old]) => old < 65);
    expect(personnel).toHaveLength(64);
    expect(new Set(personnel.map(([, next]) => next))).toEqual(new Set(range(65).slice(1)));
    expect(pairs.filter(([old]) => old >= 65)).toEqual([[66, 0]]);
  });

  it.each([4096, 4097])('one figure against %i of its measure, the same words', (count) => {
    expect(matchContexts(many(1), many(count))).toEqual([[0, 0]]);
  });
});

// ---------------------------------------------------------------------------------------
// Laws

const KINDS = [
  'q:personnel',
  'q:Personnel',
  'q:troops',
  'm:USD',
  'm:EUR',
  'd:days',
  'd:months',
  's',
  'dt',
  'flag',
  'status',
  'set',
  'text',
  'none',
] as const;
const termSpecArbitrary = fc
  .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.boolean(), fc.constantFrom(...KINDS))
  .map(([key, found, kind]) => `${key}${found ? '~' : '='}${kind}`);
/** Terms with keys unique on the side, as in a valid draft. */
const termsArbitrary = fc
  .uniqueArray(termSpecArbitrary, { selector: (spec) => spec.slice(0, 1), maxLength: 6 })
  .map((specs) => specs.map(term));

const range = (length: number) => Array.from({ length }, (_, index) => index);
const FIGURE_KINDS = new Set(['quantity', 'money', 'duration', 'share', 'date']);

describe('matchTerms: laws', () => {
  it('accounts for every term of both sides exactly once, the rest in ascending order', () => {
    fc.assert(
      fc.property(termsArbitrary, termsArbitrary, (before, after) => {
        const match = matchTerms(before, after);
        const olds = [...match.pairs.map(([old]) => old), ...match.restBefore];
        const news = [...match.pairs.map(([, next]) => next), ...match.restAfter];
        expect([...olds].sort((x, y) => x - y)).toEqual(range(before.length));
        expect([...news].sort((x, y) => x - y)).toEqual(range(after.length));
        expect(match.restBefore).toEqual([...match.restBefore].sort((x, y) => x - y));
        expect(match.restAfter).toEqual([...match.restAfter].sort((x, y) => x - y));
      }),
      RUNS,
    );
  });

  it('pairs two terms only by key, or a found figure with a figure of its kind', () => {
    fc.assert(
      fc.property(termsArbitrary, termsArbitrary, (before, after) => {
        for (const [old, next] of matchTerms(before, after).pairs) {
          const x = before[old] as Term;
          const y = after[next] as Term;
          if (x.key === y.key) continue;
          expect(isExtracted(x) || isExtracted(y)).toBe(true);
          expect(x.kind).toBe(y.kind);
          expect(FIGURE_KINDS.has(x.kind)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('leaves no found figure unpaired while a term of a compatible measure is left on the other side', () => {
    fc.assert(
      fc.property(termsArbitrary, termsArbitrary, (before, after) => {
        const match = matchTerms(before, after);
        for (const old of match.restBefore) {
          for (const next of match.restAfter) {
            const x = before[old] as Term;
            const y = after[next] as Term;
            const units = (term: Term) => (term.kind === 'quantity' ? term.unit.toLowerCase() : '');
            const compatible =
              x.kind !== 'quantity' ||
              units(x) === units(y) ||
              units(x) === 'units' ||
              units(y) === 'units';
            const pairable =
              (x.key === y.key && !(isExtracted(x) && isExtracted(y))) ||
              ((isExtracted(x) || isExtracted(y)) &&
                x.kind === y.kind &&
                FIGURE_KINDS.has(x.kind) &&
                compatible);
            expect(pairable).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  // README, "Symmetric": diffing backwards mirrors the changes, so the matching must too.
  it('mirrors: matching the sides swapped swaps every pair', () => {
    fc.assert(
      fc.property(termsArbitrary, termsArbitrary, (before, after) => {
        const sorted = (pairs: [number, number][]) => pairs.map(([x, y]) => `${x}-${y}`).sort();
        const backwards = matchTerms(after, before).pairs.map(
          ([next, old]) => [old, next] as [number, number],
        );
        expect(sorted(backwards)).toEqual(sorted(matchTerms(before, after).pairs));
      }),
      RUNS,
    );
  });
});

const WORDS = ['armed', 'forces', 'capped', 'personnel', 'peacetime', 'assets', 'invested'];
const contextTermArbitrary = fc
  .record({
    words: fc.subarray(WORDS),
    spec: fc.constantFrom('a~q:personnel', 'a~q:troops', 'a~m:USD', 'a=q:personnel'),
  })
  .map(({ words, spec }) => figure(words.join(' '), spec));
const contextTermsArbitrary = fc.array(contextTermArbitrary, { maxLength: 7 });

/** The Jaccard index of the words of two contexts, counted here with sets of strings. */
function overlap(x: Term, y: Term): number {
  const words = (term: Term) => new Set((term.context ?? '').split(' ').filter(Boolean));
  const a = words(x);
  const b = words(y);
  const shared = [...a].filter((word) => b.has(word)).length;
  return a.size + b.size === 0 ? 0 : shared / (a.size + b.size - shared);
}

const pairable = (x: Term, y: Term) =>
  isExtracted(x) && isExtracted(y) && measureOf(x) === measureOf(y) && overlap(x, y) >= 0.5;

describe('matchByContext: laws', () => {
  it('pairs found figures of one measure sharing half their words, each once, by the old term', () => {
    fc.assert(
      fc.property(contextTermsArbitrary, contextTermsArbitrary, (before, after) => {
        const pairs = matchContexts(before, after);
        expect(new Set(pairs.map(([old]) => old)).size).toBe(pairs.length);
        expect(new Set(pairs.map(([, next]) => next)).size).toBe(pairs.length);
        for (const [old, next] of pairs) {
          expect(pairable(before[old] as Term, after[next] as Term)).toBe(true);
        }
        expect(pairs.map(([old]) => old)).toEqual(pairs.map(([old]) => old).sort((x, y) => x - y));
      }),
      RUNS,
    );
  });

  it('leaves no two pairable figures both unpaired', () => {
    fc.assert(
      fc.property(contextTermsArbitrary, contextTermsArbitrary, (before, after) => {
        const pairs = matchContexts(before, after);
        const olds = new Set(pairs.map(([old]) => old));
        const news = new Set(pairs.map(([, next]) => next));
        before.forEach((x, old) => {
          after.forEach((y, next) => {
            if (!olds.has(old) && !news.has(next)) expect(pairable(x, y)).toBe(false);
          });
        });
      }),
      RUNS,
    );
  });

  it('mirrors: pairing the sides swapped swaps every pair', () => {
    fc.assert(
      fc.property(contextTermsArbitrary, contextTermsArbitrary, (before, after) => {
        const sorted = (pairs: [number, number][]) => pairs.map(([x, y]) => `${x}-${y}`).sort();
        const backwards = matchContexts(after, before).map(
          ([next, old]) => [old, next] as [number, number],
        );
        expect(sorted(backwards)).toEqual(sorted(matchContexts(before, after)));
      }),
      RUNS,
    );
  });
});

describe('comparable: laws', () => {
  const qualifiers = fc.record(
    {
      of: fc.constantFrom('profits', 'the profits', 'Profits of the venture'),
      holder: fc.constantFrom('United States', 'the US'),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  const shareArbitrary = fc
    .tuple(qualifiers, fc.boolean(), fc.constantFrom('x.y', 'share.profits'))
    .map(([fields, found, key]) =>
      valid({ key, kind: 'share', value: 0.5, ...fields, ...(found ? { span: SPAN } : {}) }),
    );

  it('mirrors, and gives the found term the authored qualifiers', () => {
    fc.assert(
      fc.property(shareArbitrary, shareArbitrary, (before, after) => {
        const [x, y] = comparable(before, after);
        const [backY, backX] = comparable(after, before);
        expect([backX, backY]).toStrictEqual([x, y]);
        if (isExtracted(before) !== isExtracted(after)) {
          const [found, authored] = isExtracted(before) ? [x, y] : [y, x];
          expect(authored).toBe(isExtracted(before) ? after : before);
          const qualifiersOf = (term: Term) =>
            term.kind === 'share' ? { of: term.of, holder: term.holder } : {};
          expect(qualifiersOf(found)).toStrictEqual(qualifiersOf(authored));
          expect(diffTerm(x, y)).toBeUndefined();
        }
      }),
      RUNS,
    );
  });
});
