/**
 * Shortest edit script between two sequences of interned tokens (Myers 1986, "An O(ND)
 * Difference Algorithm and Its Variations", section 2, with the trace kept for the path).
 * Bounded: it gives up, returning `undefined`, once the script would be longer than
 * `maxEditLength` or the search has taken `maxWork` steps. Both bounds count steps, never
 * time, so the same input always gives the same answer.
 */

/** A run of the edit script: `count` tokens kept, deleted from the first or inserted from the second. */
export interface EditRun {
  /** `equal`: in both; `delete`: only in the first sequence; `insert`: only in the second. */
  kind: 'equal' | 'delete' | 'insert';
  /** How many consecutive tokens the run covers. */
  count: number;
}

/** Bounds on the search of `diffSequence`. */
export interface SequenceDiffBounds {
  /** Most insertions plus deletions the script may hold. */
  maxEditLength: number;
  /** Most steps (diagonals visited plus matched tokens) the search may take. */
  maxWork: number;
}

/** The shortest edit script turning `before` into `after`, as runs; `undefined` when over the bounds. */
export function diffSequence(
  before: readonly number[],
  after: readonly number[],
  bounds: SequenceDiffBounds,
): EditRun[] | undefined {
  const n = before.length;
  const m = after.length;
  const maxD = Math.min(n + m, bounds.maxEditLength);
  // furthest[k + maxD + 1] is the furthest x reached on diagonal k (y = x - k).
  const offset = maxD + 1;
  const furthest = new Int32Array(2 * maxD + 3);
  // trace[d] is the window [-d - 1, d + 1] of `furthest` before round d, for the way back.
  const trace: Int32Array[] = [];
  let work = 0;
  for (let d = 0; d <= maxD; d++) {
    trace.push(furthest.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (
        k === -d ||
        (k !== d && (furthest[offset + k - 1] as number) < (furthest[offset + k + 1] as number))
      ) {
        x = furthest[offset + k + 1] as number;
      } else {
        x = (furthest[offset + k - 1] as number) + 1;
      }
      let y = x - k;
      while (x < n && y < m && before[x] === after[y]) {
        x++;
        y++;
        work++;
      }
      furthest[offset + k] = x;
      work++;
      if (x >= n && y >= m) return backtrack(trace, n, m);
      if (work > bounds.maxWork) return undefined;
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): EditRun[] {
  const reversed: EditRun[] = [];
  const push = (kind: EditRun['kind'], count: number) => {
    if (count === 0) return;
    const last = reversed[reversed.length - 1];
    if (last !== undefined && last.kind === kind) last.count += count;
    else reversed.push({ kind, count });
  };
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const window = trace[d] as Int32Array;
    // Diagonal k sits at window[k + d + 1].
    const at = (k: number) => window[k + d + 1] as number;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    // The snake: tokens matched after the edit of this round.
    const snake = Math.min(x - previousX, y - previousY);
    push('equal', Math.max(0, d === 0 ? x : snake));
    if (d === 0) break;
    x -= snake;
    y -= snake;
    push(x === previousX ? 'insert' : 'delete', 1);
    x = previousX;
    y = previousY;
  }
  return reversed.reverse();
}
