import { wordsOf } from '../internal/tokenize.js';

/**
 * Similarity of clauses as the Jaccard index of their word sets: cheap, symmetric, and
 * indifferent to reordering within a sentence, which suits redrafted legal text.
 */

/** The distinct lower-cased words and figures of a text. */
export function wordSet(text: string): Set<string> {
  return new Set(wordsOf(text));
}

/** |a ∩ b| / |a ∪ b|; two empty sets are identical (1). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared);
}

/** How much of `part` is inside `whole`: |part ∩ whole| / |part|. */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  return sharedCount(part, whole) / part.size;
}

/** Jaccard of `a` against the union of several sets. */
export function jaccardWithUnion(
  a: ReadonlySet<string>,
  parts: readonly ReadonlySet<string>[],
): number {
  const union = new Set<string>();
  for (const part of parts) for (const word of part) union.add(word);
  return jaccard(a, union);
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared;
}
