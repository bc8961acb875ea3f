import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../bench/accuracy/fixtures.mjs';
import {
  checkTruth,
  correspondencesOf,
  formatAccuracyTable,
  groupScores,
  labelProvisions,
  type PairScore,
  reportedTermChanges,
  type ScoredLibrary,
  scoreAlignment,
  scorePair,
  scoreTerms,
  type Truth,
  type TruthTerm,
} from '../../bench/accuracy/score.mjs';
import {
  alignDrafts,
  type Change,
  type DraftAlignment,
  diffDrafts,
  fromText,
  type ProvisionInput,
  parseDraft,
  type Term,
} from '../../src/index.js';
import { RUNS } from '../support/runs.js';

// Accuracy is deterministic, unlike time: the same sources give the same scores, so each pair
// of the set keeps a floor. The floors are the scores measured when the row was written,
// rounded down to two decimals (sections: how many of each text's sections were recovered);
// raise them as the engine improves, never lower them without a reason in ACCURACY.md.

/** The least each pair of texts must score (ACCURACY.md explains each number). */
interface Floor {
  /** Sections recovered in the earlier text, then in the later one. */
  sections: [number, number];
  /** Alignment precision, recall and F1. */
  precision: number;
  recall: number;
  f1: number;
  /** Share of reported term changes that are real, and of real ones reported. */
  termPrecision: number;
  termRecall: number;
}

const FLOORS: Record<string, Floor> = {
  'afl-2.1-to-3.0': {
    sections: [15, 16],
    precision: 1,
    recall: 1,
    f1: 1,
    termPrecision: 1,
    termRecall: 1,
  },
  'apache-1.1-to-2.0': {
    sections: [5, 9],
    precision: 0,
    recall: 0,
    f1: 0,
    termPrecision: 1,
    termRecall: 1,
  },
  'cc-by-3.0-to-4.0': {
    sections: [8, 8],
    precision: 0.9,
    recall: 0.31,
    f1: 0.46,
    termPrecision: 1,
    termRecall: 1,
  },
  'cc-by-sa-3.0-to-4.0': {
    sections: [8, 8],
    precision: 0.91,
    recall: 0.31,
    f1: 0.46,
    termPrecision: 1,
    termRecall: 1,
  },
  'cddl-1.0-to-1.1': {
    sections: [10, 10],
    precision: 1,
    recall: 1,
    f1: 1,
    termPrecision: 1,
    termRecall: 1,
  },
  'e3-counter-proposal': {
    sections: [28, 20],
    precision: 1,
    recall: 0.82,
    f1: 0.9,
    termPrecision: 1,
    termRecall: 1,
  },
  'epl-1.0-to-2.0': {
    sections: [7, 7],
    precision: 0.95,
    recall: 0.76,
    f1: 0.84,
    termPrecision: 1,
    termRecall: 1,
  },
  'eupl-1.1-to-1.2': {
    sections: [15, 15],
    precision: 1,
    recall: 0.91,
    f1: 0.95,
    termPrecision: 1,
    termRecall: 1,
  },
  'lgpl-2.1-to-3.0': {
    sections: [17, 7],
    precision: 0.5,
    recall: 0.55,
    f1: 0.52,
    termPrecision: 0.14,
    termRecall: 1,
  },
  'mpl-1.1-to-2.0': {
    sections: [13, 10],
    precision: 0.91,
    recall: 0.58,
    f1: 0.71,
    termPrecision: 0.37,
    termRecall: 0.75,
  },
  'osl-2.1-to-3.0': {
    sections: [15, 16],
    precision: 1,
    recall: 1,
    f1: 1,
    termPrecision: 1,
    termRecall: 1,
  },
  'twenty-point-framework': {
    sections: [28, 20],
    precision: 0.95,
    recall: 0.77,
    f1: 0.85,
    termPrecision: 0.8,
    termRecall: 1,
  },
};

