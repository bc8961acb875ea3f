import { lowerBound } from '../internal/lower-bound.js';
import { nearestIndexes } from '../internal/nearest.js';
import { int32At, numberAt } from '../internal/read-at.js';
import type { Side } from './alignment-state.js';
import type { Group, ListState } from './list-state.js';

/** A part of a split or merge must lie mostly inside the whole, by weight. */
const PART_CONTAINMENT = 0.6;
/** Most free provisions tested as parts of one whole. */
const PARTS_PER_WHOLE = 64;

/** A split (whole before, parts after) or a merge (whole after, parts before) that may form. */
interface Candidate extends Group {
  wholeSide: Side;
  score: number;
  /** The sum of the hashes of every provision in it: the same number whichever draft is old. */
  weight: number;
}

/**
 * Finds old provisions split into several consecutive new ones, and several consecutive old
 * ones merged into one new one: each part lies mostly inside the whole, and together they
 * resemble it better than any single pair did. Splits and merges are weighed together, from
 * the best score down (ties to the heavier group), each provision in one group at most: a
 * rule that reads the same with the drafts swapped, where a split becomes a merge. The parts
 * and the whole leave their pairs and become one split (or merge) of the list.
 */
export function findSplitsAndMerges(list: ListState): void {
  const candidates = [...findGroups(list, 'before'), ...findGroups(list, 'after')].sort(
    (x, y) =>
      y.score - x.score ||
      y.weight - x.weight ||
      Math.min(x.whole, ...x.parts) - Math.min(y.whole, ...y.parts),
  );
  const used = { before: new Set<number>(), after: new Set<number>() };
  for (const candidate of candidates) {
    const partSide: Side = candidate.wholeSide === 'before' ? 'after' : 'before';
    if (
      used[candidate.wholeSide].has(candidate.whole) ||
      candidate.parts.some((part) => used[partSide].has(part))
    ) {
      continue;
    }
    used[candidate.wholeSide].add(candidate.whole);
    for (const part of candidate.parts) used[partSide].add(part);
    const group = { whole: candidate.whole, parts: candidate.parts };
    record(list, candidate.wholeSide, group);
    (candidate.wholeSide === 'before' ? list.splits : list.merges).push(group);
  }
}

/**
 * Wholes on `wholeSide` that became several consecutive parts on the other side. A split takes
 * the place of the whole, so its parts are looked for between the pairs in order on either side
 * of it (at most `PARTS_PER_WHOLE` of them, nearest first): a bound that keeps this pass linear
 * when thousands of provisions are free.
 */
function findGroups(list: ListState, wholeSide: Side): Candidate[] {
  const { state } = list;
  const partSide: Side = wholeSide === 'before' ? 'after' : 'before';
  const threshold = state.settings.gapThreshold;
  const groups: Candidate[] = [];
  const freeParts = list.free(partSide);
  if (freeParts.length === 0) return groups;
  const bounds = anchorBounds(list, wholeSide);
  const wholeCount = wholeSide === 'before' ? list.before.length : list.after.length;
  for (let whole = 0; whole < wholeCount; whole++) {
    const partner = partnerOf(list, wholeSide, whole);
    if (partner === -1 && !list.isFree(wholeSide, whole)) continue;
    // Only provisions left over, or paired on similarity alone, can turn out to be split.
    const pairScore = partner === -1 ? 0 : pairSimilarity(list, wholeSide, whole, partner);
    if (pairScore === undefined) continue;
    const wholeNode = list.node(wholeSide, whole);
    if (state.own(wholeSide, wholeNode).ids.length === 0) continue;
    const contained: number[] = [];
    for (const part of nearbyParts(freeParts, bounds, { whole, partner })) {
      const partNode = list.node(partSide, part);
      if (
        state.own(partSide, partNode).ids.length >= 2 &&
        state.containment(partSide, partNode, wholeNode) >= PART_CONTAINMENT
      ) {
        contained.push(part);
      }
    }
    if (partner !== -1) contained.push(partner);
    const run = longestConsecutiveRun(contained.sort((x, y) => x - y));
    if (run.length < 2) continue;
    if (partner !== -1 && !run.includes(partner)) continue;
    const score = state.scoreUnion(
      wholeSide,
      wholeNode,
      run.map((part) => list.node(partSide, part)),
    );
    if (score < threshold || score <= pairScore) continue;
    let weight = state.hashOf(wholeSide, wholeNode);
    for (const part of run) weight += state.hashOf(partSide, list.node(partSide, part));
    groups.push({ whole, parts: run, wholeSide, score, weight });
  }
  return groups;
}

