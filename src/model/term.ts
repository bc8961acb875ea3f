import * as z from 'zod';
import { IsoDateSchema } from './iso-date.js';

/**
 * Term keys are lower-case kebab words joined by dots (`armed-forces.personnel-cap`).
 * The alphabet leaves no room for `__proto__` or `constructor.prototype`-style keys.
 */
export const TERM_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The kinds of typed fact a term can state. */
export const TERM_KINDS = [
  'quantity',
  'money',
  'duration',
  'share',
  'status',
  'flag',
  'set',
  'date',
  'text',
  'unaddressed',
] as const;

/** One of `TERM_KINDS`. */
export type TermKind = (typeof TERM_KINDS)[number];

/** How a figure is bounded: exactly, at most, at least, or about. */
export const BoundSchema = z
  .enum(['exact', 'at-most', 'at-least', 'about'])
  .describe('exact (default), at-most ("capped at"), at-least, about ("around").');

/**
 * How well attested a value or an account is, across outlets: `high` when several independent
 * outlets reproduce the same text, `medium` when one outlet quotes or paraphrases it, `low` when
 * only one aggregator carries it or it is inferred from something missing.
 */
export const GradeSchema = z
  .enum(['high', 'medium', 'low'])
  .describe(
    'high: several independent outlets carry the same text; medium: one outlet quotes or paraphrases it; low: one aggregator only, or an inference.',
  );

/**
 * How sure a term is: either the source's own hedge (`confirmed` by a party, `reported`,
 * `unconfirmed`, `disputed`) or the evidence grade across outlets (`GradeSchema`). A value no
 * outlet confirms is left out of a draft, not stated with a grade.
 */
export const ConfidenceSchema = z
  .enum(['confirmed', 'reported', 'unconfirmed', 'disputed', ...GradeSchema.options])
  .describe(
    'confirmed by a party, reported by outlets, unconfirmed, or disputed; or the evidence grade: high, medium, low.',
  );

const baseFields = {
  key: z
    .string()
    .max(200)
    .regex(TERM_KEY_PATTERN, 'must be lower-case kebab words joined by dots')
    .describe('Dotted key that means the same thing in every draft of a corpus.'),
  label: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Human label for the key: "Armed forces cap".'),
  sources: z
    .array(z.string().min(1).max(200))
    .optional()
    .describe("Outlets (matching the draft's sources) that report this term."),
  confidence: ConfidenceSchema.optional(),
  note: z.string().max(2000).optional().describe('Anything a reader should know.'),
  span: z
    .strictObject({
      start: z.int().min(0),
      end: z.int().min(0),
    })
    .optional()
    .describe('Character offsets [start, end) of the term in its provision text (import).'),
  context: z
    .string()
    .max(500)
    .optional()
    .describe('The words around the term that say what it measures (import).'),
};

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** A counted amount: 600,000 personnel, at most. */
export const QuantityTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('quantity'),
  value: finite.describe('The figure: 600000.'),
  unit: z.string().min(1).max(100).describe('What is counted: "personnel".'),
  bound: BoundSchema.default('exact'),
  condition: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe('When the figure applies: "in peacetime".'),
});

/** An amount of money in an ISO 4217 currency. */
export const MoneyTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('money'),
  amount: finite.describe('The amount in whole currency units: 100000000000.'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD')
    .describe('ISO 4217 code: USD, EUR.'),
  bound: BoundSchema.default('exact'),
  condition: z.string().min(1).max(500).optional(),
});

/** A span of time, counted from something. */
export const DurationTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('duration'),
  value: finite.describe('How many units: 100.'),
  unit: z.enum(['hours', 'days', 'weeks', 'months', 'years']),
  from: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe('What the time is counted from: "signing of the agreement".'),
  bound: BoundSchema.default('exact'),
});

/** A fraction of something: 50% of the profits, 50:50. */
export const ShareTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('share'),
  value: z.number().min(0).max(1).describe('The fraction, 0..1: 0.5.'),
  of: z.string().min(1).max(500).optional().describe('What is shared: "profits".'),
  holder: z.string().min(1).max(200).optional().describe('Who receives the share.'),
  ratio: z
    .array(z.number().min(0).refine(Number.isFinite, 'must be finite'))
    .min(2)
    .max(20)
    .optional()
    .describe('The split as written: [50, 50].'),
  bound: BoundSchema.default('exact'),
});

/** One value from a vocabulary, about a subject: Kherson is `frozen-at-contact-line`. */
export const StatusTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('status'),
  value: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab word')
    .max(200)
    .describe('The status, from the corpus vocabulary: "recognized-de-facto-russian".'),
  subject: z.string().min(1).max(200).optional().describe('What has the status: "Kherson".'),
});

/** A yes/no commitment. */
export const FlagTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('flag'),
  value: z.boolean(),
});

/** Members of a set: mediators, guarantors. Order carries no meaning. */
export const SetTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('set'),
  members: z.array(z.string().min(1).max(200)).max(1000),
});

/** A calendar date. */
export const DateTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('date'),
  value: IsoDateSchema,
});

/** Free text, when no other kind fits. */
export const TextTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('text'),
  value: z.string().max(10_000),
});

/** The draft explicitly does not address this key (not the same as silence). */
export const UnaddressedTermSchema = z.strictObject({
  ...baseFields,
  kind: z.literal('unaddressed'),
});

/** A typed fact, one variant per kind, discriminated on `kind`. */
export const TermSchema = z
  .discriminatedUnion('kind', [
    QuantityTermSchema,
    MoneyTermSchema,
    DurationTermSchema,
    ShareTermSchema,
    StatusTermSchema,
    FlagTermSchema,
    SetTermSchema,
    DateTermSchema,
    TextTermSchema,
    UnaddressedTermSchema,
  ])
  .describe('A typed fact with a dotted key; the kind decides what counts as a change.');

/** A typed fact, discriminated on `kind`. */
export type Term = z.output<typeof TermSchema>;
/** A term as written in JSON, before defaults (`bound: 'exact'`) are applied. */
export type TermInput = z.input<typeof TermSchema>;
/** The variant of `Term` with the given kind. */
export type TermOf<K extends TermKind> = Extract<Term, { kind: K }>;
/** A counted amount. */
export type QuantityTerm = TermOf<'quantity'>;
/** An amount of money. */
export type MoneyTerm = TermOf<'money'>;
/** A span of time. */
export type DurationTerm = TermOf<'duration'>;
/** A fraction of something. */
export type ShareTerm = TermOf<'share'>;
/** One value from a vocabulary. */
export type StatusTerm = TermOf<'status'>;
/** A yes/no commitment. */
export type FlagTerm = TermOf<'flag'>;
/** Members of a set. */
export type SetTerm = TermOf<'set'>;
/** A calendar date. */
export type DateTerm = TermOf<'date'>;
/** Free text. */
export type TextTerm = TermOf<'text'>;
/** Explicitly not addressed. */
export type UnaddressedTerm = TermOf<'unaddressed'>;
/** How a figure is bounded. */
export type Bound = z.output<typeof BoundSchema>;
/** How sure a term is: the source's hedge or the evidence grade. */
export type Confidence = z.output<typeof ConfidenceSchema>;
/** How well attested a value or an account is: high, medium or low. */
export type Grade = z.output<typeof GradeSchema>;
