import * as z from 'zod';
import { IsoDateSchema } from './iso-date.js';
import { ProvisionSchema } from './provision.js';
import { SourceSchema } from './source.js';
import { TermSchema } from './term.js';

/** Draft ids are slugs: lower-case letters and digits, joined by `-`, `.` or `_`. */
export const DRAFT_ID_PATTERN = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;

/** Whether a draft holds the whole text or summarises some of it. */
export const CoverageSchema = z
  .enum(['complete', 'partial'])
  .describe(
    'complete: the whole text; partial: a summary of some points, silent on the rest (silence is never a removal).',
  );

/** The shape of a draft, before the cross-field checks of `DraftSchema`. */
export const DraftObjectSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors.'),
  id: z
    .string()
    .max(200)
    .regex(DRAFT_ID_PATTERN, 'must be a slug: lower-case letters and digits joined by - . or _')
    .describe('Slug, unique in a corpus.'),
  title: z.string().min(1).max(500).describe('Title of the document as this version gives it.'),
  version: z.string().min(1).max(200).optional().describe('Free version label.'),
  date: IsoDateSchema.optional().describe('Date of this version (ISO 8601).'),
  basedOn: z
    .array(z.string().regex(DRAFT_ID_PATTERN))
    .optional()
    .describe('Ids of the drafts this one derives from (the lineage graph).'),
  sources: z.array(SourceSchema).optional().describe('Who reported this version.'),
  coverage: CoverageSchema.default('complete'),
  summary: z.string().max(10_000).optional().describe('A short description of this version.'),
  provisions: z.array(ProvisionSchema).describe('The points, in order (may be empty).'),
  terms: z.array(TermSchema).optional().describe('Typed facts about the draft as a whole.'),
});

/** One version of a document, as one party drafted it or one source reported it. */
export type Draft = z.output<typeof DraftObjectSchema>;
/** A draft as written in JSON, before defaults are applied. */
export type DraftInput = z.input<typeof DraftObjectSchema>;
/** Whether a draft holds the whole text or a summary. */
export type Coverage = z.output<typeof CoverageSchema>;
