import { numberAt, readAt } from '../internal/read-at.js';
import type { Term } from '../model/term.js';
import { compareText, figureOf } from './diff-term.js';

/**
 * How the terms of two aligned provisions correspond. A key means the same thing in every draft
 * of a corpus, so terms with the same key pair first, unless both were found in prose (they have
 * a `span`): such a key is only a guess, numbered by repeats in reading order. Two found terms
 * whose keys are the same but for that number pair next, equal figures first. A found term then
 * pairs with a term of the other side left over that measures the same thing (the same kind and
 * unit; money, the same currency), then with one of a compatible measure (money in another
 * currency, a quantity whose unit one side does not name), in order of appearance. Two authored
 * terms never pair but by key: their keys say they are different facts.
 */
export interface TermMatch {
  /** Pairs of indexes into the two lists. */
  pairs: [before: number, after: number][];
  /** Indexes of the old terms left over, ascending. */
  restBefore: number[];
  /** Indexes of the new terms left over, ascending. */
  restAfter: number[];
}

/** Whether a term was found in prose (its key is a guess). */
export function isExtracted(term: Term): boolean {
  return term.span !== undefined;
}

/** Matches the terms of two aligned provisions (see `TermMatch`). */
export function matchTerms(before: readonly Term[], after: readonly Term[]): TermMatch {
  const pass: Pass = { before, after, pairs: [], takenAfter: new Uint8Array(after.length) };
  // By key, unless both were found in prose: their keys number repeats in reading order
  // ("….2"), so a figure inserted before two others would shift both onto the wrong partner.
  const afterByKey = new Map<string, number>();
  after.forEach((term, index) => {
    afterByKey.set(term.key, index);
  });
  let rest: number[] = [];
  before.forEach((term, index) => {
    const match = afterByKey.get(term.key);
    if (
      match !== undefined &&
      pass.takenAfter[match] === 0 &&
      !(isExtracted(term) && isExtracted(readAt(after, match)))
    ) {
      take(pass, index, match);
    } else {
      rest.push(index);
    }
  });
  // Found against found: the same key but for the number of repeats, equal figures first.
  rest = matchBy(pass, rest, {
    bucket: (term) => (isExtracted(term) ? `${baseKey(term.key)} ${measureOf(term)}` : undefined),
    rating: (term, other) => (sameFigure(term, other) ? 2 : 1),
  });
  // A found term with any term of the same measure, then of a compatible one.
  rest = matchBy(pass, rest, { bucket: measureOf, rating: () => 1 });
  rest = matchBy(pass, rest, {
    bucket: (term) => (measureOf(term) === undefined ? undefined : term.kind),
    rating: (term, other) => (compatibleUnits(term, other) ? 1 : 0),
  });
  const restAfter: number[] = [];
  for (let index = 0; index < after.length; index++) {
    if (pass.takenAfter[index] === 0) restAfter.push(index);
  }
  return { pairs: pass.pairs, restBefore: rest, restAfter };
}

/** The terms being matched and the pairs made so far. */
interface Pass {
  before: readonly Term[];
  after: readonly Term[];
  pairs: [number, number][];
  takenAfter: Uint8Array;
}

/** A way of matching: which terms may meet (the same bucket), and how well (0: not at all). */
interface Rule {
  bucket(term: Term): string | undefined;
  rating(term: Term, other: Term): number;
}

/** Most new terms one old term is rated against in a pass: no pass is all against all. */
const RATED_PER_TERM = 64;

function take(pass: Pass, old: number, next: number): void {
  pass.takenAfter[next] = 1;
  pass.pairs.push([old, next]);
}

/**
 * One pass over the old terms left: each takes, among the free new terms of its bucket, the
 * one its rule rates highest (the first of those), where at least one of the two was found in
 * prose: two authored terms never pair but by key. Returns the old terms still left.
 */