const library: ScoredLibrary = { fromText, alignDrafts, diffDrafts };
const fixtures = loadFixtures();

describe('the ground truth of test/fixtures/accuracy', () => {
  it('holds the dev and held-out pairs of ACCURACY.md, each in its split', () => {
    expect(
      Object.fromEntries(fixtures.map((fixture) => [fixture.name, fixture.truth.split])),
    ).toEqual({
      'afl-2.1-to-3.0': 'held-out',
      'apache-1.1-to-2.0': 'held-out',
      'cc-by-3.0-to-4.0': 'dev',
      'cc-by-sa-3.0-to-4.0': 'held-out',
      'cddl-1.0-to-1.1': 'dev',
      'e3-counter-proposal': 'dev',
      'epl-1.0-to-2.0': 'dev',
      'eupl-1.1-to-1.2': 'dev',
      'lgpl-2.1-to-3.0': 'held-out',
      'mpl-1.1-to-2.0': 'held-out',
      'osl-2.1-to-3.0': 'held-out',
      'twenty-point-framework': 'held-out',
    });
  });

  it.each(fixtures)('$name is consistent', ({ name, truth }) => {
    expect(checkTruth(truth, name)).toEqual([]);
  });

  it('gives every pair a floor, and every floor a pair', () => {
    expect(Object.keys(FLOORS).sort()).toEqual(fixtures.map((fixture) => fixture.name).sort());
  });
});

