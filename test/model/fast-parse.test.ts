import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { generatePair, SCENARIOS } from '../../bench/generate.mjs';
import { DraftDiffSchema } from '../../src/diff/change-schema.js';
import { diffDrafts } from '../../src/diff/diff-drafts.js';
import { DraftSchema } from '../../src/model/draft-schema.js';
import * as generatedCode from '../../src/model/fast-parse.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/model/limits.js';
import { parseDraft } from '../../src/model/parse-draft.js';
import { TermSchema } from '../../src/model/term.js';
import { RUNS } from '../support/runs.js';

const corpus: unknown[] = readdirSync(new URL('../../drafts/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) =>
    JSON.parse(readFileSync(new URL(`../../drafts/${file}`, import.meta.url), 'utf8')),
  );

/** One draft using every optional field and every term kind, so each walker is exercised. */
const everything = {
  $schema: '../schema/draft.schema.json',
  id: 'every-field',
  title: 'Every field',
  version: 'v1',
  date: '2025-11-20T14:00:00Z',
  basedOn: ['other-draft'],
  sources: [
    {
      outlet: 'Wire',
      citing: 'Other',
      url: 'https://example.org/a',
      date: '2025-11-20',
      kind: 'leak',
      title: 'Headline',
      note: 'n',
    },
  ],
  coverage: 'partial',
  summary: 'All of it.',
  terms: [{ key: 'plan.points', kind: 'quantity', value: 28, unit: 'points', bound: 'about' }],
  provisions: [
    {
      id: 'p1',
      positional: true,
      number: '1',
      title: 'Title',
      text: 'Text with 😀 and e\u0301.',
      topics: ['security'],
      items: [{ id: 'p1.a', number: '1.a', text: 'Sub-point.' }],
      terms: [
        {
          key: 'a.money',
          label: 'Money',
          sources: ['Wire'],
          confidence: 'reported',
          note: 'n',
          span: { start: 0, end: 4 },
          context: 'c',
          kind: 'money',
          amount: 100,
          currency: 'USD',
          condition: 'if',
        },
        { key: 'a.duration', kind: 'duration', value: 100, unit: 'days', from: 'signing' },
        { key: 'a.share', kind: 'share', value: 0.5, of: 'x', holder: 'y', ratio: [50, 50] },
        { key: 'a.status', kind: 'status', value: 'frozen', subject: 'Kherson' },
        { key: 'a.flag', kind: 'flag', value: false },
        { key: 'a.set', kind: 'set', members: ['A', 'B'] },
        { key: 'a.date', kind: 'date', value: '2026-01-01' },
        { key: 'a.text', kind: 'text', value: 'free' },
        { key: 'a.unaddressed', kind: 'unaddressed' },
      ],
    },
  ],
};

const generated: unknown[] = SCENARIOS.flatMap((scenario) => {
  const { before, after } = generatePair(30, scenario);
  return [before, after];
});

const valid: unknown[] = [...corpus, everything, ...generated];

/** The value with every object's keys, in order, made visible to `toEqual`. */
function withKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKeyOrder);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => [key, withKeyOrder(item)]);
  }
  return value;
}

/** What `parseDraft`'s zod path accepts, with its size limits; `undefined` when it rejects. */
function zodPath(input: unknown, limits: Limits = DEFAULT_LIMITS): unknown {
  const result = DraftSchema.safeParse(input);
  if (!result.success) return undefined;
  let count = 0;
  const stack = [...result.data.provisions];
  while (stack.length > 0) {
    const provision = stack.pop() as (typeof stack)[number];
    count++;
    if (provision.text.length > limits.maxTextLength) return undefined;
    stack.push(...(provision.items ?? []));
  }
  return count > limits.maxProvisions ? undefined : result.data;
}

/** Every place in a JSON value where a mutation can go: a container and one of its keys. */
function placesIn(
  value: unknown,
): { holder: Record<string | number, unknown>; key: string | number }[] {
  const places: { holder: Record<string | number, unknown>; key: string | number }[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const holder = node as Record<string | number, unknown>;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      places.push({ holder, key });
      visit(holder[key]);
    }
  };
  visit(value);
  return places;
}

// Replacement values on every edge the schema checks: types, empty and overlong strings
// (in code units and in code points), non-finite numbers, fractions, negatives.
const replacements: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'Not A Slug',
  'x'.repeat(201),
  '😀'.repeat(150),
  '😀'.repeat(300),
  -1,
  0,
  1.5,
  2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  ['a'],
  '2025-02-30',
  '2025-11-20T14:00:00',
  'exact',
  'USD',
  'quantity',
];

