import { int32At, numberAt, readAt } from '../internal/read-at.js';
import type { Group, ListState } from './list-state.js';

/** Where the splits and merges of a list sit, by position. */
interface GroupTables {
  /** By new position of a split's first part: the split. */
  splitAt: ReadonlyMap<number, Group>;
  splitPart: ReadonlySet<number>;
  /** By new position of a merge's whole: the old positions of its parts. */
  mergeOf: ReadonlyMap<number, number[]>;
  mergedPart: ReadonlySet<number>;
  splitWhole: ReadonlySet<number>;
}

const NO_GROUPS: GroupTables = {
  splitAt: new Map(),
  splitPart: new Set(),
  mergeOf: new Map(),
  mergedPart: new Set(),
  splitWhole: new Set(),
};

function groupTables(list: ListState): GroupTables {
  return {
    splitAt: new Map(list.splits.map((split) => [numberAt(split.parts, 0), split])),
    splitPart: new Set(list.splits.flatMap((split) => split.parts)),
    mergeOf: new Map(list.merges.map((merge) => [merge.whole, merge.parts])),
    mergedPart: new Set(list.merges.flatMap((merge) => merge.parts)),
    splitWhole: new Set(list.splits.map((split) => split.whole)),
  };
}

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
    const partner = int32At(list.afterOf, position);
    if (partner !== -1 && list.inOrder[position] === 1) next = Math.min(next, partner);
    anchorAfter[position] = next;
  }

  // Nearly every list has no split or merge: its tables are made only when it has one.
  const groups = list.splits.length > 0 || list.merges.length > 0 ? groupTables(list) : NO_GROUPS;
  const { splitAt, splitPart, mergeOf, mergedPart, splitWhole } = groups;

  // The entries at new positions, and those positions, in two arrays rather than an object
  // per entry to hold both: one allocation fewer per provision of the list.
  const kept: ListEntry[] = [];
  const keptAt: number[] = [];
  const keep = (entry: ListEntry, position: number) => {
    kept.push(entry);
    keptAt.push(position);
  };
  for (const [position, local] of list.beforeOf.entries()) {
    const node = list.node('after', position);
    const split = splitAt.get(position);
    if (split !== undefined) {
      keep(
        {
          kind: 'split',
          before: list.node('before', split.whole),
          after: split.parts.map((part) => list.node('after', part)),
        },
        position,
      );
    }
    if (local !== -1) {
      state.setMoved(node, list.inOrder[local] !== 1);
      keep({ kind: 'pair', before: list.node('before', local), after: node }, position);
      continue;
    }
    // Paired with a provision of another list, else a merge's whole, else new.
    const across = int32At(state.partnerOfAfter, node);
    const merged = mergeOf.get(position);
    if (across !== -1) {
      state.setMoved(node, true);
      keep({ kind: 'pair', before: across, after: node }, position);
    } else if (merged !== undefined) {
      keep(
        {
          kind: 'merged',
          before: merged.map((part) => list.node('before', part)),
          after: node,
        },
        position,
      );
    } else if (!splitPart.has(position)) {
      keep({ kind: 'added', after: node }, position);
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
    const at = int32At(anchorAfter, position);
    for (; cursor < kept.length && numberAt(keptAt, cursor) < at; cursor++) {
      entries.push(readAt(kept, cursor));
    }
    entries.push({ kind: 'removed', before: node });
  }
  for (; cursor < kept.length; cursor++) entries.push(readAt(kept, cursor));
  return entries;
}
