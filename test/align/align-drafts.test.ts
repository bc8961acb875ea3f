import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignDrafts,
  type Draft,
  type DraftAlignment,
  DraftdiffError,
  type Provision,
  type ProvisionInput,
} from '../../src/index.js';
import { draftPairArbitrary } from '../support/arbitraries.js';
import { invalidArgumentOf } from '../support/errors.js';
import { RUNS } from '../support/runs.js';

// alignDrafts, the alignment at every level (DESIGN.md, issue 12). Each row names two lists of
// provisions and the alignment expected, written compactly with the display numbers of the
// provisions: "1=2" pairs old 1 with new 2 in order, "1>2" out of order (a move), "-1" removes
// old 1, "+2" adds new 2, "1<2,3" splits old 1 into new 2 and 3, "1,2>3" merges.

/** A provision imported from text: a positional id, so it pairs by content alone. */
function point(number: string, text: string, items: ProvisionInput[] = []): ProvisionInput {
  return {
    id: `p${number}`,
    positional: true,
    number,
    text,
    ...(items.length === 0 ? {} : { items }),
  };
}

function draftOf(id: string, provisions: ProvisionInput[]) {
  return { id, title: id, provisions };
}

/** Every provision of a draft as a JSON Pointer, with its display number. */
function numbersOf(draft: { provisions: readonly ProvisionInput[] }): Map<string, string> {
  const numbers = new Map<string, string>();
  const walk = (provisions: readonly ProvisionInput[], at: string) => {
    provisions.forEach((provision, index) => {
      numbers.set(`${at}/${index}`, provision.number ?? provision.id);
      walk(provision.items ?? [], `${at}/${index}/items`);
    });
  };
  walk(draft.provisions, '/provisions');
  return numbers;
}

function describeAlignment(
  alignment: DraftAlignment,
  before: ReturnType<typeof draftOf>,
  after: ReturnType<typeof draftOf>,
): string[] {
  const old = numbersOf(before);
  const next = numbersOf(after);
  return [
    ...alignment.pairs.map(
      (pair) => `${old.get(pair.before)}${pair.moved ? '>' : '='}${next.get(pair.after)}`,
    ),
    ...alignment.splits.map(
      (split) => `${old.get(split.before)}<${split.after.map((at) => next.get(at)).join(',')}`,
    ),
    ...alignment.merges.map(
      (merge) => `${merge.before.map((at) => old.get(at)).join(',')}>${next.get(merge.after)}`,
    ),
    ...alignment.removed.map((at) => `-${old.get(at)}`),
    ...alignment.added.map((at) => `+${next.get(at)}`),
  ];
}

const SOVEREIGNTY = 'The sovereignty of Ukraine is reaffirmed.';
const GUARANTEES = 'Ukraine will be given reliable security guarantees by the guarantor states.';
const ELECTIONS = 'Elections will be held in Ukraine within 100 days of the signing.';
const JETS = 'European fighter jets will be based in Poland.';
const DNIEPER = 'Russia will not hinder commercial use of the Dnieper River by Ukraine.';
const AMNESTY = 'All parties receive full amnesty for their actions during the war.';

