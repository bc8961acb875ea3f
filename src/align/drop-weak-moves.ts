import type { ListState } from './list-state.js';

/**
 * Undoes the pairs found by similarity that are out of order and weaker than `floor`: a match
 * that few words support is believable where order supports it too, not across the document
 * (the gap passes may then find the clause's true counterpart in place).
 */
export function dropWeakMoves(list: ListState, floor: number): void {
  const { state } = list;
  for (const [position, partner] of list.afterOf.entries()) {
    if (partner === -1 || list.inOrder[position] === 1) continue;
    const afterNode = list.node('after', partner);
    if (state.basisOf(afterNode) === 'similarity' && state.similarityOf(afterNode) < floor) {
      list.unpair(position);
    }
  }
}
