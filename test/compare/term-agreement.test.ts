import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/index.js';
import { termsAgree, termsAgreeExactly } from '../../src/index.js';

const key = 'x.y';
const quantity = (value: number, extra: Partial<Term> = {}): Term =>
  ({ key, kind: 'quantity', value, unit: 'personnel', bound: 'exact', ...extra }) as Term;

/** [name, a, b, termsAgree, termsAgreeExactly] */
const pairs: [string, Term, Term, boolean, boolean][] = [
  ['same quantity', quantity(600_000), quantity(600_000), true, true],
  ['different figure', quantity(600_000), quantity(400_000), false, false],
  [
    'bound differs only',
    quantity(600_000, { bound: 'at-most' }),
    quantity(600_000, { bound: 'about' }),
    true,
    false,
  ],
  [
    'a missing bound is exact',
    { key, kind: 'quantity', value: 5, unit: 'km' } as Term,
    quantity(5, { unit: 'km' } as Partial<Term>),
    true,
    true,
  ],
  [
    'unit case and spaces do not count',
    quantity(1, { unit: ' Personnel ' } as Partial<Term>),
    quantity(1),
    true,
    true,
  ],
  ['different unit', quantity(1, { unit: 'troops' } as Partial<Term>), quantity(1), false, false],
  [
    'condition counts',
    quantity(1, { condition: 'in peacetime' } as Partial<Term>),
    quantity(1),
    false,
    false,
  ],
  [
    'provenance does not count',
    quantity(1, {
      label: 'Cap',
      sources: ['Axios'],
      confidence: 'disputed',
      note: 'n',
      span: { start: 0, end: 3 },
      context: 'capped at',
    }),
    quantity(1),
    true,
    true,
  ],
  [
    'an evidence grade does not count either',
    quantity(1, { confidence: 'low' } as Partial<Term>),
    quantity(1, { confidence: 'high' } as Partial<Term>),
    true,
    true,
  ],
  [
    'money: currency counts',
    { key, kind: 'money', amount: 100, currency: 'USD', bound: 'exact' },
    { key, kind: 'money', amount: 100, currency: 'EUR', bound: 'exact' },
    false,
    false,
  ],
  [
    'duration: 2 weeks is 14 days',
    { key, kind: 'duration', value: 2, unit: 'weeks', bound: 'exact' },
    { key, kind: 'duration', value: 14, unit: 'days', bound: 'exact' },
    true,
    true,
  ],
  [
    'duration: 1 year is 12 months',
    { key, kind: 'duration', value: 1, unit: 'years', bound: 'exact' },
    { key, kind: 'duration', value: 12, unit: 'months', bound: 'exact' },
    true,
    true,
  ],
  [
    'duration: a month is not 30 days',
    { key, kind: 'duration', value: 1, unit: 'months', bound: 'exact' },
    { key, kind: 'duration', value: 30, unit: 'days', bound: 'exact' },
    false,
    false,
  ],
  [
    'duration: from is wording',
    { key, kind: 'duration', value: 100, unit: 'days', bound: 'exact', from: 'signing' },
    { key, kind: 'duration', value: 100, unit: 'days', bound: 'exact' },
    true,
    true,
  ],
  [
    'share: holder is wording, value counts',
    { key, kind: 'share', value: 0.5, holder: 'United States', bound: 'exact' },
    { key, kind: 'share', value: 0.5, ratio: [50, 50], bound: 'exact' },
    true,
    true,
  ],
  [
    'share: different fraction',
    { key, kind: 'share', value: 0.5, bound: 'exact' },
    { key, kind: 'share', value: 0.4, bound: 'exact' },
    false,
    false,
  ],
  [
    'status: subject is wording',
    { key, kind: 'status', value: 'frozen', subject: 'Kherson' },
    { key, kind: 'status', value: 'frozen' },
    true,
    true,
  ],
  [
    'status: value counts',
    { key, kind: 'status', value: 'frozen' },
    { key, kind: 'status', value: 'recognized' },
    false,
    false,
  ],
  ['flag', { key, kind: 'flag', value: true }, { key, kind: 'flag', value: false }, false, false],
  [
    'set: order and repeats do not count',
    { key, kind: 'set', members: ['Qatar', 'Turkey', 'Qatar'] },
    { key, kind: 'set', members: ['turkey', 'Qatar'] },
    true,
    true,
  ],
  [
    'set: a missing member counts',
    { key, kind: 'set', members: ['Qatar', 'Turkey'] },
    { key, kind: 'set', members: ['Qatar'] },
    false,
    false,
  ],
  [
    'date-times agree as instants',
    { key, kind: 'date', value: '2025-11-20T12:00:00Z' },
    { key, kind: 'date', value: '2025-11-20T13:00:00+01:00' },
    true,
    true,
  ],
  [
    'a date is not a date-time',
    { key, kind: 'date', value: '2025-11-20' },
    { key, kind: 'date', value: '2025-11-20T00:00:00Z' },
    false,
    false,
  ],
  [
    'text: case and whitespace do not count',
    { key, kind: 'text', value: 'Third-party  monitors\n' },
    { key, kind: 'text', value: 'third-party monitors' },
    true,
    true,
  ],
  [
    'text: NFC',
    { key, kind: 'text', value: 'Zaporizhzhia caf\u00e9' },
    { key, kind: 'text', value: 'Zaporizhzhia cafe\u0301' },
    true,
    true,
  ],
  [
    'unaddressed agrees with unaddressed',
    { key, kind: 'unaddressed' },
    { key, kind: 'unaddressed' },
    true,
    true,
  ],
  ['unaddressed disagrees with a value', { key, kind: 'unaddressed' }, quantity(1), false, false],
  [
    'different kinds never agree',
    { key, kind: 'text', value: '600000' },
    quantity(600_000),
    false,
    false,
  ],
];

describe('termsAgree and termsAgreeExactly', () => {
  it.each(pairs)('%s', (_name, a, b, agree, exactly) => {
    expect(termsAgree(a, b)).toBe(agree);
    expect(termsAgree(b, a)).toBe(agree);
    expect(termsAgreeExactly(a, b)).toBe(exactly);
    expect(termsAgreeExactly(b, a)).toBe(exactly);
  });
});
