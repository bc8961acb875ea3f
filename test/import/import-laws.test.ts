import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DraftdiffError,
  extractTerms,
  fromText,
  type Provision,
  parseDraft,
  TERM_KEY_PATTERN,
} from '../../src/index.js';
import { RUNS } from '../support/runs.js';

/** Pieces that start, end or break figures, so random texts hit the patterns' edges. */
const PIECES = [
  '600,000',
  '1 000',
  '1.5',
  '2025',
  '50',
  '100',
  ':',
  '/',
  '%',
  '$',
  'US$',
  '€',
  '£',
  'bn',
  ' million',
  ' billion',
  ' dollars',
  ' per cent',
  ' days',
  '-day',
  ' years',
  'six',
  'twenty-five',
  'half',
  ' the profits',
  ' of ',
  'split equally',
  'within ',
  'up to ',
  'capped at ',
  'about ',
  'at least ',
  'in peacetime',
  'November',
  ' 20',
  ', ',
  '-',
  '.',
  ' ',
  '\n',
  '\r\n',
  '1. ',
  '(3) ',
  '- ',
  'a) ',
  'Point 4: ',
  'Article ',
  'G8',
  'personnel',
  'troops',
  'forces',
  'Україна',
  '😀',
  'שלום',
  '\u00a0',
  '\ud800',
];

/** A likely figure: bound words or a currency, a number, and what may follow it. */
const phrase = fc
  .tuple(
    fc.constantFrom('', 'within ', 'up to ', 'about ', 'capped at ', 'at least ', '$', '€', 'US$'),
    fc.constantFrom('600,000', '1 000', '1.5', '50', '100', '2025', '20', '29', '1'),
    fc.constantFrom(
      '',
      '%',
      ' days',
      ' billion',
      'bn',
      ':50',
      '/50',
      ' troops',
      ' November 2025',
      ' of the profits',
      ' in peacetime',
      '-day',
      ' per cent',
    ),
  )
  .map((parts) => parts.join(''));
const figureText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), phrase), { maxLength: 40 })
  .map((pieces) => pieces.join(''));
/** Any string at all, lone surrogates included, or one built from the pieces above. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), figureText);

function flatten(provisions: readonly Provision[]): Provision[] {
  return provisions.flatMap((provision) => [provision, ...flatten(provision.items ?? [])]);
}

describe('laws of extractTerms', () => {
  it('never throws, and every span slices back to its phrase, in bounds and in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const terms = extractTerms(text);
        let previousEnd = 0;
        for (const term of terms) {
          expect(term.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(term.span.end).toBeGreaterThan(term.span.start);
          expect(term.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(term.span.start, term.span.end).trim()).not.toBe('');
          expect(term.context.length).toBeLessThanOrEqual(500);
          previousEnd = term.span.end;
        }
      }),
      RUNS,
    );
  });

  it('gives unique keys that match TERM_KEY_PATTERN, and terms the schema accepts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const terms = extractTerms(text);
        const keys = terms.map((term) => term.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of keys) expect(key).toMatch(TERM_KEY_PATTERN);
        const draft = { id: 'd', title: 't', provisions: [{ id: 'p', text, terms }] };
        expect(parseDraft(draft).provisions[0]?.terms).toEqual(terms);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(figureText, (text) => {
        expect(extractTerms(text)).toEqual(extractTerms(text));
      }),
      RUNS,
    );
  });
});

describe('laws of fromText', () => {
  it('returns a valid draft or throws a DraftdiffError, nothing else', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let draft: ReturnType<typeof fromText>;
        try {
          draft = fromText(text, { id: 'random' });
        } catch (error) {
          expect(error).toBeInstanceOf(DraftdiffError);
          expect((error as DraftdiffError).code).toBe('INVALID_TEXT');
          expect(text.trim()).toBe('');
          return;
        }
        expect(parseDraft(draft)).toEqual(draft);
        const provisions = flatten(draft.provisions);
        expect(provisions.length).toBeGreaterThan(0);
        expect(provisions.every((provision) => provision.positional === true)).toBe(true);
        const keys = provisions.flatMap(
          (provision) => provision.terms?.map((term) => term.key) ?? [],
        );
        expect(new Set(keys).size).toBe(keys.length);
        for (const provision of provisions) {
          for (const term of provision.terms ?? []) {
            const span = term.span as { start: number; end: number };
            expect(span.end).toBeLessThanOrEqual(provision.text.length);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same draft for CRLF and LF line endings', () => {
    fc.assert(
      fc.property(figureText, (text) => {
        fc.pre(text.trim() !== '');
        const lf = text.replace(/\r\n?/g, '\n');
        fc.pre(lf.trim() !== '');
        expect(fromText(lf.replace(/\n/g, '\r\n'), { id: 'x' })).toEqual(fromText(lf, { id: 'x' }));
      }),
      RUNS,
    );
  });
});
