import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Draft,
  DraftValidationError,
  fromText,
  type Provision,
  parseDraft,
} from '../../src/index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Every provision, sub-points included, in reading order. */
function flatten(provisions: readonly Provision[]): Provision[] {
  return provisions.flatMap((provision) => [provision, ...flatten(provision.items ?? [])]);
}

/** The terms of a draft as `id: kind value phrase` lines, to compare with one expectation. */
function termLines(draft: Draft): string[] {
  return flatten(draft.provisions).flatMap((provision) =>
    (provision.terms ?? []).map((term) => {
      const phrase =
        term.span === undefined ? '' : provision.text.slice(term.span.start, term.span.end);
      const value =
        'amount' in term ? `${term.amount} ${term.currency}` : 'value' in term ? term.value : '';
      return `${provision.id} ${term.key} ${term.kind} ${value} "${phrase}"`;
    }),
  );
}

describe('fromText: the 28-point text', () => {
  const draft = fromText(fixture('28-points.txt'), { id: 'plan-28', date: '2025-11-20' });

  it('imports 28 points numbered 1 to 28, titled by the heading line', () => {
    expect(draft.title).toBe('Framework for peace in Ukraine: the 28 points');
    expect(draft.provisions.map((provision) => provision.number)).toEqual(
      Array.from({ length: 28 }, (_, index) => String(index + 1)),
    );
    expect(draft.provisions.map((provision) => provision.id)).toEqual(
      Array.from({ length: 28 }, (_, index) => `p${index + 1}`),
    );
    expect(draft.provisions[5]?.text).toBe(
      "The size of Ukraine's armed forces will be capped at 600,000 personnel.",
    );
  });

  it('makes the dashed sub-points items, lettered by position', () => {
    const itemCounts = Object.fromEntries(
      draft.provisions
        .filter((provision) => provision.items !== undefined)
        .map((provision) => [provision.number, provision.items?.length]),
    );
    expect(itemCounts).toEqual({ 10: 4, 12: 6, 13: 3, 14: 2, 20: 3, 21: 4, 24: 4 });
    const ten = draft.provisions[9] as Provision;
    expect(ten.text).toBe('The U.S. guarantee:');
    expect(ten.items?.map((item) => [item.id, item.number])).toEqual([
      ['p10.a', '10.a'],
      ['p10.b', '10.b'],
      ['p10.c', '10.c'],
      ['p10.d', '10.d'],
    ]);
    expect(ten.items?.[1]?.text).toBe('Ukraine loses the guarantee if it invades Russia;');
    const twentyOne = draft.provisions[20] as Provision;
    expect(twentyOne.text).toBe('Territories:');
    expect(twentyOne.items?.map((item) => item.text.split(' ')[0])).toEqual([
      'Crimea,',
      'Kherson',
      'Russia',
      'Ukrainian',
    ]);
  });

  it('marks every provision positional', () => {
    expect(flatten(draft.provisions).every((provision) => provision.positional === true)).toBe(
      true,
    );
  });

  it('extracts every figure with the right kind, and nothing from G8, START I or 2020', () => {
    expect(termLines(draft)).toEqual([
      'p2 duration.ambiguity duration 30 "30 years"',
      'p6 quantity.personnel.forces quantity 600000 "capped at 600,000 personnel"',
      'p14.a money.assets money 100000000000 USD "$100 billion"',
      'p14.b share.profits share 0.5 "50%"',
      'p14.b money.europe money 100000000000 USD "$100 billion"',
      'p19 share.output share 0.5 "50:50"',
      'p25 duration.elections duration 100 "within 100 days"',
    ]);
    const cap = draft.provisions[5]?.terms?.[0];
    expect(cap).toEqual({
      key: 'quantity.personnel.forces',
      label: "Size of Ukraine's armed forces",
      kind: 'quantity',
      value: 600_000,
      unit: 'personnel',
      bound: 'at-most',
      span: { start: 43, end: 70 },
      context: "The size of Ukraine's armed forces will be capped at 600,000 personnel",
    });
    expect(draft.provisions[18]?.terms?.[0]).toMatchObject({ kind: 'share', ratio: [50, 50] });
    expect(draft.provisions[24]?.terms?.[0]).toMatchObject({
      kind: 'duration',
      unit: 'days',
      bound: 'at-most',
    });
  });

  it('is a valid draft: parsing it again changes nothing', () => {
    expect(parseDraft(draft)).toEqual(draft);
    expect(draft.coverage).toBe('complete');
    expect(draft.date).toBe('2025-11-20');
  });
});

