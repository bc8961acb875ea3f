import type { Side } from './alignment-state.js';
import type { Group, ListState } from './list-state.js';

/** A part of a split or merge must lie mostly inside the whole, by weight. */
const PART_CONTAINMENT = 0.6;
/** Terms held by more free provisions than this are not used to find parts. */
const POSTINGS_PER_TERM = 64;

/**
 * Finds old provisions split into several consecutive new ones, then several consecutive old
 * ones merged into one new one: each part lies mostly inside the whole, and together they
 * resemble it better than any single pair did. The parts and the whole leave their pairs and
 * become one split (or merge) of the list.
 */
export function findSplitsAndMerges(list: ListState): void {
  for (const split of findGroups(list, 'before')) {
    record(list, 'before', split);
    list.splits.push(split);
  }
  for (const merge of findGroups(list, 'after')) {
    record(list, 'after', merge);
    list.merges.push(merge);
  }
}

/** Wholes on `wholeSide` that became several consecutive parts on the other side. */
function findGroups(list: ListState, wholeSide: Side): Group[] {
  const { state } = list;
  const partSide: Side = wholeSide === 'before' ? 'after' : 'before';
  const threshold = state.settings.gapThreshold;
  const groups: Group[] = [];
  const freeParts = list.free(partSide);
  if (freeParts.length === 0) return groups;
  const postings: (number[] | undefined)[] = [];
  for (const part of freeParts) {
    for (const id of state.profile(partSide, list.node(partSide, part)).ids) {
      const found = postings[id];
      if (found === undefined) postings[id] = [part];
      else found.push(part);
    }
  }
  const used = new Set<number>();
  const wholeCount = wholeSide === 'before' ? list.before.length : list.after.length;
  for (let whole = 0; whole < wholeCount; whole++) {
    const partner = partnerOf(list, wholeSide, whole);
    const wholeNode = list.node(wholeSide, whole);
    if (partner === -1 && !list.isFree(wholeSide, whole)) continue;
    // Only provisions left over, or paired on similarity alone, can turn out to be split.
    const pairScore = partner === -1 ? 0 : pairSimilarity(list, wholeSide, whole, partner);
    if (pairScore === undefined) continue;
    const wholeTerms = state.profile(wholeSide, wholeNode).ids;
    if (wholeTerms.length === 0) continue;
    const contained = new Set<number>();
    const tested = new Set<number>();
    for (const id of wholeTerms) {
      const found = postings[id];
      if (found === undefined || found.length > POSTINGS_PER_TERM) continue;
      for (const part of found) {
        if (tested.has(part) || used.has(part)) continue;
        tested.add(part);
        const partNode = list.node(partSide, part);
        if (
          state.profile(partSide, partNode).ids.length >= 2 &&
          state.containment(partSide, partNode, wholeNode) >= PART_CONTAINMENT
        ) {
          contained.add(part);
        }
      }
    }
    if (partner !== -1) contained.add(partner);
    const run = longestConsecutiveRun([...contained].sort((x, y) => x - y));
    if (run.length < 2) continue;
    if (partner !== -1 && !run.includes(partner)) continue;
    const score = state.scoreUnion(
      wholeSide,
      wholeNode,
      run.map((part) => list.node(partSide, part)),
    );
    if (score < threshold || score <= pairScore) continue;
    for (const part of run) used.add(part);
    groups.push({ whole, parts: run });
  }
  return groups;
}

/** The position the whole is paired with in this list, or -1. */
function partnerOf(list: ListState, wholeSide: Side, whole: number): number {
  return (wholeSide === 'before' ? list.afterOf[whole] : list.beforeOf[whole]) as number;
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
    const partner = list.beforeOf[group.whole] as number;
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
    if (current.length > 0 && value === (current[current.length - 1] as number) + 1) {
      current.push(value);
    } else {
      current = [value];
    }
    if (current.length > best.length) best = [...current];
  }
  return best;
}