function matchBy(pass: Pass, rest: readonly number[], rule: Rule): number[] {
  // By bucket, the new terms found in prose and the authored ones, in order.
  const found = new Map<string, number[]>();
  const authored = new Map<string, number[]>();
  pass.after.forEach((term, index) => {
    const bucket = pass.takenAfter[index] === 0 ? rule.bucket(term) : undefined;
    if (bucket === undefined) return;
    const into = isExtracted(term) ? found : authored;
    const list = into.get(bucket);
    if (list === undefined) into.set(bucket, [index]);
    else list.push(index);
  });
  const still: number[] = [];
  for (const index of rest) {
    const term = readAt(pass.before, index);
    const bucket = rule.bucket(term);
    let best = -1;
    let bestRating = 0;
    const rate = (candidates: readonly number[] | undefined) => {
      let rated = 0;
      for (const candidate of candidates ?? []) {
        if (pass.takenAfter[candidate] === 1) continue;
        if (rated++ === RATED_PER_TERM) break;
        const rating = rule.rating(term, readAt(pass.after, candidate));
        if (rating > bestRating || (rating === bestRating && rating > 0 && candidate < best)) {
          best = candidate;
          bestRating = rating;
        }
      }
    };
    if (bucket !== undefined) {
      rate(found.get(bucket));
      if (isExtracted(term)) rate(authored.get(bucket));
    }
    if (best === -1) still.push(index);
    else take(pass, index, best);
  }
  return still;
}

/** A key without the number text import adds to a repeat ("quantity.days.2" gives "quantity.days"). */
function baseKey(key: string): string {
  return key.replace(/\.\d+$/u, '');
}

/** Whether two terms state the same figure (value, or amount for money). */
function sameFigure(term: Term, other: Term): boolean {
  return figureOf(term) !== undefined && figureOf(term) === figureOf(other);
}

/**
 * Whether two terms of one kind measure compatible things: money in any currency ("$100 billion"
 * becoming "€90bn" is one term changed), a quantity only in the same unit or where one of them
 * names none ("units"): 600,000 personnel is never 30 kilometres.
 */
function compatibleUnits(term: Term, other: Term): boolean {
  if (term.kind !== 'quantity' || other.kind !== 'quantity') return term.kind === other.kind;
  const unit = term.unit.toLowerCase();
  const otherUnit = other.unit.toLowerCase();
  return unit === otherUnit || unit === 'units' || otherUnit === 'units';
}

/** What a figure measures: kind and unit (currency for money); `undefined` for non-figures. */
export function measureOf(term: Term): string | undefined {
  switch (term.kind) {
    case 'quantity':
      return `quantity:${term.unit.toLowerCase()}`;
    case 'money':
      return `money:${term.currency}`;
    case 'duration':
    case 'share':
    case 'date':
      return term.kind;
    default:
      return undefined;
  }
}

/**
 * The two terms to compare, when one was found in prose and the other authored: the found one
 * with the authored one's worded qualifiers, and its condition too when it states none or the
 * same one in other case ("In peacetime"). A condition it states that the authored term lacks
 * is a change (a cap that now holds in peacetime only). Otherwise the terms as they are.
 */
export function comparable(before: Term, after: Term): [Term, Term] {
  const oldFound = isExtracted(before);
  const nextFound = isExtracted(after);
  if (oldFound === nextFound) return [before, after];
  return oldFound
    ? [alignQualifiers(before, after), after]
    : [before, alignQualifiers(after, before)];
}

/**
 * The found term with the authored one's worded qualifiers (`from`; `of` and `holder`), which
 * text import cannot pin down ("the profits" against "profits of the venture investing frozen
 * Russian assets"), so between a found and an authored term they never count as a change.
 */
function alignQualifiers(found: Term, authored: Term): Term {
  // Terms of two kinds differ in kind alone (`diffTerm` looks no further): nothing to align.
  if (found.kind === 'duration' && authored.kind === 'duration') {
    return withField(found, 'from', authored.from);
  }
  if (found.kind === 'share' && authored.kind === 'share') {
    return withField(withField(found, 'of', authored.of), 'holder', authored.holder);
  }
  if (found.kind === 'quantity' && authored.kind === 'quantity') {
    return withCondition(found, authored.condition);
  }
  if (found.kind === 'money' && authored.kind === 'money') {
    return withCondition(found, authored.condition);
  }
  return found;
}

/** The found term with the authored condition when it states none, or the same in other case. */
function withCondition<T extends { condition?: string }>(
  found: T,
  authored: string | undefined,
): T {
  const { condition } = found;
  const same =
    condition === undefined ||
    (authored !== undefined && condition.toLowerCase() === authored.toLowerCase());
  return same ? withField(found, 'condition', authored) : found;
}

