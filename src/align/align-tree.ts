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
  const lists = new SubPointLists(state);
  const top = new ListState(state, -1, -1);
  alignListExactly(top);
  lists.add(top);
  // Breadth first through the pairs the exact passes make (no recursion: depth is bounded,
  // but a queue costs nothing).
  for (let index = 0; index < lists.lists.length; index++) {
    lists.openAll(lists.lists[index] as ListState);
    lists.settlePending();
  }
  state.weighTerms();

  const similar = (from: number) => {
    for (let index = from; index < lists.lists.length; index++) {
      const list = lists.lists[index] as ListState;
      alignListBySimilarity(list);
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
    entry.kind === 'split' ? (entry.after[0] as number) : entry.after;
  groups.sort((x, y) => firstAfter(x) - firstAfter(y));
  return {
    state,
    top: topEntries,
    itemsOf: (afterNode) => lists.entries.get(afterNode),
    groups,
  };
}

/**
 * The sub-point lists of the pairs, each opened once. Two lists with the same authored ids in
 * the same order (most sub-point lists of a draft with ids) are settled where they are found,
 * every pair by id and in order, as the passes would: a `ListState` and its layout for two or
 * three items cost more than the items' own diff. Other lists are aligned by the passes.
 */
class SubPointLists {
  /** The lists the passes align, in the order they were opened. */
  readonly lists: ListState[] = [];
  /** The entries of every list laid out so far, by the new parent. */
  readonly entries = new Map<number, ListEntry[]>();
  /** By new node: 1 once the sub-points of its pair were opened. */
  private readonly opened: Uint8Array;
  /** Pairs made by settling, whose own sub-points wait to be opened: old and new node in turn. */
  private readonly pending: number[] = [];

  constructor(private readonly state: AlignmentState) {
    this.opened = new Uint8Array(state.after.size);
  }

  add(list: ListState): void {
    this.lists.push(list);
    if (list.afterParent !== -1) this.opened[list.afterParent] = 1;
  }

  /** Opens the sub-point lists of every pair of `list` not opened yet. */
  openAll(list: ListState): void {
    for (const position of list.pairedBefore()) {
      this.open(
        list.node('before', position),
        list.node('after', list.afterOf[position] as number),
      );
    }
  }

  /** Opens the sub-point lists of a pair: settled at once, or a `ListState` for the passes. */
  open(beforeNode: number, afterNode: number): void {
    if (this.opened[afterNode] === 1) return;
    this.opened[afterNode] = 1;
    const { state } = this;
    const beforeEnd = state.before.end[beforeNode] as number;
    const afterEnd = state.after.end[afterNode] as number;
    if (beforeEnd === beforeNode + 1 && afterEnd === afterNode + 1) return;
    if (this.settle(beforeNode, afterNode)) return;
    const list = new ListState(state, beforeNode, afterNode);
    alignListExactly(list);
    this.add(list);
  }

  /** Opens the sub-points of the pairs that settling made, and of theirs, to the bottom. */
  settlePending(): void {
    while (this.pending.length > 0) {
      const afterNode = this.pending.pop() as number;
      const beforeNode = this.pending.pop() as number;
      this.open(beforeNode, afterNode);
    }
  }

  /** Pairs the sub-points of two nodes when they have the same authored ids in the same order. */
  private settle(beforeNode: number, afterNode: number): boolean {
    const { state } = this;
    const { before, after } = state;
    const beforeEnd = before.end[beforeNode] as number;
    const afterEnd = after.end[afterNode] as number;
    let old = beforeNode + 1;
    let next = afterNode + 1;
    while (old < beforeEnd && next < afterEnd) {
      const one = before.provision(old);
      const other = after.provision(next);
      if (one.id !== other.id || one.positional === true || other.positional === true) return false;
      if (state.isTaken('before', old) || state.isTaken('after', next)) return false;
      old = before.end[old] as number;
      next = after.end[next] as number;
    }
    if (old !== beforeEnd || next !== afterEnd) return false;
    const entries: ListEntry[] = [];
    for (old = beforeNode + 1, next = afterNode + 1; old < beforeEnd; ) {
      state.pair(old, next, 'id', 1);
      entries.push({ kind: 'pair', before: old, after: next });
      this.pending.push(old, next);
      old = before.end[old] as number;
      next = after.end[next] as number;
    }
    this.entries.set(afterNode, entries);
    return true;
  }
}

/** Rounds of pairing across levels; each needs pairs made by the one before. */
const MAX_ROUNDS = 4;
