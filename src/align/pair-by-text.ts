import { keepShape } from '../internal/keep-shape.js';
import { nearestIndexes } from '../internal/nearest.js';
import { int32At, numberAt } from '../internal/read-at.js';
import { fingerprint } from './alignment-state.js';
import type { ListState } from './list-state.js';
import { longestRun } from './pair-in-order.js';

/** Work (items read) allowed per item before repeated texts fall back to pairing in order. */
const WORK_PER_ITEM = 64;

/**
 * Pairs identical provisions (same title and text once normalised), one hash lookup each, the
 * way patience diff does: within a range of the two lists, texts that occur once on each side
 * pair, those that keep their order fix the ranges between them, and each range is read again
 * on its own, where a text repeated in the whole list may occur once. A range with no such text
 * pairs its repeated texts by nearness. So a sentence that also occurs elsewhere
 * pairs with its twin in the same place, and the pairs read the same whichever draft is old.
 * Bounded: past a budget of work every range left pairs its repeated texts by nearness.
 */
export function pairByText(list: ListState): void {
  const { state } = list;
  // Every free provision's text as a group number (-1: empty text, never paired by text).
  const groups = new IdentityGroups();
  const groupOf = (side: 'before' | 'after', position: number, create: boolean): number => {
    const identity = state.identity(side, list.node(side, position));
    return identity === '' ? -1 : groups.groupOf(identity, create);
  };
  const after = list.free('after');
  const afterGroups = after.map((position) => groupOf('after', position, true));
  if (groups.size === 0) return;
  const before = list.free('before');
  const texts: Texts = {
    list,
    before,
    after,
    beforeGroups: before.map((position) => groupOf('before', position, false)),
    afterGroups,
    counts: new GroupCounts(groups.size),
  };
  let budget = WORK_PER_ITEM * (before.length + after.length);
  const whole: Range = {
    beforeStart: 0,
    beforeEnd: before.length,
    afterStart: 0,
    afterEnd: after.length,
  };
  const ranges: Range[] = [whole];
  for (let range = ranges.pop(); range !== undefined; range = ranges.pop()) {
    budget -= range.beforeEnd - range.beforeStart + range.afterEnd - range.afterStart;
    const unique = budget > 0 ? uniquePairs(texts, range) : [];
    if (unique.length === 0) {
      pairNearest(texts, range);
      continue;
    }
    const anchors = longestRun(unique, ([beforeIndex, afterIndex]) =>
      list.weight(numberAt(before, beforeIndex), numberAt(after, afterIndex)),
    );
    // A text found once in the whole list on each side is that provision, moved or not; one
    // found once only in a range may have its twin elsewhere, so there only the run in order
    // pairs, and the rest waits for the ranges between.
    for (const [beforeIndex, afterIndex] of range === whole ? unique : anchors) {
      list.pair(numberAt(before, beforeIndex), numberAt(after, afterIndex), 'text', 1);
    }
    // The ranges between anchors, pushed last first so they are read in document order.
    let nextBefore = range.beforeEnd;
    let nextAfter = range.afterEnd;
    for (let index = anchors.length; index >= 0; index--) {
      const anchor = anchors[index - 1];
      const startBefore = anchor === undefined ? range.beforeStart : anchor[0] + 1;
      const startAfter = anchor === undefined ? range.afterStart : anchor[1] + 1;
      if (startBefore < nextBefore && startAfter < nextAfter) {
        ranges.push({
          beforeStart: startBefore,
          beforeEnd: nextBefore,
          afterStart: startAfter,
          afterEnd: nextAfter,
        });
      }
      if (anchor !== undefined) {
        nextBefore = anchor[0];
        nextAfter = anchor[1];
      }
    }
  }
  // Repeated texts out of place: by nearness across the list.
  pairNearest(texts, whole);
}

/**
 * Texts numbered as groups, equal texts in one group. Keyed by a fingerprint of a text's length
 * and ends, each key chaining the groups that share it: equal texts always share a fingerprint,
 * and it costs the same for a clause of ten words or ten thousand (a hash of whole clauses
 * would read every character of every free provision).
 */
class IdentityGroups {
  private readonly firstOfKey = new Map<number, number>();
  private readonly texts: string[] = [];
  private readonly next: number[] = [];

  get size(): number {
    return this.texts.length;
  }

  /** The group of `text`; a new one when `create`, else -1 for a text not seen. */
  groupOf(text: string, create: boolean): number {
    const key = fingerprint(text);
    const first = this.firstOfKey.get(key);
    for (let group = first ?? -1; group !== -1; group = numberAt(this.next, group)) {
      if (this.texts[group] === text) return group;
    }
    if (!create) return -1;
    const group = this.texts.length;
    this.texts.push(text);
    this.next.push(first ?? -1);
    this.firstOfKey.set(key, group);
    return group;
  }
}

/** The free provisions of a list and the text group of each (indexes into `before`, `after`). */
interface Texts {
  list: ListState;
  before: readonly number[];
  after: readonly number[];
  beforeGroups: readonly number[];
  afterGroups: readonly number[];
  /** Scratch counts by group, zero between ranges. */
  counts: GroupCounts;
}

/**
 * How often each text occurs in the range being read, on each side, in typed arrays by group
 * (rather than a `Map` of one object per text), and the touched groups,
 * to clear them for the next range.
 */
