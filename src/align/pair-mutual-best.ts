import type { ListState } from './list-state.js';

/** A mutual best match must beat each side's runner-up by this factor. */
const MARGIN = 1.2;

/**
 * Pairs free provisions that are each other's best match, even below the pairing threshold,
 * as long as they reach `floor` and clearly beat every other candidate of both (by `MARGIN`):
 * a clause rewritten so thoroughly that few words remain, whose counterpart is still
 * unmistakable (DESIGN.md: a mutual best match far away is a move).
 */
export function pairMutualBest(list: ListState, floor: number): void {
  const candidates = list.candidates();
  // Candidates come best first: the first seen for a provision is its best, the next its
  // runner-up.
  const best = { before: new Map<number, number>(), after: new Map<number, number>() };
  const runnerUp = { before: new Map<number, number>(), after: new Map<number, number>() };
  const note = (side: 'before' | 'after', position: number, other: number, score: number) => {
    if (!best[side].has(position)) best[side].set(position, other);
    else if (!runnerUp[side].has(position)) runnerUp[side].set(position, score);
  };
  for (const candidate of candidates) {
    note('before', candidate.before, candidate.after, candidate.score);
    note('after', candidate.after, candidate.before, candidate.score);
  }
  for (const candidate of candidates) {
    if (candidate.score < floor) break;
    if (
      best.before.get(candidate.before) !== candidate.after ||
      best.after.get(candidate.after) !== candidate.before
    ) {
      continue;
    }
    const rival = Math.max(
      runnerUp.before.get(candidate.before) ?? 0,
      runnerUp.after.get(candidate.after) ?? 0,
    );
    if (candidate.score < MARGIN * rival) continue;
    list.pair(candidate.before, candidate.after, 'similarity', candidate.score);
  }
}
