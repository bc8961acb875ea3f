import * as z from 'zod';
import { DraftSchema } from './draft-schema.js';

/**
 * The JSON Schema (draft 2020-12) of a draft file as written, before defaults: the file the
 * drafts name in `$schema`, so editors complete and check them.
 */
export function draftJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DraftSchema, { io: 'input', unrepresentable: 'any' });
  return { ...schema, title: 'draftdiff Draft' };
}
