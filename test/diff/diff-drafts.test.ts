import { describe, expect, it } from 'vitest';
import { type Change, type DraftInput, diffDrafts, rebuildText } from '../../src/index.js';
import { cap, draftOf, point, renumber } from '../support/build.js';

const base = [
  point(1, 'Ukraine sovereignty will be confirmed.'),
  point(
    2,
    'A comprehensive non-aggression agreement is concluded between Russia, Ukraine and Europe.',
  ),
  point(3, 'Russia is expected not to invade its neighbours and NATO not to expand further.'),
  point(4, 'Russia and NATO hold a dialogue mediated by the United States.'),
  point(5, 'Ukraine receives reliable security guarantees.'),
  point(6, 'The armed forces of Ukraine are capped at 600,000 personnel.', {
    terms: [cap(600_000, { bound: 'at-most' })],
  }),
];

/** What a row expects of each change: its kind, the provision or key, and the summary. */
type Expected = { kind: Change['kind']; id?: string; summary: string };

function brief(change: Change): Expected {
  const id =
    'key' in change ? change.key : 'provisionId' in change ? change.provisionId : undefined;
  return id === undefined
    ? { kind: change.kind, summary: change.summary }
    : { kind: change.kind, id, summary: change.summary };
}

const rows: { name: string; a: DraftInput; b: DraftInput; expected: Expected[] }[] = [
  {
    name: 'identical drafts',
    a: draftOf('a', base),
    b: draftOf('b', base),
    expected: [],
  },
  {
    name: 'a deleted point renumbers the rest',
    a: draftOf('a', base),
    b: draftOf('b', renumber(base.filter((_, index) => index !== 2))),
    expected: [
      {
        kind: 'provision.removed',
        id: 'p3',
        summary:
          'Point 3 was removed ("Russia is expected not to invade its neighbours and NATO…")',
      },
      { kind: 'provision.renumbered', id: 'p4', summary: 'Point 4 is now point 3' },
      { kind: 'provision.renumbered', id: 'p5', summary: 'Point 5 is now point 4' },
      { kind: 'provision.renumbered', id: 'p6', summary: 'Point 6 is now point 5' },
    ],
  },
  {
    name: 'the cap falls and its clause is reworded',
    a: draftOf('a', base),
    b: draftOf('b', [
      ...base.slice(0, 5),
      point(6, 'The armed forces of Ukraine are capped at around 400,000 personnel.', {
        terms: [cap(400_000, { bound: 'about' })],
      }),
    ]),
    expected: [
      { kind: 'provision.reworded', id: 'p6', summary: 'Point 6 was reworded (75% similar)' },
      {
        kind: 'term.changed',
        id: 'armed-forces.personnel-cap',
        summary: 'Armed forces cap: at most 600,000 -> about 400,000 personnel (-33.3%)',
      },
    ],
  },
  {
    name: 'a point moved from 5 to 2',
    a: draftOf('a', base),
    b: draftOf(
      'b',
      renumber([base[0], base[4], base[1], base[2], base[3], base[5]] as typeof base),
    ),
    expected: [
      { kind: 'provision.moved', id: 'p5', summary: 'Point 5 moved to point 2' },
      { kind: 'provision.renumbered', id: 'p2', summary: 'Point 2 is now point 3' },
      { kind: 'provision.renumbered', id: 'p3', summary: 'Point 3 is now point 4' },
      { kind: 'provision.renumbered', id: 'p4', summary: 'Point 4 is now point 5' },
    ],
  },
  {
    name: 'ids that differ between authors',
    a: draftOf('a', base),
    b: draftOf(
      'b',
      renumber(base.filter((_, index) => index !== 0)).map((provision) => ({
        ...provision,
        id: `other-${provision.id}`,
      })),
    ),
    expected: [
      {
        kind: 'provision.removed',
        id: 'p1',
        summary: 'Point 1 was removed ("Ukraine sovereignty will be confirmed.")',
      },
      { kind: 'provision.renumbered', id: 'other-p2', summary: 'Point 2 is now point 1' },
      { kind: 'provision.renumbered', id: 'other-p3', summary: 'Point 3 is now point 2' },
      { kind: 'provision.renumbered', id: 'other-p4', summary: 'Point 4 is now point 3' },
      { kind: 'provision.renumbered', id: 'other-p5', summary: 'Point 5 is now point 4' },
      { kind: 'provision.renumbered', id: 'other-p6', summary: 'Point 6 is now point 5' },
    ],
  },
  {
    name: 'a point added at the top',
    a: draftOf('a', base.slice(0, 3)),
    b: draftOf('b', renumber([point(0, 'A ceasefire takes effect at once.'), ...base.slice(0, 3)])),
    expected: [
      {
        kind: 'provision.added',
        id: 'p0',
        summary: 'Point 1 was added ("A ceasefire takes effect at once.")',
      },
      { kind: 'provision.renumbered', id: 'p1', summary: 'Point 1 is now point 2' },
      { kind: 'provision.renumbered', id: 'p2', summary: 'Point 2 is now point 3' },
      { kind: 'provision.renumbered', id: 'p3', summary: 'Point 3 is now point 4' },
    ],
  },
  {
    name: 'a partial account is silent on what it leaves out',
    a: draftOf('a', base),
    b: draftOf('b', [base[5] as (typeof base)[number]], { coverage: 'partial' }),
    expected: [{ kind: 'draft.changed', summary: 'Coverage changed from "complete" to "partial"' }],
  },
  {
    name: 'a stated value that becomes unaddressed',
    a: draftOf('a', [
      point(1, 'Kherson is frozen along the line of contact.', {
        terms: [
          {
            key: 'territory.kherson',
            label: 'Kherson',
            kind: 'status',
            value: 'frozen-at-contact-line',
          },
        ],
      }),
    ]),
    b: draftOf('b', [], {
      coverage: 'partial',
      terms: [{ key: 'territory.kherson', label: 'Kherson', kind: 'unaddressed' }],
    }),
    expected: [
      { kind: 'draft.changed', summary: 'Coverage changed from "complete" to "partial"' },
      {
        kind: 'term.changed',
        id: 'territory.kherson',
        summary: 'Kherson: frozen at contact line -> not addressed',
      },
    ],
  },
  {
    name: 'set members and a flag',
    a: draftOf('a', [], {
      terms: [
        {
          key: 'mediation.facilitators',
          label: 'Facilitators',
          kind: 'set',
          members: ['Qatar', 'Turkey'],
        },
        { key: 'nato.troops-barred', label: 'NATO troops barred', kind: 'flag', value: true },
      ],
    }),
    b: draftOf('b', [], {
      terms: [
        {
          key: 'mediation.facilitators',
          label: 'Facilitators',
          kind: 'set',
          members: ['Turkey', 'Switzerland'],
        },
        { key: 'nato.troops-barred', label: 'NATO troops barred', kind: 'flag', value: false },
      ],
    }),
    expected: [
      {
        kind: 'term.changed',
        id: 'mediation.facilitators',
        summary: 'Facilitators: adds Switzerland and drops Qatar',
      },
      { kind: 'term.changed', id: 'nato.troops-barred', summary: 'NATO troops barred: yes -> no' },
    ],
  },
  {
    name: 'money, duration and share terms',
    a: draftOf('a', [
      point(1, 'Funds.', {
        terms: [
          {
            key: 'reconstruction.frozen-assets',
            label: 'Frozen assets for reconstruction',
            kind: 'money',
            amount: 100e9,
            currency: 'USD',
          },
          {
            key: 'elections.deadline',
            label: 'Elections deadline',
            kind: 'duration',
            value: 100,
            unit: 'days',
          },
          {
            key: 'reconstruction.us-profit-share',
            label: 'US share of profits',
            kind: 'share',
            value: 0.5,
          },
        ],
      }),
    ]),
    b: draftOf('b', [
      point(1, 'Funds.', {
        terms: [
          {
            key: 'reconstruction.frozen-assets',
            label: 'Frozen assets for reconstruction',
            kind: 'money',
            amount: 50e9,
            currency: 'USD',
          },
          {
            key: 'elections.deadline',
            label: 'Elections deadline',
            kind: 'duration',
            value: 6,
            unit: 'months',
          },
        ],
      }),
    ]),
    expected: [
      {
        kind: 'term.changed',
        id: 'elections.deadline',
        summary: 'Elections deadline: 100 days -> 6 months',
      },
      {
        kind: 'term.changed',
        id: 'reconstruction.frozen-assets',
        summary: 'Frozen assets for reconstruction: $100 billion -> $50 billion (-50%)',
      },
      {
        kind: 'term.removed',
        id: 'reconstruction.us-profit-share',
        summary: 'US share of profits: no longer stated (was 50%)',
      },
    ],
  },
  {
    name: 'a status whose subject changed',
    a: draftOf('a', [], {
      terms: [
        {
          key: 'prisoners.exchange',
          label: 'Exchange',
          kind: 'status',
          value: 'all-for-all',
          subject: 'prisoners',
        },
      ],
    }),
    b: draftOf('b', [], {
      terms: [
        {
          key: 'prisoners.exchange',
          label: 'Exchange',
          kind: 'status',
          value: 'all-for-all',
          subject: 'prisoners and bodies',
        },
      ],
    }),
    expected: [
      {
        kind: 'term.changed',
        id: 'prisoners.exchange',
        summary:
          'Exchange: all for all -> all for all (subject: prisoners -> prisoners and bodies)',
      },
    ],
  },
  // Draft-level terms found in prose carry a `span`; the two drafts are their pair, so they
  // match by key (and then by kind and unit) as a provision's do. They were never matched.
  {
    name: 'a draft-level term found in prose, unchanged',
    a: draftOf('a', [], { terms: [cap(600_000, { span: { start: 10, end: 17 } })] }),
    b: draftOf('b', [], { terms: [cap(600_000, { span: { start: 10, end: 17 } })] }),
    expected: [],
  },
  {
    name: 'a draft-level term found in prose, changed and moved in the text',
    a: draftOf('a', [], { terms: [cap(600_000, { span: { start: 10, end: 17 } })] }),
    b: draftOf('b', [], { terms: [cap(400_000, { span: { start: 30, end: 37 } })] }),
    expected: [
      {
        kind: 'term.changed',
        id: 'armed-forces.personnel-cap',
        summary: 'Armed forces cap: 600,000 -> 400,000 personnel (-33.3%)',
      },
    ],
  },
  {
    name: 'draft-level terms found in prose under rewritten keys pair by kind and unit',
    a: draftOf('a', [], {
      terms: [cap(600_000, { key: 'quantity.personnel.forces', span: { start: 0, end: 7 } })],
    }),
    b: draftOf('b', [], {
      terms: [cap(400_000, { key: 'quantity.personnel.army', span: { start: 0, end: 7 } })],
    }),
    expected: [
      {
        kind: 'term.changed',
        id: 'quantity.personnel.army',
        summary: 'Armed forces cap: 600,000 -> 400,000 personnel (-33.3%)',
      },
    ],
  },
  {
    name: 'metadata',
    a: draftOf('a', [], { version: 'leak', coverage: 'partial' }),
    b: draftOf('b', [], { version: 'official', coverage: 'partial' }),
    expected: [{ kind: 'draft.changed', summary: 'Version changed from "leak" to "official"' }],
  },
];

