import { float64At, int32At, numberAt, uint8At } from '../internal/read-at.js';
import type { ListState } from './list-state.js';

/** How many positions either side of the diagonal a gap's alignment looks at. */
const BAND = 32;
/** The share of the gap threshold a lone pair between two anchors needs. */
const SINGLE = 0.3;

/**
 * Between two pairs that kept their order, the free provisions on each side are most likely
 * the same clauses rewritten: they are aligned in order, as sentence aligners do between
 * anchors (DESIGN.md: Gale-Church, vecalign), by dynamic programming that keeps the pairs
 * monotone and maximises the sum of `score - gapThreshold` over the pairs it takes. The
 * table is banded around the gap's diagonal, so a gap of n provisions costs O(n) scores.
 *
 * A gap of one free provision on each side between two anchors (or the ends of the lists) is
 * the clearest case, and its pair forms at `SINGLE` of the threshold: a clause rewritten in
 * place between two unchanged neighbours is one clause, though few of its words remain.
 */
export function pairInGaps(list: ListState): void {
  alignGaps(list, () => true);
}

/**
 * `pairInGaps` for the gaps of one free provision on each side only: the pairs that order all
 * but proves, taken before matches that words alone suggest (with a small vocabulary two
 * unrelated sentences far apart can share more words than a sentence and its rewording).
 */
export function pairLoneGaps(list: ListState): void {
  alignGaps(list, (gap) => gap.before.length === 1 && gap.after.length === 1);
}

function alignGaps(list: ListState, wanted: (gap: Gap) => boolean): void {
  const threshold = list.state.settings.gapThreshold;
  for (const gap of gapsBetweenAnchors(list)) {
    if (!wanted(gap)) continue;
    const single = gap.before.length === 1 && gap.after.length === 1;
    alignGap(list, gap, single ? threshold * SINGLE : threshold);
  }
}

/** One gap: the free old and new positions between two anchors. */
interface Gap {
  before: readonly number[];
  after: readonly number[];
}

function alignGap(list: ListState, gap: Gap, threshold: number): void {
  const rows = gap.before.length;
  const columns = gap.after.length;
  // The band: columns low..high of each row, around the diagonal, wide enough that consecutive
  // rows overlap however unequal the two sides are; the cells of a row are stored from start.
  const width = BAND + Math.ceil(columns / rows);
  const low = new Int32Array(rows + 1);
  const high = new Int32Array(rows + 1);
  const start = new Int32Array(rows + 1);
  let cells = 0;
  for (let row = 0; row <= rows; row++) {
    const centre = (row * columns) / rows;
    const first = Math.max(0, Math.floor(centre) - width);
    const last = Math.min(columns, Math.ceil(centre) + width);
    low[row] = first;
    high[row] = last;
    start[row] = cells;
    cells += last - first + 1;
  }
  // Per cell: the best total gain and, to break its ties alike in both directions, weight.
  const gain = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const weight = new Float64Array(cells);
  // 0 from the left, 1 from above, 2 diagonal (a pair).
  const step = new Uint8Array(cells);
  const score = new Float64Array(cells);
  const at = (row: number, column: number): number => {
    const first = int32At(low, row);
    return column < first || column > int32At(high, row)
      ? -1
      : int32At(start, row) + column - first;
  };

  gain[at(0, 0)] = 0;
  for (let row = 0; row <= rows; row++) {
    const last = int32At(high, row);
    for (let column = int32At(low, row); column <= last; column++) {
      const cell = at(row, column);
      if (row === 0 && column === 0) continue;
      let bestGain = Number.NEGATIVE_INFINITY;
      let bestWeight = 0;
      let bestStep = 0;
      const offer = (from: number, extraGain: number, extraWeight: number, kind: number) => {
        if (from === -1) return;
        const total = float64At(gain, from) + extraGain;
        const totalWeight = float64At(weight, from) + extraWeight;
        if (total > bestGain || (total === bestGain && totalWeight > bestWeight)) {
          bestGain = total;
          bestWeight = totalWeight;
          bestStep = kind;
        }
      };
      if (row > 0 && column > 0) {
        const before = numberAt(gap.before, row - 1);
        const after = numberAt(gap.after, column - 1);
        const similarity = list.score(before, after);
        score[cell] = similarity;
        if (similarity >= threshold && similarity > 0) {
          offer(at(row - 1, column - 1), similarity - threshold, list.weight(before, after), 2);
        }
      }
      if (row > 0) offer(at(row - 1, column), 0, 0, 1);
      if (column > 0) offer(at(row, column - 1), 0, 0, 0);
      gain[cell] = bestGain;
      weight[cell] = bestWeight;
      step[cell] = bestStep;
    }
  }

  let row = rows;
  let column = columns;
  while (row > 0 || column > 0) {
    const cell = at(row, column);
    const kind = uint8At(step, cell);
    if (kind === 2) {
      list.pair(
        numberAt(gap.before, row - 1),
        numberAt(gap.after, column - 1),
        'order',
        float64At(score, cell),
      );
      row--;
      column--;
    } else if (kind === 1) {
      row--;
    } else {
      column--;
    }
  }
}

/**
 * The gaps between the pairs in order: for each, the free old and new positions between two
 * consecutive in-order pairs (or the ends of the lists), in order. Where a weak pair forms
 * between strong neighbours.
 */
export function gapsBetweenAnchors(list: ListState): { before: number[]; after: number[] }[] {
  const gaps: { before: number[]; after: number[] }[] = [];
  let previousBefore = -1;
  let previousAfter = -1;
  const close = (nextBefore: number, nextAfter: number) => {
    const before: number[] = [];
    for (let position = previousBefore + 1; position < nextBefore; position++) {
      if (list.isFree('before', position)) before.push(position);
    }
    const after: number[] = [];
    for (let position = previousAfter + 1; position < nextAfter; position++) {
      if (list.isFree('after', position)) after.push(position);
    }
    if (before.length > 0 && after.length > 0) gaps.push({ before, after });
    previousBefore = nextBefore;
    previousAfter = nextAfter;
  };
  for (const [position, before] of list.beforeOf.entries()) {
    if (before !== -1 && list.inOrder[before] === 1) close(before, position);
  }
  close(list.before.length, list.after.length);
  return gaps;
}
