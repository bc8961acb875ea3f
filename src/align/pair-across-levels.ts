import { int32At } from '../internal/read-at.js';
import { StringIndex } from '../internal/string-index.js';
import type { AlignmentState, Side } from './alignment-state.js';
import { type CandidateSides, findCandidates } from './find-candidates.js';

/**
 * Pairs the provisions still free after every list was aligned, whatever their depth and
 * parent: a point that became a sub-point or the reverse, a sub-point moved to another point,
 * the sub-points of a point with no counterpart (which would otherwise go with it, unread).
 * First by authored id (an id is unique in a draft, wherever the provision went); then by
 * similarity, candidates coming from the rare terms and document positions of all free
 * provisions, from the best score down at the rewording threshold. Every such pair is a move.
 * Returns the new pairs as `[before node, after node]`.
 */
export function pairAcrossLevels(state: AlignmentState): [number, number][] {
  const free = (side: Side) => {
    const tree = state.tree(side);
    const nodes: number[] = [];
    for (let node = 0; node < tree.size; node++) if (!state.isTaken(side, node)) nodes.push(node);
    return nodes;
  };
  const pairs: [number, number][] = [];
  const take = (before: number, after: number, basis: 'id' | 'similarity', similarity: number) => {
    state.pair(before, after, basis, similarity);
    state.setMoved(after, true);
    pairs.push([before, after]);
  };
  pairByIdAnywhere(state, { before: free('before'), after: free('after') }, take);
  const before = free('before');
  const after = free('after');
  if (before.length === 0 || after.length === 0) return pairs;
  const relative = (side: Side, node: number) => {
    const size = state.tree(side).size;
    return size <= 1 ? 0 : node / (size - 1);
  };
  // Two provisions of one list pair (both at the top, or under parents paired with each other)
  // were compared by the passes over that list, and did not pair: they are not scored again
  // (a score of 0 drops the candidate).
  const inOneListPair = (beforeNode: number, afterNode: number): boolean => {
    const beforeParent = int32At(state.tree('before').parent, beforeNode);
    const afterParent = int32At(state.tree('after').parent, afterNode);
    if (beforeParent === -1 || afterParent === -1) return beforeParent === afterParent;
    return int32At(state.partnerOfBefore, beforeParent) === afterParent;
  };
  const sides: CandidateSides = {
    before,
    after,
    termsOf: (side, node) => state.profile(side, node).ids,
    relative,
    score: (beforeNode, afterNode) =>
      inOneListPair(beforeNode, afterNode) ? 0 : state.score(beforeNode, afterNode),
    weight: (beforeNode, afterNode) =>
      state.hashOf('before', beforeNode) + state.hashOf('after', afterNode),
    termText: (id) => state.termText(id),
  };
  for (const candidate of findCandidates(sides, state.settings.rewordThreshold)) {
    if (state.isTaken('before', candidate.before) || state.isTaken('after', candidate.after)) {
      continue;
    }
    take(candidate.before, candidate.after, 'similarity', candidate.score);
  }
  return pairs;
}

/** Free provisions that share an authored id, wherever each stands. */
function pairByIdAnywhere(
  state: AlignmentState,
  free: { before: readonly number[]; after: readonly number[] },
  take: (before: number, after: number, basis: 'id', similarity: number) => void,
): void {
  const afterById = new StringIndex(free.after.length);
  for (const node of free.after) {
    const provision = state.after.provision(node);
    if (provision.positional !== true) afterById.set(provision.id, node);
  }
  for (const node of free.before) {
    const provision = state.before.provision(node);
    if (provision.positional === true) continue;
    const match = afterById.get(provision.id);
    if (match !== -1 && !state.isTaken('after', match)) take(node, match, 'id', 1);
  }
}
