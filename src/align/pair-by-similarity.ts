import type { ListState } from './list-state.js';

/**
 * Pairs free provisions anywhere in the list whose similarity reaches `threshold`, from the best
 * score down, each provision once: a clause reworded where it stands, or moved and reworded.
 * Candidates come from `ListState.candidates`, so nothing is compared all against all.
 */
export function pairBySimilarity(list: ListState, threshold: number): void {
  for (const candidate of list.candidates()) {
    if (candidate.score < threshold) break;
    if (!list.isFree('before', candidate.before) || !list.isFree('after', candidate.after)) {
      continue;
    }
    list.pair(candidate.before, candidate.after, 'similarity', candidate.score);
  }
}
