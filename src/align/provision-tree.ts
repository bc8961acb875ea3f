import type { Provision } from '../model/provision.js';

/**
 * The provisions of one draft at every depth, numbered in document order (pre-order: a
 * provision, then its sub-points): the alignment refers to a provision by this number, its
 * node, and reads its parent, its place and its subtree from typed arrays. Built iteratively,
 * so a deep draft does not take the stack.
 */
export class ProvisionTree {
  /** The provisions by node. */
  readonly provisions: Provision[] = [];
  /** The parent of each node, -1 for a top-level provision. */
  readonly parent: Int32Array;
  /** One past the last node of each node's subtree: its descendants are `node + 1 .. end - 1`. */
  readonly end: Int32Array;
  /** The index of each node in its parent's `items` (or in `provisions`). */
  readonly indexInParent: Int32Array;
  /** The top-level nodes, in order. */
  readonly roots: number[] = [];
  private readonly pointers: (string | undefined)[];

  constructor(top: readonly Provision[]) {
    const size = countProvisions(top);
    this.parent = new Int32Array(size);
    this.end = new Int32Array(size);
    this.indexInParent = new Int32Array(size);
    this.pointers = new Array<string | undefined>(size);
    // Each frame is a list being walked: its parent node and the next index to visit.
    const stack: { parent: number; list: readonly Provision[]; next: number }[] = [
      { parent: -1, list: top, next: 0 },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as {
        parent: number;
        list: readonly Provision[];
        next: number;
      };
      if (frame.next === frame.list.length) {
        stack.pop();
        if (frame.parent !== -1) this.end[frame.parent] = this.provisions.length;
        continue;
      }
      const provision = frame.list[frame.next] as Provision;
      const node = this.provisions.length;
      this.provisions.push(provision);
      this.parent[node] = frame.parent;
      this.indexInParent[node] = frame.next;
      this.end[node] = node + 1;
      if (frame.parent === -1) this.roots.push(node);
      frame.next++;
      const items = provision.items;
      if (items !== undefined && items.length > 0)
        stack.push({ parent: node, list: items, next: 0 });
    }
  }

  /** How many provisions, at every depth. */
  get size(): number {
    return this.provisions.length;
  }

  /** The provision of a node. */
  provision(node: number): Provision {
    return this.provisions[node] as Provision;
  }

  /** The sub-points of a node, in order; the top-level provisions for -1. */
  children(node: number): number[] {
    if (node === -1) return this.roots;
    const children: number[] = [];
    const end = this.end[node] as number;
    for (let child = node + 1; child < end; child = this.end[child] as number) children.push(child);
    return children;
  }

  /** The JSON Pointer of a node in its draft: `/provisions/3/items/0`. */
  pointer(node: number): string {
    // Up to the nearest ancestor whose pointer is known, then down again (no recursion).
    const chain: number[] = [];
    let at = node;
    while (at !== -1 && this.pointers[at] === undefined) {
      chain.push(at);
      at = this.parent[at] as number;
    }
    let pointer = at === -1 ? '' : (this.pointers[at] as string);
    for (let index = chain.length - 1; index >= 0; index--) {
      const current = chain[index] as number;
      // Segments are `provisions`, `items` and indexes: none needs escaping (RFC 6901).
      const segment = pointer === '' ? '/provisions/' : '/items/';
      pointer = `${pointer}${segment}${this.indexInParent[current] as number}`;
      this.pointers[current] = pointer;
    }
    return pointer;
  }

  /** The JSON Pointer of a node's sub-point list: `/provisions/3/items`, or `/provisions`. */
  listPointer(node: number): string {
    return node === -1 ? '/provisions' : `${this.pointer(node)}/items`;
  }
}

function countProvisions(top: readonly Provision[]): number {
  let count = 0;
  const lists: (readonly Provision[])[] = [top];
  while (lists.length > 0) {
    const list = lists.pop() as readonly Provision[];
    count += list.length;
    for (const provision of list) {
      if (provision.items !== undefined && provision.items.length > 0) lists.push(provision.items);
    }
  }
  return count;
}
