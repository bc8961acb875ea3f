import { keepShape } from '../internal/keep-shape.js';
import { float64At, int32At } from '../internal/read-at.js';
import type { TermSet } from './content.js';

/**
 * How alike two clauses are: the Jaccard index of their term sets with every term weighted by
 * its rarity (inverse document frequency over the provisions being aligned). Sharing "ukraine"
 * in a plan about Ukraine says little; sharing "sovereignty" says a lot. Cheap, symmetric, and
 * indifferent to word order, which suits redrafted legal text.
 */

/**
 * Weights are whole numbers (the IDF in units of 2^-20): sums of them are exact whatever the
 * order of the terms, and term ids, hence that order, depend on which draft was read first. A
 * sum of floating-point weights can differ in its last bit with the drafts swapped, and a tie
 * broken by it would break the mirror law.
 */
const WEIGHT_SCALE = 2 ** 20;

/** The weight of every term id, by how many of the provisions being aligned hold it. */
export class TermWeights {
  private readonly weights: Float64Array;

  /**
   * @param counts how many provisions hold each term id
   * @param total how many provisions were counted
   */
  /** The weight of a term held by no counted provision (read after the counting). */
  private readonly unseen: number;

  constructor(counts: Int32Array, total: number) {
    this.unseen = weightOf(0, total);
    this.weights = new Float64Array(counts.length);
    for (const [id, count] of counts.entries()) this.weights[id] = weightOf(count, total);
  }

  /** The weight of a term; a term that no counted provision holds weighs as a unique one. */
  of(id: number): number {
    return id < this.weights.length ? float64At(this.weights, id) : this.unseen;
  }
}

/** Smoothed IDF: a term in every provision still weighs something, a unique one most. */
function weightOf(count: number, total: number): number {
  return Math.round(WEIGHT_SCALE * Math.log(1 + (total + 1) / (count + 0.5)));
}

/** Counts, over many sets, how many hold each term id. */
export function countTerms(sets: Iterable<TermSet>, size: number): Int32Array {
  const counts = new Int32Array(size);
  for (const set of sets) for (const id of set.ids) counts[id] = int32At(counts, id) + 1;
  return counts;
}

/** Weighted |a ∩ b| / |a ∪ b|; 0 when both are empty (two empty clauses say nothing alike). */
export function weightedJaccard(a: TermSet, b: TermSet, weights: TermWeights): number {
  let shared = 0;
  let union = 0;
  let x = 0;
  let y = 0;
  const left = a.ids;
  const right = b.ids;
  while (x < left.length && y < right.length) {
    const l = int32At(left, x);
    const r = int32At(right, y);
    if (l === r) {
      const weight = weights.of(l);
      shared += weight;
      union += weight;
      x++;
      y++;
    } else if (l < r) {
      union += weights.of(l);
      x++;
    } else {
      union += weights.of(r);
      y++;
    }
  }
  for (; x < left.length; x++) union += weights.of(int32At(left, x));
  for (; y < right.length; y++) union += weights.of(int32At(right, y));
  return union === 0 ? 0 : shared / union;
}

/** How much of `part` lies inside `whole`, by weight: weighted |part ∩ whole| / |part|. */
export function weightedContainment(part: TermSet, whole: TermSet, weights: TermWeights): number {
  let shared = 0;
  let total = 0;
  let y = 0;
  const outer = whole.ids;
  for (const id of part.ids) {
    const weight = weights.of(id);
    total += weight;
    while (y < outer.length && int32At(outer, y) < id) y++;
    if (y < outer.length && outer[y] === id) shared += weight;
  }
  return total === 0 ? 0 : shared / total;
}

keepShape(new TermWeights(new Int32Array(0), 0));
