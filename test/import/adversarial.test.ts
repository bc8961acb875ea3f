import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Draft, extractTerms, fromText, type Provision } from '../../src/index.js';
import { thrown } from '../support/errors.js';

const MEGABYTE = 1 << 20;
const fixture = readFileSync(new URL('../fixtures/28-points.txt', import.meta.url), 'utf8');

function flatten(provisions: readonly Provision[]): Provision[] {
  return provisions.flatMap((provision) => [provision, ...flatten(provision.items ?? [])]);
}

function termsOf(draft: Draft) {
  return flatten(draft.provisions).flatMap((provision) => provision.terms ?? []);
}

describe('fromText on hostile or huge input', () => {
  it('turns a text with no numbered points into one provision', () => {
    const draft = fromText(
      'Ceasefire terms\nAll forces withdraw within 30 days.\nMonitors report weekly.',
      {
        id: 'flat',
      },
    );
    expect(draft.title).toBe('Ceasefire terms');
    expect(draft.provisions).toEqual([
      {
        id: 'p0',
        positional: true,
        text: 'All forces withdraw within 30 days. Monitors report weekly.',
        terms: [
          {
            // The nearest word before the figure that can name a measure; no verb tagger.
            key: 'duration.withdraw',
            label: 'Forces withdraw',
            kind: 'duration',
            value: 30,
            unit: 'days',
            bound: 'at-most',
            span: { start: 20, end: 34 },
            context: 'All forces withdraw within 30 days',
          },
        ],
      },
    ]);
  });

  it('titles a one-line text by that line and keeps it as the provision', () => {
    const draft = fromText('Ukraine will hold elections in 100 days.', { id: 'one-line' });
    expect(draft.title).toBe('Ukraine will hold elections in 100 days.');
    expect(draft.provisions.map((provision) => [provision.id, provision.text])).toEqual([
      ['p0', 'Ukraine will hold elections in 100 days.'],
    ]);
  });

  it('imports 1 MB of numbered points', () => {
    const body = fixture.slice(fixture.indexOf('\n') + 1);
    const copies = Math.ceil(MEGABYTE / body.length);
    const parts = ['A long plan'];
    for (let copy = 0; copy < copies; copy++) {
      parts.push(
        body.replace(/^(\d+)\./gm, (_, number: string) => `${Number(number) + 28 * copy}.`),
      );
    }
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(MEGABYTE);
    const draft = fromText(text, { id: 'long' });
    expect(draft.provisions).toHaveLength(28 * copies);
    expect(draft.provisions.at(-1)?.number).toBe(String(28 * copies));
    const keys = termsOf(draft).map((term) => term.key);
    expect(keys).toHaveLength(7 * copies);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses 1 MB of text without points with LIMIT_EXCEEDED (one clause over maxTextLength)', () => {
    const text = 'The parties agree to a ceasefire of 30 days. '
      .repeat(MEGABYTE / 32)
      .slice(0, MEGABYTE);
    const error = thrown(() => fromText(text, { id: 'wall' }));
    expect(error.code).toBe('LIMIT_EXCEEDED');
    expect(error.message).toBe('the text before the first point is longer than 1000000 characters');
  });

  it('imports 10,000 points, and refuses them past maxProvisions', () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, index) =>
        `${index + 1}. Point ${index + 1} caps the force at ${(index + 1) * 1000} troops.`,
    );
    const draft = fromText(lines.join('\n'), { id: 'many' });
    expect(draft.provisions).toHaveLength(10_000);
    expect(draft.provisions[9_999]).toMatchObject({ id: 'p10000', number: '10000' });
    expect(draft.provisions[9_999]?.terms?.[0]).toMatchObject({
      key: 'quantity.personnel.force.10000',
      value: 10_000_000,
    });
    const error = thrown(() =>
      fromText(lines.join('\n'), { id: 'many' }, { limits: { maxProvisions: 9_999 } }),
    );
    expect(error.code).toBe('LIMIT_EXCEEDED');
  });

  it('keeps Cyrillic, emoji and right-to-left text intact', () => {
    const text = [
      'Мирний план 🕊️',
      '1. Суверенітет України буде підтверджено.',
      '2. Збройні сили обмежено до 600 000 військових 😀.',
      '3. \u200fהסכם שלום\u200f: 50% מהרווחים',
      '4. اتفاق 🤝 within 100 days',
    ].join('\n');
    const draft = fromText(text, { id: 'unicode' });
    expect(draft.title).toBe('Мирний план 🕊️');
    expect(draft.provisions.map((provision) => provision.text)).toEqual([
      'Суверенітет України буде підтверджено.',
      'Збройні сили обмежено до 600 000 військових 😀.',
      '\u200fהסכם שלום\u200f: 50% מהרווחים',
      'اتفاق 🤝 within 100 days',
    ]);
    expect(
      flatten(draft.provisions).flatMap((provision) =>
        (provision.terms ?? []).map((term) => [
          provision.id,
          term.key,
          term.kind,
          provision.text.slice(term.span?.start, term.span?.end),
        ]),
      ),
    ).toEqual([
      ['p2', 'quantity.units', 'quantity', '600 000 військових'],
      ['p3', 'share', 'share', '50%'],
      ['p4', 'duration', 'duration', 'within 100 days'],
    ]);
  });

  it('reads Windows and old Mac line endings like Unix ones', () => {
    const unix = fromText(fixture, { id: 'plan' });
    expect(fromText(fixture.replace(/\n/g, '\r\n'), { id: 'plan' })).toEqual(unix);
    expect(fromText(fixture.replace(/\n/g, '\r'), { id: 'plan' })).toEqual(unix);
    expect(fromText(`\uFEFF${fixture}`, { id: 'plan' })).toEqual(unix);
  });

  it('survives lone surrogates, NUL and control characters', () => {
    const draft = fromText('1. \ud800 capped at 600,000 troops\u0000\u0007\n2. \udc00', {
      id: 'odd',
    });
    expect(draft.provisions.map((provision) => provision.text)).toEqual([
      '\ud800 capped at 600,000 troops\u0000\u0007',
      '\udc00',
    ]);
    expect(draft.provisions[0]?.terms?.[0]).toMatchObject({ value: 600_000, bound: 'at-most' });
  });
});

