/**
 * Myers' O(ND) difference algorithm over token arrays, written to give exactly the edit script
 * that jsdiff 9's `diffArrays` gives (same path choices, same runs, same `maxEditLength`
 * cut-off), at a fraction of its cost: jsdiff allocates two objects per diagonal per edit and
 * calls a comparator per token through its options, which was half of the time of a redline
 * (BENCHMARKS.md). Here the frontier lives in typed arrays and tokens compare with `===`.
 * `test/internal/myers.test.ts` checks the equivalence against jsdiff on random inputs.
 *
 * The search follows jsdiff's `Diff.diffWithOptionsObj`: the D = 0 snake first, then for
 * each edit length the diagonals from -D to D (narrowed once a path touches the right or
 * bottom edge of the edit graph, jsdiff's deviation from the paper), each extended from the
 * neighbour that reaches furthest into the old sequence (an insertion on a tie), then along its
 * snake. Entries are cleared and pruned exactly when jsdiff clears and prunes them, so even the
 * stale entries that jsdiff reads beyond a narrowed range are the same here.
 */

/** One run of an edit script: tokens kept, inserted or deleted, as index ranges. */
export interface EditRun {
  op: 'equal' | 'insert' | 'delete';
  /** Where the run starts in the old tokens (for `insert`, where it is inserted). */
  beforeStart: number;
  /** Where the run starts in the new tokens (for `delete`, where it was deleted). */
  afterStart: number;
  /** How many tokens the run spans. */
  count: number;
}

const UNSET = -2;
const ROOT = 0;
const INSERT = 1;
const DELETE = 2;

/**
 * The shortest edit script from `before` to `after` as jsdiff would find it, or `undefined`
 * when it needs more than `maxEditLength` edits or more than `maxWork` steps of search (a
 * step: a diagonal visited or a token matched along a snake; jsdiff has no such bound, and
 * with the default of `Infinity` the answer is exactly jsdiff's). Both bounds count steps,
 * never time, so the same input always gives the same answer.
 */
export function diffSequences(
  before: ArrayLike<unknown>,
  after: ArrayLike<unknown>,
  maxEditLength: number,
  maxWork = Number.POSITIVE_INFINITY,
): EditRun[] | undefined {
  const oldLength = before.length;
  const newLength = after.length;
  // jsdiff: maxEditLength = min(newLen + oldLen, options.maxEditLength).
  const limit = Math.min(oldLength + newLength, maxEditLength);

  // The path tree: each node is one edit (or the root) followed by a snake of equal tokens.
  // The arrays are the module's, reused from call to call: a redline is small, and allocating
  // five typed arrays per clause cost more than the search itself.
  let nodes = 0;
  const addNode = (parent: number, kind: number): number => {
    if (nodes === scratch.parents.length) growNodes(nodes * 2);
    scratch.parents[nodes] = parent;
    scratch.kinds[nodes] = kind;
    return nodes++;
  };

  let oldPosition = -1;
  let newPosition = -1;
  while (
    newPosition + 1 < newLength &&
    oldPosition + 1 < oldLength &&
    before[oldPosition + 1] === after[newPosition + 1]
  ) {
    oldPosition++;
    newPosition++;
  }
  const root = addNode(-1, ROOT);
  scratch.snakes[root] = oldPosition + 1;
  if (oldPosition + 1 >= oldLength && newPosition + 1 >= newLength) {
    return buildRuns(root);
  }
  if (!(limit >= 1)) return undefined;

  // Frontier by diagonal (old position minus new position), offset to be non-negative: the
  // furthest old position reached, or UNSET, and the path node that reached it. Only the
  // diagonals a round can read are initialised, two more per round.
  const span = Math.floor(limit);
  const offset = span + 1;
  if (scratch.reach.length < 2 * span + 3) growFrontier(2 * span + 3);
  const reach = scratch.reach;
  const reachNode = scratch.reachNode;
  reach[offset] = oldPosition;
  reachNode[offset] = root;
  reach[offset - 1] = UNSET;
  reach[offset + 1] = UNSET;

  let minDiagonal = Number.NEGATIVE_INFINITY;
  let maxDiagonal = Number.POSITIVE_INFINITY;
  let work = 0;
  for (let editLength = 1; editLength <= limit; editLength++) {
    // A round reads one diagonal beyond its own range on each side, which no earlier round
    // wrote (a diagonal is first written in the round of its own number). `editLength` never
    // exceeds `span`, so both stay inside the array.
    reach[offset + editLength + 1] = UNSET;
    reach[offset - editLength - 1] = UNSET;
    const last = Math.min(maxDiagonal, editLength);
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= last; diagonal += 2) {
      const at = offset + diagonal;
      const removeReach = reach[at - 1] as number;
      const addReach = reach[at + 1] as number;
      // jsdiff clears the entry it extends by a deletion: nobody reads it again this round.
      if (removeReach !== UNSET) reach[at - 1] = UNSET;
      let canAdd = false;
      if (addReach !== UNSET) {
        const addNewPosition = addReach - diagonal;
        canAdd = addNewPosition >= 0 && addNewPosition < newLength;
      }
      const canRemove = removeReach !== UNSET && removeReach + 1 < oldLength;
      if (!canAdd && !canRemove) {
        reach[at] = UNSET;
        continue;
      }
      let node: number;
      let position: number;
      if (!canRemove || (canAdd && removeReach < addReach)) {
        node = addNode(reachNode[at + 1] as number, INSERT);
        position = addReach;
      } else {
        node = addNode(reachNode[at - 1] as number, DELETE);
        position = removeReach + 1;
      }
      let newAt = position - diagonal;
      const snakeStart = position;
      while (
        newAt + 1 < newLength &&
        position + 1 < oldLength &&
        before[position + 1] === after[newAt + 1]
      ) {
        position++;
        newAt++;
      }
      scratch.snakes[node] = position - snakeStart;
      if (position + 1 >= oldLength && newAt + 1 >= newLength) {
        return buildRuns(node);
      }
      work += 1 + position - snakeStart;
      if (work > maxWork) return undefined;
      reach[at] = position;
      reachNode[at] = node;
      if (position + 1 >= oldLength) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newAt + 1 >= newLength) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}

