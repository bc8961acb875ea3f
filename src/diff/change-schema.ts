import * as z from 'zod';
import type { Assert, Same } from '../internal/type-checks.js';
import { ProvisionSchema } from '../model/provision.js';
import { TermSchema } from '../model/term.js';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeStats,
  type DraftChangedChange,
  type DraftDiff,
  type Hunk,
  type ProvisionAddedChange,
  type ProvisionMergedChange,
  type ProvisionMovedChange,
  type ProvisionRemovedChange,
  type ProvisionRenumberedChange,
  type ProvisionRetitledChange,
  type ProvisionRewordedChange,
  type ProvisionSplitChange,
  perChangeKind,
  type TermAddedChange,
  type TermChangedChange,
  type TermRemovedChange,
} from './change.js';

/**
 * The zod schemas of `Change` and `DraftDiff`: what the functions that take a diff or a change
 * (the formatters, `describeChange`, the matchers) check their argument against, in
 * `read-diff.ts`. Internal: not exported from the package.
 *
 * The public types stay the interfaces of `change.ts`, which carry a doc comment per field
 * and read as names (`ProvisionMovedChange`) in hovers and in the `.d.ts`, where types inferred
 * from these schemas would read as `z.output<typeof ...>`. The two cannot drift: the checks at
 * the end of this file fail to compile unless each schema's output is its interface, field for
 * field, up to one difference. A field the interface always has but may hold `undefined`
 * (`fromNumber`, a metadata change's `before`) is optional here, because JSON drops it: a diff
 * written with `formatDiff(diff, 'json')` and read back must pass.
 *
 * Fields are listed in the order a wrong argument is reported in (the first wrong field is the
 * one a message names): the kind, the two sides, the summary, then the rest.
 */

const TEXT = z.string();
const POINTER = z.string();

/** One piece of a word-level redline. */
export const HunkSchema = z.strictObject({
  op: z.enum(['equal', 'insert', 'delete']),
  text: TEXT,
});

/** The old provisions of a merge, or the new ones of a split. */
export const ProvisionListSchema = z.array(ProvisionSchema);

const DeltaSchema = z.strictObject({ absolute: z.number(), relative: z.number() });

/** The draft's own fields, in the order a diff reports them. */
export const DRAFT_FIELDS = [
  'title',
  'version',
  'date',
  'coverage',
  'basedOn',
  'sources',
  'summary',
] as const;

const TERM_ASPECTS = [
  'kind',
  'value',
  'unit',
  'currency',
  'bound',
  'condition',
  'from',
  'of',
  'holder',
  'ratio',
  'subject',
  'members',
] as const;

const DraftChangedSchema = z.strictObject({
  kind: z.literal('draft.changed'),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  summary: TEXT,
  path: POINTER,
  field: z.enum(DRAFT_FIELDS),
});

const ProvisionAddedSchema = z.strictObject({
  kind: z.literal('provision.added'),
  after: ProvisionSchema,
  summary: TEXT,
  path: POINTER,
  provisionId: z.string(),
});

const ProvisionRemovedSchema = z.strictObject({
  kind: z.literal('provision.removed'),
  before: ProvisionSchema,
  summary: TEXT,
  path: POINTER,
  provisionId: z.string(),
});

/** The fields of a change about an aligned pair of provisions. */
const pairFields = {
  before: ProvisionSchema,
  after: ProvisionSchema,
  summary: TEXT,
  path: POINTER,
  provisionId: z.string(),
  beforePath: POINTER,
};

const numbers = { fromNumber: z.string().optional(), toNumber: z.string().optional() };

const ProvisionMovedSchema = z.strictObject({
  kind: z.literal('provision.moved'),
  ...pairFields,
  ...numbers,
});

const ProvisionRenumberedSchema = z.strictObject({
  kind: z.literal('provision.renumbered'),
  ...pairFields,
  ...numbers,
});

const ProvisionRewordedSchema = z.strictObject({
  kind: z.literal('provision.reworded'),
  ...pairFields,
  hunks: z.array(HunkSchema),
  similarity: z.number(),
  coarse: z.boolean(),
});

const ProvisionRetitledSchema = z.strictObject({
  kind: z.literal('provision.retitled'),
  ...pairFields,
});

const ProvisionSplitSchema = z.strictObject({
  kind: z.literal('provision.split'),
  before: ProvisionSchema,
  after: ProvisionListSchema,
  summary: TEXT,
  path: POINTER,
  provisionId: z.string(),
  intoIds: z.array(z.string()),
  afterPaths: z.array(POINTER),
});

