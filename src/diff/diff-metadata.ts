import { encodePointer } from '../internal/pointer.js';
import type { DraftField } from './change.js';
import { DRAFT_FIELDS } from './change-schema.js';
import { type Context, emit } from './diff-context.js';
import { compareText } from './diff-term.js';
import { summarizeDraftField } from './summarize.js';

// Step one of a diff: the draft's own fields (title, date, sources, ...).

/** A `draft.changed` for each of the draft's own fields that differs in meaning. */
export function diffMetadata(context: Context): void {
  const { before, after } = context;
  for (const field of DRAFT_FIELDS) {
    const old = before[field];
    const next = after[field];
    if (sameMetadata(field, old, next)) continue;
    emit(
      context,
      {
        kind: 'draft.changed',
        path: encodePointer([field]),
        field,
        before: old,
        after: next,
        summary: summarizeDraftField(field, old, next),
      },
      -1,
      0,
    );
  }
}

/** `basedOn` and `sources` are sets: their order carries no meaning. */
function sameMetadata(field: DraftField, old: unknown, next: unknown): boolean {
  if (field === 'basedOn' || field === 'sources') {
    const canonical = (value: unknown) =>
      Array.isArray(value) ? value.map(canonicalJson).sort(compareText).join('\n') : '';
    return canonical(old) === canonical(next);
  }
  return old === next;
}

/** JSON with object keys sorted, so key order never makes two values differ. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => compareText(x, y));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
