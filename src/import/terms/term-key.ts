/**
 * Keys for terms found in prose. The rule, so that the same clause rewritten in another
 * version yields the same key:
 *
 *   key = kind [ "." unit ] [ "." subject ]
 *
 * - `unit` only for quantities: what is counted ("personnel", "percent"; "units" when
 *   nothing says). Currency and time unit are left out on purpose: "$100 billion" becoming
 *   "€90bn", or "100 days" becoming "three months", is a change of one term, not two terms.
 * - `subject` is the noun that says what the figure measures (see `subject.ts`).
 * - Repeats: a draft's term keys must be unique, so the second term with the same key in
 *   document order gets `.2`, the third `.3`, and so on. No base key ends in a number
 *   (every segment starts with a letter), so a suffixed key never collides with another.
 *
 * Keys of imported terms are good guesses, not identities: the engine matches imported
 * terms inside aligned provisions by key, then by kind and unit, then by kind.
 */

/** Longest key segment taken from a word. */
const MAX_SEGMENT = 40;

/**
 * A word as a key segment: folded to ASCII (diacritics dropped), lower case, possessive
 * dropped, apostrophes removed; `undefined` when it is not made of ASCII letters, digits and
 * inner hyphens, starts with a digit, or is shorter than `minimumLength`.
 */
export function keySegment(word: string, minimumLength = 3): string | undefined {
  if (/^[a-z]{1,40}$/u.test(word)) return word.length < minimumLength ? undefined : word;
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/['’]/gu, '')
    .replace(/-{2,}/gu, '-')
    .replace(/^-|-$/gu, '');
  if (folded.length < minimumLength || folded.length > MAX_SEGMENT) return undefined;
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u.test(folded) ? folded : undefined;
}

/** The key before de-duplication: kind, then the unit of a quantity, then the subject. */
export function baseKey(
  kind: string,
  unit: string | undefined,
  subject: string | undefined,
): string {
  const segments = [kind];
  if (unit !== undefined) segments.push(unit);
  if (subject !== undefined && subject !== unit) segments.push(subject);
  return segments.join('.');
}

/**
 * Makes `base` unique among the keys `seen` so far (and records it): the first keeps `base`,
 * later ones get `.2`, `.3`, ... in the order they are asked for.
 */
export function uniqueKey(base: string, seen: Map<string, number>): string {
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}.${count}`;
}
