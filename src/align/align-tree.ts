import { keepShape } from '../internal/keep-shape.js';
import { numberAt, readAt } from '../internal/read-at.js';
import type { Provision } from '../model/provision.js';
import { alignListBySimilarity, alignListExactly } from './align-list.js';
import { settingsOf } from './align-options.js';
import { AlignmentState, type AlignSettings } from './alignment-state.js';
import { type ListEntry, layOut } from './layout.js';
import { ListState } from './list-state.js';
import { pairAcrossLevels } from './pair-across-levels.js';
import { preferDeeperPairs } from './prefer-deeper-pairs.js';
import { ProvisionTree } from './provision-tree.js';
import { SubPointLists } from './sub-point-lists.js';

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
  const lists = new SubPointLists(state);
  const top = new ListState(state, -1, -1);
  alignListExactly(top);
  lists.add(top);
  // Breadth first through the pairs the exact passes make (no recursion: depth is bounded,
  // but a queue costs nothing).
  for (let index = 0; index < lists.lists.length; index++) {
    lists.openAll(readAt(lists.lists, index));
    lists.settlePending();
  }
  state.weighTerms();

  const similar = (from: number) => {
    for (let index = from; index < lists.lists.length; index++) {
      const list = readAt(lists.lists, index);
      alignListBySimilarity(list);
      // Across levels, below: a leaf paired with a parent whose sub-point fits it better is
      // left for that sub-point.
      preferDeeperPairs(list);
      lists.openAll(list);
      lists.settlePending();
    }
  };
  similar(0);
  // Pairs across levels open new sub-point lists, which may leave provisions free again.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const from = lists.lists.length;
    const pairs = pairAcrossLevels(state);
    if (pairs.length === 0) break;
    for (const [beforeNode, afterNode] of pairs) lists.open(beforeNode, afterNode);
    lists.settlePending();
    similar(from);
  }

  const groups: (ListEntry & { kind: 'split' | 'merged' })[] = [];
  let topEntries: ListEntry[] = [];
  for (const list of lists.lists) {
    const entries = layOut(list);
    if (list === top) topEntries = entries;
    else lists.entries.set(list.afterParent, entries);
    for (const entry of entries) {
      if (entry.kind === 'split' || entry.kind === 'merged') groups.push(entry);
    }
  }
  const firstAfter = (entry: ListEntry & { kind: 'split' | 'merged' }) =>
    entry.kind === 'split' ? numberAt(entry.after, 0) : entry.after;
  groups.sort((x, y) => firstAfter(x) - firstAfter(y));
  return {
    state,
    top: topEntries,
    itemsOf: (afterNode) => lists.entries.get(afterNode),
    groups,
  };
}

/** Rounds of pairing across levels; each needs pairs made by the one before. */
const MAX_ROUNDS = 4;

const EMPTY = keepShape(
  new AlignmentState(new ProvisionTree([]), new ProvisionTree([]), settingsOf({})),
);
keepShape(new SubPointLists(EMPTY));
keepShape(new ListState(EMPTY, -1, -1));
