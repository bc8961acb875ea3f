import { findSplitsAndMerges } from './find-splits.js';
import type { ListState } from './list-state.js';
import { pairById, pairUnchangedIds } from './pair-by-id.js';
import { pairBySimilarity, pairMutualBest } from './pair-by-similarity.js';
import { pairByText } from './pair-by-text.js';
import { pairInGaps, pairLoneGaps } from './pair-in-gaps.js';
import { dropWeakMoves, markInOrder } from './pair-in-order.js';
import { preferDeeperPairs } from './prefer-deeper-pairs.js';

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
 * The passes over what the exact ones left: pairs too alike to mistake, wherever they are;
 * then, between the pairs that kept their order, the rest aligned in order; then pairs by
 * similarity anywhere (moves); then mutual best matches below the threshold; last, splits and
 * merges. Order is settled after each step that adds pairs out of order.
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
  preferDeeperPairs(list);
  markInOrder(list);
  findSplitsAndMerges(list);
}