/** Buffers shared by every call (the search is synchronous and never re-entered). */
const scratch = {
  parents: new Int32Array(1024),
  kinds: new Uint8Array(1024),
  snakes: new Int32Array(1024),
  reach: new Int32Array(1024),
  reachNode: new Int32Array(1024),
};

function growNodes(capacity: number): void {
  scratch.parents = grow(scratch.parents, capacity);
  scratch.kinds = grow(scratch.kinds, capacity);
  scratch.snakes = grow(scratch.snakes, capacity);
}

function growFrontier(capacity: number): void {
  scratch.reach = new Int32Array(capacity);
  scratch.reachNode = new Int32Array(capacity);
}

function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

/**
 * Turns the path ending at `end` into runs the way jsdiff builds its components: consecutive
 * edits of one kind with no equal tokens between them form one run; an insertion right after
 * a deletion (or the reverse) starts a new one; every snake is an equal run.
 */
function buildRuns(end: number): EditRun[] {
  const { parents, kinds, snakes } = scratch;
  const path: number[] = [];
  for (let node = end; node !== -1; node = parents[node] as number) path.push(node);
  const runs: EditRun[] = [];
  let beforeAt = 0;
  let afterAt = 0;
  let previous: EditRun | undefined;
  for (let index = path.length - 1; index >= 0; index--) {
    const node = path[index] as number;
    const kind = kinds[node] as number;
    if (kind !== ROOT) {
      const op = kind === INSERT ? 'insert' : 'delete';
      if (previous !== undefined && previous.op === op) {
        previous.count++;
      } else {
        previous = { op, beforeStart: beforeAt, afterStart: afterAt, count: 1 };
        runs.push(previous);
      }
      if (kind === INSERT) afterAt++;
      else beforeAt++;
    }
    const snake = snakes[node] as number;
    if (snake > 0) {
      previous = { op: 'equal', beforeStart: beforeAt, afterStart: afterAt, count: snake };
      runs.push(previous);
      beforeAt += snake;
      afterAt += snake;
    }
  }
  return runs;
}
