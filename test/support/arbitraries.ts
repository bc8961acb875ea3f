/**
 * Shared fast-check arbitraries for the property tests ("laws") of every stage.
 *
 * - `jsonValueArbitrary`: any JSON value, biased towards the keys that break naive code
 *   (`__proto__`, `constructor`, `prototype`, `~1`, `/`, `""`...) and towards arrays of
 *   objects with unique `id`s, which `toJsonPatch` matches by id.
 * - `draftArbitrary`: a valid `Draft` exactly as `parseDraft` returns it (defaults filled in),
 *   so `parseDraft(draft)` deep-equals `draft`.
 * - `draftPairArbitrary`: `[before, after]`, two valid drafts where `after` is an edit of
 *   `before` (provisions removed, moved, inserted, reworded; terms changed), the pairs a diff
 *   or a patch meets in practice.
 *
 * Use them with a fixed seed: `fc.assert(fc.property(draftArbitrary, ...), { seed: 42, numRuns: 200 })`.
 * Objects are built with own `__proto__` members (as `JSON.parse` builds them), never by
 * changing a prototype, and always have `Object.prototype` as their prototype.
 */
import fc from 'fast-check';
import type { Draft, Provision, Source, Term } from '../../src/index.js';
import { TERM_KINDS } from '../../src/index.js';

/** A JSON value (RFC 8259). */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** Keys and strings that have broken JSON tools: prototype members, pointer escapes, empty. */
export const DANGEROUS_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '~1',
  '~0',
  '~',
  '/',
  '',
  '-',
  '0',
  '01',
  'id',
];

const keyArbitrary = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 6 }));

/** JSON has one zero: `-0` would not survive a round trip through JSON text. */
const finiteNumber = fc
  .oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )
  .map((value) => (Object.is(value, -0) ? 0 : value));

const leafArbitrary: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  finiteNumber,
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...DANGEROUS_KEYS),
);

const { value: jsonValue } = fc.letrec<{
  value: JsonValue;
  array: JsonValue[];
  object: { [key: string]: JsonValue };
  keyed: JsonValue[];
}>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    leafArbitrary,
    tie('array'),
    tie('object'),
    tie('keyed'),
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(keyArbitrary, tie('value'), { maxKeys: 5, noNullPrototype: true }),
  // Arrays of objects with unique string ids, from a small pool so two values share ids.
  keyed: fc
    .uniqueArray(
      fc.tuple(
        fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__', 'constructor', '~1', ''),
        fc.dictionary(keyArbitrary, tie('value'), { maxKeys: 3, noNullPrototype: true }),
      ),
      { selector: ([id]) => id, maxLength: 6 },
    )
    .map((entries) => entries.map(([id, members]) => ({ ...members, id }))),
}));

/** Any JSON value; keys include `__proto__`, `constructor`, `prototype`, `~1`, `/` and `""`. */
export const jsonValueArbitrary: fc.Arbitrary<JsonValue> = jsonValue;

// ---------------------------------------------------------------------------------------
// Drafts

/**
 * `fc.record` with plain objects only: fast-check 4 otherwise makes some records with a
 * `null` prototype, which `parseDraft` output (and `node:util` deep equality) never has.
 */
function plainRecord<T>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  requiredKeys?: (keyof T)[],
): fc.Arbitrary<T> {
  return (
    requiredKeys === undefined
      ? fc.record(model, { noNullPrototype: true })
      : fc.record(model, { requiredKeys, noNullPrototype: true })
  ) as fc.Arbitrary<T>;
}

const OUTLETS = ['Axios', 'Reuters', 'Financial Times', 'Bloomberg', 'Kyiv Independent'] as const;
const TEXTS = [
  'The armed forces will be capped at 600,000 personnel.',
  'Kherson and Zaporizhzhia will be frozen along the line of contact.',
  '100 billion USD of frozen assets will be invested in reconstruction.',
  'Elections will be held within 100 days.',
  '<script>alert(1)</script> & *stars* | pipes',
  '',
] as const;

