import { describe, expect, it } from 'vitest';
import { diffDrafts } from '../../src/diff/diff-drafts.js';
import { extractTerms, fromText } from '../../src/index.js';
import { duration, money, quantity, type Row, share, view } from './term-rows.js';

// Figures as contracts and licences write them: in words, in words with the figure again in
// brackets, with the bound after the figure, with a condition before or after it.
const FORMS: [string, Row[]][] = [
  // --- a number in words with its figure in brackets: one term, never two ----------------
  [
    'The Licensee shall cure the breach within thirty (30) days.',
    [
      duration({
        key: 'duration.breach',
        value: 30,
        unit: 'days',
        bound: 'at-most',
        phrase: 'within thirty (30) days',
      }),
    ],
  ],
  [
    'Either party may terminate on sixty (60) days written notice.',
    [duration({ key: 'duration.notice', value: 60, unit: 'days', phrase: 'sixty (60) days' })],
  ],
  [
    'The initial term is one (1) year.',
    [duration({ key: 'duration.term', value: 1, unit: 'years', phrase: 'one (1) year' })],
  ],
  [
    'The warranty period is twelve (12) months.',
    [duration({ key: 'duration.period', value: 12, unit: 'months', phrase: 'twelve (12) months' })],
  ],
  [
    'Payment is due within ninety (90) days of invoice.',
    [
      duration({
        key: 'duration.payment',
        value: 90,
        unit: 'days',
        bound: 'at-most',
        from: 'invoice',
        phrase: 'within ninety (90) days',
      }),
    ],
  ],
  [
    'Notice is given within 30 (thirty) days.',
    [
      duration({
        key: 'duration.notice',
        value: 30,
        unit: 'days',
        bound: 'at-most',
        phrase: 'within 30 (thirty) days',
      }),
    ],
  ],
  [
    'Shipment is made in five (5) business days.',
    [
      duration({
        key: 'duration.shipment',
        value: 5,
        unit: 'days',
        phrase: 'five (5) business days',
      }),
    ],
  ],
  [
    'The agency needs 30 days’ notice.',
    [duration({ key: 'duration.notice', value: 30, unit: 'days', phrase: '30 days’' })],
  ],
  [
    'The code must remain available for at least twelve (12) months after the date.',
    [
      duration({
        key: 'duration.available',
        value: 12,
        unit: 'months',
        bound: 'at-least',
        from: 'the date',
        phrase: 'at least twelve (12) months',
      }),
    ],
  ],
  [
    'up to twenty (20) copies',
    [
      quantity({
        key: 'quantity.copies',
        value: 20,
        unit: 'copies',
        bound: 'at-most',
        phrase: 'up to twenty (20) copies',
      }),
    ],
  ],
  [
    'ownership of fifty percent (50%) or more of the outstanding shares',
    [
      share({
        key: 'share.shares',
        value: 0.5,
        bound: 'at-least',
        of: 'outstanding shares',
        phrase: 'fifty percent (50%) or more',
      }),
    ],
  ],
  [
    'ownership of more than fifty percent (50%) of the outstanding shares',
    [
      share({
        key: 'share.shares',
        value: 0.5,
        bound: 'at-least',
        of: 'outstanding shares',
        phrase: 'more than fifty percent (50%)',
      }),
    ],
  ],
  [
    'a fine of ten thousand dollars ($10,000)',
    [
      money({
        key: 'money.fine',
        amount: 10_000,
        currency: 'USD',
        phrase: 'ten thousand dollars ($10,000)',
      }),
    ],
  ],
  [
    'a fine of $10,000 (ten thousand dollars)',
    [
      money({
        key: 'money.fine',
        amount: 10_000,
        currency: 'USD',
        phrase: '$10,000 (ten thousand dollars)',
      }),
    ],
  ],

  // --- numbers in words alone ("six months", "twenty-five years": extract-terms.test.ts) ---
  [
    'a lease of ninety-nine years',
    [duration({ key: 'duration.lease', value: 99, unit: 'years', phrase: 'ninety-nine years' })],
  ],
  [
    'one hundred and twenty days',
    [
      duration({
        key: 'duration',
        value: 120,
        unit: 'days',
        phrase: 'one hundred and twenty days',
      }),
    ],
  ],
  [
    'a thirty-day cure period',
    [duration({ key: 'duration.cure', value: 30, unit: 'days', phrase: 'thirty-day' })],
  ],
  [
    'three thousand troops',
    [
      quantity({
        key: 'quantity.personnel',
        value: 3_000,
        unit: 'personnel',
        phrase: 'three thousand troops',
      }),
    ],
  ],
  [
    'The mission will deploy two thousand five hundred observers.',
    [
      quantity({
        key: 'quantity.observers.mission',
        value: 2_500,
        unit: 'observers',
        phrase: 'two thousand five hundred observers',
      }),
    ],
  ],
  [
    'The court has no more than five judges.',
    [
      quantity({
        key: 'quantity.judges.court',
        value: 5,
        unit: 'judges',
        bound: 'at-most',
        phrase: 'no more than five judges',
      }),
    ],
  ],
  [
    'a fee of five hundred euros',
    [money({ key: 'money.fee', amount: 500, currency: 'EUR', phrase: 'five hundred euros' })],
  ],
  [
    'Fifty percent of the revenue',
    [share({ key: 'share.revenue', value: 0.5, of: 'revenue', phrase: 'Fifty percent' })],
  ],

  // --- a bound after the figure --------------------------------------------------------
  [
    'small functions (ten or fewer lines in length)',
    [
      quantity({
        key: 'quantity.lines.functions',
        value: 10,
        unit: 'lines',
        bound: 'at-most',
        phrase: 'ten or fewer lines',
      }),
    ],
  ],
  [
    'small functions (ten lines or less in length)',
    [
      quantity({
        key: 'quantity.lines.functions',
        value: 10,
        unit: 'lines',
        bound: 'at-most',
        phrase: 'ten lines or less',
      }),
    ],
  ],
  [
    'A stay of 30 days or more.',
    [
      duration({
        key: 'duration.stay',
        value: 30,
        unit: 'days',
        bound: 'at-least',
        phrase: '30 days or more',
      }),
    ],
  ],

  // --- a condition before or after the figure ------------------------------------------
  [
    "In peacetime, Ukraine's armed forces will be capped at 800,000.",
    [
      quantity({
        key: 'quantity.personnel.forces',
        value: 800_000,
        unit: 'personnel',
        bound: 'at-most',
        condition: 'in peacetime',
        phrase: 'capped at 800,000',
      }),
    ],
  ],
  [
    "Ukraine's armed forces will be capped at 800,000 in peacetime.",
    [
      quantity({
        key: 'quantity.personnel.forces',
        value: 800_000,
        unit: 'personnel',
        bound: 'at-most',
        condition: 'in peacetime',
        phrase: 'capped at 800,000',
      }),
    ],
  ],
  [
    'capped at 800,000 in peacetime',
    [
      quantity({
        key: 'quantity.units',
        value: 800_000,
        unit: 'units',
        bound: 'at-most',
        condition: 'in peacetime',
        phrase: 'capped at 800,000',
      }),
    ],
  ],
  [
    'The armed forces in peacetime will be capped at 800,000.',
    [
      quantity({
        key: 'quantity.personnel.forces',
        value: 800_000,
        unit: 'personnel',
        bound: 'at-most',
        condition: 'in peacetime',
        phrase: 'capped at 800,000',
      }),
    ],
  ],
  [
    'Under martial law, the army may reach 1,000,000.',
    [
      quantity({
        key: 'quantity.personnel.army',
        value: 1_000_000,
        unit: 'personnel',
        condition: 'under martial law',
        phrase: '1,000,000',
      }),
    ],
  ],
  // Peace or war time however written is one condition, so two versions compare.
  [
    'During wartime the budget rises to $50 billion.',
    [
      money({
        key: 'money.budget',
        amount: 50e9,
        currency: 'USD',
        condition: 'in wartime',
        phrase: '$50 billion',
      }),
    ],
  ],
  [
    "The peacetime strength of Ukraine's armed forces remains at 800,000.",
    [
      quantity({
        key: 'quantity.personnel.forces',
        value: 800_000,
        unit: 'personnel',
        condition: 'in peacetime',
        phrase: '800,000',
      }),
    ],
  ],
  [
    'The armed forces stand at 250,000 during times of peace.',
    [
      quantity({
        key: 'quantity.personnel.forces',
        value: 250_000,
        unit: 'personnel',
        condition: 'in peacetime',
        phrase: '250,000',
      }),
    ],
  ],
];

