import { alignTrees, settingsOf } from '../align/index.js';
import { int32At, readAt } from '../internal/read-at.js';
import type { Draft } from '../model/draft.js';
import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';
import { isExtracted, matchTerms } from './match-terms.js';

/** A draft whose terms found in prose took the keys of another draft's authored terms. */
export interface KeyedDraft {
  /** The draft, re-keyed (a copy; the draft itself when no key changed). */
  draft: Draft;
  /** How many terms took an authored key. */
  matched: number;
}

/**
 * Gives the terms `draft` found in prose the keys of `reference`'s authored terms, so that an
 * imported text lines up with a curated corpus: the two drafts are aligned, and a found term on
 * a provision paired with one that carries an authored term of the same measure (kind and unit,
 * then kind; see `matchTerms`) takes that term's key, and its label when it has none. A key
 * the draft already uses elsewhere is not taken twice. Neither draft is changed.
 */
export function keyTermsLike(draft: Draft, reference: Draft): KeyedDraft {
  const tree = alignTrees(reference.provisions, draft.provisions, settingsOf({}));
  const { state } = tree;
  const renamed = new Map<Term, Term>();
  const used = new Set<string>();
  for (const term of termsOf(draft)) used.add(term.key);
  for (let node = 0; node < state.after.size; node++) {
    const partner = int32At(state.partnerOfAfter, node);
    if (partner === -1) continue;
    const afterTerms = state.after.provision(node).terms ?? [];
    const beforeTerms = state.before.provision(partner).terms ?? [];
    if (afterTerms.length === 0 || beforeTerms.length === 0) continue;
    for (const [beforeIndex, afterIndex] of matchTerms(beforeTerms, afterTerms).pairs) {
      const authored = readAt(beforeTerms, beforeIndex);
      const found = readAt(afterTerms, afterIndex);
      if (!isExtracted(found) || isExtracted(authored) || found.key === authored.key) continue;
      if (used.has(authored.key)) continue;
      used.add(authored.key);
      renamed.set(found, {
        ...found,
        key: authored.key,
        ...(found.label === undefined && authored.label !== undefined
          ? { label: authored.label }
          : {}),
      });
    }
  }
  if (renamed.size === 0) return { draft, matched: 0 };
  const rename = (provisions: readonly Provision[]): Provision[] =>
    provisions.map((provision) => {
      const terms = provision.terms?.map((term) => renamed.get(term) ?? term);
      const items = provision.items === undefined ? undefined : rename(provision.items);
      return {
        ...provision,
        ...(terms === undefined ? {} : { terms }),
        ...(items === undefined ? {} : { items }),
      };
    });
  return { draft: { ...draft, provisions: rename(draft.provisions) }, matched: renamed.size };
}

/** Every term of a draft, its own and its provisions' at every depth. */
function termsOf(draft: Draft): Term[] {
  const terms: Term[] = [...(draft.terms ?? [])];
  const stack: Provision[] = [...draft.provisions];
  for (let provision = stack.pop(); provision !== undefined; provision = stack.pop()) {
    for (const term of provision.terms ?? []) terms.push(term);
    for (const item of provision.items ?? []) stack.push(item);
  }
  return terms;
}
