// The corpus in drafts/: every file valid, the key facts of every reported version exact, the
// sources honest (outlets, addresses, dates; never the project's own files), and the shared
// vocabulary documented. Independent of the diff engine on purpose: a bug there must
// not hide a wrong figure here, and a wrong figure here must not pass as an engine bug.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Draft, type Provision, parseDraft, type Term } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const draftsDir = join(root, 'drafts');
const SCHEMA_REF = '../schema/draft.schema.json';
const AXIOS = 'axios-28-points';

interface CorpusFile {
  file: string;
  raw: Record<string, unknown>;
  draft: Draft;
}

const files = readdirSync(draftsDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

const corpus = new Map<string, CorpusFile>(
  files.map((file) => {
    const raw = JSON.parse(readFileSync(join(draftsDir, file), 'utf8')) as Record<string, unknown>;
    return [file.slice(0, -'.json'.length), { file, raw, draft: parseDraft(raw, { file }) }];
  }),
);

function draftOf(id: string): Draft {
  const entry = corpus.get(id);
  if (entry === undefined) throw new Error(`no draft ${id} in drafts/`);
  return entry.draft;
}

/** Every provision of a draft, sub-points included, in document order. */
function provisionsOf(draft: Draft): Provision[] {
  const out: Provision[] = [];
  const walk = (provisions: readonly Provision[]) => {
    for (const provision of provisions) {
      out.push(provision);
      walk(provision.items ?? []);
    }
  };
  walk(draft.provisions);
  return out;
}

/** Every term of a draft with the id of the provision that states it (undefined: draft level). */
function termsOf(draft: Draft): { term: Term; provisionId: string | undefined }[] {
  return [
    ...(draft.terms ?? []).map((term) => ({ term, provisionId: undefined })),
    ...provisionsOf(draft).flatMap((provision) =>
      (provision.terms ?? []).map((term) => ({ term, provisionId: provision.id })),
    ),
  ];
}

function termOf(draftId: string, key: string): Term | undefined {
  return termsOf(draftOf(draftId)).find((entry) => entry.term.key === key)?.term;
}

function provisionIdOf(draftId: string, key: string): string | undefined {
  return termsOf(draftOf(draftId)).find((entry) => entry.term.key === key)?.provisionId;
}

/** The unit column of the README for a term: what its figure is counted in. */
function unitOf(term: Term): string {
  switch (term.kind) {
    case 'quantity':
    case 'duration':
      return term.unit;
    case 'money':
      return term.currency;
    case 'share':
      return 'fraction';
    default:
      return '-';
  }
}

interface Table {
  header: string[];
  rows: string[][];
}

/** The Markdown tables of a document, cells trimmed and stripped of backticks. */
function markdownTables(markdown: string): Table[] {
  const tables: Table[] = [];
  const lines = markdown.split('\n');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim().replaceAll('`', ''));
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    if (!line.startsWith('|') || !/^\|(\s*-+\s*\|)+$/.test(next.trim())) continue;
    const table: Table = { header: cells(line), rows: [] };
    index += 2;
    while (index < lines.length && (lines[index] ?? '').startsWith('|')) {
      table.rows.push(cells(lines[index] ?? ''));
      index++;
    }
    tables.push(table);
  }
  return tables;
}

const readmeTables = markdownTables(readFileSync(join(draftsDir, 'README.md'), 'utf8'));
const tablesWithHeader = (header: string[]) =>
  readmeTables.filter((table) => table.header.join('|') === header.join('|'));

