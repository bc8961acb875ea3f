import type { ListState } from './list-state.js';

/** One step of a list's alignment, in document order; numbers are nodes of the two trees. */
export type ListEntry =
  | { kind: 'pair'; before: number; after: number }
  | { kind: 'removed'; before: number }
  | { kind: 'added'; after: number }
  | { kind: 'split'; before: number; after: number[] }
  | { kind: 'merged'; before: number[]; after: number };

/**
 * Lays a list's alignment out in document order and settles which pairs moved: by position in
 * the new list, each old-only entry placed just before the new position of the next in-order
 * pair that follows it in the old list, so a removed point appears where it used to be. A
 * split sits at its first part. A new provision paired with an old one from another list (a
 * point that became a sub-point, a sub-point that changed parents) is a pair here, moved; the
 * old one has no entry in its own list.
 */
export function layOut(list: ListState): ListEntry[] {
  const { state } = list;
  // For each old position, the new position of the next in-order pair at or after it.
  const anchorAfter = new Int32Array(list.before.length + 1).fill(list.after.length);
  let next = list.after.length;
  for (let position = list.before.length - 1; position >= 0; position--) {
    const partner = list.afterOf[position] as number;
    if (partner !== -1 && list.inOrder[position] === 1) next = Math.min(next, partner);
    anchorAfter[position] = next;
  }

  const splitAt = new Map<number, number>();
  for (const split of list.splits) splitAt.set(split.parts[0] as number, split.whole);
  const splitPart = new Set(list.splits.flatMap((split) => split.parts));
  const mergeOf = new Map(list.merges.map((merge) => [merge.whole, merge.parts]));
  const mergedPart = new Set(list.merges.flatMap((merge) => merge.parts));
  const splitWhole = new Map(list.splits.map((split) => [split.whole, split.parts]));

  const kept: { entry: ListEntry; position: number }[] = [];
  for (let position = 0; position < list.after.length; position++) {
    const node = list.node('after', position);
    const local = list.beforeOf[position] as number;
    const whole = splitAt.get(position);
    if (whole !== undefined) {
      const parts = splitWhole.get(whole) as number[];
      kept.push({
        entry: {
          kind: 'split',
          before: list.node('before', whole),
          after: parts.map((part) => list.node('after', part)),
        },
        position,
      });
    }
    if (local !== -1) {
      state.setMoved(node, list.inOrder[local] !== 1);
      kept.push({
        entry: { kind: 'pair', before: list.node('before', local), after: node },
        position,
      });
    } else if (state.partnerOfAfter[node] !== -1) {
      state.setMoved(node, true);
      kept.push({
        entry: { kind: 'pair', before: state.partnerOfAfter[node] as number, after: node },
        position,
      });
    } else if (mergeOf.has(position)) {
      const parts = mergeOf.get(position) as number[];
      kept.push({
        entry: {
          kind: 'merged',
          before: parts.map((part) => list.node('before', part)),
          after: node,
        },
        position,
      });
    } else if (!splitPart.has(position)) {
      kept.push({ entry: { kind: 'added', after: node }, position });
    }
  }

  const entries: ListEntry[] = [];
  let cursor = 0;
  for (let position = 0; position < list.before.length; position++) {
    const node = list.node('before', position);
    const removed =
      list.afterOf[position] === -1 &&
      state.partnerOfBefore[node] === -1 &&
      !splitWhole.has(position) &&
      !mergedPart.has(position);
    if (!removed) continue;
    // Removals go first among entries at the same position.
    const at = anchorAfter[position] as number;
    while (cursor < kept.length && (kept[cursor] as { position: number }).position < at) {
      entries.push((kept[cursor++] as { entry: ListEntry }).entry);
    }
    entries.push({ kind: 'removed', before: node });
  }
  while (cursor < kept.length) entries.push((kept[cursor++] as { entry: ListEntry }).entry);
  return entries;
}