const mutation = fc.record({
  draft: fc.nat(),
  place: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'unknown key', 'duplicate', 'prototype'),
  value: fc.constantFrom(...replacements),
});

function mutate(
  input: unknown,
  { place, kind, value }: { place: number; kind: string; value: unknown },
) {
  const copy = structuredClone(input) as Record<string, unknown>;
  const places = placesIn(copy);
  const { holder, key } = places[place % places.length] as (typeof places)[number];
  switch (kind) {
    case 'replace':
      holder[key] = value;
      break;
    case 'delete':
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key];
      break;
    case 'unknown key':
      if (!Array.isArray(holder)) holder.surprise = value;
      break;
    case 'duplicate':
      if (Array.isArray(holder)) holder.push(structuredClone(holder[key]));
      break;
    case 'prototype':
      holder[key] = Object.create({ inherited: true });
      break;
  }
  return copy;
}

/**
 * The module loaded afresh where code generation from strings is refused, as under a Content
 * Security Policy without `unsafe-eval`, and each walker compiled there: they are closures.
 */
async function withoutCodeGeneration(): Promise<typeof generatedCode & { refused: number }> {
  let refused = 0;
  vi.resetModules();
  vi.stubGlobal('Function', function refuse() {
    refused++;
    throw new EvalError('Code generation from strings disallowed for this context');
  });
  try {
    const module = await import('../../src/model/fast-parse.js');
    // Each walker is compiled on its first call: make that call here, while `Function` refuses.
    module.fastParseDraft(everything, DEFAULT_LIMITS);
    module.fastParseTerm({ key: 'a.b', kind: 'flag', value: true });
    const checkDiff = module.compileFastCheck(DraftDiffSchema);
    checkDiff({});
    return { ...module, compileFastCheck: () => checkDiff, refused };
  } finally {
    vi.unstubAllGlobals();
  }
}

const closures = await withoutCodeGeneration();

it('compiles closures where code generation is refused', () => {
  // One refusal per walker: the draft's, the term's and the diff check's.
  expect(closures.refused).toBe(3);
});

