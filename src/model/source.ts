import * as z from 'zod';
import { IsoDateSchema } from './iso-date.js';
import { GradeSchema } from './term.js';

/** What kind of account a source gives of the document. */
export const SourceKindSchema = z
  .enum(['full-text', 'summary', 'leak', 'official', 'analysis'])
  .describe(
    'full-text: the whole document; summary: an outlet summarising it; leak: an unofficial copy; official: published by a party; analysis: commentary reconstructing it.',
  );

/** Where a draft, or one of its terms, comes from. */
export const SourceSchema = z
  .strictObject({
    outlet: z.string().min(1).max(200).describe('The outlet or body that reported it: "Axios".'),
    citing: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('The outlet this one attributes the account to: "Bloomberg".'),
    url: z.string().min(1).max(2000).optional().describe('Where the account can be read.'),
    date: IsoDateSchema.optional().describe('When the account was published (ISO 8601).'),
    kind: SourceKindSchema,
    title: z.string().min(1).max(500).optional().describe('Headline of the article.'),
    confidence: GradeSchema.optional().describe(
      'How well attested this account is; a term with its own `confidence` says so for itself.',
    ),
    note: z.string().max(2000).optional().describe('Anything a reader should know.'),
  })
  .describe('Where a draft or term comes from.');

/** What kind of account a source gives. */
export type SourceKind = z.output<typeof SourceKindSchema>;
/** Where a draft, or one of its terms, comes from. */
export type Source = z.output<typeof SourceSchema>;
