import { keyTermsLike } from '../diff/key-terms-like.js';
import type { Draft } from '../model/draft.js';
import { safeParseDraft } from '../model/parse-draft.js';
import type { Provision } from '../model/provision.js';
import { compareText } from './term-agreement.js';

/** Most authored drafts an imported one is aligned with to find its keys. */
const MAX_REFERENCES = 16;

/**
 * The drafts with the terms of every imported text (terms found in prose) keyed like the
 * authored drafts among them, so that a freshly pasted leak lands in the corpus's rows (its
 * force cap in `armed-forces.personnel-cap`, next to the outlets) instead of rows of its own.
 * Each imported draft takes the keys of one authored draft: one it is `basedOn` when there is
 * one, else the one whose terms line up with most of its own (ties to the smaller id, so the
 * answer does not depend on the order of the drafts). Drafts that are not valid are left as
 * they are, for the checks that follow to report.
 */
export function lineUpTerms(drafts: readonly Draft[]): Draft[] {
  const imported: number[] = [];
  const authored: Draft[] = [];
  drafts.forEach((draft, index) => {
    const found = hasFoundTerms(draft);
    if (found === undefined) return;
    if (found) imported.push(index);
    else authored.push(draft);
  });
  if (imported.length === 0 || authored.length === 0) return [...drafts];
  const valid = authored
    .map((draft) => safeParseDraft(draft))
    .filter((result) => result.success)
    .map((result) => result.draft)
    .sort((x, y) => compareText(x.id, y.id));
  const lined = [...drafts];
  for (const index of imported) {
    const parsed = safeParseDraft(drafts[index]);
    if (!parsed.success) continue;
    const draft = parsed.draft;
    const parents = valid.filter((reference) => draft.basedOn?.includes(reference.id));
    const references = (parents.length > 0 ? parents : valid).slice(0, MAX_REFERENCES);
    let best: { draft: Draft; matched: number } | undefined;
    for (const reference of references) {
      const keyed = keyTermsLike(draft, reference);
      if (keyed.matched > (best?.matched ?? 0)) best = keyed;
    }
    if (best !== undefined) lined[index] = best.draft;
  }
  return lined;
}

/**
 * Whether a draft's terms were found in prose (any has a `span`), not (some term, none found),
 * or neither (no terms, or terms that cannot be read: left to the checks).
 */
function hasFoundTerms(draft: Draft): boolean | undefined {
  let any = false;
  const stack: { terms?: unknown; items?: unknown }[] = [draft as never];
  while (stack.length > 0) {
    const holder = stack.pop() as { terms?: unknown; items?: unknown; provisions?: unknown };
    const terms = holder.terms;
    if (Array.isArray(terms)) {
      for (const term of terms) {
        if (typeof term !== 'object' || term === null) return undefined;
        if ((term as { span?: unknown }).span !== undefined) return true;
        any = true;
      }
    }
    const children = (holder as { provisions?: unknown }).provisions ?? holder.items;
    if (Array.isArray(children)) {
      for (const child of children as Provision[]) {
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return any ? false : undefined;
}
