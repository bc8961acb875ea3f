import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentTable, FIGURE_TERM } from '../../src/align/content.js';
import { STOP_WORDS } from '../../src/align/stop-words.js';
import { RUNS } from '../support/runs.js';

// What a clause is about, as the alignment compares it (src/align/content.ts): words lower-cased,
// possessives dropped, split at hyphens, stop words out, stems cut to seven letters, British
// spellings in American form, country abbreviations written out, and every figure one term.

/** The terms of a text, sorted, as the table's `termOf` spells them. */
function termsOf(table: ContentTable, text: string): string[] {
  return [...table.contentOf(text).ids].map((id) => table.termOf(id)).sort();
}

/** The ids of a text's terms, as the alignment compares them. */
const idsOf = (table: ContentTable, text: string) => [...table.contentOf(text).ids];

/** [what, texts that must have one set of terms, that set] */
const sameContent: [string, string[], string[]][] = [
  ['case', ['Ukraine', 'UKRAINE', 'ukraine', 'uKrAiNe'], ['ukrain']],
  [
    'possessives and stop words',
    ["Ukraine's sovereignty is confirmed", 'the sovereignty of Ukraine is confirmed'],
    ['confirm', 'soverei', 'ukrain'],
  ],
  ['a possessive', ["Ukraine's", 'Ukraine', 'Ukraine’s', "UKRAINE'S"], ['ukrain']],
  [
    'a plural possessive',
    ["the parties' obligations", 'the parties obligations', "the party's obligation"],
    ['oblig', 'parti'],
  ],
  [
    'hyphens split a word',
    ['non-aggression', 'non aggression', 'aggression non', 'non‑aggression'],
    ['aggress', 'non'],
  ],
  [
    'stop words out',
    ['The armed forces of Ukraine shall be reduced', 'armed forces Ukraine reduced'],
    ['arm', 'forc', 'reduc', 'ukrain'],
  ],
  ['only stop words', ['', 'the', 'it is what it is', "it's", 'us', 'Us', 'uS'], []],
  ['stems', ['guarantees', 'guaranteed', 'guarantee', 'Guaranteeing'], ['guarant']],
  ['stems of a verb and its noun', ['confirms', 'confirmation', 'confirming'], ['confirm']],
  ['stems cut to seven letters', ['sovereignty', 'sovereign', "sovereign's"], ['soverei']],
  ['stems cut to seven letters, a noun of a person', ['guarantor', 'guaranteed'], ['guarant']],
  ['licence', ['licence', 'license', 'licences', 'licenses', 'LICENCE'], ['licens']],
  ['defence', ['defence', 'defense'], ['defens']],
  [
    'organisation',
    ['organisation', 'organization', 'organisations', 'organizations', 'ORGANISATION'],
    ['organ'],
  ],
  ['labour', ['labour', 'labor', 'labours'], ['labor']],
  ['-our before -er and -ite', ['labourer', 'laborer'], ['labor']],
  ['-our before -ite', ['favourite', 'favorite'], ['favorit']],
  ['centre', ['centre', 'center', 'centres'], ['center']],
  ['-tre before -d', ['centred', 'centered'], ['center']],
  ['-isational', ['organisational', 'organizational'], ['organiz']],
  ['programme', ['programme', 'program', 'programmes', "Programme's"], ['program']],
  ['-ise', ['recognise', 'recognize', 'recognised', 'recognized'], ['recogn']],
  ['-isation', ['authorisation', 'authorization'], ['author']],
  ['-our', ['colour', 'color', 'colours', 'colors'], ['color']],
  ['-our, another word', ['honours', 'honors', 'honour'], ['honor']],
  [
    'U.S.',
    ['U.S.', 'US', 'United States', 'U.S.A.', 'USA', 'united states', 'the U.S, too'],
    ['state', 'unit'],
  ],
  [
    'in a text in capitals "US" is a word, the dotted form the country',
    ['LET US AGREE', 'LET AGREE'],
    ['agre', 'let'],
  ],
  [
    'U.S. in a sentence',
    ['a U.S. guarantee', 'a US guarantee', 'a United States guarantee', "the U.S.'s guarantee"],
    ['guarant', 'state', 'unit'],
  ],
  ['U.S.-led', ['US-led', 'U.S.-led', 'United States-led'], ['led', 'state', 'unit']],
  ['U.K.', ['U.K.', 'UK', 'United Kingdom'], ['kingdom', 'unit']],
  ['E.U.', ['E.U.', 'EU', 'European Union', "the EU's"], ['europea', 'union']],
  ['U.N.', ['U.N.', 'UN', 'United Nations', "UN's"], ['nation', 'unit']],
  [
    'the pronoun "us" is a stop word',
    ['give us peace', 'give peace', 'give it to us: peace'],
    ['give', 'peac'],
  ],
  [
    'every figure is one term',
    ['600,000', '$100bn', '2.1', '€180bn', '30%', '50:50', '1,000,000', '0.5', '£3', '12.5%'],
    [FIGURE_TERM],
  ],
  [
    'figures in a clause',
    ['capped at 600,000 personnel', 'capped at 800,000 personnel', 'capped at 2.1 personnel'],
    ['#', 'cap', 'personn'],
  ],
];

