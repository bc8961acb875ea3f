import { int32At } from '../internal/read-at.js';
import { alignListExactly } from './align-list.js';
import type { AlignmentState } from './alignment-state.js';
import type { ListEntry } from './layout.js';
import { ListState } from './list-state.js';
import { haveUnchangedIds } from './pair-by-id.js';

/**
 * The sub-point lists of the pairs, each opened once. Two lists with the same authored ids in
 * the same order (most sub-point lists of a draft with ids) are settled where they are found,
 * every pair by id and in order, as the passes would: a `ListState` and its layout for two or
 * three items would cost more than aligning the items. Other lists are aligned by the passes.
 */
export class SubPointLists {
  /** The lists the passes align, in the order they were opened. */
  readonly lists: ListState[] = [];
  /** The entries of every list laid out so far, by the new parent. */
  readonly entries = new Map<number, ListEntry[]>();
  /** By new node: 1 once the sub-points of its pair were opened. */
  private readonly opened: Uint8Array;
  /** Pairs made by settling, whose own sub-points wait to be opened: their old and new nodes. */
  private readonly pendingBefore: number[] = [];
  private readonly pendingAfter: number[] = [];

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
      this.open(list.node('before', position), list.node('after', int32At(list.afterOf, position)));
    }
  }

  /** Opens the sub-point lists of a pair: settled at once, or a `ListState` for the passes. */
  open(beforeNode: number, afterNode: number): void {
    if (this.opened[afterNode] === 1) return;
    this.opened[afterNode] = 1;
    const { state } = this;
    const beforeEnd = int32At(state.before.end, beforeNode);
    const afterEnd = int32At(state.after.end, afterNode);
    if (beforeEnd === beforeNode + 1 && afterEnd === afterNode + 1) return;
    if (this.settle(beforeNode, afterNode)) return;
    const list = new ListState(state, beforeNode, afterNode);
    alignListExactly(list);
    this.add(list);
  }

  /** Opens the sub-points of the pairs that settling made, and of theirs, to the bottom. */
  settlePending(): void {
    const { pendingBefore, pendingAfter } = this;
    for (;;) {
      const beforeNode = pendingBefore.pop();
      const afterNode = pendingAfter.pop();
      if (beforeNode === undefined || afterNode === undefined) return;
      this.open(beforeNode, afterNode);
    }
  }

  /** Pairs the sub-points of two nodes when their ids are unchanged (`haveUnchangedIds`). */
  private settle(beforeNode: number, afterNode: number): boolean {
    const { state } = this;
    if (!haveUnchangedIds(state, beforeNode, afterNode)) return false;
    const entries: ListEntry[] = [];
    let before = state.before.firstChild(beforeNode);
    let after = state.after.firstChild(afterNode);
    while (before !== -1 && after !== -1) {
      state.pair(before, after, 'id', 1);
      entries.push({ kind: 'pair', before, after });
      this.pendingBefore.push(before);
      this.pendingAfter.push(after);
      before = state.before.nextSibling(beforeNode, before);
      after = state.after.nextSibling(afterNode, after);
    }
    this.entries.set(afterNode, entries);
    return true;
  }
}