class GroupCounts {
  readonly before: Int32Array;
  readonly after: Int32Array;
  /** By group: the index (in `Texts.before`) of its last occurrence on the old side. */
  readonly beforeIndex: Int32Array;
  readonly touched: number[] = [];
  constructor(size: number) {
    this.before = new Int32Array(size);
    this.after = new Int32Array(size);
    this.beforeIndex = new Int32Array(size);
  }
  clear(): void {
    for (const group of this.touched) {
      this.before[group] = 0;
      this.after[group] = 0;
    }
    this.touched.length = 0;
  }
}

/** A range of indexes into `Texts.before` and `Texts.after`, ends excluded. */
interface Range {
  beforeStart: number;
  beforeEnd: number;
  afterStart: number;
  afterEnd: number;
}

/** The texts that occur exactly once on each side of a range, as index pairs in new order. */
function uniquePairs(texts: Texts, range: Range): [number, number][] {
  const { counts } = texts;
  for (let index = range.afterStart; index < range.afterEnd; index++) {
    const group = numberAt(texts.afterGroups, index);
    if (group === -1 || !isFree(texts, 'after', index)) continue;
    const count = int32At(counts.after, group);
    if (count === 0 && counts.before[group] === 0) counts.touched.push(group);
    counts.after[group] = count + 1;
  }
  for (let index = range.beforeStart; index < range.beforeEnd; index++) {
    const group = numberAt(texts.beforeGroups, index);
    if (group === -1 || counts.after[group] === 0 || !isFree(texts, 'before', index)) continue;
    counts.before[group] = int32At(counts.before, group) + 1;
    counts.beforeIndex[group] = index;
  }
  const unique: [number, number][] = [];
  for (let index = range.afterStart; index < range.afterEnd; index++) {
    const group = numberAt(texts.afterGroups, index);
    if (group === -1 || counts.before[group] !== 1 || counts.after[group] !== 1) continue;
    if (isFree(texts, 'after', index)) unique.push([int32At(counts.beforeIndex, group), index]);
  }
  counts.clear();
  return unique;
}

/**
 * Pairs the repeated texts of a range by nearness: each occurrence with an occurrence of the
 * same text on the other side, the closest in relative place first (ties to the heavier pair,
 * as everywhere), each once. Where one side has a copy more, the copy far from every twin is
 * the one left over, which pairing the k-th with the k-th would shift onto the next copy.
 */
function pairNearest(texts: Texts, range: Range): void {
  const { list } = texts;
  const occurrences = new Map<number, { before: number[]; after: number[] }>();
  const add = (side: 'before' | 'after', index: number) => {
    const group = numberAt(side === 'before' ? texts.beforeGroups : texts.afterGroups, index);
    if (group === -1 || !isFree(texts, side, index)) return;
    let found = occurrences.get(group);
    if (found === undefined) {
      if (side === 'before') return;
      found = { before: [], after: [] };
      occurrences.set(group, found);
    }
    found[side].push(index);
  };
  for (let index = range.afterStart; index < range.afterEnd; index++) add('after', index);
  for (let index = range.beforeStart; index < range.beforeEnd; index++) add('before', index);
  const place = (side: 'before' | 'after', index: number) =>
    list.relative(side, positionAt(texts, side, index));
  const candidates: { before: number; after: number; distance: number; weight: number }[] = [];
  const consider = (before: number, after: number) => {
    candidates.push({
      before,
      after,
      distance: Math.abs(place('before', before) - place('after', after)),
      weight: list.weight(positionAt(texts, 'before', before), positionAt(texts, 'after', after)),
    });
  };
  for (const { before, after } of occurrences.values()) {
    if (before.length === 0) continue;
    // Each occurrence's nearest twins on the other side (both lists ascend, so do places).
    const afterPlaces = after.map((index) => place('after', index));
    const beforePlaces = before.map((index) => place('before', index));
    for (const index of before) {
      for (const at of nearestIndexes(afterPlaces, place('before', index), 2)) {
        consider(index, numberAt(after, at));
      }
    }
    for (const index of after) {
      for (const at of nearestIndexes(beforePlaces, place('after', index), 2)) {
        consider(numberAt(before, at), index);
      }
    }
  }
  candidates.sort(
    (x, y) =>
      x.distance - y.distance ||
      y.weight - x.weight ||
      x.before + x.after - (y.before + y.after) ||
      x.before - y.before,
  );
  for (const candidate of candidates) {
    if (!isFree(texts, 'before', candidate.before) || !isFree(texts, 'after', candidate.after)) {
      continue;
    }
    list.pair(
      positionAt(texts, 'before', candidate.before),
      positionAt(texts, 'after', candidate.after),
      'text',
      1,
    );
  }
}

/** Whether the provision at an index of `Texts.before` or `Texts.after` is still free. */
function isFree(texts: Texts, side: 'before' | 'after', index: number): boolean {
  return texts.list.isFree(side, positionAt(texts, side, index));
}

/** The list position of the provision at an index of `Texts.before` or `Texts.after`. */
function positionAt(texts: Texts, side: 'before' | 'after', index: number): number {
  return numberAt(side === 'before' ? texts.before : texts.after, index);
}

keepShape(new IdentityGroups());
keepShape(new GroupCounts(0));