/** [what, one text, its terms, another text, its terms] */
const otherContent: [string, string, string[], string, string[]][] = [
  [
    'the country, not the pronoun',
    'give US peace',
    ['give', 'peac', 'state', 'unit'],
    'give us peace',
    ['give', 'peac'],
  ],
  ['"un" in lower case is a word', 'un', ['un'], 'UN', ['nation', 'unit']],
  ['"united" alone', 'united', ['unit'], 'US', ['state', 'unit']],
  ['a figure in words is words', 'six hundred', ['hundr', 'six'], '600', ['#']],
  ['two places', 'Kherson', ['kherson'], 'Kharkiv', ['kharkiv']],
  ['a figure and no figure', 'capped at 600,000', ['#', 'cap'], 'capped', ['cap']],
  [
    'a hyphen is not a joined word',
    'non-aggression',
    ['aggress', 'non'],
    'nonaggression',
    ['nonaggr'],
  ],
  ['Europe and European', 'Europe', ['europ'], 'European', ['europea']],
];

describe('ContentTable.contentOf', () => {
  it.each(sameContent)('%s: the same terms', (_what, texts, terms) => {
    const table = new ContentTable();
    const first = idsOf(table, texts[0] as string);
    for (const text of texts) {
      expect(termsOf(table, text), text).toEqual(terms);
      expect(idsOf(table, text), text).toEqual(first);
    }
  });

  it.each(otherContent)('%s: different terms', (_what, one, oneTerms, other, otherTerms) => {
    const table = new ContentTable();
    expect(termsOf(table, one)).toEqual(oneTerms);
    expect(termsOf(table, other)).toEqual(otherTerms);
    expect(idsOf(table, one)).not.toEqual(idsOf(table, other));
  });

  it('numbers terms in order of first appearance, and counts them', () => {
    const table = new ContentTable();
    expect(table.size).toBe(0);
    expect(idsOf(table, 'Ukraine confirms 600,000')).toEqual([0, 1, 2]);
    expect([0, 1, 2].map((id) => table.termOf(id))).toEqual(['ukrain', 'confirm', '#']);
    expect(idsOf(table, 'sovereignty of the United States, Ukraine')).toEqual([0, 3, 4, 5]);
    expect(table.size).toBe(6);
    expect(idsOf(table, "Ukraine's guarantee was confirmed")).toEqual([0, 1, 6]);
    expect(table.size).toBe(7);
  });
});

// ---------------------------------------------------------------------------------------
// Laws

