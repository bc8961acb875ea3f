import { StringIndex } from '../internal/string-index.js';
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
    if (match !== -1 && list.isFree('after', match)) list.pair(position, match, 'id', 1);
  });
}

/**
 * Settles two lists with the same authored ids in the same order (most sub-point lists) in
 * one loop: every pair by id, in order. It is what the passes would give, without their
 * tables: a diff aligns every pair's sub-points, and setting those up for two or three items
 * cost more than the items' own diff. Returns false, pairing nothing, for any other lists.
 */
export function pairUnchangedIds(list: ListState): boolean {
  const { state } = list;
  if (list.before.length !== list.after.length) return false;
  for (let position = 0; position < list.before.length; position++) {
    const old = state.before.provision(list.before[position] as number);
    const next = state.after.provision(list.after[position] as number);
    if (old.id !== next.id || old.positional === true || next.positional === true) return false;
    if (!list.isFree('before', position) || !list.isFree('after', position)) return false;
  }
  for (let position = 0; position < list.before.length; position++) {
    list.pair(position, position, 'id', 1);
    list.inOrder[position] = 1;
  }
  list.orderedAt = list.changes;
  return true;
}
