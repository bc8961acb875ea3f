import { int32At, numberAt } from '../internal/read-at.js';
import type { AlignmentState, PairBasis, Side } from './alignment-state.js';
import { type Candidate, type CandidateSides, findCandidates } from './find-candidates.js';

/** A whole on one side that became several consecutive parts on the other. */
export interface Group {
  /** The whole, a position in its list. */
  whole: number;
  /** The parts, positions in the other list, in order. */
  parts: number[];
}

/**
 * One pair of lists being aligned: the top-level provisions of the two drafts, or the
 * sub-points of two paired provisions. Positions index the two lists; every pass reads and
 * writes the pairs through this state, which keeps the `AlignmentState` of the whole drafts
 * in step.
 */
export class ListState {
  readonly state: AlignmentState;
  /** The old parent (-1 for the top level) and its sub-points, as nodes. */
  readonly beforeParent: number;
  readonly before: readonly number[];
  /** The new parent and its sub-points. */
  readonly afterParent: number;
  readonly after: readonly number[];
  /** By old position: the new position it is paired with, or -1. */
  readonly afterOf: Int32Array;
  /** By new position: the old position, or -1. */
  readonly beforeOf: Int32Array;
  /** By old position, when paired: the pair lies on the longest run in order (not a move). */
  readonly inOrder: Uint8Array;
  /** Old provisions split into several new ones. */
  readonly splits: Group[] = [];
  /** New provisions merged from several old ones (wholes are new positions, parts old). */
  readonly merges: Group[] = [];
  /** Bumped by every pair made or undone, so that order is settled again only after one. */
  changes = 0;
  /** `changes` when order was last settled (`markInOrder`); -1 before. */
  orderedAt = -1;
  /** The candidate pairs, once searched (see `candidates`). */
  private found: Candidate[] | undefined;

  constructor(state: AlignmentState, beforeParent: number, afterParent: number) {
    this.state = state;
    this.beforeParent = beforeParent;
    this.afterParent = afterParent;
    this.before = state.before.children(beforeParent);
    this.after = state.after.children(afterParent);
    this.afterOf = new Int32Array(this.before.length).fill(-1);
    this.beforeOf = new Int32Array(this.after.length).fill(-1);
    this.inOrder = new Uint8Array(this.before.length);
  }

  /** The node at a position of one side. */
  node(side: Side, position: number): number {
    return numberAt(side === 'before' ? this.before : this.after, position);
  }

  /** Pairs old position `before` with new position `after`. */
  pair(before: number, after: number, basis: PairBasis, similarity: number): void {
    this.afterOf[before] = after;
    this.beforeOf[after] = before;
    this.inOrder[before] = 0;
    this.changes++;
    this.state.pair(this.node('before', before), this.node('after', after), basis, similarity);
  }

  /** Undoes the pair of old position `before`. */
  unpair(before: number): void {
    const after = int32At(this.afterOf, before);
    if (after === -1) return;
    this.afterOf[before] = -1;
    this.beforeOf[after] = -1;
    this.inOrder[before] = 0;
    this.changes++;
    this.state.unpair(this.node('before', before));
  }

  /** Whether a position is free: not paired, in a group, or paired across levels. */
  isFree(side: Side, position: number): boolean {
    return !this.state.isTaken(side, this.node(side, position));
  }

  /** The free positions of one side, ascending. */
  free(side: Side): number[] {
    const length = side === 'before' ? this.before.length : this.after.length;
    const free: number[] = [];
    for (let position = 0; position < length; position++) {
      if (this.isFree(side, position)) free.push(position);
    }
    return free;
  }

  /** The pairs of this list as old positions, ascending. */
  pairedBefore(): number[] {
    const paired: number[] = [];
    for (let position = 0; position < this.before.length; position++) {
      if (this.afterOf[position] !== -1) paired.push(position);
    }
    return paired;
  }

  /** How alike two positions are (see `AlignmentState.score`). */
  score(before: number, after: number): number {
    return this.state.score(this.node('before', before), this.node('after', after));
  }

  /**
   * The tie-breaking weight of a pair: a hash of each provision, added, so it is the same number
   * whichever draft is the old one (the mirror law relies on it).
   */
  weight(before: number, after: number): number {
    return (
      this.state.hashOf('before', this.node('before', before)) +
      this.state.hashOf('after', this.node('after', after))
    );
  }

  /** A position's place in its list, 0..1, so lists of different lengths compare. */
  relative(side: Side, position: number): number {
    const length = side === 'before' ? this.before.length : this.after.length;
    return length <= 1 ? 0 : position / (length - 1);
  }

  /**
   * The candidate pairs among the positions free now, best first, each of whose two positions
   * is still free. Searched once, on the first call, and filtered after: the passes only ever
   * take positions, so the free ones later are among those free at the search.
   */
  candidates(): Candidate[] {
    this.found ??= findCandidates(this.freeSides(), 0);
    return this.found.filter(
      (candidate) =>
        this.isFree('before', candidate.before) && this.isFree('after', candidate.after),
    );
  }

  /** The free positions of both sides, for the candidate search. */
  private freeSides(): CandidateSides {
    const { state } = this;
    return {
      before: this.free('before'),
      after: this.free('after'),
      termsOf: (side, position) => state.profile(side, this.node(side, position)).ids,
      relative: (side, position) => this.relative(side, position),
      score: (before, after) => this.score(before, after),
      weight: (before, after) => this.weight(before, after),
      termText: (id) => state.termText(id),
    };
  }
}
