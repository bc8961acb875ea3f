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
 * name outlets the draft lists; a span does not end before it starts; a draft is not based
 * on itself.
 */
export const DraftSchema = DraftObjectSchema.superRefine((draft, ctx) => {
  if (checkDraft(draft)) return;
  checkDraft(draft, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});

/**
 * Where a provision sits: its index among the top-level provisions, or (for a sub-point) its
 * whole path. Paths are built only for sub-points and only when reporting, and pointers
 * encoded only when a duplicate's message needs one: a valid draft, the common case, needs no
 * path at all, and one per provision and term would be most of the walk's work.
 */
type Place = number | Segment[];

function pathOf(place: Place): Segment[] {
  return typeof place === 'number' ? ['provisions', place] : place;
}

/**
 * Runs the checks that span fields over the whole draft, in document order: each point before
 * its sub-points (a flat walk, so no draft takes the stack), then the draft's own terms, then
 * `basedOn`. Without `report` it stops at the first problem and builds no paths: nearly every
 * draft passes, and one that does not is walked again to report each problem with its path.
 * True when the draft passed.
 */
function checkDraft(draft: Draft, report?: AddIssue): boolean {
  const outlets = new Set<string>();
  for (const source of draft.sources ?? []) outlets.add(source.outlet);
  // Ids and keys in `StringIndex`es, which hash each string once into typed arrays where a
  // `Set` grows and rehashes (see string-index.ts); the position each keeps is its first
  // occurrence's index into the paths below, when reporting.
  const ids = new StringIndex(draft.provisions.length);
  const keys = new StringIndex(draft.provisions.length);
  // Where each id and key first stood, by the position the index keeps (only when reporting).
  const idPaths: Segment[][] = [];
  const keyPaths: Segment[][] = [];
  const reporting = report !== undefined;
  let passed = true;

  const checkTerms = (terms: readonly Term[], place: Place): void => {
    for (let index = 0, term = terms[0]; term !== undefined; term = terms[++index]) {
      if (!keys.add(term.key, keyPaths.length)) {
        passed = false;
        if (report === undefined) return;
        const first = firstPointer(keyPaths, keys.get(term.key));
        report(
          [...pathOf(place), 'terms', index, 'key'],
          `duplicate term key "${term.key}" (first at ${first})`,
        );
      } else if (report !== undefined) {
        keyPaths.push([...pathOf(place), 'terms', index]);
      }
      const cited = term.sources;
      if (cited !== undefined) {
        for (let source = 0, outlet = cited[0]; outlet !== undefined; outlet = cited[++source]) {
          if (outlets.has(outlet)) continue;
          passed = false;
          if (report === undefined) return;
          report(
            [...pathOf(place), 'terms', index, 'sources', source],
            `cites "${outlet}", which is not an outlet in the draft's sources`,
          );
        }
      }
      if (term.span !== undefined && term.span.end < term.span.start) {
        passed = false;
        if (report === undefined) return;
        report(
          [...pathOf(place), 'terms', index, 'span', 'end'],
          'span end comes before its start',
        );
      }
    }
  };

  const checkProvision = (provision: Provision, place: Place): void => {
    if (!ids.add(provision.id, idPaths.length)) {
      passed = false;
      if (report === undefined) return;
      const first = firstPointer(idPaths, ids.get(provision.id));
      report(
        [...pathOf(place), 'id'],
        `duplicate provision id "${provision.id}" (first at ${first})`,
      );
    } else if (report !== undefined) {
      idPaths.push(pathOf(place));
    }
    if (provision.terms !== undefined) checkTerms(provision.terms, place);
  };

  // Sub-points on a stack, their paths on a parallel one (only when reporting).
  const stack: Provision[] = [];
  const paths: Segment[][] = [];
  const provisions = draft.provisions;
  for (
    let index = 0, top = provisions[0];
    top !== undefined && (passed || reporting);
    top = provisions[++index]
  ) {
    checkProvision(top, index);
    pushItems(stack, paths, top.items, reporting ? pathOf(index) : undefined);
    while (passed || reporting) {
      const item = stack.pop();
      if (item === undefined) break;
      const path = paths.pop();
      checkProvision(item, path ?? 0);
      pushItems(stack, paths, item.items, path);
    }
  }
  if (draft.terms !== undefined && (passed || reporting)) checkTerms(draft.terms, []);
  draft.basedOn?.forEach((parent, index) => {
    if (parent !== draft.id) return;
    passed = false;
    report?.(['basedOn', index], 'a draft cannot be based on itself');
  });
  return passed;
}

/** Pushes `items` last first, so they pop in order; with their paths when `parent` is given. */
function pushItems(
  stack: Provision[],
  paths: Segment[][],
  items: readonly Provision[] | undefined,
  parent: Segment[] | undefined,
): void {
  if (items === undefined) return;
  for (
    let item = items.length - 1, provision = items[item];
    provision !== undefined;
    provision = items[--item]
  ) {
    stack.push(provision);
    if (parent !== undefined) paths.push([...parent, 'items', item]);
  }
}

/** The pointer of the first occurrence that the index recorded at `position` of `paths`. */
function firstPointer(paths: readonly Segment[][], position: number): string {
  const path = paths[position];
  // `StringIndex` hands back only positions this module gave it, each of a path pushed then.
  if (path === undefined) throw new Error(`no first occurrence recorded at ${position}`);
  return encodePointer(path);
}
