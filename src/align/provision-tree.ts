import { keepShape } from '../internal/keep-shape.js';
import { int32At, numberAt, readAt } from '../internal/read-at.js';
import { countProvisions, type Provision } from '../model/provision.js';

/**
 * The provisions of one draft at every depth, numbered in document order (pre-order: a
 * provision, then its sub-points): the alignment refers to a provision by this number, its
 * node, and reads its parent, its place and its subtree from typed arrays. Built iteratively,
 * so a deep draft does not take the stack.
 */
export class ProvisionTree {
  /** The provisions by node. */
  readonly provisions: Provision[];
  /** The parent of each node, -1 for a top-level provision. */
  readonly parent: Int32Array;
  /** One past the last node of each node's subtree: its descendants are `node + 1 .. end - 1`. */
  readonly end: Int32Array;
  /** The index of each node in its parent's `items` (or in `provisions`). */
  readonly indexInParent: Int32Array;
  /** The top-level nodes, in order. */
  readonly roots: number[] = [];
  /** The JSON Pointer of each node, built when first asked for. */
  private pointers: (string | undefined)[] | undefined;
  /** The nodes between a node and its nearest ancestor with a known pointer. */
  private readonly chain: number[] = [];

  constructor(top: readonly Provision[]) {
    const size = countProvisions(top);
    this.provisions = new Array<Provision>(size);
    this.parent = new Int32Array(size);
    this.end = new Int32Array(size);
    this.indexInParent = new Int32Array(size);
    // The lists being walked, one per depth: each list, its parent node and the next index
    // (parallel arrays rather than a frame object per list: no garbage per provision with
    // sub-points).
    const lists: (readonly Provision[])[] = [top];
    const parents: number[] = [-1];
    const nexts: number[] = [0];
    let count = 0;
    while (lists.length > 0) {
      const depth = lists.length - 1;
      const list = readAt(lists, depth);
      const next = numberAt(nexts, depth);
      const parent = numberAt(parents, depth);
      if (next === list.length) {
        lists.pop();
        parents.pop();
        nexts.pop();
        if (parent !== -1) this.end[parent] = count;
        continue;
      }
      const provision = readAt(list, next);
      const node = count++;
      this.provisions[node] = provision;
      this.parent[node] = parent;
      this.indexInParent[node] = next;
      this.end[node] = node + 1;
      if (parent === -1) this.roots.push(node);
      nexts[depth] = next + 1;
      const items = provision.items;
      if (items !== undefined && items.length > 0) {
        lists.push(items);
        parents.push(node);
        nexts.push(0);
      }
    }
  }

  /** How many provisions, at every depth. */
  get size(): number {
    return this.provisions.length;
  }

  /** The provision of a node. */
  provision(node: number): Provision {
    return readAt(this.provisions, node);
  }

  /** The first sub-point of a node (the first top-level provision for -1), or -1. */
  firstChild(parent: number): number {
    if (parent === -1) return this.provisions.length > 0 ? 0 : -1;
    return int32At(this.end, parent) > parent + 1 ? parent + 1 : -1;
  }

  /** The sub-point of `parent` (-1: the top level) after `child`, or -1. */
  nextSibling(parent: number, child: number): number {
    const next = int32At(this.end, child);
    const limit = parent === -1 ? this.provisions.length : int32At(this.end, parent);
    return next < limit ? next : -1;
  }

  /** The sub-points of a node, in order; the top-level provisions for -1. */
  children(node: number): number[] {
    if (node === -1) return this.roots;
    const children: number[] = [];
    const end = int32At(this.end, node);
    for (let child = node + 1; child < end; child = int32At(this.end, child)) children.push(child);
    return children;
  }

  /** The JSON Pointer of a node in its draft: `/provisions/3/items/0`. */
  pointer(node: number): string {
    // Sized up front: an empty array filled out of order turns into a dictionary, which takes
    // more memory than the pointers it holds.
    this.pointers ??= new Array<string | undefined>(this.provisions.length);
    const pointers = this.pointers;
    // Up from the node to the nearest one (itself included) whose pointer is known, then down
    // again (no recursion; the path is kept in one array for every call, not one array per
    // call). (Not emptied by `length = 0`, which would give back its storage every call.)
    const chain = this.chain;
    let count = 0;
    let pointer = '';
    for (let at = node; at !== -1; at = int32At(this.parent, at)) {
      const known = pointers[at];
      if (known !== undefined) {
        pointer = known;
        break;
      }
      chain[count++] = at;
    }
    for (let index = count - 1; index >= 0; index--) {
      const current = numberAt(chain, index);
      // Segments are `provisions`, `items` and indexes: none needs escaping (RFC 6901).
      pointer =
        (pointer === '' ? '/provisions/' : `${pointer}/items/`) +
        String(this.indexInParent[current]);
      pointers[current] = pointer;
    }
    return pointer;
  }

  /** The JSON Pointer of a node's sub-point list: `/provisions/3/items`, or `/provisions`. */
  listPointer(node: number): string {
    return node === -1 ? '/provisions' : `${this.pointer(node)}/items`;
  }
}

keepShape(new ProvisionTree([]));
