/**
 * Keys for terms found in prose. The rule, so that the same clause rewritten in another
 * version yields the same key:
 *
 *   key = kind [ "." unit ] [ "." subject ]
 *
 * - `unit` only for quantities: what is counted ("personnel", "percent"; "units" when
 *   nothing says). Currency and time unit are left out on purpose: "$100 billion" becoming
 *   "€90bn", or "100 days" becoming "three months", is a change of one term, not two terms.
 * - `subject` is the noun that says what the figure measures: the nearest word before the
 *   figure in its clause that is not a function word, a bound word ("capped at") or a likely
 *   verb (a word right after "will", "be", "to", "it"...): "armed forces will be capped at
 *   600,000" gives `forces`. When the clause has none before the figure, the head (last word)
 *   of the noun phrase after it: "$100 billion of frozen Russian assets" gives `assets`. A
 *   share's subject is what it is a share of ("50% of the profits" gives `profits`). Words
 *   that do not fold to ASCII letters (Cyrillic, for one) are never subjects.
 * - Repeats: a draft's term keys must be unique, so the second term with the same key in
 *   document order gets `.2`, the third `.3`, and so on. No base key ends in a number
 *   (every segment starts with a letter), so a suffixed key never collides with another.
 *
 * Keys of imported terms are good guesses, not identities: the engine matches imported
 * terms inside aligned provisions by key, then by kind and unit, then by kind.
 */

import { clauseStart, WINDOW, wordsAfter, wordsBetween } from './clause.js';
import { NUMBER_WORDS, STOP_WORDS, VERB_MARKERS } from './vocabulary.js';

/** Most words looked at on either side of a figure when looking for its subject. */
const SUBJECT_REACH = 8;
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

/** The bare lower-case form of a word used for the stop lists ("Ukraine's" gives "ukraine"). */
export function plainWord(word: string): string {
  return word.toLowerCase().replace(/['’]s?$/u, '');
}

/**
 * The subject before a figure that starts at `start`: the nearest word of its clause that
 * can name a measure, looking back no further than `floor` (the end of the previous figure).
 */
export function subjectBefore(text: string, start: number, floor: number): string | undefined {
  const from = clauseStart(text, start, Math.max(floor, start - WINDOW));
  const words = wordsBetween(text, from, start);
  const last = words.length - 1;
  for (let index = last; index >= 0 && index > last - SUBJECT_REACH; index--) {
    const word = plainWord((words[index] as { text: string }).text);
    if (STOP_WORDS.has(word) || NUMBER_WORDS.has(word)) continue;
    const previous = words[index - 1];
    if (previous !== undefined && VERB_MARKERS.has(plainWord(previous.text))) continue;
    const segment = keySegment(word);
    if (segment !== undefined) return segment;
  }
  return undefined;
}

/**
 * The head of the noun phrase after `position` (its last word, as English puts the head
 * last): "of frozen Russian assets will" gives `assets`. Stops at punctuation and `ceiling`.
 */
export function subjectAfter(text: string, position: number, ceiling: number): string | undefined {
  const words = wordsAfter(text, position, SUBJECT_REACH, Math.min(ceiling, position + WINDOW));
  let index = 0;
  let previous: string | undefined;
  for (; index < words.length; index++) {
    const word = plainWord((words[index] as { text: string }).text);
    if (!STOP_WORDS.has(word)) break;
    previous = word;
  }
  // "2 million refugees will return": a verb follows, the figure's noun phrase has ended.
  if (previous !== undefined && VERB_MARKERS.has(previous)) return undefined;
  let head: string | undefined;
  for (; index < words.length; index++) {
    const word = plainWord((words[index] as { text: string }).text);
    if (STOP_WORDS.has(word)) break;
    head = keySegment(word) ?? head;
  }
  return head;
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