describe('alignDrafts: examples', () => {
  it.each<{
    name: string;
    before: ProvisionInput[];
    after: ProvisionInput[];
    expected: string[];
  }>([
    {
      name: 'a paraphrase pairs: possessive, stems and stop words do not keep it apart',
      before: [point('1', SOVEREIGNTY), point('2', GUARANTEES), point('3', ELECTIONS)],
      after: [
        point('1', "Ukraine's sovereignty is confirmed once more."),
        point('2', GUARANTEES),
        point('3', ELECTIONS),
      ],
      expected: ['1=1', '2=2', '3=3'],
    },
    {
      name: 'the changed figure does not hide the pair: figures are masked',
      before: [point('1', 'The armed forces are capped at 600,000 personnel.'), point('2', JETS)],
      after: [
        point('1', 'The armed forces remain at 800,000 personnel in peacetime.'),
        point('2', 'NATO fighter jets will be stationed in Poland.'),
      ],
      expected: ['1=1', '2=2'],
    },
    {
      name: 'a weak pair between two strong neighbours forms',
      before: [point('1', GUARANTEES), point('2', ELECTIONS), point('3', JETS)],
      after: [
        point('1', GUARANTEES),
        point('2', 'Ukraine goes to the polls once the agreement is signed, within 100 days.'),
        point('3', JETS),
      ],
      expected: ['1=1', '2=2', '3=3'],
    },
    {
      name: 'a deleted point and renumbering: one removal, the rest in order',
      before: [
        point('1', GUARANTEES),
        point('2', AMNESTY),
        point('3', ELECTIONS),
        point('4', JETS),
      ],
      after: [point('1', GUARANTEES), point('2', ELECTIONS), point('3', JETS)],
      expected: ['1=1', '3=2', '4=3', '-2'],
    },
    {
      name: 'a parent is compared with its subtree: a renamed heading keeps its sub-points',
      before: [
        point('1', 'Security guarantees:', [
          point('1.a', 'The guarantor is compensated for the guarantee it gives.'),
          point('1.b', 'The guarantee lapses if Ukraine invades Russia.'),
        ]),
        point('2', ELECTIONS),
      ],
      after: [
        point('1', 'What the United States undertakes:', [
          point('1.a', 'The guarantor is compensated for the guarantee it gives.'),
          point('1.b', 'The guarantee lapses if Ukraine invades Russia.'),
        ]),
        point('2', ELECTIONS),
      ],
      expected: ['1=1', '1.a=1.a', '1.b=1.b', '2=2'],
    },
    {
      name: 'the sub-points of a point with no counterpart are still compared',
      before: [
        point('1', ELECTIONS),
        point('2', 'Economic and legal measures:', [point('2.a', DNIEPER), point('2.b', AMNESTY)]),
      ],
      after: [
        point('1', ELECTIONS),
        point('2', 'Trade:', [point('2.a', DNIEPER), point('2.b', 'Grain tariffs are abolished.')]),
        point('3', 'Justice:', [
          point('3.a', AMNESTY),
          point('3.b', 'War crimes tribunals close.'),
        ]),
      ],
      expected: ['1=1', '2=2', '2.a=2.a', '2.b>3.a', '+2.b', '+3', '+3.b'],
    },
    {
      name: 'a point that became a sub-point pairs across levels, as a move',
      before: [point('1', GUARANTEES), point('2', JETS), point('3', DNIEPER)],
      after: [point('1', GUARANTEES, [point('1.a', JETS)]), point('2', DNIEPER)],
      expected: ['1=1', '2>1.a', '3=2'],
    },
    {
      name: 'a mutual best match far away is a move, though below the pairing threshold',
      before: [
        point('1', 'The Zaporizhzhia nuclear power plant is restarted under IAEA supervision.'),
        point('2', GUARANTEES),
        point('3', ELECTIONS),
        point('4', JETS),
        point('5', DNIEPER),
      ],
      after: [
        point('1', GUARANTEES),
        point('2', ELECTIONS),
        point('3', JETS),
        point('4', DNIEPER),
        point('5', 'Under IAEA supervision, Zaporizhzhia resumes operation.'),
      ],
      expected: ['2=1', '3=2', '4=3', '5=4', '1>5'],
    },
    {
      name: 'a text repeated on one side pairs with its twin in place, the extra copy left over',
      before: [
        point('1', 'Reserved.'),
        point('2', GUARANTEES),
        point('3', 'Reserved.'),
        point('4', JETS),
      ],
      after: [point('1', GUARANTEES), point('2', 'Reserved.'), point('3', JETS)],
      expected: ['2=1', '3=2', '4=3', '-1'],
    },
  ])('$name', ({ before, after, expected }) => {
    const old = draftOf('old', before);
    const next = draftOf('new', after);
    expect(describeAlignment(alignDrafts(old, next), old, next)).toEqual(expected);
  });

  it('gives pointers, the basis and the similarity of each pair', () => {
    const before = draftOf('old', [
      { id: 'a', text: 'Ukraine keeps its sovereignty.' },
      {
        id: 'b',
        text: 'The guarantee:',
        items: [
          { id: 'b1', text: 'The guarantor is compensated.' },
          { id: 'b2', text: 'It lapses if Ukraine invades Russia.' },
        ],
      },
      { id: 'c', text: 'Elections are held within 100 days.', items: [{ id: 'c1', text: 'x' }] },
    ]);
    const after = draftOf('new', [
      { id: 'a', text: 'Ukraine keeps its sovereignty.' },
      { id: 'b', text: 'The guarantee:', items: [{ id: 'b2', text: 'It lapses.' }] },
    ]);
    expect(alignDrafts(before, after)).toEqual({
      pairs: [
        {
          before: '/provisions/0',
          after: '/provisions/0',
          basis: 'id',
          similarity: 1,
          moved: false,
        },
        {
          before: '/provisions/1',
          after: '/provisions/1',
          basis: 'id',
          similarity: 1,
          moved: false,
        },
        {
          before: '/provisions/1/items/1',
          after: '/provisions/1/items/0',
          basis: 'id',
          similarity: 1,
          moved: false,
        },
      ],
      splits: [],
      merges: [],
      removed: ['/provisions/1/items/0', '/provisions/2', '/provisions/2/items/0'],
      added: [],
    });
  });
});

