import { dropWeakMoves } from './drop-weak-moves.js';
import { findSplitsAndMerges } from './find-splits.js';
import type { ListState } from './list-state.js';
import { pairById, pairUnchangedIds } from './pair-by-id.js';
import { pairBySimilarity } from './pair-by-similarity.js';
import { pairByText } from './pair-by-text.js';
import { pairInGaps, pairLoneGaps } from './pair-in-gaps.js';
import { markInOrder } from './pair-in-order.js';
import { pairMutualBest } from './pair-mutual-best.js';

/** A pair this alike is taken anywhere in the list before order is looked at. */
const UNMISTAKABLE = 0.75;

/**
 * The exact passes over one list (DESIGN.md, "Alignment is the heart"): shared authored ids,
 * then identical texts. They settle most provisions of most drafts, and what they leave is what
 * the similarity passes weigh their terms against.
 */
export function alignListExactly(list: ListState): void {
  if (pairUnchangedIds(list)) return;
  pairById(list);
  pairByText(list);
}

/**
 * The passes over what the exact ones left, in this order: pairs too alike to mistake, wherever
 * they are; lone pairs between two pairs in order (one free provision on each side); mutual
 * best matches anywhere, below the threshold but clear of their runners-up, then those of them
 * that are out of order and weak dropped again; the rest between the pairs in order, aligned in
 * order; pairs by similarity anywhere (moves); last, splits and merges. Order is settled again
 * after each step that may add pairs out of order.
 */
export function alignListBySimilarity(list: ListState): void {
  const { rewordThreshold, gapThreshold } = list.state.settings;
  if (list.free('before').length === 0 || list.free('after').length === 0) {
    markInOrder(list);
    return;
  }
  pairBySimilarity(list, Math.max(rewordThreshold, UNMISTAKABLE));
  markInOrder(list);
  pairLoneGaps(list);
  pairMutualBest(list, gapThreshold / 2);
  markInOrder(list);
  dropWeakMoves(list, gapThreshold);
  pairInGaps(list);
  pairBySimilarity(list, rewordThreshold);
  markInOrder(list);
  findSplitsAndMerges(list);
}
