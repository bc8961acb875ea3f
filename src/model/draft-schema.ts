import { encodePointer } from '../internal/pointer.js';
import { type Draft, DraftObjectSchema } from './draft.js';
import type { Provision } from './provision.js';
import type { Term } from './term.js';

type Segment = string | number;
type AddIssue = (path: Segment[], message: string) => void;

/**
 * The schema of a draft: `DraftObjectSchema` plus the checks that span fields. Provision ids
 * and term keys are unique in a draft (so a key or id names one thing); a term's `sources`
 * name outlets the draft lists; a draft is not based on itself.
 */
export const DraftSchema = DraftObjectSchema.superRefine((draft, ctx) => {
  checkDraft(draft, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});

function checkDraft(draft: Draft, addIssue: AddIssue): void {
  const outlets = new Set((draft.sources ?? []).map((source) => source.outlet));
  const termKeys = new Map<string, string>();
  const provisionIds = new Map<string, string>();

  const checkTerms = (terms: readonly Term[] | undefined, at: Segment[]) => {
    terms?.forEach((term, index) => {
      const path = [...at, 'terms', index];
      const seen = termKeys.get(term.key);
      if (seen !== undefined) {
        addIssue([...path, 'key'], `duplicate term key "${term.key}" (first at ${seen})`);
      } else {
        termKeys.set(term.key, encodePointer(path));
      }
      term.sources?.forEach((outlet, sourceIndex) => {
        if (!outlets.has(outlet)) {
          addIssue(
            [...path, 'sources', sourceIndex],
            `cites "${outlet}", which is not an outlet in the draft's sources`,
          );
        }
      });
      if (term.span !== undefined && term.span.end < term.span.start) {
        addIssue([...path, 'span', 'end'], 'span end comes before its start');
      }
    });
  };

  // Iterative walk: depth is bounded by `inspectJson` before the schema runs, but the walk
  // stays flat so `DraftSchema` alone cannot overflow the stack either.
  const stack: { provision: Provision; path: Segment[] }[] = draft.provisions
    .map((provision, index) => ({ provision, path: ['provisions', index] as Segment[] }))
    .reverse();
  while (stack.length > 0) {
    const { provision, path } = stack.pop() as { provision: Provision; path: Segment[] };
    const seen = provisionIds.get(provision.id);
    if (seen !== undefined) {
      addIssue([...path, 'id'], `duplicate provision id "${provision.id}" (first at ${seen})`);
    } else {
      provisionIds.set(provision.id, encodePointer(path));
    }
    checkTerms(provision.terms, path);
    const items = provision.items ?? [];
    for (let index = items.length - 1; index >= 0; index--) {
      stack.push({ provision: items[index] as Provision, path: [...path, 'items', index] });
    }
  }
  checkTerms(draft.terms, []);
  draft.basedOn?.forEach((parent, index) => {
    if (parent === draft.id) addIssue(['basedOn', index], 'a draft cannot be based on itself');
  });
}