describe('alignDrafts: your own similarity', () => {
  const before = draftOf('old', [point('1', 'Alpha clause.'), point('2', 'Beta clause.')]);
  const after = draftOf('new', [point('1', 'Gamma text.'), point('2', 'Delta text.')]);

  it('pairs what the scorer says is alike, and reports its score', () => {
    // A stand-in for embeddings: the first letters of the two texts decide.
    const similarity = (old: Provision, next: Provision) =>
      (old.text[0] === 'A' && next.text[0] === 'G') || (old.text[0] === 'B' && next.text[0] === 'D')
        ? 0.9
        : 0;
    const alignment = alignDrafts(before, after, { similarity });
    expect(describeAlignment(alignment, before, after)).toEqual(['1=1', '2=2']);
    expect(alignment.pairs.map((pair) => pair.similarity)).toEqual([0.9, 0.9]);
  });

  it.each<[string, unknown, string]>([
    ['a scorer that is not a function', 'cosine', 'must be a function when given'],
    ['a scorer that returns more than 1', () => 2, 'must return a number from 0 to 1, got 2'],
    ['a scorer that returns NaN', () => Number.NaN, 'must return a number from 0 to 1, got NaN'],
  ])('refuses %s', (_name, similarity, message) => {
    const error = invalidArgumentOf(() => alignDrafts(before, after, { similarity } as never));
    expect(error).toBeInstanceOf(DraftdiffError);
    expect(error.message).toContain(message);
  });
});

/** Every provision of a draft as a JSON Pointer, in document order. */
function pointersOf(draft: Draft): string[] {
  const pointers: string[] = [];
  const walk = (provisions: readonly Provision[], at: string) => {
    provisions.forEach((provision, index) => {
      pointers.push(`${at}/${index}`);
      walk(provision.items ?? [], `${at}/${index}/items`);
    });
  };
  walk(draft.provisions, '/provisions');
  return pointers;
}

/** The old and the new pointers an alignment mentions, each as often as it mentions it. */
function sidesOf(alignment: DraftAlignment): { before: string[]; after: string[] } {
  return {
    before: [
      ...alignment.pairs.map((pair) => pair.before),
      ...alignment.splits.map((split) => split.before),
      ...alignment.merges.flatMap((merge) => merge.before),
      ...alignment.removed,
    ],
    after: [
      ...alignment.pairs.map((pair) => pair.after),
      ...alignment.splits.flatMap((split) => split.after),
      ...alignment.merges.map((merge) => merge.after),
      ...alignment.added,
    ],
  };
}

/** The alignment of the drafts swapped, written as the forward one it mirrors. */
function mirrored(alignment: DraftAlignment): DraftAlignment {
  return {
    pairs: alignment.pairs
      .map((pair) => ({ ...pair, before: pair.after, after: pair.before }))
      .sort((x, y) => (x.after < y.after ? -1 : x.after > y.after ? 1 : 0)),
    splits: alignment.merges.map((merge) => ({ before: merge.after, after: merge.before })),
    merges: alignment.splits.map((split) => ({ before: split.after, after: split.before })),
    removed: alignment.added,
    added: alignment.removed,
  };
}

const sorted = (list: readonly string[]) => [...list].sort();
const byPointers = (alignment: DraftAlignment) => ({
  ...alignment,
  pairs: [...alignment.pairs].sort((x, y) => (x.after < y.after ? -1 : x.after > y.after ? 1 : 0)),
  splits: [...alignment.splits].sort((x, y) => (x.before < y.before ? -1 : 1)),
  merges: [...alignment.merges].sort((x, y) => (x.after < y.after ? -1 : 1)),
  removed: sorted(alignment.removed),
  added: sorted(alignment.added),
});

describe('alignDrafts: laws', () => {
  it('accounts for every provision of both drafts exactly once, at every depth', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        const sides = sidesOf(alignDrafts(before, after));
        expect(sorted(sides.before)).toEqual(sorted(pointersOf(before)));
        expect(sorted(sides.after)).toEqual(sorted(pointersOf(after)));
      }),
      RUNS,
    );
  });

  it('mirrors: aligning the drafts swapped swaps every pair, split and merge', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([before, after]) => {
        expect(byPointers(mirrored(alignDrafts(after, before)))).toEqual(
          byPointers(alignDrafts(before, after)),
        );
      }),
      RUNS,
    );
  });

  it('aligns a draft with itself as every provision paired in place', () => {
    fc.assert(
      fc.property(draftPairArbitrary, ([draft]) => {
        const alignment = alignDrafts(draft, draft);
        expect(alignment.pairs.map((pair) => [pair.before, pair.after, pair.moved])).toEqual(
          pointersOf(draft).map((pointer) => [pointer, pointer, false]),
        );
      }),
      RUNS,
    );
  });
});
