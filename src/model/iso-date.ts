import * as z from 'zod';

/** An ISO 8601 calendar date (`2025-11-20`) or date-time with offset (`2025-11-20T14:00:00Z`). */
export const IsoDateSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .describe('ISO 8601 date (2025-11-20) or date-time (2025-11-20T14:00:00Z).');