describe('drafts/ files', () => {
  it('holds one draft for each reported version and each disagreeing account of one', () => {
    expect([...corpus.keys()]).toEqual([
      'analysis-reconstruction',
      'axios-28-points',
      'axios-first-report',
      'berlin-statement',
      'cbs-news-territory',
      'december-package',
      'e3-counter-proposal',
      'economist-40-percent',
      'european-24-points',
      'european-alternative',
      'ft-halve-the-army',
      'geneva-19-points-abc',
      'geneva-19-points-ft',
      'guarantee-15-years',
      'irish-times-bloomberg',
      'news-summary',
      'other-accounts-400k',
      'paris-declaration',
      'telegraph-lease',
      'twenty-point-framework',
      'twenty-point-ukraine-option',
      'twenty-point-us-option',
    ]);
  });

  it.each(files)('%s parses, is named after its id and names the JSON Schema', (file) => {
    const raw = JSON.parse(readFileSync(join(draftsDir, file), 'utf8')) as Record<string, unknown>;
    const draft = parseDraft(raw, { file });
    expect(`${draft.id}.json`).toBe(file);
    expect(raw.$schema).toBe(SCHEMA_REF);
    expect(existsSync(join(draftsDir, SCHEMA_REF))).toBe(true);
  });

  it('cites, on every term, outlets of its own draft, and labels every term', () => {
    const problems: string[] = [];
    for (const [id, { draft }] of corpus) {
      const outlets = new Set((draft.sources ?? []).map((source) => source.outlet));
      for (const { term } of termsOf(draft)) {
        if (term.label === undefined) problems.push(`${id} ${term.key}: no label`);
        if (term.sources === undefined || term.sources.length === 0) {
          problems.push(`${id} ${term.key}: no sources`);
        }
        for (const outlet of term.sources ?? []) {
          if (!outlets.has(outlet)) problems.push(`${id} ${term.key}: cites ${outlet}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('draws the lineage: the US text the root, the European plan and statement roots of their own', () => {
    const lineage = Object.fromEntries(
      [...corpus].map(([id, { draft }]) => [id, [draft.coverage, draft.basedOn ?? []]]),
    );
    expect(lineage).toEqual({
      'analysis-reconstruction': ['partial', [AXIOS]],
      [AXIOS]: ['complete', []],
      'axios-first-report': ['partial', [AXIOS]],
      'berlin-statement': ['partial', []],
      'cbs-news-territory': ['partial', [AXIOS]],
      'december-package': ['partial', ['geneva-19-points-abc', 'geneva-19-points-ft']],
      'e3-counter-proposal': ['partial', [AXIOS]],
      'economist-40-percent': ['partial', [AXIOS]],
      'european-24-points': ['partial', []],
      'european-alternative': ['partial', ['e3-counter-proposal']],
      'ft-halve-the-army': ['partial', [AXIOS]],
      'geneva-19-points-abc': ['partial', [AXIOS]],
      'geneva-19-points-ft': ['partial', [AXIOS]],
      'guarantee-15-years': ['partial', ['twenty-point-framework']],
      'irish-times-bloomberg': ['partial', [AXIOS]],
      'news-summary': ['partial', [AXIOS]],
      'other-accounts-400k': ['partial', [AXIOS]],
      'paris-declaration': ['partial', ['berlin-statement']],
      'telegraph-lease': ['partial', [AXIOS]],
      'twenty-point-framework': ['partial', ['december-package']],
      'twenty-point-ukraine-option': ['partial', ['twenty-point-framework']],
      'twenty-point-us-option': ['partial', ['twenty-point-framework']],
    });
    for (const { draft } of corpus.values()) {
      for (const parent of draft.basedOn ?? []) expect(corpus.has(parent)).toBe(true);
    }
  });

  it('dates each version by the day an outlet first published it, and leaves the rest undated', () => {
    const dates = Object.fromEntries(
      [...corpus].map(([id, { draft }]) => [id, draft.date ?? null]),
    );
    expect(dates).toEqual({
      'analysis-reconstruction': null,
      [AXIOS]: '2025-11-20',
      'axios-first-report': '2025-11-19',
      'berlin-statement': '2025-12-15',
      'cbs-news-territory': null,
      'december-package': '2025-12-10',
      'e3-counter-proposal': '2025-11-23',
      'economist-40-percent': null,
      'european-24-points': '2025-11-23',
      'european-alternative': null,
      'ft-halve-the-army': null,
      'geneva-19-points-abc': null,
      'geneva-19-points-ft': '2025-11-25',
      'guarantee-15-years': '2025-12-28',
      'irish-times-bloomberg': null,
      'news-summary': '2025-11-24',
      'other-accounts-400k': '2025-11-19',
      'paris-declaration': '2026-01-06',
      'telegraph-lease': '2025-11-20',
      'twenty-point-framework': '2025-12-24',
      'twenty-point-ukraine-option': '2025-12-24',
      'twenty-point-us-option': '2025-12-24',
    });
    // No version appears before the draft it is based on, except leaks, which report the
    // document whose text came out later.
    const leaks = ['axios-first-report', 'other-accounts-400k'];
    for (const [id, { draft }] of corpus) {
      for (const parent of draft.basedOn ?? []) {
        const parentDate = draftOf(parent).date;
        if (draft.date === undefined || parentDate === undefined || leaks.includes(id)) continue;
        expect(draft.date >= parentDate, `${id} after ${parent}`).toBe(true);
      }
    }
  });

  it('names outlets, addresses and dates, never the files the project read them in', () => {
    const forbidden = /seed|unattributed|\.txt|\.json|readme|drafts\/|facts\//i;
    const offending: string[] = [];
    for (const [id, { raw }] of corpus) {
      const { $schema: _schema, ...content } = raw;
      for (const match of JSON.stringify(content).matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
        if (forbidden.test(match[1] ?? '')) offending.push(`${id}: ${match[1]}`);
      }
    }
    expect(offending).toEqual([]);
    const urls = [...corpus.values()].flatMap(({ draft }) =>
      (draft.sources ?? []).flatMap((source) => (source.url === undefined ? [] : [source.url])),
    );
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) expect(url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
  });

  it('re-cites the first seven drafts to the outlets they report', () => {
    const outlets = (id: string) => (draftOf(id).sources ?? []).map((source) => source.outlet);
    expect(outlets(AXIOS)).toEqual(['Axios', 'Online.ua', 'LA.lv', 'Taipei Times', 'Capital Post']);
    expect(draftOf(AXIOS).sources?.[3]).toMatchObject({ citing: 'Bloomberg', date: '2025-11-22' });
    expect(draftOf('irish-times-bloomberg').sources).toEqual([
      expect.objectContaining({ outlet: 'The Irish Times', citing: 'Bloomberg', kind: 'summary' }),
      expect.objectContaining({ outlet: 'Taipei Times', citing: 'Bloomberg', date: '2025-11-22' }),
    ]);
    expect(draftOf('other-accounts-400k').sources).toEqual([
      expect.objectContaining({
        outlet: 'AFP',
        kind: 'leak',
        date: '2025-11-19',
        confidence: 'medium',
      }),
      expect.objectContaining({ outlet: 'The Moscow Times', citing: 'AFP' }),
    ]);
    expect(outlets('news-summary')).toEqual(['Axios', 'NBC News', 'Reuters', 'CBS News']);
    expect(outlets('cbs-news-territory')).toEqual(['CBS News']);
    expect(outlets('analysis-reconstruction')).toEqual([
      'Axios',
      'Financial Times',
      'Reuters',
      'The New York Times',
      'The Guardian',
      'The Irish Times',
      'CBS News',
      'Al Jazeera',
      'The Telegraph',
    ]);
    expect(outlets('european-alternative')).toEqual(['Reuters']);
  });

  it('grades only with the evidence grades or the hedges the schema knows, and grades every leak', () => {
    for (const id of [
      'other-accounts-400k',
      'ft-halve-the-army',
      'economist-40-percent',
      'telegraph-lease',
    ]) {
      const { draft } = corpus.get(id) ?? {};
      expect(draft?.sources?.[0]?.confidence, id).toBe('medium');
      for (const { term } of termsOf(draftOf(id)))
        expect(term.confidence, `${id} ${term.key}`).toBe('medium');
    }
    expect(termOf('december-package', 'plan.point-count')).toMatchObject({
      value: 22,
      confidence: 'low',
    });
    expect(termOf('analysis-reconstruction', 'territory.kherson')).toMatchObject({
      kind: 'unaddressed',
      confidence: 'low',
    });
  });
});

describe('the Axios full text', () => {
  const axios = draftOf(AXIOS);

  it('has the 28 points, numbered 1 to 28, with authored (not positional) ids', () => {
    expect(axios.provisions.map((provision) => provision.number)).toEqual(
      Array.from({ length: 28 }, (_, index) => String(index + 1)),
    );
    for (const provision of provisionsOf(axios)) {
      expect(provision.positional).toBeUndefined();
      expect(provision.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z][a-z0-9]*(-[a-z0-9]+)*)?$/);
    }
    expect(axios.provisions[5]?.id).toBe('armed-forces-cap');
    expect(axios.provisions[20]?.id).toBe('territories');
  });

  it('has sub-points under points 10, 12, 13, 14, 20, 21 and 24 only', () => {
    const counts = Object.fromEntries(
      axios.provisions
        .filter((provision) => provision.items !== undefined)
        .map((provision) => [provision.number, provision.items?.length]),
    );
    expect(counts).toEqual({ 10: 4, 12: 6, 13: 3, 14: 2, 20: 3, 21: 4, 24: 4 });
  });

  it('numbers sub-points 10.a, 10.b, ... and nests their ids under the point', () => {
    for (const provision of axios.provisions) {
      (provision.items ?? []).forEach((item, index) => {
        expect(item.number).toBe(`${provision.number}.${String.fromCharCode(97 + index)}`);
        expect(item.id.startsWith(`${provision.id}.`)).toBe(true);
        expect(item.items).toBeUndefined();
      });
    }
  });

  it('types a term for every clause', () => {
    const bare = provisionsOf(axios)
      .filter((provision) => provision.items === undefined && (provision.terms ?? []).length === 0)
      .map((provision) => provision.id);
    expect(bare).toEqual([]);
  });

  it('types every figure of every clause as a term of that clause', () => {
    // The year of an editorial aside (Trump's 2020 plan) is not a term of the agreement, and
    // digits inside a name ("G8") are not figures.
    const notTerms = new Set([2020]);
    const untyped: string[] = [];
    for (const provision of provisionsOf(axios)) {
      const figures = [
        ...provision.text.matchAll(/(?<![A-Za-z\d])\d[\d,]*(?:\.\d+)?(%| billion)?/g),
      ].map((match) => {
        const value = Number(match[0].replace(/[^\d.]/g, ''));
        if (match[1] === '%') return value / 100;
        return match[1] === ' billion' ? value * 1e9 : value;
      });
      const typed = new Set<number>();
      for (const term of provision.terms ?? []) {
        if (term.kind === 'quantity' || term.kind === 'duration') typed.add(term.value);
        if (term.kind === 'money') typed.add(term.amount);
        if (term.kind === 'share') {
          typed.add(term.value);
          for (const part of term.ratio ?? []) typed.add(part);
        }
      }
      for (const figure of figures) {
        if (!typed.has(figure) && !notTerms.has(figure)) untyped.push(`${provision.id}: ${figure}`);
      }
    }
    expect(untyped).toEqual([]);
  });
});

describe('key facts of every version', () => {
  const CAP = 'armed-forces.personnel-cap';

  it.each([
    [AXIOS, { value: 600000, bound: 'at-most', sources: ['Axios', 'Taipei Times'] }],
    [
      'irish-times-bloomberg',
      { value: 600000, bound: 'at-most', sources: ['The Irish Times', 'Taipei Times'] },
    ],
    [
      'other-accounts-400k',
      {
        value: 400000,
        bound: 'at-most',
        sources: ['AFP', 'The Moscow Times'],
        confidence: 'medium',
      },
    ],
    ['news-summary', { value: 600000, bound: 'about', sources: ['Axios', 'NBC News', 'Reuters'] }],
    [
      'e3-counter-proposal',
      {
        value: 800000,
        bound: 'at-most',
        condition: 'in peacetime',
        sources: ['Reuters', 'Deccan Chronicle'],
      },
    ],
    [
      'geneva-19-points-ft',
      { value: 800000, bound: 'at-most', condition: 'in peacetime', confidence: 'medium' },
    ],
    [
      'twenty-point-framework',
      {
        value: 800000,
        bound: 'at-most',
        condition: 'in peacetime',
        sources: ['Ukrainska Pravda', 'Ukrinform'],
      },
    ],
  ])('the cap in %s', (draftId, expected) => {
    expect(termOf(draftId, CAP)).toMatchObject({
      kind: 'quantity',
      label: 'Armed forces cap',
      unit: 'personnel',
      ...expected,
    });
  });

  it.each([
    ['ft-halve-the-army', 0.5, 'about'],
    ['telegraph-lease', 0.5, 'about'],
    ['economist-40-percent', 0.4, 'exact'],
  ])('types the relative cut in %s as a share of today, not as a cap', (draftId, value, bound) => {
    expect(termOf(draftId, CAP)).toBeUndefined();
    expect(termOf(draftId, 'armed-forces.cap-relative-to-current')).toMatchObject({
      kind: 'share',
      value,
      bound,
    });
  });

  it.each([
    ['berlin-statement', 'about'],
    ['paris-declaration', 'exact'],
  ])('types the strength in %s apart from the cap', (draftId, bound) => {
    expect(termOf(draftId, CAP)).toBeUndefined();
    expect(termOf(draftId, 'armed-forces.planned-strength')).toMatchObject({
      kind: 'quantity',
      value: 800000,
      unit: 'personnel',
      bound,
    });
  });

  it.each([
    ['e3-counter-proposal', 'nato.ukraine-membership', 'status', 'subject-to-nato-consensus'],
    ['e3-counter-proposal', 'fighter-jets.provider', 'status', 'nato'],
    [AXIOS, 'fighter-jets.provider', 'status', 'european'],
    ['e3-counter-proposal', 'non-aggression.parties', 'set', ['Russia', 'Ukraine', 'NATO']],
    ['twenty-point-framework', 'non-aggression.parties', 'set', ['Russia', 'Ukraine']],
    ['e3-counter-proposal', 'zaporizhzhia-npp.supervisor', 'set', ['IAEA']],
    ['european-24-points', 'zaporizhzhia-npp.control', 'status', 'ukraine'],
    ['european-24-points', 'armed-forces.limited', 'flag', false],
    ['european-24-points', 'plan.point-count', 'quantity', 24],
    ['geneva-19-points-abc', 'plan.point-count', 'quantity', 19],
    ['geneva-19-points-ft', 'plan.point-count', 'quantity', 19],
    ['twenty-point-framework', 'plan.point-count', 'quantity', 20],
    ['twenty-point-us-option', 'zaporizhzhia-npp.control', 'status', 'trilateral-us-led'],
    [
      'twenty-point-ukraine-option',
      'zaporizhzhia-npp.control',
      'status',
      'us-ukraine-joint-venture',
    ],
    [
      'twenty-point-us-option',
      'territory.donetsk-kyiv-held',
      'status',
      'demilitarized-free-economic-zone',
    ],
    [
      'twenty-point-ukraine-option',
      'territory.donetsk-kyiv-held',
      'status',
      'held-at-current-line',
    ],
    [
      'twenty-point-framework',
      'territory.russian-withdrawal-oblasts',
      'set',
      ['Dnipropetrovsk', 'Mykolaiv', 'Sumy', 'Kharkiv'],
    ],
    ['guarantee-15-years', 'us-guarantee.duration', 'duration', 15],
    ['guarantee-15-years', 'referendum.minimum-ceasefire', 'duration', 60],
    ['paris-declaration', 'multinational-force.hub-nations', 'set', ['United Kingdom', 'France']],
  ])('%s: %s is %s %j', (draftId, key, kind, value) => {
    const term = termOf(draftId, key);
    expect(term?.kind).toBe(kind);
    expect(
      term?.kind === 'set'
        ? term.members
        : term !== undefined && 'value' in term
          ? term.value
          : undefined,
    ).toEqual(value);
  });

  it('has the money of the 20 points exact: recovery funds of $800 billion', () => {
    expect(termOf('twenty-point-framework', 'reconstruction.recovery-target')).toMatchObject({
      kind: 'money',
      amount: 800_000_000_000,
      currency: 'USD',
    });
  });

  it.each([
    ['e3-counter-proposal', '3', ['russia.no-invasion-of-neighbours', 'nato.no-further-expansion']],
    ['e3-counter-proposal', '26', ['amnesty.wartime-actions', 'claims.waived']],
  ])(
    'marks the deleted point %s.%s as unaddressed, in its own numbering',
    (draftId, number, keys) => {
      const provision = provisionsOf(draftOf(draftId)).find(
        (candidate) => candidate.number === number,
      );
      expect(provision?.text).toMatch(/^Deleted: /);
      expect(provision?.terms?.map((term) => [term.key, term.kind])).toEqual(
        keys.map((key) => [key, 'unaddressed']),
      );
    },
  );

  it('keeps what the E3 text does not confirm silent: points 15, 17, 22, 23, 27 and 28', () => {
    const numbers = draftOf('e3-counter-proposal').provisions.map((provision) => provision.number);
    expect(numbers).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '16',
      '18',
      '19',
      '20',
      '21',
      '24',
      '25',
      '26',
    ]);
  });

  it('leaves the cap untyped in the analysis, which reports two figures', () => {
    expect(termOf('analysis-reconstruction', CAP)).toBeUndefined();
    expect(termOf('analysis-reconstruction', 'armed-forces.personnel-cap-accounts')).toMatchObject({
      kind: 'text',
      confidence: 'disputed',
    });
    expect(provisionIdOf('analysis-reconstruction', 'armed-forces.personnel-cap-accounts')).toBe(
      'armed-forces-cap',
    );
  });

  it.each([
    [AXIOS, 'territory.crimea', 'recognized-de-facto-russian'],
    [AXIOS, 'territory.luhansk', 'recognized-de-facto-russian'],
    [AXIOS, 'territory.donetsk', 'recognized-de-facto-russian'],
    [AXIOS, 'territory.kherson', 'frozen-at-contact-line'],
    [AXIOS, 'territory.zaporizhzhia', 'frozen-at-contact-line'],
    [AXIOS, 'territory.donetsk-kyiv-held', 'demilitarized-buffer-zone'],
    [AXIOS, 'territory.legal-arrangement', 'de-facto-recognition'],
    ['cbs-news-territory', 'territory.crimea', 'relinquished-to-russia'],
    ['cbs-news-territory', 'territory.donetsk', 'relinquished-to-russia'],
    ['cbs-news-territory', 'territory.luhansk', 'relinquished-to-russia'],
    ['cbs-news-territory', 'territory.kherson', 'frozen-at-contact-line'],
    ['cbs-news-territory', 'territory.zaporizhzhia', 'frozen-at-contact-line'],
    ['news-summary', 'territory.kherson', 'frozen-at-contact-line'],
    ['news-summary', 'territory.donetsk-kyiv-held', 'demilitarized-buffer-zone'],
    ['analysis-reconstruction', 'territory.crimea', 'recognized-de-facto-russian'],
    ['analysis-reconstruction', 'territory.legal-arrangement', 'lease'],
    ['european-alternative', 'territory.legal-arrangement', 'no-legitimization'],
    [AXIOS, 'nato.ukraine-membership', 'barred-in-constitution'],
    ['news-summary', 'nato.ukraine-membership', 'barred-in-constitution'],
    ['analysis-reconstruction', 'nato.ukraine-membership', 'barred-in-constitution'],
    [AXIOS, 'sanctions.relief', 'phased'],
    [AXIOS, 'prisoners.exchange', 'all-for-all'],
  ])('%s: %s is %s', (draftId, key, value) => {
    expect(termOf(draftId, key)).toMatchObject({ kind: 'status', value });
  });

  it('has the analysis say Kherson and Zaporizhzhia are not addressed, where Axios freezes them', () => {
    for (const key of ['territory.kherson', 'territory.zaporizhzhia']) {
      expect(termOf('analysis-reconstruction', key)).toMatchObject({
        kind: 'unaddressed',
        sources: ['The Telegraph'],
      });
      // Same provision id in both drafts, so alignment pairs the two accounts of point 21.b.
      expect(provisionIdOf('analysis-reconstruction', key)).toBe(
        'territories.kherson-zaporizhzhia',
      );
      expect(provisionIdOf(AXIOS, key)).toBe('territories.kherson-zaporizhzhia');
    }
  });

  it.each([
    [AXIOS, { value: 100, unit: 'days', bound: 'exact' }],
    [
      'news-summary',
      { value: 100, unit: 'days', bound: 'about', from: 'signing of the agreement' },
    ],
    ['analysis-reconstruction', { value: 100, unit: 'days', bound: 'about' }],
  ])('elections within 100 days in %s', (draftId, expected) => {
    expect(termOf(draftId, 'elections.deadline')).toMatchObject({ kind: 'duration', ...expected });
  });

  it('has the money and shares of point 14 and 19 exact', () => {
    expect(termOf(AXIOS, 'reconstruction.frozen-assets-investment')).toMatchObject({
      kind: 'money',
      amount: 100_000_000_000,
      currency: 'USD',
      bound: 'exact',
    });
    expect(termOf(AXIOS, 'reconstruction.european-contribution')).toMatchObject({
      kind: 'money',
      amount: 100_000_000_000,
      currency: 'USD',
    });
    expect(termOf(AXIOS, 'reconstruction.us-profit-share')).toMatchObject({
      kind: 'share',
      value: 0.5,
      holder: 'United States',
    });
    expect(termOf(AXIOS, 'zaporizhzhia-npp.electricity-split')).toMatchObject({
      kind: 'share',
      value: 0.5,
      ratio: [50, 50],
    });
    expect(
      termOf('analysis-reconstruction', 'reconstruction.frozen-assets-investment'),
    ).toMatchObject({
      kind: 'money',
      amount: 100_000_000_000,
      bound: 'about',
      confidence: 'unconfirmed',
    });
    expect(termOf('news-summary', 'reconstruction.frozen-assets-investment')).toMatchObject({
      kind: 'money',
      amount: 100_000_000_000,
      bound: 'exact',
    });
  });

  it('names who heads, monitors and facilitates exactly', () => {
    expect(termOf(AXIOS, 'peace-council.chair')).toMatchObject({ members: ['Donald J. Trump'] });
    expect(termOf(AXIOS, 'implementation.monitor')).toMatchObject({ members: ['Peace Council'] });
    expect(termOf(AXIOS, 'us-guarantee.missile-strike-cities')).toMatchObject({
      members: ['Moscow', 'St. Petersburg'],
    });
    expect(termOf('analysis-reconstruction', 'mediation.facilitators')).toMatchObject({
      members: ['Qatar', 'Turkey'],
    });
    expect(termOf('analysis-reconstruction', 'drafting.participants')).toMatchObject({
      members: ['Steve Witkoff', 'Kirill Dmitriev'],
    });
  });

  it('flags the commitments, with the snapback unconfirmed in the analysis', () => {
    const flags = (draftId: string, keys: string[]) =>
      keys.map((key) => {
        const term = termOf(draftId, key);
        return term?.kind === 'flag' ? [key, term.value, term.confidence] : [key, term?.kind];
      });
    expect(
      flags(AXIOS, [
        'nato.no-troops-in-ukraine',
        'ukraine.non-nuclear-status',
        'amnesty.wartime-actions',
        'g8.russia-invited',
        'snapback.sanctions-reinstated',
        'snapback.recognition-revoked',
      ]),
    ).toEqual([
      ['nato.no-troops-in-ukraine', true, undefined],
      ['ukraine.non-nuclear-status', true, undefined],
      ['amnesty.wartime-actions', true, undefined],
      ['g8.russia-invited', true, undefined],
      ['snapback.sanctions-reinstated', true, undefined],
      ['snapback.recognition-revoked', true, undefined],
    ]);
    expect(
      flags('analysis-reconstruction', ['snapback.sanctions-reinstated', 'g8.russia-invited']),
    ).toEqual([
      ['snapback.sanctions-reinstated', true, 'unconfirmed'],
      ['g8.russia-invited', true, undefined],
    ]);
    expect(flags('news-summary', ['security.nato-level-mutual-defense'])).toEqual([
      ['security.nato-level-mutual-defense', false, undefined],
    ]);
  });
});

describe('shared vocabulary', () => {
  const used = new Map<string, { kind: string; unit: string; label: string | undefined }[]>();
  for (const { draft } of corpus.values()) {
    for (const { term } of termsOf(draft)) {
      const list = used.get(term.key) ?? [];
      list.push({ kind: term.kind, unit: unitOf(term), label: term.label });
      used.set(term.key, list);
    }
  }

  it('gives a key one kind, unit and label in every draft (unaddressed aside)', () => {
    const inconsistent: string[] = [];
    for (const [key, uses] of used) {
      const stated = uses.filter((use) => use.kind !== 'unaddressed');
      const shapes = new Set(stated.map((use) => `${use.kind} ${use.unit}`));
      const labels = new Set(uses.map((use) => use.label));
      if (shapes.size > 1 || labels.size > 1) inconsistent.push(key);
    }
    expect(inconsistent).toEqual([]);
  });

  it('documents every key in drafts/README.md with its kind and unit, and no other key', () => {
    const documented = new Map<string, { kind: string; unit: string }>();
    for (const table of tablesWithHeader(['key', 'kind', 'unit', 'meaning'])) {
      for (const [key = '', kind = '', unit = ''] of table.rows) {
        expect(documented.has(key), `${key} documented twice`).toBe(false);
        documented.set(key, { kind, unit });
      }
    }
    expect(documented.size).toBeGreaterThan(50);
    for (const [key, uses] of used) {
      const stated = uses.find((use) => use.kind !== 'unaddressed');
      expect(documented.get(key), key).toEqual(
        stated === undefined ? expect.anything() : { kind: stated.kind, unit: stated.unit },
      );
    }
    expect([...documented.keys()].filter((key) => !used.has(key))).toEqual([]);
  });

  it('documents every status value used, for its key or its key family', () => {
    const values = new Map<string, Set<string>>();
    for (const table of tablesWithHeader(['key', 'value', 'meaning'])) {
      for (const [key = '', value = ''] of table.rows) {
        values.set(key, (values.get(key) ?? new Set()).add(value));
      }
    }
    const undocumented: string[] = [];
    for (const { draft } of corpus.values()) {
      for (const { term } of termsOf(draft)) {
        if (term.kind !== 'status') continue;
        const family = `${term.key.slice(0, term.key.indexOf('.'))}.*`;
        const allowed = values.get(term.key) ?? values.get(family);
        if (!allowed?.has(term.value)) undocumented.push(`${term.key} = ${term.value}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('lists every draft file in the README', () => {
    const [table] = tablesWithHeader([
      'file',
      'coverage',
      'version',
      'outlet (kind)',
      'based on',
      'what it is',
    ]);
    expect(table?.rows.map((row) => row[0]).sort()).toEqual(files);
    for (const row of table?.rows ?? []) {
      const id = (row[0] ?? '').replace(/\.json$/, '');
      expect(row[1], id).toBe(draftOf(id).coverage);
    }
  });

  it('reuses an Axios provision id only with its title and topics', () => {
    const axios = new Map(
      provisionsOf(draftOf(AXIOS)).map((provision) => [provision.id, provision]),
    );
    const mismatched: string[] = [];
    for (const [id, { draft }] of corpus) {
      if (id === AXIOS) continue;
      for (const provision of provisionsOf(draft)) {
        const twin = axios.get(provision.id);
        if (twin === undefined) continue;
        if (provision.title !== twin.title || String(provision.topics) !== String(twin.topics)) {
          mismatched.push(`${id} ${provision.id}`);
        }
      }
    }
    expect(mismatched).toEqual([]);
    // Only texts that number their points carry numbers; reports of them do not.
    const numbered = [...corpus]
      .filter(([, { draft }]) =>
        provisionsOf(draft).some((provision) => provision.number !== undefined),
      )
      .map(([id]) => id);
    expect(numbered).toEqual([
      AXIOS,
      'e3-counter-proposal',
      'twenty-point-framework',
      'twenty-point-ukraine-option',
      'twenty-point-us-option',
    ]);
  });
});
