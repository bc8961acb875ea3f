import { describe, expect, it } from 'vitest';
import { DraftdiffError, extractTerms, TERM_KEY_PATTERN } from '../../src/index.js';
import { date, duration, money, quantity, type Row, share, view } from './term-rows.js';

const TABLE: [string, Row[]][] = [
  // --- quantities ---------------------------------------------------------------------------
  [
    'The army is capped at 600,000 personnel.',
    [
      quantity({
        key: 'quantity.personnel.army',
        value: 600_000,
        unit: 'personnel',
        bound: 'at-most',
        phrase: 'capped at 600,000 personnel',
      }),
    ],
  ],
  [
    'Russia would accept 800,000 troops.',
    [
      quantity({
        key: 'quantity.personnel.russia',
        value: 800_000,
        unit: 'personnel',
        phrase: '800,000 troops',
      }),
    ],
  ],
  [
    'Reserves of 1.2 million.',
    [
      quantity({
        key: 'quantity.units.reserves',
        value: 1_200_000,
        unit: 'units',
        phrase: '1.2 million',
      }),
    ],
  ],
  [
    'Estimates put the army at about 400,000.',
    [
      quantity({
        key: 'quantity.personnel.army',
        value: 400_000,
        unit: 'personnel',
        bound: 'about',
        phrase: 'about 400,000',
      }),
    ],
  ],
  [
    'Tariffs of up to 40% would apply.',
    [
      quantity({
        key: 'quantity.percent.tariffs',
        value: 40,
        unit: 'percent',
        bound: 'at-most',
        phrase: 'up to 40%',
      }),
    ],
  ],
  [
    'The army will be capped at 800,000 in peacetime.',
    [
      quantity({
        key: 'quantity.personnel.army',
        value: 800_000,
        unit: 'personnel',
        bound: 'at-most',
        condition: 'in peacetime',
        phrase: 'capped at 800,000',
      }),
    ],
  ],
  [
    'No more than 50,000 soldiers may be deployed.',
    [
      quantity({
        key: 'quantity.personnel',
        value: 50_000,
        unit: 'personnel',
        bound: 'at-most',
        phrase: 'No more than 50,000 soldiers',
      }),
    ],
  ],
  [
    'The mission will have at least 3,000 observers.',
    [
      quantity({
        key: 'quantity.observers.mission',
        value: 3_000,
        unit: 'observers',
        bound: 'at-least',
        phrase: 'at least 3,000 observers',
      }),
    ],
  ],
  [
    'Around 10,000 peacekeepers.',
    [
      quantity({
        key: 'quantity.peacekeepers',
        value: 10_000,
        unit: 'peacekeepers',
        bound: 'about',
        phrase: 'Around 10,000 peacekeepers',
      }),
    ],
  ],
  [
    'They freed some 5,000 prisoners.',
    [
      quantity({
        key: 'quantity.prisoners',
        value: 5_000,
        unit: 'prisoners',
        bound: 'about',
        phrase: 'some 5,000 prisoners',
      }),
    ],
  ],
  [
    'approximately 2,500 detainees',
    [
      quantity({
        key: 'quantity.detainees',
        value: 2_500,
        unit: 'detainees',
        bound: 'about',
        phrase: 'approximately 2,500 detainees',
      }),
    ],
  ],
  [
    'roughly 7,000 hostages',
    [
      quantity({
        key: 'quantity.hostages',
        value: 7_000,
        unit: 'hostages',
        bound: 'about',
        phrase: 'roughly 7,000 hostages',
      }),
    ],
  ],
  [
    'The fleet is limited to 100 aircraft.',
    [
      quantity({
        key: 'quantity.aircraft.fleet',
        value: 100,
        unit: 'aircraft',
        bound: 'at-most',
        phrase: 'limited to 100 aircraft',
      }),
    ],
  ],
  [
    '1 000 troops',
    [
      quantity({
        key: 'quantity.personnel',
        value: 1_000,
        unit: 'personnel',
        phrase: '1 000 troops',
      }),
    ],
  ],
  [
    '1,000,000 people',
    [
      quantity({
        key: 'quantity.people',
        value: 1_000_000,
        unit: 'people',
        phrase: '1,000,000 people',
      }),
    ],
  ],
  [
    '1.5 million refugees',
    [
      quantity({
        key: 'quantity.refugees',
        value: 1_500_000,
        unit: 'refugees',
        phrase: '1.5 million refugees',
      }),
    ],
  ],
  [
    '2 billion people',
    [
      quantity({
        key: 'quantity.people',
        value: 2_000_000_000,
        unit: 'people',
        phrase: '2 billion people',
      }),
    ],
  ],
  [
    '12 500 tonnes of grain',
    [
      quantity({
        key: 'quantity.tonnes.grain',
        value: 12_500,
        unit: 'tonnes',
        phrase: '12 500 tonnes',
      }),
    ],
  ],
  [
    'a cap of 600000 personnel',
    [
      quantity({
        key: 'quantity.personnel.cap',
        value: 600_000,
        unit: 'personnel',
        phrase: '600000 personnel',
      }),
    ],
  ],
  [
    '5,000 Ukrainian troops',
    [
      quantity({
        key: 'quantity.personnel',
        value: 5_000,
        unit: 'personnel',
        phrase: '5,000 Ukrainian troops',
      }),
    ],
  ],
  [
    '2 million refugees will return.',
    [
      quantity({
        key: 'quantity.refugees',
        value: 2_000_000,
        unit: 'refugees',
        phrase: '2 million refugees',
      }),
    ],
  ],
  [
    '600,000',
    [quantity({ key: 'quantity.units', value: 600_000, unit: 'units', phrase: '600,000' })],
  ],
  [
    'A force of 800,000.',
    [
      quantity({
        key: 'quantity.personnel.force',
        value: 800_000,
        unit: 'personnel',
        phrase: '800,000',
      }),
    ],
  ],

  // --- money --------------------------------------------------------------------------------
  [
    '$100 billion',
    [money({ key: 'money', amount: 100e9, currency: 'USD', phrase: '$100 billion' })],
  ],
  ['$100bn', [money({ key: 'money', amount: 100e9, currency: 'USD', phrase: '$100bn' })]],
  ['US$5 million', [money({ key: 'money', amount: 5e6, currency: 'USD', phrase: 'US$5 million' })]],
  ['€180bn', [money({ key: 'money', amount: 180e9, currency: 'EUR', phrase: '€180bn' })]],
  [
    '£2.5 billion',
    [money({ key: 'money', amount: 2.5e9, currency: 'GBP', phrase: '£2.5 billion' })],
  ],
  [
    '100 billion dollars',
    [money({ key: 'money', amount: 100e9, currency: 'USD', phrase: '100 billion dollars' })],
  ],
  [
    '50 million euros',
    [money({ key: 'money', amount: 50e6, currency: 'EUR', phrase: '50 million euros' })],
  ],
  [
    'USD 20 million',
    [money({ key: 'money', amount: 20e6, currency: 'USD', phrase: 'USD 20 million' })],
  ],
  [
    '$300 billion in frozen assets',
    [money({ key: 'money.assets', amount: 300e9, currency: 'USD', phrase: '$300 billion' })],
  ],
  [
    'Loans of up to $5bn',
    [
      money({
        key: 'money.loans',
        amount: 5e9,
        currency: 'USD',
        bound: 'at-most',
        phrase: 'up to $5bn',
      }),
    ],
  ],
  [
    'at least €10 billion',
    [
      money({
        key: 'money',
        amount: 10e9,
        currency: 'EUR',
        bound: 'at-least',
        phrase: 'at least €10 billion',
      }),
    ],
  ],
  ['£300m', [money({ key: 'money', amount: 300e6, currency: 'GBP', phrase: '£300m' })]],
  [
    '$1.2 trillion',
    [money({ key: 'money', amount: 1.2e12, currency: 'USD', phrase: '$1.2 trillion' })],
  ],
  [
    '10 million pounds sterling',
    [money({ key: 'money', amount: 10e6, currency: 'GBP', phrase: '10 million pounds sterling' })],
  ],
  [
    'a budget of 3 billion roubles',
    [money({ key: 'money.budget', amount: 3e9, currency: 'RUB', phrase: '3 billion roubles' })],
  ],

  // --- durations ----------------------------------------------------------------------------
  ['100 days', [duration({ key: 'duration', value: 100, unit: 'days', phrase: '100 days' })]],
  [
    'Elections within 100 days.',
    [
      duration({
        key: 'duration.elections',
        value: 100,
        unit: 'days',
        bound: 'at-most',
        phrase: 'within 100 days',
      }),
    ],
  ],
  ['six months', [duration({ key: 'duration', value: 6, unit: 'months', phrase: 'six months' })]],
  ['15 years', [duration({ key: 'duration', value: 15, unit: 'years', phrase: '15 years' })]],
  [
    'a 100-day deadline',
    [duration({ key: 'duration.deadline', value: 100, unit: 'days', phrase: '100-day' })],
  ],
  [
    'twenty-five years',
    [duration({ key: 'duration', value: 25, unit: 'years', phrase: 'twenty-five years' })],
  ],
  [
    'Withdrawal within 30 days of signing.',
    [
      duration({
        key: 'duration.withdrawal',
        value: 30,
        unit: 'days',
        bound: 'at-most',
        from: 'signing',
        phrase: 'within 30 days',
      }),
    ],
  ],
  [
    'A ban of at least 10 years',
    [
      duration({
        key: 'duration.ban',
        value: 10,
        unit: 'years',
        bound: 'at-least',
        phrase: 'at least 10 years',
      }),
    ],
  ],
  ['thirty days', [duration({ key: 'duration', value: 30, unit: 'days', phrase: 'thirty days' })]],
  [
    'A lease of one year.',
    [duration({ key: 'duration.lease', value: 1, unit: 'years', phrase: 'one year' })],
  ],
  [
    'one hundred days',
    [duration({ key: 'duration', value: 100, unit: 'days', phrase: 'one hundred days' })],
  ],
  [
    'within approximately 100 days',
    [
      duration({
        key: 'duration',
        value: 100,
        unit: 'days',
        bound: 'about',
        phrase: 'within approximately 100 days',
      }),
    ],
  ],
  ['48 hours', [duration({ key: 'duration', value: 48, unit: 'hours', phrase: '48 hours' })]],
  ['12 weeks', [duration({ key: 'duration', value: 12, unit: 'weeks', phrase: '12 weeks' })]],
  [
    'a 15-year lease',
    [duration({ key: 'duration.lease', value: 15, unit: 'years', phrase: '15-year' })],
  ],
  [
    'Fifteen years',
    [duration({ key: 'duration', value: 15, unit: 'years', phrase: 'Fifteen years' })],
  ],

  // --- shares -------------------------------------------------------------------------------
  ['50%', [share({ key: 'share', value: 0.5, phrase: '50%' })]],
  [
    '50 per cent of the revenue',
    [share({ key: 'share.revenue', value: 0.5, of: 'revenue', phrase: '50 per cent' })],
  ],
  [
    'half the profits',
    [share({ key: 'share.profits', value: 0.5, of: 'profits', phrase: 'half' })],
  ],
  [
    'Output is split 50:50.',
    [share({ key: 'share.output', value: 0.5, ratio: [50, 50], phrase: '50:50' })],
  ],
  [
    'The gains will be split equally.',
    [share({ key: 'share.gains', value: 0.5, phrase: 'split equally' })],
  ],
  ['a 60/40 split', [share({ key: 'share.split', value: 0.6, ratio: [60, 40], phrase: '60/40' })]],
  [
    'two thirds of the seats',
    [share({ key: 'share.seats', value: 2 / 3, of: 'seats', phrase: 'two thirds' })],
  ],
  [
    'a quarter of the revenue',
    [share({ key: 'share.revenue', value: 0.25, of: 'revenue', phrase: 'a quarter' })],
  ],
  ['25 percent', [share({ key: 'share', value: 0.25, phrase: '25 percent' })]],
  [
    'about 50% of the profits',
    [
      share({
        key: 'share.profits',
        value: 0.5,
        of: 'profits',
        bound: 'about',
        phrase: 'about 50%',
      }),
    ],
  ],
  ['1:1', [share({ key: 'share', value: 0.5, ratio: [1, 1], phrase: '1:1' })]],
  [
    '33.3% of the shares',
    [share({ key: 'share.shares', value: 0.333, of: 'shares', phrase: '33.3%' })],
  ],
  [
    'three quarters of the budget',
    [share({ key: 'share.budget', value: 0.75, of: 'budget', phrase: 'three quarters' })],
  ],
  [
    'A markup of 150%',
    [quantity({ key: 'quantity.percent.markup', value: 150, unit: 'percent', phrase: '150%' })],
  ],

  // --- dates --------------------------------------------------------------------------------
  ['20 November 2025', [date({ key: 'date', value: '2025-11-20', phrase: '20 November 2025' })]],
  ['November 24, 2025', [date({ key: 'date', value: '2025-11-24', phrase: 'November 24, 2025' })]],
  ['2025-11-20', [date({ key: 'date', value: '2025-11-20', phrase: '2025-11-20' })]],
  ['Nov. 24, 2025', [date({ key: 'date', value: '2025-11-24', phrase: 'Nov. 24, 2025' })]],
  ['1st December 2025', [date({ key: 'date', value: '2025-12-01', phrase: '1st December 2025' })]],
  ['29 February 2024', [date({ key: 'date', value: '2024-02-29', phrase: '29 February 2024' })]],
  ['29 February 2000', [date({ key: 'date', value: '2000-02-29', phrase: '29 February 2000' })]],
  ['30 April 2025', [date({ key: 'date', value: '2025-04-30', phrase: '30 April 2025' })]],
  ['31 December 2025', [date({ key: 'date', value: '2025-12-31', phrase: '31 December 2025' })]],
  [
    'Signed on 28 November 2025.',
    [date({ key: 'date.signed', value: '2025-11-28', phrase: '28 November 2025' })],
  ],
  // A named instrument before a date makes it a citation; a treaty in lower case does not.
  [
    'The treaty enters into force on 1 May 2026.',
    [date({ key: 'date.force', value: '2026-05-01', phrase: '1 May 2026' })],
  ],

  // --- traps: not figures -------------------------------------------------------------------
  ['Article 5 applies.', []],
  ['Russia rejoins the G8.', []],
  ['the START I Treaty', []],
  ['as set out in point 21', []],
  ['in 2025', []],
  ["Trump's 2020 Israel-Palestine peace plan", []],
  ["1. Ukraine's sovereignty is confirmed.", []],
  ['(3) the parties agree', []],
  ['F-16 jets', []],
  ['a 28-point plan', []],
  ['points 4-28', []],
  ['at 10:30', []],
  ['open 24/7', []],
  ['the 21st century', []],
  ['Resolution 2254', []],
  ['outside the five regions', []],
  ['COVID-19', []],
  ['29 February 2025', []],
  ['29 February 1900', []],
  ['31 April 2025', []],
  ['31 November 2025', []],
  ['shared equally among the five', []],
  ['20 November', []],
  ['by November 20', []],
  ['No. 3', []],
  ['§ 4', []],
  ['half', []],
  ['a third party', []],
];

