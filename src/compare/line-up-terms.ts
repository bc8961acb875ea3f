import { isImportedDraft } from '../diff/imported-draft.js';
import { keyTermsLike } from '../diff/key-terms-like.js';
import type { Draft } from '../model/draft.js';
import { safeParseDraft } from '../model/parse-draft.js';
import type { Provision } from '../model/provision.js';
import { compareText } from './term-agreement.js';

/** Most authored drafts an imported one is aligned with to find its keys. */
const MAX_REFERENCES = 16;

/**
 * The drafts with the terms of every draft imported from text (`isImportedDraft`: its terms
 * were found in prose) keyed like the authored drafts among them, so that a freshly pasted leak lands in the corpus's rows (its
 * force cap in `armed-forces.personnel-cap`, next to the outlets) instead of rows of its own.
 * Each imported draft takes the keys of one authored draft: one it is `basedOn` when there is
 * one, else the one whose terms line up with most of its own among the first
 * `MAX_REFERENCES` authored drafts by id (ties to the smaller id, so the answer does not depend
 * on the order of the drafts). Drafts that are not valid are left as they are, for the checks
 * that follow to report.
 */
export function lineUpTerms(drafts: readonly Draft[]): Draft[] {
  const imported: number[] = [];
  const authored: Draft[] = [];
  drafts.forEach((draft, index) => {
    if (isImportedDraft(draft)) imported.push(index);
    else authored.push(draft);
  });
  if (imported.length === 0 || authored.length === 0) return [...drafts];
  const valid = authored
    .map((draft) => safeParseDraft(draft))
    .filter((result) => result.success)
    .map((result) => result.draft)
    .filter(hasTerms)
    .sort((x, y) => compareText(x.id, y.id));
  const lined = [...drafts];
  for (const index of imported) {
    const parsed = safeParseDraft(drafts[index]);
    if (!parsed.success || !hasTerms(parsed.draft)) continue;
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

/** Whether a (validated) draft states any term, on a provision at any depth. */
function hasTerms(draft: Draft): boolean {
  const stack: Provision[] = [...draft.provisions];
  for (let provision = stack.pop(); provision !== undefined; provision = stack.pop()) {
    if (provision.terms !== undefined && provision.terms.length > 0) return true;
    for (const item of provision.items ?? []) stack.push(item);
  }
  return false;
}