const ProvisionMergedSchema = z.strictObject({
  kind: z.literal('provision.merged'),
  before: ProvisionListSchema,
  after: ProvisionSchema,
  summary: TEXT,
  path: POINTER,
  provisionId: z.string(),
  fromIds: z.array(z.string()),
  beforePaths: z.array(POINTER),
});

const termPlace = { path: POINTER, key: z.string(), provisionId: z.string().optional() };

const TermAddedSchema = z.strictObject({
  kind: z.literal('term.added'),
  after: TermSchema,
  summary: TEXT,
  ...termPlace,
  toNumber: numbers.toNumber,
});

const TermRemovedSchema = z.strictObject({
  kind: z.literal('term.removed'),
  before: TermSchema,
  summary: TEXT,
  ...termPlace,
  fromNumber: numbers.fromNumber,
});

const TermChangedSchema = z.strictObject({
  kind: z.literal('term.changed'),
  before: TermSchema,
  after: TermSchema,
  summary: TEXT,
  ...termPlace,
  ...numbers,
  beforePath: POINTER,
  aspects: z.array(z.enum(TERM_ASPECTS)),
  delta: DeltaSchema.optional(),
  membersAdded: z.array(z.string()).optional(),
  membersRemoved: z.array(z.string()).optional(),
});

/** One change, discriminated on `kind`. */
export const ChangeSchema = z.discriminatedUnion('kind', [
  DraftChangedSchema,
  ProvisionAddedSchema,
  ProvisionRemovedSchema,
  ProvisionMovedSchema,
  ProvisionRenumberedSchema,
  ProvisionRewordedSchema,
  ProvisionRetitledSchema,
  ProvisionSplitSchema,
  ProvisionMergedSchema,
  TermAddedSchema,
  TermRemovedSchema,
  TermChangedSchema,
]);

const ChangeStatsSchema = z.strictObject(perChangeKind(() => z.number()));

/** A diff: the changes first, so that a value with no changes at all is named for that. */
export const DraftDiffSchema = z.strictObject({
  changes: z.array(ChangeSchema),
  from: z.string(),
  to: z.string(),
  stats: ChangeStatsSchema,
});

/**
 * A change as `changesOf` reads those it does not return: an object of a known kind, its other
 * fields unread. Loose, so a change of any kind passes.
 */
export const ChangeKindSchema = z.looseObject({ kind: z.enum(CHANGE_KINDS) });

/** A diff as `changesOf` reads it: `DraftDiffSchema` with each change read for its kind only. */
export const DraftDiffOutlineSchema = DraftDiffSchema.extend({
  changes: z.array(ChangeKindSchema),
});

// Compile-time checks that each schema describes its interface (see the top of the file).

/** `T` as JSON gives it back: a field that may be `undefined` may also be missing. */
type AsJson<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: T[K];
};

/** Each schema against its interface; never used at run time. */
export type SchemasMatchTypes = Assert<
  | Same<z.output<typeof HunkSchema>, Hunk>
  | Same<z.output<typeof DraftChangedSchema>, AsJson<DraftChangedChange>>
  | Same<z.output<typeof ProvisionAddedSchema>, ProvisionAddedChange>
  | Same<z.output<typeof ProvisionRemovedSchema>, ProvisionRemovedChange>
  | Same<z.output<typeof ProvisionMovedSchema>, AsJson<ProvisionMovedChange>>
  | Same<z.output<typeof ProvisionRenumberedSchema>, AsJson<ProvisionRenumberedChange>>
  | Same<z.output<typeof ProvisionRewordedSchema>, ProvisionRewordedChange>
  | Same<z.output<typeof ProvisionRetitledSchema>, ProvisionRetitledChange>
  | Same<z.output<typeof ProvisionSplitSchema>, ProvisionSplitChange>
  | Same<z.output<typeof ProvisionMergedSchema>, ProvisionMergedChange>
  | Same<z.output<typeof TermAddedSchema>, TermAddedChange>
  | Same<z.output<typeof TermRemovedSchema>, TermRemovedChange>
  | Same<z.output<typeof TermChangedSchema>, TermChangedChange>
  | Same<z.output<typeof ChangeStatsSchema>, ChangeStats>
  | Same<Omit<z.output<typeof DraftDiffSchema>, 'changes'>, Omit<DraftDiff, 'changes'>>
  | Same<z.output<typeof ChangeSchema>['kind'], Change['kind']>
>;
