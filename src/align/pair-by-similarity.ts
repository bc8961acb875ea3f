import { findCandidates } from './find-candidates.js';
import type { ListState } from './list-state.js';

/**
 * Pairs free provisions anywhere in the list whose similarity reaches `threshold`, from the best
 * score down, each provision once: a clause reworded where it stands, or moved and reworded.
 * Candidates come from `findCandidates`, so nothing is compared all against all.
 */
export function pairBySimilarity(list: ListState, threshold: number): void {
  for (const candidate of findCandidates(list.freeSides(), threshold)) {
    if (!list.isFree('before', candidate.before) || !list.isFree('after', candidate.after)) {
      continue;
    }
    list.pair(candidate.before, candidate.after, 'similarity', candidate.score);
  }
}

/**
 * Pairs free provisions that are each other's best match, even below the pairing threshold,
 * as long as they reach `floor`: a clause moved far and rewritten, whose best counterpart is
 * unmistakable though not close (DESIGN.md: a mutual best match far away is a move).
 */
export function pairMutualBest(list: ListState, floor: number): void {
  const candidates = findCandidates(list.freeSides(), floor);
  // Candidates come best first: the first seen for a provision is its best.
  const bestOfBefore = new Map<number, number>();
  const bestOfAfter = new Map<number, number>();
  for (const candidate of candidates) {
    if (!bestOfBefore.has(candidate.before)) bestOfBefore.set(candidate.before, candidate.after);
    if (!bestOfAfter.has(candidate.after)) bestOfAfter.set(candidate.after, candidate.before);
  }
  for (const candidate of candidates) {
    if (
      bestOfBefore.get(candidate.before) === candidate.after &&
      bestOfAfter.get(candidate.after) === candidate.before
    ) {
      list.pair(candidate.before, candidate.after, 'similarity', candidate.score);
    }
  }
}