describe.each(fixtures)('accuracy on $name ($truth.split)', (fixture) => {
  const score = scorePair(fixture, library);
  const floor = FLOORS[fixture.name];

  it('keeps its floor', () => {
    expect(floor, `add a row for ${fixture.name} to FLOORS`).toBeDefined();
    if (floor === undefined) return;
    expect(score.sections.before.found).toBeGreaterThanOrEqual(floor.sections[0]);
    expect(score.sections.after.found).toBeGreaterThanOrEqual(floor.sections[1]);
    expect(score.alignment.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(score.alignment.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(score.alignment.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(score.terms.precision).toBeGreaterThanOrEqual(floor.termPrecision);
    expect(score.terms.recall).toBeGreaterThanOrEqual(floor.termRecall);
  });

  it('scores the same on a second run', () => {
    expect(scorePair(fixture, library)).toEqual(score);
  });
});

/** A validated draft of the given provisions. */
function draftOf(provisions: ProvisionInput[]) {
  return parseDraft({ id: 'd', title: 'D', provisions });
}

/** An alignment with only the given parts; the rest empty. */
function alignmentOf(parts: Partial<DraftAlignment>): DraftAlignment {
  return { pairs: [], splits: [], merges: [], removed: [], added: [], ...parts };
}

/** A pair of an alignment, found by text. */
function pairOf(before: string, after: string): DraftAlignment['pairs'][number] {
  return { before, after, basis: 'text', similarity: 1, moved: false };
}

describe('labelProvisions', () => {
  const draft = draftOf([
    { id: 'p0', text: 'Heading text before the first point.' },
    {
      id: 'p1',
      number: '1',
      text: 'Definitions.',
      items: [
        { id: 'p1.a', number: '1.a', text: 'One.' },
        { id: 'p1.b', text: 'A line with no marker.' },
      ],
    },
    { id: 'p2', text: 'A paragraph between points.' },
    {
      id: 'p3',
      number: '3',
      text: 'Requirements.',
      items: [
        { id: 'p3.a', number: '3.a', text: 'First list.' },
        { id: 'p3.b', number: '3.a', text: 'Second list, lettered again.' },
        { id: 'p3.c', number: '3.a', text: 'Third list.' },
      ],
    },
  ]);

  it.each([
    ['/provisions/0', 'preamble'],
    ['/provisions/1', '1'],
    ['/provisions/1/items/0', '1.a'],
    ['/provisions/1/items/1', '(unnumbered /provisions/1/items/1)'],
    ['/provisions/2', '(unnumbered /provisions/2)'],
    ['/provisions/3', '3'],
    ['/provisions/3/items/0', '3.a'],
    ['/provisions/3/items/1', '3.a#2'],
    ['/provisions/3/items/2', '3.a#3'],
  ])('labels %s as %s', (pointer, label) => {
    expect(labelProvisions(draft).get(pointer)).toBe(label);
  });

  it('labels every provision, in document order', () => {
    expect([...labelProvisions(draft).keys()]).toEqual([
      '/provisions/0',
      '/provisions/1',
      '/provisions/1/items/0',
      '/provisions/1/items/1',
      '/provisions/2',
      '/provisions/3',
      '/provisions/3/items/0',
      '/provisions/3/items/1',
      '/provisions/3/items/2',
    ]);
  });

  it('calls a first provision with a number by its number, not preamble', () => {
    const numbered = draftOf([{ id: 'p1', number: '1', text: 'First.' }]);
    expect(labelProvisions(numbered).get('/provisions/0')).toBe('1');
  });
});

describe('correspondencesOf', () => {
  it('lists pairs, then one correspondence per part of each split and merge', () => {
    const alignment = alignmentOf({
      pairs: [pairOf('/provisions/0', '/provisions/0')],
      splits: [{ before: '/provisions/1', after: ['/provisions/1', '/provisions/2'] }],
      merges: [{ before: ['/provisions/2', '/provisions/3'], after: '/provisions/3' }],
      removed: ['/provisions/4'],
      added: ['/provisions/4'],
    });
    expect(correspondencesOf(alignment)).toEqual([
      ['/provisions/0', '/provisions/0'],
      ['/provisions/1', '/provisions/1'],
      ['/provisions/1', '/provisions/2'],
      ['/provisions/2', '/provisions/3'],
      ['/provisions/3', '/provisions/3'],
    ]);
  });
});

type LabelPair = [string, string];
const truthPairs: LabelPair[] = [
  ['preamble', 'preamble'],
  ['1', '1'],
  ['2', '2'],
  ['3', '3'],
];

describe('scoreAlignment', () => {
  it.each<{ name: string; claimed: LabelPair[]; expected: LabelPair[]; score: number[] }>([
    {
      name: 'a perfect alignment',
      claimed: truthPairs,
      expected: truthPairs,
      score: [4, 4, 4, 1, 1, 1],
    },
    {
      name: 'one wrong pair',
      claimed: [...truthPairs.slice(0, 3), ['3', '4']],
      expected: truthPairs,
      score: [3, 4, 4, 0.75, 0.75, 0.75],
    },
    {
      name: 'a pair missed (reported removed and added)',
      claimed: truthPairs.slice(0, 3),
      expected: truthPairs,
      score: [3, 3, 4, 1, 0.75, 6 / 7],
    },
    {
      name: 'a split found whole',
      claimed: [...truthPairs, ['4', '4'], ['4', '5']],
      expected: [...truthPairs, ['4', '4'], ['4', '5']],
      score: [6, 6, 6, 1, 1, 1],
    },
    {
      name: 'a split found as one of its parts',
      claimed: [...truthPairs, ['4', '4']],
      expected: [...truthPairs, ['4', '4'], ['4', '5']],
      score: [5, 5, 6, 1, 5 / 6, 10 / 11],
    },
    {
      name: 'an unnumbered provision paired: never true',
      claimed: [...truthPairs, ['(unnumbered /provisions/5)', '(unnumbered /provisions/5)']],
      expected: truthPairs,
      score: [4, 5, 4, 0.8, 1, 8 / 9],
    },
    {
      name: 'the same pair claimed twice counts once',
      claimed: [...truthPairs, ['1', '1']],
      expected: truthPairs,
      score: [4, 4, 4, 1, 1, 1],
    },
    { name: 'nothing claimed', claimed: [], expected: truthPairs, score: [0, 0, 4, 1, 0, 0] },
    { name: 'nothing to find', claimed: [], expected: [], score: [0, 0, 0, 1, 1, 1] },
    {
      name: 'everything wrong',
      claimed: [['1', '2']],
      expected: [['1', '1']],
      score: [0, 1, 1, 0, 0, 0],
    },
  ])('$name', ({ claimed, expected, score }) => {
    const result = scoreAlignment(expected, claimed);
    expect([result.correct, result.claimed, result.expected]).toEqual(score.slice(0, 3));
    expect(result.precision).toBeCloseTo(score[3] as number, 12);
    expect(result.recall).toBeCloseTo(score[4] as number, 12);
    expect(result.f1).toBeCloseTo(score[5] as number, 12);
  });

  const labelPairs = fc.uniqueArray(
    fc.tuple(fc.constantFrom('1', '2', '3', '3.a', '4'), fc.constantFrom('1', '2', '3', '3.a')),
    { selector: (pair) => pair.join(' ') },
  );

  it('law: precision against the truth is recall against the claims, and F1 lies between them', () => {
    fc.assert(
      fc.property(labelPairs, labelPairs, (expected, claimed) => {
        const forward = scoreAlignment(expected, claimed);
        const backward = scoreAlignment(claimed, expected);
        expect(forward.precision).toBe(backward.recall);
        expect(forward.recall).toBe(backward.precision);
        // A harmonic mean lies between its two terms (up to rounding).
        const { precision, recall, f1 } = forward;
        expect(f1).toBeLessThanOrEqual(Math.max(precision, recall) + 1e-12);
        expect(f1).toBeGreaterThanOrEqual(Math.min(precision, recall) - 1e-12);
      }),
      RUNS,
    );
  });

  it('law: claiming exactly the truth scores 1, 1, 1', () => {
    fc.assert(
      fc.property(labelPairs, (pairs) => {
        const { precision, recall, f1 } = scoreAlignment(pairs, pairs);
        expect([precision, recall, f1]).toEqual([1, 1, 1]);
      }),
      RUNS,
    );
  });
});

/** A term stated in a provision, of the kind and figure given. */
function termOf(
  kind: 'quantity' | 'duration' | 'share' | 'money' | 'date',
  figure: number | string,
) {
  const base = { key: `${kind}.test`, label: kind };
  switch (kind) {
    case 'money':
      return { ...base, kind, amount: figure, currency: 'EUR' } as Term;
    case 'date':
      return { ...base, kind, value: figure } as Term;
    case 'duration':
      return { ...base, kind, value: figure, unit: 'days' } as Term;
    default:
      return { ...base, kind, value: figure } as Term;
  }
}

describe('reportedTermChanges', () => {
  const before = new Map([
    ['/provisions/1', '6'],
    ['/provisions/1/items/0', '6.a'],
  ]);
  const after = new Map([
    ['/provisions/0', '4'],
    ['/provisions/2', '7'],
  ]);
  const changes = [
    {
      kind: 'term.changed',
      path: '/provisions/0/terms/0',
      beforePath: '/provisions/1/terms/0',
      key: 'quantity.test',
      before: termOf('quantity', 600000),
      after: termOf('quantity', 800000),
      aspects: ['value'],
      summary: '',
    },
    {
      kind: 'term.removed',
      path: '/provisions/1/items/0/terms/2',
      key: 'duration.test',
      before: termOf('duration', 30),
      summary: '',
    },
    {
      kind: 'term.added',
      path: '/provisions/2/terms/0',
      key: 'money.test',
      after: termOf('money', 100),
      summary: '',
    },
    {
      kind: 'term.added',
      path: '/terms/0',
      key: 'date.test',
      after: termOf('date', '2025-11-20'),
      summary: '',
    },
    { kind: 'provision.added', path: '/provisions/2', summary: '' },
  ] as unknown as Change[];

  it('reads each term change as labels and figures, and nothing else', () => {
    expect(reportedTermChanges(changes, before, after)).toEqual([
      { before: '6', after: '4', kind: 'quantity', from: 600000, to: 800000 },
      { before: '6.a', after: null, kind: 'duration', from: 30, to: null },
      { before: null, after: '7', kind: 'money', from: null, to: 100 },
      { before: null, after: '(draft)', kind: 'date', from: null, to: '2025-11-20' },
    ]);
  });
});

const capRaised: TruthTerm = {
  before: '6',
  after: '4',
  kind: 'quantity',
  from: 600000,
  to: 800000,
};
const windowDropped: TruthTerm = { before: '7', after: null, kind: 'duration', from: 1, to: null };

/** A figure that changed inside provision 9, which kept its number. */
function inNine(kind: 'share' | 'quantity', from: number, to: number) {
  return { before: '9', after: '9', kind, from, to };
}

describe('scoreTerms', () => {
  it.each<{
    name: string;
    expected: TruthTerm[];
    reported: Parameters<typeof scoreTerms>[1];
    score: number[];
  }>([
    {
      name: 'a real change found',
      expected: [capRaised],
      reported: [{ ...capRaised, kind: 'quantity' }],
      score: [1, 1, 1, 1, 1],
    },
    {
      name: 'a reference read as a figure is noise',
      expected: [capRaised],
      reported: [
        { ...capRaised, kind: 'quantity' },
        { before: null, after: '6.3', kind: 'quantity', from: null, to: 2.2 },
      ],
      score: [1, 2, 1, 0.5, 1],
    },
    {
      name: 'the right figures at the wrong provision',
      expected: [capRaised],
      reported: [{ ...capRaised, before: '5', kind: 'quantity' }],
      score: [0, 1, 1, 0, 0],
    },
    {
      name: 'the right provisions with the wrong figure',
      expected: [capRaised],
      reported: [{ ...capRaised, to: 400000, kind: 'quantity' }],
      score: [0, 1, 1, 0, 0],
    },
    {
      name: 'a removed term, null on the side that lacks it',
      expected: [windowDropped],
      reported: [{ before: '7', after: null, kind: 'duration', from: 1, to: null }],
      score: [1, 1, 1, 1, 1],
    },
    {
      name: 'a removal reported as a change to nothing is not the same',
      expected: [windowDropped],
      reported: [{ before: '7', after: '7', kind: 'duration', from: 1, to: undefined }],
      score: [0, 1, 1, 0, 0],
    },
    {
      name: 'a share written as a percentage in the truth',
      expected: [inNine('share', 50, 100)],
      reported: [inNine('share', 0.5, 1)],
      score: [1, 1, 1, 1, 1],
    },
    {
      name: 'a share written as a fraction in the truth',
      expected: [inNine('share', 0.5, 1)],
      reported: [inNine('share', 0.5, 1)],
      score: [1, 1, 1, 1, 1],
    },
    {
      name: 'a percentage reading is for shares only',
      expected: [inNine('quantity', 50, 100)],
      reported: [inNine('quantity', 0.5, 1)],
      score: [0, 1, 1, 0, 0],
    },
    {
      name: 'a date',
      expected: [{ before: null, after: '2', kind: 'date', from: null, to: '2026-01-01' }],
      reported: [{ before: null, after: '2', kind: 'date', from: null, to: '2026-01-01' }],
      score: [1, 1, 1, 1, 1],
    },
    {
      name: 'one real change reported twice counts once',
      expected: [capRaised],
      reported: [
        { ...capRaised, kind: 'quantity' },
        { ...capRaised, kind: 'quantity' },
      ],
      score: [1, 2, 1, 0.5, 1],
    },
    {
      name: 'nothing reported where a change is due',
      expected: [capRaised],
      reported: [],
      score: [0, 0, 1, 1, 0],
    },
    { name: 'nothing reported, nothing due', expected: [], reported: [], score: [0, 0, 0, 1, 1] },
  ])('$name', ({ expected, reported, score }) => {
    const result = scoreTerms(expected, reported);
    expect([
      result.real,
      result.reported,
      result.expected,
      result.precision,
      result.recall,
    ]).toEqual(score);
  });
});

describe('scorePair', () => {
  // A stand-in library, so the wiring is checked whatever the engine does today.
  const before = draftOf([
    { id: 'p0', text: 'Preamble.' },
    { id: 'p1', number: '1', text: 'Payment within 30 days.', terms: [termOf('duration', 30)] },
    { id: 'p2', number: '2', text: 'Notice.' },
    { id: 'p3', number: '3', text: 'Venue.' },
  ]);
  const after = draftOf([
    { id: 'p0', text: 'Preamble.' },
    { id: 'p1', number: '1', text: 'Payment within 45 days.', terms: [termOf('duration', 45)] },
    { id: 'p2', number: '2', text: 'Notice.', items: [{ id: 'p2.a', number: '2.a', text: 'x' }] },
    { id: 'p3', number: '3', text: 'Arbitration.' },
    { id: 'p4', number: '4', text: 'Venue.' },
  ]);
  const stub: ScoredLibrary = {
    fromText: ((text: string) => (text === 'before' ? before : after)) as typeof fromText,
    alignDrafts: (() =>
      alignmentOf({
        pairs: [pairOf('/provisions/0', '/provisions/0'), pairOf('/provisions/1', '/provisions/1')],
        splits: [{ before: '/provisions/2', after: ['/provisions/2', '/provisions/2/items/0'] }],
        merges: [],
        removed: [],
        added: ['/provisions/4'],
      })) as typeof alignDrafts,
    diffDrafts: (() => ({
      changes: [
        {
          kind: 'term.changed',
          path: '/provisions/1/terms/0',
          beforePath: '/provisions/1/terms/0',
          key: 'duration.test',
          before: termOf('duration', 30),
          after: termOf('duration', 45),
          aspects: ['value'],
          summary: '',
        },
      ],
    })) as unknown as typeof diffDrafts,
  };
  const truth: Truth = {
    name: 'stub',
    split: 'held-out',
    before: { file: 'before.txt' },
    after: { file: 'after.txt' },
    sections: { before: 3, after: 4 },
    pairs: [
      ['preamble', 'preamble'],
      ['1', '1'],
      ['2', '2'],
      ['3', '4'],
    ],
    removed: [],
    added: ['2.a', '3'],
    terms: [{ before: '1', after: '1', kind: 'duration', from: 30, to: 45 }],
  };

  it('labels, expands the split and scores every part', () => {
    expect(scorePair({ truth, beforeText: 'before', afterText: 'after' }, stub)).toEqual({
      name: 'stub',
      split: 'held-out',
      sections: {
        before: { found: 3, expected: 3, extra: 0 },
        after: { found: 4, expected: 4, extra: 0 },
      },
      alignment: {
        correct: 3,
        claimed: 4,
        expected: 4,
        precision: 0.75,
        recall: 0.75,
        f1: 0.75,
      },
      terms: { real: 1, reported: 1, expected: 1, precision: 1, recall: 1 },
    });
  });
});

/** A pair's scores with the numbers given; the counts behind them do not matter here. */
function scoreOf(
  name: string,
  split: 'dev' | 'held-out',
  [precision, recall, f1, termPrecision, termRecall]: number[],
  sectionsFound = 2,
): PairScore {
  return {
    name,
    split,
    sections: {
      before: { found: sectionsFound, expected: 2, extra: 0 },
      after: { found: 2, expected: 2, extra: sectionsFound === 2 ? 0 : 3 },
    },
    alignment: {
      correct: 0,
      claimed: 0,
      expected: 0,
      precision: precision as number,
      recall: recall as number,
      f1: f1 as number,
    },
    terms: {
      real: 1,
      reported: 2,
      expected: 1,
      precision: termPrecision as number,
      recall: termRecall as number,
    },
  };
}

describe('groupScores and formatAccuracyTable', () => {
  const scores = [
    scoreOf('held', 'held-out', [0.5, 0.5, 0.5, 0, 0]),
    scoreOf('one', 'dev', [1, 0.5, 2 / 3, 0.5, 1]),
    scoreOf('two', 'dev', [0.5, 1, 2 / 3, 1, 1], 0),
  ];

  it('groups dev first, then held out, each with the mean of its pairs', () => {
    const groups = groupScores(scores);
    expect(groups.map((group) => [group.split, group.rows.map((row) => row.name)])).toEqual([
      ['dev', ['one', 'two']],
      ['held-out', ['held']],
    ]);
    expect(groups[0]?.mean).toEqual({
      pairs: 2,
      sections: 0.75,
      precision: 0.75,
      recall: 0.75,
      f1: 2 / 3,
      termPrecision: 0.75,
      termRecall: 1,
    });
  });

  it('leaves out a group with no pairs', () => {
    expect(groupScores(scores.slice(1)).map((group) => group.split)).toEqual(['dev']);
  });

  it('prints one row per pair and the means of each group', () => {
    expect(formatAccuracyTable(scores)).toBe(
      [
        '| pair | sections | P | R | F1 | terms real | terms found |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| **dev** |  |  |  |  |  |  |',
        '| one | 2/2 2/2 | 1.00 | 0.50 | 0.67 | 1/2 0.50 | 1/1 1.00 |',
        '| two | 0/2 2/2 +3 | 0.50 | 1.00 | 0.67 | 1/2 1.00 | 1/1 1.00 |',
        '| *mean of 2* | *0.75* | *0.75* | *0.75* | *0.67* | *0.75* | *1.00* |',
        '| **held-out** |  |  |  |  |  |  |',
        '| held | 2/2 2/2 | 0.50 | 0.50 | 0.50 | 1/2 0.00 | 1/1 0.00 |',
        '| *mean of 1* | *1.00* | *0.50* | *0.50* | *0.50* | *0.00* | *0.00* |',
      ].join('\n'),
    );
  });
});

describe('checkTruth', () => {
  const good: Truth = {
    name: 'good',
    split: 'dev',
    before: { spdx: 'X-1.0' },
    after: { spdx: 'X-2.0' },
    sections: { before: 2, after: 2 },
    pairs: [
      ['preamble', 'preamble'],
      ['1', '1'],
      ['1.a', '2'],
    ],
    removed: ['2'],
    added: ['1.a'],
    terms: [],
  };

  it.each<{ name: string; truth: Truth; problems: string[] }>([
    { name: 'a consistent file', truth: good, problems: [] },
    {
      name: 'a name that is not the file name',
      truth: { ...good, name: 'other' },
      problems: ['name is "other", not good'],
    },
    {
      name: 'an unknown split',
      truth: { ...good, split: 'test' as Truth['split'] },
      problems: ['split "test"'],
    },
    {
      name: 'a pair listed twice',
      truth: { ...good, pairs: [...good.pairs, ['1', '1']] },
      problems: ['pair ["1","1"] is listed twice'],
    },
    {
      name: 'a label both paired and removed',
      truth: { ...good, removed: ['2', '1'] },
      problems: ['before 1 is both paired and removed'],
    },
    {
      name: 'a section count that the labels do not bear out',
      truth: { ...good, sections: { before: 2, after: 3 } },
      problems: ['sections.after is 3, the labels have 2'],
    },
    {
      name: 'a list that is missing',
      truth: { ...good, terms: undefined as unknown as TruthTerm[] },
      problems: ['terms is not a list'],
    },
  ])('$name', ({ truth, problems }) => {
    expect(checkTruth(truth, 'good')).toEqual(problems);
  });
});