describe('extractTerms: one row per phrasing', () => {
  it('has at least 60 phrasings, the traps included', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    expect(TABLE.filter(([, expected]) => expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(TABLE)('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });
});

describe('extractTerms: sentences', () => {
  it('keeps "600,000" one number and the year of a date out of the quantities', () => {
    const text = 'On 20 November 2025 the cap stood at 600,000 personnel under Article 5.';
    expect(view(text).map((term) => [term.kind, term.phrase])).toEqual([
      ['date', '20 November 2025'],
      ['quantity', '600,000 personnel'],
    ]);
  });

  it('finds several terms in one clause, in order, with keys unique', () => {
    const text =
      'The US will receive 50% of the profits. Europe will add $100 billion and $100 billion more within 100 days.';
    expect(view(text)).toEqual([
      share({ key: 'share.profits', value: 0.5, of: 'profits', phrase: '50%' }),
      money({ key: 'money.europe', amount: 100e9, currency: 'USD', phrase: '$100 billion' }),
      money({ key: 'money', amount: 100e9, currency: 'USD', phrase: '$100 billion' }),
      duration({
        key: 'duration',
        value: 100,
        unit: 'days',
        bound: 'at-most',
        phrase: 'within 100 days',
      }),
    ]);
  });

  it('numbers repeated keys .2, .3 in reading order', () => {
    const keys = extractTerms('100 days, then 200 days, then 300 days.').map((term) => term.key);
    expect(keys).toEqual(['duration', 'duration.2', 'duration.3']);
  });

  it('gives the same key to the same measure in two rewritten sentences', () => {
    const pairs: [string, string][] = [
      [
        'The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.',
        "Ukraine's armed forces will be capped at 800,000 in peacetime.",
      ],
      ['Ukraine will hold elections in 100 days.', 'Elections will be held within 60 days.'],
      [
        '$100 billion of frozen Russian assets will go to reconstruction.',
        'Of the frozen Russian assets, $50 billion will go to reconstruction.',
      ],
      ['The US receives 50% of the profits.', 'Half of the profits will go to the US.'],
    ];
    for (const [before, after] of pairs) {
      expect(extractTerms(after).map((term) => term.key)).toEqual(
        extractTerms(before).map((term) => term.key),
      );
    }
  });

  it('says in context what the figure measures', () => {
    const [term] = extractTerms(
      'Frozen funds: the army of Ukraine will be capped at 600,000 personnel; the rest is open.',
    );
    expect(term?.context).toBe('the army of Ukraine will be capped at 600,000 personnel');
  });

  it('reads the duration a deadline counts from', () => {
    const [term] = extractTerms(
      'Troops withdraw within 30 days from the signing of the agreement.',
    );
    expect(term).toMatchObject({
      kind: 'duration',
      value: 30,
      from: 'the signing of the agreement',
    });
  });

  it('makes every key match TERM_KEY_PATTERN, Unicode subjects left out', () => {
    const text = 'Армія обмежена до 600 000 військових. Ліміт: 800,000.';
    expect(view(text)).toEqual([
      quantity({
        key: 'quantity.units',
        value: 600_000,
        unit: 'військових',
        phrase: '600 000 військових',
      }),
      quantity({ key: 'quantity.units.2', value: 800_000, unit: 'units', phrase: '800,000' }),
    ]);
    for (const term of extractTerms(text)) expect(term.key).toMatch(TERM_KEY_PATTERN);
  });
});

describe('extractTerms: options and bad input', () => {
  it('returns only the kinds asked for, without letting "$5" become a quantity', () => {
    const text = '$5 billion over 10 years for 600,000 personnel';
    expect(view(text, extractTerms(text, { kinds: ['quantity'] }))).toEqual([
      quantity({
        key: 'quantity.personnel',
        value: 600_000,
        unit: 'personnel',
        phrase: '600,000 personnel',
      }),
    ]);
    expect(extractTerms(text, { kinds: ['money', 'duration'] }).map((term) => term.kind)).toEqual([
      'money',
      'duration',
    ]);
    expect(extractTerms(text, { kinds: [] })).toEqual([]);
  });

  it('rejects a non-string with INVALID_TEXT and bad kinds with INVALID_ARGUMENT', () => {
    expect(() => extractTerms(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_TEXT' }),
    );
    expect(() => extractTerms('x', { kinds: ['status' as 'date'] })).toThrow(DraftdiffError);
    expect(() => extractTerms('x', { kinds: ['status' as 'date'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => extractTerms('x', null as unknown as object)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('finds nothing in an empty string', () => {
    expect(extractTerms('')).toEqual([]);
  });
});
