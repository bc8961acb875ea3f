import type { Provision } from '../model/provision.js';
import { alignListBySimilarity, alignListExactly } from './align-list.js';
import { AlignmentState, type AlignSettings } from './alignment-state.js';
import { type ListEntry, layOut } from './layout.js';
import { ListState } from './list-state.js';
import { pairAcrossLevels } from './pair-across-levels.js';
import { ProvisionTree } from './provision-tree.js';

/** The alignment of two drafts' provisions at every depth, as the diff walks it. */
export interface TreeAlignment {
  readonly state: AlignmentState;
  /** The entries of the top-level lists. */
  readonly top: readonly ListEntry[];
  /** The entries of the sub-point lists of a pair, by its new node; none when both have none. */
  itemsOf(afterNode: number): readonly ListEntry[] | undefined;
  /** Every split and merge at any depth, by the new node each starts at. */
  readonly groups: readonly (ListEntry & { kind: 'split' | 'merged' })[];
}

/**
 * Aligns two drafts' provisions at every depth. First the exact passes (ids, identical texts)
 * from the top level down through the pairs they make; then, with the term weights fixed from
 * what they left, the similarity passes over every list pair, top down, aligning the
 * sub-points of each pair as it forms; then the provisions still free at any depth are paired
 * across levels and parents (a point that became a sub-point, a sub-point that changed
 * parents, the sub-points of a point that has no counterpart), and the sub-points of those
 * pairs aligned in turn.
 */
export function alignTrees(
  before: readonly Provision[],
  after: readonly Provision[],
  settings: AlignSettings,
): TreeAlignment {
  const state = new AlignmentState(new ProvisionTree(before), new ProvisionTree(after), settings);
  const top = new ListState(state, -1, -1);
  const lists: ListState[] = [];
  const exact = (list: ListState) => {
    // Breadth first through the pairs the exact passes make (no recursion: depth is bounded,
    // but a queue costs nothing).
    const queue = [list];
    for (let index = 0; index < queue.length; index++) {
      const current = queue[index] as ListState;
      alignListExactly(current);
      lists.push(current);
      for (const position of current.pairedBefore()) {
        const child = childList(state, current, position);
        if (child !== undefined) queue.push(child);
      }
    }
  };
  exact(top);
  state.weighTerms();

  // By new node: 1 once the sub-points of its pair have a list (made once per pair).
  const listed = new Uint8Array(state.after.size);
  for (const list of lists) if (list.afterParent !== -1) listed[list.afterParent] = 1;
  const similar = (from: number) => {
    for (let index = from; index < lists.length; index++) {
      const list = lists[index] as ListState;
      alignListBySimilarity(list);
      for (const position of list.pairedBefore()) {
        const afterNode = list.node('after', list.afterOf[position] as number);
        if (listed[afterNode] === 1) continue;
        listed[afterNode] = 1;
        const child = childList(state, list, position);
        if (child === undefined) continue;
        alignListExactly(child);
        lists.push(child);
      }
    }
  };
  similar(0);
  // Pairs across levels open new sub-point lists, which may leave provisions free again.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const from = lists.length;
    const pairs = pairAcrossLevels(state);
    if (pairs.length === 0) break;
    for (const [beforeNode, afterNode] of pairs) {
      listed[afterNode] = 1;
      const child = listOfNodes(state, beforeNode, afterNode);
      if (child === undefined) continue;
      alignListExactly(child);
      lists.push(child);
    }
    similar(from);
  }

  const entriesByAfter = new Map<number, ListEntry[]>();
  let topEntries: ListEntry[] = [];
  const groups: (ListEntry & { kind: 'split' | 'merged' })[] = [];
  for (const list of lists) {
    const entries = layOut(list);
    if (list === top) topEntries = entries;
    else entriesByAfter.set(list.afterParent, entries);
    for (const entry of entries) {
      if (entry.kind === 'split' || entry.kind === 'merged') groups.push(entry);
    }
  }
  const firstAfter = (entry: ListEntry & { kind: 'split' | 'merged' }) =>
    entry.kind === 'split' ? (entry.after[0] as number) : entry.after;
  groups.sort((x, y) => firstAfter(x) - firstAfter(y));
  return {
    state,
    top: topEntries,
    itemsOf: (afterNode) => entriesByAfter.get(afterNode),
    groups,
  };
}

/** Rounds of pairing across levels; each needs pairs made by the one before. */
const MAX_ROUNDS = 4;

/** The list of sub-points of the pair at an old position of `list`, when either side has any. */
function childList(
  state: AlignmentState,
  list: ListState,
  position: number,
): ListState | undefined {
  const beforeNode = list.node('before', position);
  const afterNode = list.node('after', list.afterOf[position] as number);
  return listOfNodes(state, beforeNode, afterNode);
}

function listOfNodes(
  state: AlignmentState,
  beforeNode: number,
  afterNode: number,
): ListState | undefined {
  const hasItems = (tree: ProvisionTree, node: number) => (tree.end[node] as number) > node + 1;
  if (!hasItems(state.before, beforeNode) && !hasItems(state.after, afterNode)) return undefined;
  return new ListState(state, beforeNode, afterNode);
}
