import type { AlignmentState, Side } from './alignment-state.js';
import { type CandidateSides, findCandidates } from './find-candidates.js';

/**
 * Pairs the provisions still free after every list was aligned, whatever their depth and
 * parent: a point that became a sub-point or the reverse, a sub-point moved to another point,
 * the sub-points of a point with no counterpart (which would otherwise go with it, unread).
 * Candidates come from the rare terms and document positions of all free provisions; pairs form
 * from the best score down at the rewording threshold, and are moves. Returns the new pairs as
 * `[old node, new node]`.
 */
export function pairAcrossLevels(state: AlignmentState): [number, number][] {
  const free = (side: Side) => {
    const tree = state.tree(side);
    const nodes: number[] = [];
    for (let node = 0; node < tree.size; node++) if (!state.isTaken(side, node)) nodes.push(node);
    return nodes;
  };
  const before = free('before');
  const after = free('after');
  if (before.length === 0 || after.length === 0) return [];
  const relative = (side: Side, node: number) => {
    const size = state.tree(side).size;
    return size <= 1 ? 0 : node / (size - 1);
  };
  // Two provisions of one list pair were compared by the passes over that list, and did not
  // pair: they are not scored again (a score of 0 drops the candidate).
  const listOf = (side: Side, node: number): number => {
    const parent = state.tree(side).parent[node] as number;
    if (parent === -1) return -1;
    if (side === 'after') return state.partnerOfAfter[parent] === -1 ? -2 - node : parent;
    const partner = state.partnerOfBefore[parent] as number;
    return partner === -1 ? -2 - state.after.size - node : partner;
  };
  const sides: CandidateSides = {
    before,
    after,
    termsOf: (side, node) => state.profile(side, node).ids,
    relative,
    score: (old, next) =>
      listOf('before', old) === listOf('after', next) ? 0 : state.score(old, next),
    weight: (old, next) => state.hashOf('before', old) + state.hashOf('after', next),
    termText: (id) => state.termText(id),
  };
  const pairs: [number, number][] = [];
  for (const candidate of findCandidates(sides, state.settings.rewordThreshold)) {
    if (state.isTaken('before', candidate.before) || state.isTaken('after', candidate.after)) {
      continue;
    }
    state.pair(candidate.before, candidate.after, 'similarity', candidate.score);
    state.setMoved(candidate.after, true);
    pairs.push([candidate.before, candidate.after]);
  }
  return pairs;
}