const isoDateArbitrary = fc
  .tuple(
    fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2030-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    fc.boolean(),
  )
  .map(([date, withTime]) => (withTime ? date.toISOString() : date.toISOString().slice(0, 10)));

const draftIdArbitrary = fc.stringMatching(/^[a-z0-9]{1,8}(?:[-._][a-z0-9]{1,8}){0,2}$/);

const provisionIdArbitrary = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '~1', '1', '10.b', 'a/b'),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((id) => /^[^\s/](?:[^\n\r\t]{0,198}[^\s])?$/.test(id)),
);

const termKeyArbitrary = fc
  .array(
    fc.oneof(
      fc.constantFrom('armed-forces', 'personnel-cap', 'territory', 'kherson', 'assets', 'x1'),
      fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6})?$/),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((words) => words.join('.'));

const shortText = (maxLength: number) => fc.string({ minLength: 1, maxLength });
const boundArbitrary = fc.constantFrom('exact', 'at-most', 'at-least', 'about');
const figureArbitrary = fc
  .oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  )
  .map((value) => (Object.is(value, -0) ? 0 : value));

/** The kind-specific fields of a term, one arbitrary per kind. */
const termBodies: { [K in (typeof TERM_KINDS)[number]]: fc.Arbitrary<Record<string, unknown>> } = {
  quantity: plainRecord(
    {
      value: figureArbitrary,
      unit: fc.constantFrom('personnel', 'km', 'troops'),
      bound: boundArbitrary,
      condition: shortText(20),
    },
    ['value', 'unit', 'bound'],
  ),
  money: plainRecord(
    {
      amount: figureArbitrary,
      currency: fc.constantFrom('USD', 'EUR', 'UAH'),
      bound: boundArbitrary,
      condition: shortText(20),
    },
    ['amount', 'currency', 'bound'],
  ),
  duration: plainRecord(
    {
      value: fc.integer({ min: 0, max: 1000 }),
      unit: fc.constantFrom('hours', 'days', 'weeks', 'months', 'years'),
      from: shortText(20),
      bound: boundArbitrary,
    },
    ['value', 'unit', 'bound'],
  ),
  share: plainRecord(
    {
      value: fc.double({ min: 0, max: 1, noNaN: true }).map((value) => (value === 0 ? 0 : value)),
      of: shortText(20),
      holder: shortText(20),
      ratio: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 4 }),
      bound: boundArbitrary,
    },
    ['value', 'bound'],
  ),
  status: plainRecord(
    {
      value: fc.constantFrom('frozen-at-contact-line', 'recognized-de-facto-russian', 'neutral'),
      subject: shortText(20),
    },
    ['value'],
  ),
  flag: plainRecord({ value: fc.boolean() }),
  set: plainRecord({
    members: fc.array(fc.constantFrom('United States', 'Ukraine', 'Russia', 'Europe', 'Turkey'), {
      maxLength: 4,
    }),
  }),
  date: plainRecord({ value: isoDateArbitrary }),
  text: plainRecord({ value: fc.string({ maxLength: 40 }) }),
  unaddressed: plainRecord({}),
};

/** A term with the given key, citing only `outlets`. */
function termArbitrary(key: string, outlets: readonly string[]): fc.Arbitrary<Term> {
  const kind = fc.constantFrom(...TERM_KINDS);
  const common = plainRecord(
    {
      label: shortText(30),
      sources: outlets.length === 0 ? fc.constant([]) : fc.subarray([...outlets], { minLength: 1 }),
      confidence: fc.constantFrom(
        'confirmed',
        'reported',
        'unconfirmed',
        'disputed',
        'high',
        'medium',
        'low',
      ),
      note: fc.string({ maxLength: 30 }),
      span: fc
        .tuple(fc.nat(200), fc.nat(200))
        .map(([one, two]) => ({ start: Math.min(one, two), end: Math.max(one, two) })),
      context: fc.string({ maxLength: 30 }),
    },
    [],
  );
  return fc.tuple(kind, common).chain(([termKind, fields]) =>
    termBodies[termKind].map((body) => {
      const term: Record<string, unknown> = { key, kind: termKind, ...fields, ...body };
      // An empty `sources` would cite nothing; leave the field out instead.
      if (Array.isArray(term.sources) && term.sources.length === 0) delete term.sources;
      return term as Term;
    }),
  );
}