describe('extractTerms on 1 MB of hostile text', () => {
  it('extracts a dense 1 MB text', () => {
    const clause =
      'The army will be capped at 600,000 personnel in peacetime, elections within 100 days, $100 billion of frozen assets, 50% of the profits, split 50:50 on 20 November 2025. ';
    const copies = Math.ceil(MEGABYTE / clause.length);
    const terms = extractTerms(clause.repeat(copies));
    expect(terms).toHaveLength(6 * copies);
    expect(new Set(terms.map((term) => term.key)).size).toBe(terms.length);
  });

  // Inputs shaped to make a careless regex backtrack: each must simply complete. Whole copies
  // of the unit, so no figure is cut at the end.
  it.each([
    ['digits', '1234567890', 0],
    ['thousands separated by spaces', '1 000 ', 1],
    ['commas', '1,', 0],
    ['dots', '1.', 0],
    ['colons', '1:', 0],
    ['dollar signs', '$', 0],
    ['hyphenated letters', 'a-', 0],
    ['spaces', ' ', 0],
    ['bound words', 'up to ', 0],
    ['month names', 'November 20 ', 0],
    ['fractions', 'half ', 0],
    ['number words', 'six ', 0],
    ['open brackets', '(', 0],
  ])('%s', (_name, unit, termsPerCopy) => {
    const copies = Math.ceil(MEGABYTE / unit.length);
    const text = unit.repeat(copies);
    const terms = extractTerms(text);
    expect(terms.length).toBe(termsPerCopy * copies);
    for (const term of terms.slice(0, 100)) {
      expect(text.slice(term.span.start, term.span.end)).toBe(unit.trim());
    }
  });
});