describe('extractTerms: figures as legal texts write them', () => {
  it.each(FORMS)('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it('reads a figure wrapped over two lines as on one line', () => {
    const wrapped = 'ownership of more than\n    fifty percent (50%) of the outstanding shares';
    expect(view(wrapped)).toEqual([
      share({
        key: 'share.shares',
        value: 0.5,
        bound: 'at-least',
        of: 'outstanding shares',
        phrase: 'more than\n    fifty percent (50%)',
      }),
    ]);
  });
});

describe('extractTerms: a key names what is measured', () => {
  const capped = "Ukraine's armed forces will be capped at 600,000 personnel.";
  const remain = "Ukraine's armed forces remain at 800,000 in peacetime.";

  it.each([
    [capped, 'quantity.personnel.forces'],
    [remain, 'quantity.personnel.forces'],
    ['The cap stands at 600,000.', 'quantity.units.cap'],
    ['The warranty lasts twelve (12) months.', 'duration.warranty'],
    ['No action under this Agreement may be brought after one year.', 'duration.action'],
    ['Its electricity output will be split 50:50.', 'share.output'],
    ['with its electricity output split 50:50', 'share.output'],
    ['The tax is reduced by 50%.', 'share.tax'],
    ['The forces remain prospectively at 800,000.', 'quantity.personnel.forces'],
    // The head of a two-word noun counts: people under arms, whatever the wording.
    [
      'Ukraine may keep armed forces of up to 800,000 service members.',
      'quantity.personnel.forces',
    ],
    ['It sends 5,000 combat troops.', 'quantity.personnel'],
  ])('%s gives %s', (text, key) => {
    expect(extractTerms(text).map((term) => term.key)).toEqual([key]);
  });

  it('counts a bare figure of an armed force in personnel, so the cap diffs with its delta', () => {
    const before = fromText(`Title\n1. ${capped}`, { id: 'before' });
    const after = fromText(`Title\n1. ${remain}`, { id: 'after' });
    const changes = diffDrafts(before, after).changes.filter((change) =>
      change.kind.startsWith('term.'),
    );
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'term.changed',
        key: 'quantity.personnel.forces',
        before: expect.objectContaining({ value: 600_000, unit: 'personnel', bound: 'at-most' }),
        after: expect.objectContaining({
          value: 800_000,
          unit: 'personnel',
          bound: 'exact',
          condition: 'in peacetime',
        }),
        delta: { absolute: 200_000, relative: 1 / 3 },
      }),
    ]);
  });
});