/** A copy of `term` with `field` set to `value`, or without the field when `value` is undefined. */
function withField<T extends object, F extends keyof T>(
  term: T,
  field: F,
  value: T[F] | undefined,
): T {
  const copy = { ...term };
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

/** The key a change reports: the authored one when the other was found in prose. */
export function reportedKey(before: Term, after: Term): string {
  return isExtracted(after) && !isExtracted(before) ? before.key : after.key;
}

/** Context words two figures must share (Jaccard) to be one figure that changed provisions. */
const SAME_CONTEXT = 0.5;
/** Most figures of one measure compared against each other across a draft. */
const CONTEXT_BUDGET = 4096;

/**
 * Pairs terms found in prose that no aligned pair settled, across the whole draft: the same
 * measure (kind and unit) and context words mostly shared, from the best overlap down, each
 * term once. A figure that moved to another provision, or whose provision was rewritten past
 * recognition, is still the same figure. Equal overlaps go to the pair whose two places (JSON
 * Pointers, `places`) come first, read the same whichever draft is old. The pairs are returned
 * in ascending order of the old term. A measure with more
 * figures than the budget allows on both sides pairs only figures whose context words are the
 * same (no all-against-all).
 */
export function matchByContext(
  before: readonly Term[],
  after: readonly Term[],
  places: { before: readonly string[]; after: readonly string[] },
): [number, number][] {
  const groups = new Map<string, { before: number[]; after: number[] }>();
  const add = (term: Term, index: number, side: 'before' | 'after') => {
    const measure = isExtracted(term) ? measureOf(term) : undefined;
    if (measure === undefined || term.context === undefined) return;
    let group = groups.get(measure);
    if (group === undefined) {
      group = { before: [], after: [] };
      groups.set(measure, group);
    }
    group[side].push(index);
  };
  before.forEach((term, index) => {
    add(term, index, 'before');
  });
  after.forEach((term, index) => {
    add(term, index, 'after');
  });
  const placeOf = (side: 'before' | 'after', index: number) => places[side][index] ?? '';
  const candidates: Candidate[] = [];
  for (const group of groups.values()) {
    const wordsBefore = group.before.map((index) => contextWords(readAt(before, index)));
    const wordsAfter = group.after.map((index) => contextWords(readAt(after, index)));
    const exactOnly = group.before.length * group.after.length > CONTEXT_BUDGET;
    const sameWords = exactOnly ? indexByWords(wordsAfter) : undefined;
    group.before.forEach((old, x) => {
      const words = readAt(wordsBefore, x);
      const consider = (y: number) => {
        const overlap = jaccard(words, readAt(wordsAfter, y));
        if (overlap < SAME_CONTEXT) return;
        const next = numberAt(group.after, y);
        const one = placeOf('before', old);
        const other = placeOf('after', next);
        candidates.push({
          before: old,
          after: next,
          overlap,
          first: one < other ? one : other,
          second: one < other ? other : one,
        });
      };
      if (sameWords === undefined) {
        for (let y = 0; y < wordsAfter.length; y++) consider(y);
      } else {
        for (const y of sameWords.get(keyOfWords(words)) ?? []) consider(y);
      }
    });
  }
  candidates.sort(
    (x, y) =>
      y.overlap - x.overlap ||
      compareText(x.first, y.first) ||
      compareText(x.second, y.second) ||
      x.before - y.before,
  );
  const takenBefore = new Set<number>();
  const takenAfter = new Set<number>();
  const pairs: [number, number][] = [];
  for (const candidate of candidates) {
    if (takenBefore.has(candidate.before) || takenAfter.has(candidate.after)) continue;
    takenBefore.add(candidate.before);
    takenAfter.add(candidate.after);
    pairs.push([candidate.before, candidate.after]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

interface Candidate {
  before: number;
  after: number;
  overlap: number;
  /** The two places, the smaller first: a tie order that ignores which draft is old. */
  first: string;
  second: string;
}

/** The positions of context word sets by their words, for pairing equal contexts only. */
function indexByWords(sets: readonly Set<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  sets.forEach((words, position) => {
    const key = keyOfWords(words);
    const found = index.get(key);
    if (found === undefined) index.set(key, [position]);
    else found.push(position);
  });
  return index;
}

function keyOfWords(words: ReadonlySet<string>): string {
  return [...words].sort().join(' ');
}

/** The lower-case words of a term's context, figures left out (they are what changed). */
function contextWords(term: Term): Set<string> {
  const words = new Set<string>();
  // Figures out first, with the scale or suffix written onto them ("$100bn", "1st").
  const context = (term.context ?? '').toLowerCase().replace(/[$€£¥]?\d[\d.,]*\p{L}*/gu, ' ');
  for (const word of context.match(/\p{L}[\p{L}'’-]*/gu) ?? []) words.add(word);
  return words;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
