import { StringIndex } from '../internal/string-index.js';
import type { AlignmentState } from './alignment-state.js';
import type { ListState } from './list-state.js';

/**
 * Pairs provisions that share an authored id (DESIGN.md: ids first, where they are stable).
 * Ids marked `positional`, as text import makes them, say nothing and never pair. Ids are
 * unique in a draft; a list given to `alignProvisions` directly may repeat one, and then the
 * last of its kind pairs, as a `Map` would have it.
 */
export function pairById(list: ListState): void {
  const { state } = list;
  const afterById = new StringIndex(list.after.length);
  list.after.forEach((node, position) => {
    const provision = state.after.provision(node);
    if (provision.positional !== true) afterById.set(provision.id, position);
  });
  list.before.forEach((node, position) => {
    const provision = state.before.provision(node);
    if (provision.positional === true) return;
    const match = afterById.get(provision.id);
    if (match === -1 || !list.isFree('before', position) || !list.isFree('after', match)) return;
    list.pair(position, match, 'id', 1);
  });
}

/**
 * Whether the sub-points of two nodes (-1: the top level of each draft) have the same authored
 * ids in the same order, none of them taken: then every pair is by id and in order, which is
 * what the passes would find, so such lists are settled in one loop (`pairUnchangedIds`, and
 * the sub-point lists of `alignTrees`) without the tables of the passes.
 */
export function haveUnchangedIds(
  state: AlignmentState,
  beforeParent: number,
  afterParent: number,
): boolean {
  const { before, after } = state;
  let beforeNode = before.firstChild(beforeParent);
  let afterNode = after.firstChild(afterParent);
  while (beforeNode !== -1 && afterNode !== -1) {
    const beforeProvision = before.provision(beforeNode);
    const afterProvision = after.provision(afterNode);
    if (
      beforeProvision.id !== afterProvision.id ||
      beforeProvision.positional === true ||
      afterProvision.positional === true ||
      state.isTaken('before', beforeNode) ||
      state.isTaken('after', afterNode)
    ) {
      return false;
    }
    beforeNode = before.nextSibling(beforeParent, beforeNode);
    afterNode = after.nextSibling(afterParent, afterNode);
  }
  return beforeNode === -1 && afterNode === -1;
}

/**
 * Settles a list whose ids are unchanged (see `haveUnchangedIds`) in one loop: every pair by
 * id, in order. Returns false, pairing nothing, for any other list.
 */
export function pairUnchangedIds(list: ListState): boolean {
  if (!haveUnchangedIds(list.state, list.beforeParent, list.afterParent)) return false;
  for (let position = 0; position < list.before.length; position++) {
    list.pair(position, position, 'id', 1);
    list.inOrder[position] = 1;
  }
  list.orderedAt = list.changes;
  return true;
}