describe.each([
  ['generated code', generatedCode],
  ['closures', closures],
])('with %s', (_, { compileFastCheck, fastParseDraft, fastParseTerm }) => {
  describe('fastParseDraft', () => {
    it('answers every valid draft of the corpus, the generator and the all-fields example', () => {
      // If this fails, the schema uses something the compiler does not know and every parse
      // takes the slow path: correct, but see BENCHMARKS.md for what that costs.
      for (const input of valid) expect(fastParseDraft(input, DEFAULT_LIMITS)).toBeDefined();
    });

    it('returns exactly what zod returns, key order included', () => {
      for (const input of valid) {
        expect(withKeyOrder(fastParseDraft(input, DEFAULT_LIMITS))).toEqual(
          withKeyOrder(zodPath(input)),
        );
      }
    });

    it('never accepts what zod rejects, and otherwise agrees with it, on mutated drafts', () => {
      fc.assert(
        fc.property(mutation, (change) => {
          const input = mutate(valid[change.draft % valid.length], change);
          const fast = fastParseDraft(input, DEFAULT_LIMITS);
          if (fast === undefined) return;
          expect(withKeyOrder(fast)).toEqual(withKeyOrder(zodPath(input)));
        }),
        { ...RUNS, numRuns: RUNS.numRuns * 10 },
      );
    });

    it.each([
      ['a key present but undefined', { ...(everything as object), version: undefined }],
      ['a class instance', { ...(everything as object), provisions: [new Date()] }],
      ['a draft whose provisions are too deep', nested(30)],
    ])('leaves %s to the zod path', (_, input) => {
      expect(fastParseDraft(input, { ...DEFAULT_LIMITS, maxDepth: 20 })).toBeUndefined();
    });

    it('leaves drafts over the size limits to the zod path, which reports them', () => {
      const limits = { ...DEFAULT_LIMITS, maxProvisions: 1, maxTextLength: 5 };
      expect(fastParseDraft(everything, limits)).toBeUndefined();
      expect(() => parseDraft(everything, { limits })).toThrow(/provisions|exceeds the limit/);
    });

    it('shares no object with its input', () => {
      const draft = fastParseDraft(everything, DEFAULT_LIMITS) as unknown as typeof everything;
      expect(draft).not.toBe(everything);
      expect(draft.provisions[0]).not.toBe(everything.provisions[0]);
      expect(draft.provisions[0]?.terms[0]).not.toBe(everything.provisions[0]?.terms[0]);
      expect(draft.sources).not.toBe(everything.sources);
    });
  });

  /** Every term of the valid drafts, as written (before defaults). */
  const terms: unknown[] = valid.flatMap((draft) => {
    const found: unknown[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === 'object' && node !== null) {
        const record = node as Record<string, unknown>;
        if (Array.isArray(record.terms)) found.push(...record.terms);
        visit(record.provisions);
        visit(record.items);
      }
    };
    visit(draft);
    return found;
  });

  describe('fastParseTerm', () => {
    it('answers every term of the valid drafts with what zod returns, key order included', () => {
      expect(terms.length).toBeGreaterThan(100);
      for (const term of terms) {
        expect(withKeyOrder(fastParseTerm(term))).toEqual(withKeyOrder(TermSchema.parse(term)));
      }
    });

    it('never accepts what zod rejects, and otherwise agrees with it, on mutated terms', () => {
      fc.assert(
        fc.property(mutation, (change) => {
          const input = mutate({ term: terms[change.draft % terms.length] }, change).term;
          const fast = fastParseTerm(input);
          if (fast === undefined) return;
          const zod = TermSchema.safeParse(input);
          expect(zod.success).toBe(true);
          expect(withKeyOrder(fast)).toEqual(withKeyOrder(zod.data));
        }),
        { ...RUNS, numRuns: RUNS.numRuns * 10 },
      );
    });

    it.each([
      ['a key present but undefined', { key: 'a.b', kind: 'flag', value: true, note: undefined }],
      ['a class instance', new Date()],
      ['an unknown kind', { key: 'a.b', kind: 'colour', value: 'red' }],
    ])('leaves %s to zod', (_, input) => {
      expect(fastParseTerm(input)).toBeUndefined();
    });
  });

  describe('compileFastCheck', () => {
    const checkDiff = compileFastCheck(DraftDiffSchema);
    // Each valid draft against the next: metadata, provision and term changes of every kind.
    const diffs = valid.map((draft, index) =>
      structuredClone(diffDrafts(draft as never, valid[(index + 1) % valid.length] as never)),
    );

    it('answers every diff diffDrafts makes, as zod does', () => {
      for (const diff of diffs) {
        expect(checkDiff(diff)).toBe(true);
        expect(DraftDiffSchema.safeParse(diff).success).toBe(true);
      }
    });

    it('never accepts what zod rejects, on mutated diffs', () => {
      fc.assert(
        fc.property(mutation, (change) => {
          const input = mutate(diffs[change.draft % diffs.length], change);
          if (checkDiff(input)) expect(DraftDiffSchema.safeParse(input).success).toBe(true);
        }),
        { ...RUNS, numRuns: RUNS.numRuns * 10 },
      );
    });

    it('walks a provision once however many changes hold it, and gives its input back untouched', () => {
      const provision = { id: 'p', text: 'x', items: [{ id: 'q', text: 'y' }] };
      const diff = diffDrafts(
        { id: 'a', title: 'A', provisions: [provision] },
        { id: 'b', title: 'B', provisions: [{ ...provision, number: '1' }] },
      );
      const before = structuredClone(diff);
      expect(checkDiff(diff)).toBe(true);
      expect(diff).toEqual(before);
    });

    it.each([
      ['accepts it', 'x', true],
      ['finds a wrong text at its bottom', 7, false],
    ])(
      'on sub-points shared at each of 60 levels (2^60 paths) %s, walking each once',
      (_, text, expected) => {
        // A walk that followed every path would never finish: finishing is half the assertion.
        let provision: Record<string, unknown> = { id: 'p60', text };
        for (let level = 59; level >= 0; level--) {
          provision = { id: `p${level}`, text: 'x', items: [provision, provision] };
        }
        const added = {
          kind: 'provision.added',
          after: provision,
          summary: 'Point p0 was added',
          path: '/provisions/0',
          provisionId: 'p0',
        };
        const stats = { ...diffs[0]?.stats, 'provision.added': 1 };
        expect(checkDiff({ from: 'a', to: 'b', changes: [added, added], stats })).toBe(expected);
      },
    );

    it.each([
      ['a class instance', new Date()],
      ['a diff whose stats are missing', { from: 'a', to: 'b', changes: [] }],
    ])('leaves %s to zod', (_, input) => {
      expect(checkDiff(input)).toBe(false);
    });
  });
});

/** A draft whose first provision nests `depth` levels of sub-points. */
function nested(depth: number): unknown {
  let provision: Record<string, unknown> = { id: `p${depth}`, text: 'x' };
  for (let level = depth - 1; level >= 0; level--) {
    provision = { id: `p${level}`, text: 'x', items: [provision] };
  }
  return { id: 'deep', title: 'Deep', provisions: [provision] };
}
