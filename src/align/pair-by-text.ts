import { StringIndex } from '../internal/string-index.js';
import type { ListState } from './list-state.js';
import { gapsBetweenAnchors, markInOrder } from './pair-in-order.js';

/**
 * Pairs identical provisions (same title and text once normalised), one hash lookup each, the
 * way patience diff does: texts that occur once on each side pair first and fix the order;
 * a text repeated on a side then pairs with its twin in the same gap between those pairs, in
 * order; what is left pairs in order of appearance. So a sentence that also occurs elsewhere
 * never pairs across the document when its twin sits in the same place.
 */
export function pairByText(list: ListState): void {
  const { state } = list;
  const groups = new StringIndex(list.after.length);
  const waiting: number[][] = [];
  const afterCount: number[] = [];
  const beforeCount: number[] = [];
  for (const position of list.free('after')) {
    const identity = state.identity('after', list.node('after', position));
    if (identity === '') continue;
    let group = groups.get(identity);
    if (group === -1) {
      group = waiting.length;
      groups.set(identity, group);
      waiting.push([]);
      afterCount.push(0);
      beforeCount.push(0);
    }
    (waiting[group] as number[]).push(position);
    afterCount[group] = (afterCount[group] as number) + 1;
  }
  if (waiting.length === 0) return;
  const freeBefore = list.free('before');
  const groupOfBefore = new Int32Array(freeBefore.length).fill(-1);
  freeBefore.forEach((position, index) => {
    const identity = state.identity('before', list.node('before', position));
    if (identity === '') return;
    const group = groups.get(identity);
    if (group === -1) return;
    groupOfBefore[index] = group;
    beforeCount[group] = (beforeCount[group] as number) + 1;
  });

  // Texts once on each side.
  let repeated = false;
  freeBefore.forEach((position, index) => {
    const group = groupOfBefore[index] as number;
    if (group === -1) return;
    if (beforeCount[group] === 1 && afterCount[group] === 1) {
      list.pair(position, (waiting[group] as number[])[0] as number, 'text', 1);
    } else {
      repeated = true;
    }
  });
  if (!repeated) return;

  // Repeated texts: with their twin in the same gap, then in order of appearance.
  markInOrder(list);
  const groupOf = (position: number) => {
    const index = binarySearch(freeBefore, position);
    return index === -1 ? -1 : (groupOfBefore[index] as number);
  };
  for (const gap of gapsBetweenAnchors(list)) {
    const inGap = new Map<number, number[]>();
    for (const position of gap.after) {
      const identity = state.identity('after', list.node('after', position));
      const group = identity === '' ? -1 : groups.get(identity);
      if (group === -1) continue;
      const twins = inGap.get(group);
      if (twins === undefined) inGap.set(group, [position]);
      else twins.push(position);
    }
    for (const position of gap.before) {
      const group = groupOf(position);
      const twins = group === -1 ? undefined : inGap.get(group);
      if (twins === undefined || twins.length === 0) continue;
      list.pair(position, twins.shift() as number, 'text', 1);
    }
  }
  const cursor = new Int32Array(waiting.length);
  freeBefore.forEach((position, index) => {
    const group = groupOfBefore[index] as number;
    if (group === -1 || !list.isFree('before', position)) return;
    const candidates = waiting[group] as number[];
    let at = cursor[group] as number;
    while (at < candidates.length && !list.isFree('after', candidates[at] as number)) at++;
    cursor[group] = at;
    if (at < candidates.length) list.pair(position, candidates[at] as number, 'text', 1);
  });
}

/** The index of `value` in an ascending list, or -1. */
function binarySearch(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle] as number;
    if (found === value) return middle;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