const sourceArbitrary: fc.Arbitrary<Source> = plainRecord(
  {
    outlet: fc.constantFrom(...OUTLETS),
    citing: fc.constantFrom(...OUTLETS),
    url: fc.constantFrom('https://example.org/a', 'https://example.org/b?x=1&y=2'),
    date: isoDateArbitrary,
    kind: fc.constantFrom('full-text', 'summary', 'leak', 'official', 'analysis'),
    title: shortText(30),
    confidence: fc.constantFrom('high', 'medium', 'low'),
    note: fc.string({ maxLength: 30 }),
  },
  ['outlet', 'kind'],
);

const provisionFieldsArbitrary = plainRecord(
  {
    number: fc.stringMatching(/^[1-9][0-9]?(?:\.[a-z])?$/),
    title: shortText(30),
    text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 60 })),
    topics: fc.array(fc.constantFrom('security', 'territory', 'economy', 'sanctions'), {
      maxLength: 3,
    }),
    positional: fc.boolean(),
  },
  ['text'],
);

/**
 * A valid draft, as `parseDraft` returns it: provision ids unique across the draft (nested
 * items included; `__proto__` and `constructor` among them), term keys unique and matching
 * `TERM_KEY_PATTERN`, terms of every kind on provisions and on the draft, `coverage`
 * `complete` or `partial`, and term `sources` naming the draft's outlets.
 */
export const draftArbitrary: fc.Arbitrary<Draft> = plainRecord(
  {
    $schema: fc.constant('../schema/draft.schema.json'),
    sources: fc.array(sourceArbitrary, { minLength: 1, maxLength: 3 }),
    version: shortText(20),
    date: isoDateArbitrary,
    basedOn: fc.array(draftIdArbitrary, { maxLength: 2 }),
    summary: fc.string({ maxLength: 60 }),
  },
  [],
).chain((metadata) => {
  const outlets = [...new Set((metadata.sources ?? []).map((source) => source.outlet))];
  return plainRecord({
    id: draftIdArbitrary,
    title: shortText(40),
    coverage: fc.constantFrom('complete', 'partial'),
    provisions: fc.uniqueArray(fc.tuple(provisionIdArbitrary, provisionFieldsArbitrary, fc.nat()), {
      selector: ([id]) => id,
      maxLength: 10,
    }),
    terms: fc.uniqueArray(fc.tuple(termKeyArbitrary, fc.nat()), {
      selector: ([key]) => key,
      maxLength: 8,
    }),
  }).chain((shape) =>
    fc
      .tuple(...shape.terms.map(([key]) => termArbitrary(key, outlets)))
      .map((terms) => buildDraft(metadata, shape, terms)),
  );
});

type ProvisionSpec = [id: string, fields: Record<string, unknown>, parentChoice: number];

function buildDraft(
  metadata: Partial<
    Pick<Draft, '$schema' | 'sources' | 'version' | 'date' | 'basedOn' | 'summary'>
  >,
  shape: {
    id: string;
    title: string;
    coverage: Draft['coverage'];
    provisions: ProvisionSpec[];
    terms: [key: string, ownerChoice: number][];
  },
  terms: Term[],
): Draft {
  const provisions: Provision[] = shape.provisions.map(([id, fields]) => ({
    id,
    ...(fields as Omit<Provision, 'id'>),
  }));
  // Each term goes to the draft itself or to one provision.
  const draftTerms: Term[] = [];
  terms.forEach((term, index) => {
    const owner = ((shape.terms[index] as [string, number])[1] % (provisions.length + 1)) - 1;
    const target = owner < 0 ? undefined : provisions[owner];
    if (target === undefined) draftTerms.push(term);
    else target.terms = [...(target.terms ?? []), term];
  });
  // Each provision is top-level or an item of an earlier one (so nesting has no cycles).
  const topLevel: Provision[] = [];
  provisions.forEach((provision, index) => {
    const parent = ((shape.provisions[index] as ProvisionSpec)[2] % (index + 1)) - 1;
    const target = parent < 0 ? undefined : provisions[parent];
    if (target === undefined) topLevel.push(provision);
    else target.items = [...(target.items ?? []), provision];
  });
  const draft: Draft = {
    ...metadata,
    id: shape.id,
    title: shape.title,
    coverage: shape.coverage,
    provisions: topLevel,
  };
  if (draft.basedOn !== undefined) draft.basedOn = draft.basedOn.filter((id) => id !== draft.id);
  if (draftTerms.length > 0) draft.terms = draftTerms;
  return draft;
}