/** Content words (no abbreviation among them: "us" in capitals is the United States). */
const WORDS = [
  'Ukraine',
  'sovereignty',
  'armed',
  'forces',
  'capped',
  'personnel',
  'guarantees',
  'licence',
  'organisation',
  'centre',
  'programme',
  'Kherson',
  'frozen',
  'assets',
  'elections',
  'parties',
  'non-aggression',
];
const ABBREVIATION_LIKE = new Set(['us', 'uk', 'eu', 'un', 'usa']);
const STOPS = [...STOP_WORDS].filter((word) => !ABBREVIATION_LIKE.has(word));

const wordsArbitrary = fc.array(fc.constantFrom(...WORDS, ...STOPS), {
  minLength: 1,
  maxLength: 12,
});
const recase = (word: string, style: number) =>
  style === 0
    ? word.toLowerCase()
    : style === 1
      ? word.toUpperCase()
      : `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;

describe('ContentTable.contentOf: laws', () => {
  it('gives a set of terms: ids ascending, each once, each a term of the table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 4 }),
        (texts) => {
          const table = new ContentTable();
          for (const text of texts) {
            const ids = idsOf(table, text);
            for (let index = 1; index < ids.length; index++) {
              expect(ids[index] as number).toBeGreaterThan(ids[index - 1] as number);
            }
            for (const id of ids) {
              expect(id).toBeLessThan(table.size);
              expect(table.termOf(id)).not.toBe('');
            }
            expect(idsOf(table, text)).toEqual(ids);
          }
        },
      ),
      RUNS,
    );
  });

  it('ignores case, order and repetition of words', () => {
    fc.assert(
      fc.property(
        wordsArbitrary,
        fc.array(fc.nat(2), { minLength: 12, maxLength: 12 }),
        fc.integer(),
        (words, styles, seed) => {
          const table = new ContentTable();
          const recased = words.map((word, index) => recase(word, styles[index] as number));
          const shuffled = [...recased, ...recased.slice(0, 2)].sort(
            (x, y) => hash(x, seed) - hash(y, seed) || (x < y ? -1 : x > y ? 1 : 0),
          );
          expect(idsOf(table, shuffled.join(' '))).toEqual(idsOf(table, words.join(' ')));
        },
      ),
      RUNS,
    );
  });

  it('gains nothing from stop words, and drops possessives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...STOPS), { minLength: 8, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (words, stops, possessive) => {
          const table = new ContentTable();
          const padded = words.flatMap((word, index) => [
            stops[index] as string,
            possessive[index] === true ? `${word}'s` : word,
          ]);
          expect(idsOf(table, padded.join(' '))).toEqual(idsOf(table, words.join(' ')));
        },
      ),
      RUNS,
    );
  });

  it('makes every figure the same term', () => {
    const figureArbitrary = fc.oneof(
      fc.nat().map((value) => value.toLocaleString('en-US')),
      fc.nat().map(String),
      fc.tuple(fc.nat(999), fc.nat(99)).map(([whole, part]) => `${whole}.${part}`),
      fc
        .tuple(fc.constantFrom('$', '€', '£'), fc.nat(999), fc.constantFrom('', 'bn', 'm'))
        .map(([sign, value, suffix]) => `${sign}${value}${suffix}`),
      fc.nat(100).map((value) => `${value}%`),
    );
    fc.assert(
      fc.property(figureArbitrary, figureArbitrary, (x, y) => {
        const table = new ContentTable();
        expect(termsOf(table, x)).toEqual([FIGURE_TERM]);
        expect(idsOf(table, `forces capped at ${x} personnel`)).toEqual(
          idsOf(table, `forces capped at ${y} personnel`),
        );
      }),
      RUNS,
    );
  });
});

/** A deterministic shuffle key (FNV-1a of the word and the seed). */
function hash(word: string, seed: number): number {
  let value = 0x811c9dc5 ^ seed;
  for (let index = 0; index < word.length; index++) {
    value = Math.imul(value ^ word.charCodeAt(index), 0x01000193);
  }
  return value >>> 0;
}