describe('diffDrafts: example table', () => {
  it.each(rows)('$name', ({ a, b, expected }) => {
    expect(diffDrafts(a, b).changes.map(brief)).toEqual(expected);
  });
});

describe('diffDrafts: details', () => {
  it('gives the delta of the cap: -200,000, a third', () => {
    const diff = diffDrafts(
      draftOf('irish', [], { coverage: 'partial', terms: [cap(600_000)] }),
      draftOf('others', [], { coverage: 'partial', terms: [cap(400_000, { bound: 'about' })] }),
    );
    expect(diff.changes).toHaveLength(1);
    const [change] = diff.changes;
    expect(change).toMatchObject({
      kind: 'term.changed',
      path: '/terms/0',
      beforePath: '/terms/0',
      key: 'armed-forces.personnel-cap',
      aspects: ['value', 'bound'],
      delta: { absolute: -200_000, relative: -1 / 3 },
      summary: 'Armed forces cap: 600,000 -> about 400,000 personnel (-33.3%)',
    });
  });

  // A delta is finite or absent: JSON has no Infinity (it prints as null), and an infinite
  // percentage tells a reader nothing. Found in the hostile input issue.
  it.each([
    {
      name: 'a fall by a third',
      from: 600_000,
      to: 400_000,
      delta: { absolute: -200_000, relative: -1 / 3 },
      summary: '600,000 -> 400,000 personnel (-33.3%)',
    },
    {
      name: 'a large figure that halves',
      from: 1e308,
      to: 5e307,
      delta: { absolute: -5e307, relative: -0.5 },
      summary: '1e+308 -> 5e+307 personnel (-50%)',
    },
    {
      name: 'a difference past the largest double',
      from: 1e308,
      to: -1e308,
      delta: undefined,
      summary: '1e+308 -> -1e+308 personnel',
    },
    {
      name: 'the same the other way round',
      from: -1e308,
      to: 1e308,
      delta: undefined,
      summary: '-1e+308 -> 1e+308 personnel',
    },
    {
      name: 'a change from the smallest double',
      from: 5e-324,
      to: 1,
      delta: undefined,
      summary: '0 -> 1 personnel',
    },
    {
      name: 'a fraction that overflows',
      from: 1e-300,
      to: 1e10,
      delta: undefined,
      summary: '0 -> 10,000,000,000 personnel',
    },
    {
      name: 'a rise whose percentage passes the largest double',
      from: 1,
      to: 1e307,
      delta: { absolute: 1e307, relative: 1e307 },
      summary: '1 -> 1e+307 personnel (+1e+309%)',
    },
    {
      name: 'a fall whose percentage passes the largest double',
      from: 1,
      to: -1e307,
      delta: { absolute: -1e307, relative: -1e307 },
      summary: '1 -> -1e+307 personnel (-1e+309%)',
    },
    { name: 'a change from 0', from: 0, to: 5, delta: undefined, summary: '0 -> 5 personnel' },
  ])('the delta of $name: $delta', ({ from, to, delta, summary }) => {
    const [change] = diffDrafts(
      draftOf('a', [], { terms: [cap(from)] }),
      draftOf('b', [], { terms: [cap(to)] }),
    ).changes;
    expect(change?.kind).toBe('term.changed');
    if (change?.kind !== 'term.changed') return;
    expect(change.delta).toEqual(delta);
    expect('delta' in change).toBe(delta !== undefined);
    expect(change.summary).toBe(`Armed forces cap: ${summary}`);
  });

  it('redlines a reworded clause word by word, figures whole', () => {
    const diff = diffDrafts(
      draftOf('a', [point(1, 'Capped at 600,000 personnel.')]),
      draftOf('b', [point(1, 'Capped at 800,000 personnel in peacetime.')]),
    );
    const change = diff.changes[0];
    expect(change?.kind).toBe('provision.reworded');
    if (change?.kind !== 'provision.reworded') return;
    expect(change.hunks).toEqual([
      { op: 'equal', text: 'Capped at ' },
      { op: 'delete', text: '600,000' },
      { op: 'insert', text: '800,000' },
      { op: 'equal', text: ' personnel' },
      { op: 'insert', text: ' in peacetime' },
      { op: 'equal', text: '.' },
    ]);
    expect(change.coarse).toBe(false);
    expect(rebuildText(change.hunks, 'before')).toBe('Capped at 600,000 personnel.');
    expect(rebuildText(change.hunks, 'after')).toBe('Capped at 800,000 personnel in peacetime.');
  });

  it('marks a clause beyond the edit budget as coarse, deterministically', () => {
    const a = draftOf('a', [point(1, Array.from({ length: 50 }, (_, i) => `alpha${i}`).join(' '))]);
    const b = draftOf('b', [point(1, Array.from({ length: 50 }, (_, i) => `beta${i}`).join(' '))]);
    const diff = diffDrafts(a, b, { limits: { maxEditLength: 10 } });
    const change = diff.changes[0];
    expect(change).toMatchObject({ kind: 'provision.reworded', coarse: true, similarity: 0 });
    if (change?.kind !== 'provision.reworded') return;
    expect(change.hunks.map((hunk) => hunk.op)).toEqual(['delete', 'insert']);
  });

  it('aligns sub-points of an aligned point', () => {
    const parent = (items: ReturnType<typeof point>[]) => point(10, 'The US guarantee:', { items });
    const items = [
      point('10.a', 'The US receives compensation for the guarantee.', { id: 'g-a' }),
      point('10.b', 'If Ukraine invades Russia, it loses the guarantee.', { id: 'g-b' }),
      point('10.c', 'If Russia invades Ukraine, sanctions are reinstated.', { id: 'g-c' }),
    ];
    const diff = diffDrafts(
      draftOf('a', [parent(items)]),
      draftOf('b', [
        parent([
          { ...items[1], number: '10.a' },
          { ...items[2], number: '10.b' },
        ] as typeof items),
      ]),
    );
    expect(diff.changes.map((change) => [change.kind, change.path])).toEqual([
      ['provision.removed', '/provisions/0/items/0'],
      ['provision.renumbered', '/provisions/0/items/0'],
      ['provision.renumbered', '/provisions/0/items/1'],
    ]);
  });

  it('recognises a point split in two and two points merged into one', () => {
    const whole = point(
      1,
      'Ukraine will hold elections within 100 days and Russia will reintegrate into the global economy through the G8.',
    );
    const parts = [
      point(1, 'Ukraine will hold elections within 100 days.', { id: 'q1' }),
      point(2, 'Russia will reintegrate into the global economy through the G8.', { id: 'q2' }),
    ];
    const split = diffDrafts(draftOf('a', [whole]), draftOf('b', parts));
    expect(split.changes.map((change) => change.kind)).toEqual(['provision.split']);
    expect(split.changes[0]).toMatchObject({
      provisionId: 'p1',
      intoIds: ['q1', 'q2'],
      summary: 'Point 1 was split into points 1 and 2',
    });
    const merged = diffDrafts(draftOf('b', parts), draftOf('a', [whole]));
    expect(merged.changes.map((change) => change.kind)).toEqual(['provision.merged']);
    expect(merged.changes[0]).toMatchObject({
      provisionId: 'p1',
      fromIds: ['q1', 'q2'],
      summary: 'Points 1 and 2 were merged into point 1',
    });
  });

  it('counts changes by kind', () => {
    const diff = diffDrafts(draftOf('a', base), draftOf('b', renumber(base.slice(1))));
    expect(diff.stats['provision.removed']).toBe(1);
    expect(diff.stats['provision.renumbered']).toBe(5);
    expect(diff.stats['term.changed']).toBe(0);
    expect(diff.from).toBe('a');
    expect(diff.to).toBe('b');
  });
});