/**
 * For each whole position, the part-side positions of the nearest pairs in order before and
 * after it (its own pair left out): -1 and the part list's length where there is none.
 */
function anchorBounds(list: ListState, wholeSide: Side): { lower: Int32Array; upper: Int32Array } {
  const wholeCount = wholeSide === 'before' ? list.before.length : list.after.length;
  const partCount = wholeSide === 'before' ? list.after.length : list.before.length;
  const anchorOf = new Int32Array(wholeCount).fill(-1);
  for (const [position, partner] of list.afterOf.entries()) {
    if (partner === -1 || list.inOrder[position] !== 1) continue;
    if (wholeSide === 'before') anchorOf[position] = partner;
    else anchorOf[partner] = position;
  }
  const lower = new Int32Array(wholeCount);
  const upper = new Int32Array(wholeCount);
  let last = -1;
  for (const [whole, anchor] of anchorOf.entries()) {
    lower[whole] = last;
    if (anchor !== -1) last = anchor;
  }
  last = partCount;
  for (let whole = wholeCount - 1; whole >= 0; whole--) {
    upper[whole] = last;
    const anchor = int32At(anchorOf, whole);
    if (anchor !== -1) last = anchor;
  }
  return { lower, upper };
}

/** Parts a split of the whole may take: free parts strictly between its anchors, nearest first. */
function nearbyParts(
  freeParts: readonly number[],
  bounds: { lower: Int32Array; upper: Int32Array },
  { whole, partner }: { whole: number; partner: number },
): number[] {
  const lower = int32At(bounds.lower, whole);
  const upper = int32At(bounds.upper, whole);
  const from = lowerBound(freeParts, lower + 1);
  const to = lowerBound(freeParts, upper);
  if (to - from <= PARTS_PER_WHOLE) return freeParts.slice(from, to);
  // Too many free parts between the anchors: those nearest the partner (or the middle).
  const centre = partner !== -1 ? partner : (lower + upper) / 2;
  return nearestIndexes(freeParts, centre, PARTS_PER_WHOLE, { from, to }).map((index) =>
    numberAt(freeParts, index),
  );
}

/** The position the whole is paired with in this list, or -1. */
function partnerOf(list: ListState, wholeSide: Side, whole: number): number {
  return int32At(wholeSide === 'before' ? list.afterOf : list.beforeOf, whole);
}

/** The similarity of a pair found by similarity; `undefined` for pairs by id or text (final). */
function pairSimilarity(
  list: ListState,
  wholeSide: Side,
  whole: number,
  partner: number,
): number | undefined {
  const afterNode = list.node('after', wholeSide === 'after' ? whole : partner);
  const basis = list.state.basisOf(afterNode);
  return basis === 'id' || basis === 'text' ? undefined : list.state.similarityOf(afterNode);
}

/** Unpairs the whole and its parts and marks them as one group. */
function record(list: ListState, wholeSide: Side, group: Group): void {
  const { state } = list;
  const partSide: Side = wholeSide === 'before' ? 'after' : 'before';
  const beforePositions = wholeSide === 'before' ? [group.whole] : group.parts;
  for (const position of beforePositions) list.unpair(position);
  if (wholeSide === 'after') {
    const partner = int32At(list.beforeOf, group.whole);
    if (partner !== -1) list.unpair(partner);
  }
  const mark = (side: Side, position: number) => {
    const grouped = side === 'before' ? state.groupedBefore : state.groupedAfter;
    grouped[list.node(side, position)] = 1;
  };
  mark(wholeSide, group.whole);
  for (const part of group.parts) mark(partSide, part);
}

/** The longest run of consecutive integers in an ascending list (the first one on ties). */
function longestConsecutiveRun(sorted: readonly number[]): number[] {
  let best: number[] = [];
  let current: number[] = [];
  for (const value of sorted) {
    const last = current.at(-1);
    if (last !== undefined && value === last + 1) {
      current.push(value);
    } else {
      current = [value];
    }
    if (current.length > best.length) best = [...current];
  }
  return best;
}