describe('fromText: structure', () => {
  it('reads every point style: 1.  2)  (3)  Point 4:  5 -', () => {
    const draft = fromText('1. One.\n2) Two.\n(3) Three.\nPoint 4: Four.\n5 - Five.', {
      id: 'styles',
    });
    expect(
      draft.provisions.map((provision) => [provision.id, provision.number, provision.text]),
    ).toEqual([
      ['p1', '1', 'One.'],
      ['p2', '2', 'Two.'],
      ['p3', '3', 'Three.'],
      ['p4', '4', 'Four.'],
      ['p5', '5', 'Five.'],
    ]);
  });

  it('reads lettered, bulleted and numbered sub-points', () => {
    const text = [
      '10. Guarantees:',
      'a. first',
      'b) second',
      '(c) third',
      '11. Measures:',
      '- one',
      '* two',
      '• three',
      '12. Steps:',
      '12.1 begin',
      '12.2. continue',
    ].join('\n');
    const draft = fromText(text, { id: 'items' });
    expect(
      draft.provisions.map((provision) => [
        provision.number,
        provision.items?.map((item) => `${item.id} ${item.number} ${item.text}`),
      ]),
    ).toEqual([
      ['10', ['p1.a 10.a first', 'p1.b 10.b second', 'p1.c 10.c third']],
      ['11', ['p2.a 11.a one', 'p2.b 11.b two', 'p2.c 11.c three']],
      ['12', ['p3.a 12.1 begin', 'p3.b 12.2 continue']],
    ]);
  });

  it('joins continuation lines to the provision above them', () => {
    const text =
      '1. The parties agree\nto a ceasefire.\n2. Guarantees:\n- the first\n  wrapped here\n\n3. Last.';
    const draft = fromText(text, { id: 'wrapped' });
    expect(draft.provisions[0]?.text).toBe('The parties agree to a ceasefire.');
    expect(draft.provisions[1]?.items?.[0]?.text).toBe('the first wrapped here');
    expect(draft.provisions[2]?.text).toBe('Last.');
  });

  it('keeps "1.5 million" and "10.1" under another point as text, not markers', () => {
    const draft = fromText('7. Refugees:\n1.5 million people return.\n10.1 is a section.', {
      id: 'x',
    });
    expect(draft.provisions).toHaveLength(1);
    expect(draft.provisions[0]?.text).toBe(
      'Refugees: 1.5 million people return. 10.1 is a section.',
    );
  });

  it('keeps text between the heading and the first point as provision p0', () => {
    const draft = fromText('Heading\nAn introduction of 2 lines\nthat goes on.\n1. First.', {
      id: 'intro',
    });
    expect(draft.title).toBe('Heading');
    expect(
      draft.provisions.map((provision) => [provision.id, provision.number, provision.text]),
    ).toEqual([
      ['p0', undefined, 'An introduction of 2 lines that goes on.'],
      ['p1', '1', 'First.'],
    ]);
  });

  it('numbers provisions by position, whatever the written numbers', () => {
    const draft = fromText('1. A.\n1. B.\n7. C.', { id: 'positions' });
    expect(draft.provisions.map((provision) => [provision.id, provision.number])).toEqual([
      ['p1', '1'],
      ['p2', '1'],
      ['p3', '7'],
    ]);
  });

  it('makes term keys unique across the draft in reading order', () => {
    const draft = fromText('1. Within 100 days.\n2. Within 100 days.\n- and 100 days more', {
      id: 'keys',
    });
    expect(
      flatten(draft.provisions).flatMap((provision) => provision.terms?.map((term) => term.key)),
    ).toEqual(['duration', 'duration.2', 'duration.3']);
  });
});

