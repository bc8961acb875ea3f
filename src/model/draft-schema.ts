import { encodePointer } from '../internal/pointer.js';
import { StringIndex } from '../internal/string-index.js';
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
  if (draftChecksPass(draft)) return;
  checkDraft(draft, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});

/**
 * True when `checkDraft` would report nothing, decided without building its maps of places:
 * one flat walk that adds each id and key to a `StringIndex` (a `Set` of strings cost four
 * times the walk). Nearly every draft passes; one that does not goes through `checkDraft`,
 * which reports each issue with its path, in document order.
 */
function draftChecksPass(draft: Draft): boolean {
  if (draft.basedOn?.includes(draft.id)) return false;
  const sources = draft.sources;
  const outlets = new Set<string>();
  if (sources !== undefined) for (const source of sources) outlets.add(source.outlet);
  const ids = new StringIndex(draft.provisions.length);
  const keys = new StringIndex(draft.provisions.length);
  const termsPass = (terms: readonly Term[] | undefined): boolean => {
    if (terms === undefined) return true;
    for (const term of terms) {
      if (!keys.add(term.key, 0)) return false;
      const cited = term.sources;
      if (cited !== undefined) for (const outlet of cited) if (!outlets.has(outlet)) return false;
      if (term.span !== undefined && term.span.end < term.span.start) return false;
    }
    return true;
  };
  // Top-level provisions in a loop, sub-points on a stack: a stack of every provision of a
  // 100,000-provision draft, grown one push at a time, cost more than the checks.
  const stack: Provision[] = [];
  for (const top of draft.provisions) {
    stack.push(top);
    while (stack.length > 0) {
      const provision = stack.pop() as Provision;
      if (!ids.add(provision.id, 0)) return false;
      if (!termsPass(provision.terms)) return false;
      const items = provision.items;
      if (items !== undefined) for (const item of items) stack.push(item);
    }
  }
  return termsPass(draft.terms);
}

/**
 * Where a provision sits: its index among the top-level provisions, or (for a sub-point) its
 * whole path. Paths are only built for sub-points, and pointers only encoded when a duplicate's
 * message needs one: building and encoding one per provision and term was a fifth of the cost
 * of parsing a valid draft (BENCHMARKS.md).
 */
type Place = number | Segment[];

function pathOf(place: Place): Segment[] {
  return typeof place === 'number' ? ['provisions', place] : place;
}

function checkDraft(draft: Draft, addIssue: AddIssue): void {
  const outlets = new Set((draft.sources ?? []).map((source) => source.outlet));
  const provisionIds = new Map<string, Place>();
  // The first term of each key, as an ordinal into the two arrays after it.
  const termKeys = new Map<string, number>();
  const termPlaces: Place[] = [];
  const termIndexes: number[] = [];

  const checkTerms = (terms: readonly Term[], place: Place) => {
    for (let index = 0; index < terms.length; index++) {
      const term = terms[index] as Term;
      const seen = termKeys.get(term.key);
      if (seen !== undefined) {
        const first = encodePointer([
          ...pathOf(termPlaces[seen] as Place),
          'terms',
          termIndexes[seen] as number,
        ]);
        addIssue(
          [...pathOf(place), 'terms', index, 'key'],
          `duplicate term key "${term.key}" (first at ${first})`,
        );
      } else {
        termKeys.set(term.key, termPlaces.length);
        termPlaces.push(place);
        termIndexes.push(index);
      }
      term.sources?.forEach((outlet, sourceIndex) => {
        if (!outlets.has(outlet)) {
          addIssue(
            [...pathOf(place), 'terms', index, 'sources', sourceIndex],
            `cites "${outlet}", which is not an outlet in the draft's sources`,
          );
        }
      });
      if (term.span !== undefined && term.span.end < term.span.start) {
        addIssue(
          [...pathOf(place), 'terms', index, 'span', 'end'],
          'span end comes before its start',
        );
      }
    }
  };

  const checkProvision = (provision: Provision, place: Place) => {
    const seen = provisionIds.get(provision.id);
    if (seen !== undefined) {
      addIssue(
        [...pathOf(place), 'id'],
        `duplicate provision id "${provision.id}" (first at ${encodePointer(pathOf(seen))})`,
      );
    } else {
      provisionIds.set(provision.id, place);
    }
    if (provision.terms !== undefined) checkTerms(provision.terms, place);
  };

  // Pre-order, each point before its sub-points. The walk below a point is iterative: depth is
  // bounded by `inspectJson` before the schema runs, but the walk stays flat so `DraftSchema`
  // alone cannot overflow the stack either.
  draft.provisions.forEach((provision, index) => {
    checkProvision(provision, index);
    if ((provision.items?.length ?? 0) === 0) return;
    const stack: { provision: Provision; path: Segment[] }[] = [];
    const pushItems = (items: readonly Provision[], path: Segment[]) => {
      for (let item = items.length - 1; item >= 0; item--) {
        stack.push({ provision: items[item] as Provision, path: [...path, 'items', item] });
      }
    };
    pushItems(provision.items ?? [], pathOf(index));
    while (stack.length > 0) {
      const { provision: item, path } = stack.pop() as (typeof stack)[number];
      checkProvision(item, path);
      pushItems(item.items ?? [], path);
    }
  });
  if (draft.terms !== undefined) checkTerms(draft.terms, []);
  draft.basedOn?.forEach((parent, index) => {
    if (parent === draft.id) addIssue(['basedOn', index], 'a draft cannot be based on itself');
  });
}
