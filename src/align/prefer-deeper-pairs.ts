import type { Side } from './alignment-state.js';
import type { ListState } from './list-state.js';

/**
 * Undoes a pair found by similarity between a provision with no sub-points and a parent whose
 * sub-point matches it better than the parent does: a summary's "Snapback clause" is the
 * guarantee's sub-point on sanctions, not the whole guarantee; a later version that put a level
 * in between moved a clause one level down. Left free, the two are paired across levels, where
 * they belong. Pairs by id or identical text are never undone.
 */
export function preferDeeperPairs(list: ListState): void {
  const { state } = list;
  for (const [position, partner] of list.afterOf.entries()) {
    if (partner === -1) continue;
    const beforeNode = list.node('before', position);
    const afterNode = list.node('after', partner);
    const basis = state.basisOf(afterNode);
    if (basis === 'id' || basis === 'text') continue;
    const score = state.similarityOf(afterNode);
    if (
      betterBelow(list, { node: beforeNode, side: 'before' }, { parent: afterNode, score }) ||
      betterBelow(list, { node: afterNode, side: 'after' }, { parent: beforeNode, score })
    ) {
      list.unpair(position);
    }
  }
}

/** Whether `leaf` has no sub-points and a free sub-point of its partner matches it better. */
function betterBelow(
  list: ListState,
  leaf: { node: number; side: Side },
  { parent, score }: { parent: number; score: number },
): boolean {
  const { state } = list;
  const parentSide: Side = leaf.side === 'before' ? 'after' : 'before';
  if (state.tree(leaf.side).children(leaf.node).length > 0) return false;
  for (const child of state.tree(parentSide).children(parent)) {
    if (state.isTaken(parentSide, child)) continue;
    const childScore =
      leaf.side === 'before' ? state.score(leaf.node, child) : state.score(child, leaf.node);
    if (childScore > score) return true;
  }
  return false;
}