describe('fromText: title and meta', () => {
  it('takes the title from meta over the heading, and drops "#" and a final ":"', () => {
    expect(fromText('# The plan:\n1. A.', { id: 'a' }).title).toBe('The plan');
    expect(fromText('The plan\n1. A.', { id: 'a', title: 'Given' }).title).toBe('Given');
    expect(fromText('The plan\n1. A.', { id: 'a', title: 'Given' }).provisions).toHaveLength(1);
  });

  it('falls back to the id when the text starts with a point', () => {
    expect(fromText('1. A.\n2. B.', { id: 'numbered' }).title).toBe('numbered');
  });

  it('passes the metadata through and leaves meta untouched', () => {
    const meta = Object.freeze({
      id: 'leak-axios',
      title: 'Leaked plan',
      date: '2025-11-20',
      version: 'v1',
      coverage: 'partial' as const,
      basedOn: Object.freeze(['official']) as unknown as string[],
      summary: 'As reported.',
      sources: Object.freeze([
        Object.freeze({ outlet: 'Axios', kind: 'leak' as const }),
      ]) as unknown as [],
    });
    const draft = fromText('1. A.', meta);
    expect(draft).toMatchObject({
      id: 'leak-axios',
      title: 'Leaked plan',
      date: '2025-11-20',
      version: 'v1',
      coverage: 'partial',
      basedOn: ['official'],
      summary: 'As reported.',
      sources: [{ outlet: 'Axios', kind: 'leak' }],
    });
    expect(draft.sources).not.toBe(meta.sources);
  });

  it('gives the same draft for the same input', () => {
    const text = fixture('counter-text.txt');
    expect(fromText(text, { id: 'c' })).toEqual(fromText(text, { id: 'c' }));
  });
});

describe('fromText: errors', () => {
  it('rejects a blank or non-string text with INVALID_TEXT', () => {
    for (const text of ['', '  \n\t\r\n ', 42, null, undefined, ['1. A.']]) {
      expect(() => fromText(text as string, { id: 'x' })).toThrow(
        expect.objectContaining({ name: 'DraftdiffError', code: 'INVALID_TEXT' }),
      );
    }
    expect(() => fromText('', { id: 'x' })).toThrow('text to import is empty');
  });

  it('rejects meta that is not an object with INVALID_ARGUMENT', () => {
    for (const meta of [null, 'x', ['x']]) {
      expect(() => fromText('1. A.', meta as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
    expect(() => fromText('1. A.', { id: 'x' }, null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('reports a bad id or date as a DraftValidationError naming the field', () => {
    const error = catchError(() => fromText('1. A.', { id: 'Not A Slug', date: 'yesterday' }));
    expect(error).toBeInstanceOf(DraftValidationError);
    expect((error as DraftValidationError).issues.map((issue) => issue.path)).toEqual([
      '/id',
      '/date',
    ]);
  });

  it('names the file in errors when given one', () => {
    expect(() => fromText(' ', { id: 'x' }, { file: 'leak.txt' })).toThrow(
      'leak.txt: text to import is empty',
    );
    const error = catchError(() =>
      fromText('1. A.\n2. B.', { id: 'x' }, { file: 'leak.txt', limits: { maxProvisions: 1 } }),
    );
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', file: 'leak.txt' });
    expect((error as Error).message).toBe('leak.txt: text has more than 1 points and sub-points');
  });

  it('counts the preamble, which becomes a provision, against maxProvisions', () => {
    const cases = [
      ['- a\n- b', 3],
      ['Title\nThe parties agree.\n1. A.\n2. B.', 3],
      ['1. A.\n2. B.', 2],
    ] as const;
    for (const [text, provisions] of cases) {
      const limits = (maxProvisions: number) => ({ limits: { maxProvisions } });
      const draft = fromText(text, { id: 'x' }, limits(provisions));
      expect(flatten(draft.provisions)).toHaveLength(provisions);
      expect(() => fromText(text, { id: 'x' }, limits(provisions - 1))).toThrow(
        `text has more than ${provisions - 1} points and sub-points`,
      );
    }
  });

  it('applies the limits on provisions and text length', () => {
    expect(() =>
      fromText('1. A.\n- a\n- b', { id: 'x' }, { limits: { maxProvisions: 2 } }),
    ).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    expect(() =>
      fromText('1. abcdef\n2. abc', { id: 'x' }, { limits: { maxTextLength: 5 } }),
    ).toThrow('point 1 is longer than 5 characters');
    expect(
      fromText('1. abcde', { id: 'x' }, { limits: { maxTextLength: 5 } }).provisions,
    ).toHaveLength(1);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
