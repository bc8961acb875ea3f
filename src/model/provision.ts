import * as z from 'zod';
import { TermSchema } from './term.js';

/** One point of a draft, with its sub-points as `items`. */
export interface Provision {
  /** Identifier, unique in the draft; stable across versions when a person authored it. */
  id: string;
  /** True when `id` only reflects position (text import): alignment then ignores it. */
  positional?: boolean | undefined;
  /** Display number as written: "6", "10.b". */
  number?: string | undefined;
  /** Heading of the point: "Territories". */
  title?: string | undefined;
  /** The clause itself. */
  text: string;
  /** Free topic tags: "security", "territory". */
  topics?: string[] | undefined;
  /** Sub-points, in order. */
  items?: Provision[] | undefined;
  /** Typed facts this clause states. */
  terms?: import('./term.js').Term[] | undefined;
}

/** A provision as written in JSON, before term defaults are applied. */
export interface ProvisionInput extends Omit<Provision, 'items' | 'terms'> {
  items?: ProvisionInput[] | undefined;
  terms?: import('./term.js').TermInput[] | undefined;
}

/** Provision ids: any printable text without line breaks, at most 200 characters. */
export const PROVISION_ID_PATTERN = /^[^\s/](?:[^\n\r\t]{0,198}[^\s])?$/;

/** Schema of one provision; recursive through `items`. */
export const ProvisionSchema: z.ZodType<Provision, ProvisionInput> = z.strictObject({
  id: z
    .string()
    .regex(PROVISION_ID_PATTERN, 'must be 1-200 characters, no leading "/" or spaces at the ends')
    .describe('Unique in the draft; stable across versions when authored by a person.'),
  positional: z.boolean().optional().describe('True when the id only reflects position.'),
  number: z.string().min(1).max(50).optional().describe('Display number: "6", "10.b".'),
  title: z.string().min(1).max(500).optional().describe('Heading of the point.'),
  text: z.string().describe('The clause.'),
  topics: z.array(z.string().min(1).max(100)).max(100).optional().describe('Topic tags.'),
  get items() {
    return z.array(ProvisionSchema).optional().describe('Sub-points, in order.');
  },
  terms: z.array(TermSchema).optional().describe('Typed facts this clause states.'),
});

/**
 * How many provisions a list holds at every depth: a flat walk over the lists, never a spread
 * of one into a call (a provision may hold more sub-points than a call takes arguments), and
 * no recursion (sub-points may nest deeper than the stack).
 */
export function countProvisions(provisions: readonly Provision[]): number {
  let count = 0;
  const lists: (readonly Provision[])[] = [provisions];
  for (let list = lists.pop(); list !== undefined; list = lists.pop()) {
    count += list.length;
    for (const provision of list) {
      if (provision.items !== undefined && provision.items.length > 0) lists.push(provision.items);
    }
  }
  return count;
}
