import { lowerBound } from '../internal/lower-bound.js';
import type { Side } from './alignment-state.js';

/** Rare terms looked up per provision; each lookup reads at most `POSTINGS_PER_TERM` postings. */
const RARE_TERMS = 6;
const POSTINGS_PER_TERM = 64;
/**
 * A term held by more than this share of the provisions (and more than `POSTINGS_PER_TERM`) is
 * not rare: it finds nothing that position does not, and with a small vocabulary every term is
 * such a one (15,000 sentences from 40 words gave a million candidates).
 */
const COMMON_SHARE = 0.05;
/** Provisions nearest in relative position that are candidates whatever their words. */
const NEIGHBOURS = 3;

/** What the search for candidate pairs reads: two sets of free provisions and how to score them. */
export interface CandidateSides {
  /** The free provisions of each side (positions or nodes), ascending. */
  readonly before: readonly number[];
  readonly after: readonly number[];
  /** The terms (ascending ids) of a provision. */
  termsOf(side: Side, item: number): Int32Array;
  /** Where a provision sits, 0..1 of its list or draft. */
  relative(side: Side, item: number): number;
  /** How alike two provisions are, 0..1. */
  score(before: number, after: number): number;
  /** The tie-breaking weight of a pair, the same whichever side is old. */
  weight(before: number, after: number): number;
  /** The text of a term, to order terms that are equally rare. */
  termText(id: number): string;
}

/** A scored candidate pair. */
export interface Candidate {
  before: number;
  after: number;
  score: number;
  /** How far apart the two sit in relative position. */
  distance: number;
  weight: number;
}

/**
 * The candidate pairs worth scoring, never all against all (DESIGN.md): for each provision,
 * those of the other side that share one of its rarest terms, nearest its relative position
 * first, and its few nearest neighbours by position whatever their words (a paraphrase may
 * share no rare word, and a user's scorer may see what words do not). The search runs both
 * ways, so the candidates are the same whichever draft is old. Each is scored once; those
 * scoring at least `floor` are returned, best first (ties by distance, then `weight`...).
 */
export function findCandidates(sides: CandidateSides, floor: number): Candidate[] {
  if (sides.before.length === 0 || sides.after.length === 0) return [];
  // Every pair found, as one number (old * top + new), then sorted and read once: cheaper than
  // a `Set` of pairs, which was most of this search's time with a small vocabulary.
  let top = 0;
  for (const item of sides.after) top = Math.max(top, item + 1);
  const found: number[] = [];
  const consider = (before: number, after: number) => {
    found.push(before * top + after);
  };
  search(sides, 'before', consider);
  search(sides, 'after', (after, before) => consider(before, after));
  nearby(sides, consider);
  const keys = Float64Array.from(found).sort();
  const candidates: Candidate[] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as number;
    if (index > 0 && key === keys[index - 1]) continue;
    const before = Math.floor(key / top);
    const after = key - before * top;
    const score = sides.score(before, after);
    if (score < floor || score === 0) continue;
    const distance = Math.abs(sides.relative('before', before) - sides.relative('after', after));
    candidates.push({ before, after, score, distance, weight: sides.weight(before, after) });
  }
  return candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || tieOrder(x, y));
}

/**
 * For each provision of the side other than `indexed`, the provisions of `indexed` that share
 * one of its rarest terms: `consider(found, looking)`.
 */
function search(
  sides: CandidateSides,
  indexed: Side,
  consider: (found: number, looking: number) => void,
): void {
  const looking: Side = indexed === 'before' ? 'after' : 'before';
  const indexedItems = sides[indexed];
  // By term id: the positions (in `indexedItems`) holding it, ascending.
  const postings: (number[] | undefined)[] = [];
  indexedItems.forEach((item, position) => {
    for (const id of sides.termsOf(indexed, item)) {
      const list = postings[id];
      if (list === undefined) postings[id] = [position];
      else list.push(position);
    }
  });
  // Rarer first; among terms as rare, in code-unit order of the terms themselves.
  const rarer = (x: number, y: number): boolean => {
    const byFrequency = (postings[x] as number[]).length - (postings[y] as number[]).length;
    return byFrequency < 0 || (byFrequency === 0 && sides.termText(x) < sides.termText(y));
  };
  const common = Math.max(POSTINGS_PER_TERM, COMMON_SHARE * indexedItems.length);
  const rare: number[] = [];
  for (const item of sides[looking]) {
    // The few rarest terms, kept in order while the set is read once.
    rare.length = 0;
    for (const id of sides.termsOf(looking, item)) {
      const holders = postings[id];
      if (holders === undefined || holders.length > common) continue;
      if (rare.length === RARE_TERMS && !rarer(id, rare[rare.length - 1] as number)) continue;
      let at = rare.length === RARE_TERMS ? rare.length - 1 : rare.length;
      while (at > 0 && rarer(id, rare[at - 1] as number)) {
        rare[at] = rare[at - 1] as number;
        at--;
      }
      rare[at] = id;
    }
    const expected = sides.relative(looking, item) * (indexedItems.length - 1);
    for (const id of rare) {
      for (const position of nearest(postings[id] as number[], expected, POSTINGS_PER_TERM)) {
        consider(indexedItems[position] as number, item);
      }
    }
  }
}

/** Each new provision's nearest old ones by relative position, and the other way round. */
function nearby(sides: CandidateSides, consider: (before: number, after: number) => void): void {
  const positions = (side: Side) => sides[side].map((item) => sides.relative(side, item));
  const before = positions('before');
  const after = positions('after');
  sides.after.forEach((item, index) => {
    for (const found of nearest(before, after[index] as number, NEIGHBOURS, true)) {
      consider(sides.before[found] as number, item);
    }
  });
  sides.before.forEach((item, index) => {
    for (const found of nearest(after, before[index] as number, NEIGHBOURS, true)) {
      consider(item, sides.after[found] as number);
    }
  });
}

/**
 * The `count` entries of an ascending list nearest to `target`, ascending (as indexes into the
 * list when `indexes`, else as the entries themselves).
 */
function nearest(
  sorted: readonly number[],
  target: number,
  count: number,
  indexes = false,
): number[] {
  const low = lowerBound(sorted, target);
  let left = low - 1;
  let right = low;
  const picked: number[] = [];
  while (picked.length < count && (left >= 0 || right < sorted.length)) {
    const leftDistance = left >= 0 ? target - (sorted[left] as number) : Infinity;
    const rightDistance = right < sorted.length ? (sorted[right] as number) - target : Infinity;
    if (leftDistance <= rightDistance) picked.push(left--);
    else picked.push(right++);
  }
  picked.sort((x, y) => x - y);
  return indexes ? picked : picked.map((index) => sorted[index] as number);
}

/**
 * The order of two equally scored candidates: the heavier first, then the smaller sum of
 * positions, then the smaller of the two, which read the same with the drafts swapped (the
 * mirror law relies on it); last the smaller old position, which only separates a pair from
 * its transpose.
 */
export function tieOrder(
  x: { before: number; after: number; weight: number },
  y: { before: number; after: number; weight: number },
): number {
  return (
    y.weight - x.weight ||
    x.before + x.after - (y.before + y.after) ||
    Math.min(x.before, x.after) - Math.min(y.before, y.after) ||
    x.before - y.before
  );
}