/** The edits `draftPairArbitrary` applies to a draft. */
interface DraftEdits {
  removals: boolean[];
  moves: [from: number, to: number][];
  additions: [at: number, text: string][];
  rewordings: boolean[];
  termChanges: boolean[];
  title: string | undefined;
}

/**
 * `[before, after]`: two valid drafts where `after` is `before` with top-level provisions
 * removed, moved and inserted, some texts reworded, some term values changed and maybe a
 * new title. Provision ids stay unique and term keys stay unique in `after`.
 */
export const draftPairArbitrary: fc.Arbitrary<[Draft, Draft]> = draftArbitrary.chain((before) =>
  plainRecord({
    removals: fc.array(fc.boolean(), { maxLength: 10 }),
    moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    additions: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TEXTS)), { maxLength: 3 }),
    rewordings: fc.array(fc.boolean(), { maxLength: 10 }),
    termChanges: fc.array(fc.boolean(), { maxLength: 10 }),
    title: fc.option(shortText(40), { nil: undefined }),
  }).map((edits) => [before, editDraft(before, edits)] as [Draft, Draft]),
);

function editDraft(before: Draft, edits: DraftEdits): Draft {
  const after = structuredClone(before);
  if (edits.title !== undefined) after.title = edits.title;
  let provisions = after.provisions.filter((_, index) => edits.removals[index] !== true);
  for (const [from, to] of edits.moves) {
    if (provisions.length === 0) break;
    const [moved] = provisions.splice(from % provisions.length, 1);
    provisions.splice(to % (provisions.length + 1), 0, moved as Provision);
  }
  const usedIds = new Set<string>();
  const collect = (list: readonly Provision[]) => {
    for (const provision of list) {
      usedIds.add(provision.id);
      collect(provision.items ?? []);
    }
  };
  collect(before.provisions);
  edits.additions.forEach(([at, text], index) => {
    let id = `added ${index}`;
    while (usedIds.has(id)) id = `${id}+`;
    usedIds.add(id);
    provisions = [
      ...provisions.slice(0, at % (provisions.length + 1)),
      { id, text },
      ...provisions.slice(at % (provisions.length + 1)),
    ];
  });
  after.provisions = provisions;

  let position = 0;
  const edit = (list: Provision[]) => {
    for (const provision of list) {
      if (edits.rewordings[position] === true) provision.text = `${provision.text} (amended)`;
      for (const term of provision.terms ?? []) changeTerm(term, edits.termChanges[position]);
      position++;
      edit(provision.items ?? []);
    }
  };
  edit(after.provisions);
  for (const term of after.terms ?? []) changeTerm(term, edits.termChanges[position++]);
  return after;
}

/** Changes a term's main value in place (on a copy), keeping it valid for its kind. */
function changeTerm(term: Term, change: boolean | undefined): void {
  if (change !== true) return;
  switch (term.kind) {
    case 'quantity':
    case 'duration':
      term.value = Math.round(Math.abs(term.value)) + 1;
      break;
    case 'money':
      term.amount = Math.round(Math.abs(term.amount)) + 1;
      break;
    case 'share':
      term.value = term.value > 0.5 ? term.value / 2 : term.value + 0.25;
      break;
    case 'flag':
      term.value = !term.value;
      break;
    case 'text':
      term.value = `${term.value} (changed)`.slice(-10_000);
      break;
    case 'set':
      term.members = [...term.members, 'Vatican'];
      break;
    default:
      break;
  }
}
