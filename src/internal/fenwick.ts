import { int32At } from './read-at.js';

/**
 * Fenwick (binary indexed) trees over slots `0..size-1`, stored 1-based: node `n` covers the
 * `n & -n` slots that end at slot `n - 1`. Updates walk up (`n += n & -n`), queries of a
 * prefix walk down (`n -= n & -n`): O(log n) each.
 */

/** Counts per slot, and how many lie before a slot. */
export class PrefixCounts {
  private readonly tree: Int32Array;

  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }

  /** Adds `delta` to the count of `slot`. */
  add(slot: number, delta: number): void {
    const tree = this.tree;
    for (let node = slot + 1; node < tree.length; node += node & -node) {
      tree[node] = int32At(tree, node) + delta;
    }
  }

  /** The sum of the counts of the slots before `slot`. */
  countBefore(slot: number): number {
    let total = 0;
    for (let node = slot; node > 0; node -= node & -node) total += int32At(this.tree, node);
    return total;
  }
}

/**
 * The best of the entries placed in the slots before a slot, by `better` (a strict order on
 * entry numbers; of entries that neither beats, the one met first is kept).
 */
export class PrefixBest {
  /** By node: the best entry placed in the slots it covers, or -1. */
  private readonly tree: Int32Array;

  constructor(
    size: number,
    private readonly better: (entry: number, other: number) => boolean,
  ) {
    this.tree = new Int32Array(size + 1).fill(-1);
  }

  /** Places `entry` in `slot`. */
  place(slot: number, entry: number): void {
    const tree = this.tree;
    for (let node = slot + 1; node < tree.length; node += node & -node) {
      const held = int32At(tree, node);
      if (held === -1 || this.better(entry, held)) tree[node] = entry;
    }
  }

  /** The best entry placed in a slot before `slot`, or -1 when there is none. */
  bestBefore(slot: number): number {
    let best = -1;
    for (let node = slot; node > 0; node -= node & -node) {
      const held = int32At(this.tree, node);
      if (held !== -1 && (best === -1 || this.better(held, best))) best = held;
    }
    return best;
  }
}
