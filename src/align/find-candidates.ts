import { keepShape } from '../internal/keep-shape.js';
import { nearestIndexes } from '../internal/nearest.js';
import { numberAt, readAt } from '../internal/read-at.js';
import type { Side } from './alignment-state.js';

/** Rare terms looked up per provision; each lookup reads at most `POSTINGS_PER_TERM` postings. */
const RARE_TERMS = 4;
const POSTINGS_PER_TERM = 16;
/** The best candidates each provision keeps. */
const KEPT_PER_PROVISION = 8;
/**
 * A term held by more than this share of the provisions (and more than `POSTINGS_PER_TERM`) is
 * not rare: it finds nothing that position does not, and with a small vocabulary every term is
 * such a one: its postings would make every provision a candidate of every other.
 */
const COMMON_SHARE = 0.05;
/** Provisions nearest in relative position that are candidates whatever their words. */
const NEIGHBOURS = 3;

/** What the search for candidate pairs reads: two sets of free provisions and how to score them. */
export interface CandidateSides {
  /** The free provisions of each side (positions or nodes), ascending. */
  readonly before: readonly number[];
  readonly after: readonly number[];
  /** The terms (ascending ids) of a provision. */
  termsOf(side: Side, item: number): Int32Array;
  /** Where a provision sits, 0..1 of its list or draft. */
  relative(side: Side, item: number): number;
  /** How alike two provisions are, 0..1. */
  score(before: number, after: number): number;
  /** The tie-breaking weight of a pair, the same whichever side is old. */
  weight(before: number, after: number): number;
  /** The text of a term, to order terms that are equally rare. */
  termText(id: number): string;
}

/** A scored candidate pair. */
export interface Candidate {
  before: number;
  after: number;
  score: number;
  /** How far apart the two sit in relative position. */
  distance: number;
  weight: number;
}

/**
 * The candidate pairs worth scoring, never all against all (DESIGN.md): for each provision,
 * those of the other side that share one of its rarest terms, nearest its relative position
 * first, and its few nearest neighbours by position whatever their words (a paraphrase may
 * share no rare word, and a user's scorer may see what words do not). Each provision keeps its
 * `KEPT_PER_PROVISION` best, so memory stays linear however common the words. The search runs
 * both ways, so the candidates are the same whichever draft is old. Those scoring at least
 * `floor` are returned, best first (ties by distance, then `tieOrder`).
 */
export function findCandidates(sides: CandidateSides, floor: number): Candidate[] {
  if (sides.before.length === 0 || sides.after.length === 0) return [];
  const kept: Candidate[] = [];
  for (const looking of ['after', 'before'] as const) {
    const indexed: Side = looking === 'after' ? 'before' : 'after';
    const finder = new Finder(sides, indexed);
    for (const item of sides[looking]) {
      // The best few by score, kept in order as they are scored: a candidate object only for
      // those, not for every pair found.
      const best: Candidate[] = [];
      for (const other of finder.find(item)) {
        const before = looking === 'before' ? item : other;
        const after = looking === 'before' ? other : item;
        const score = sides.score(before, after);
        if (score < floor || score === 0) continue;
        const last = best[best.length - 1];
        if (best.length === KEPT_PER_PROVISION && last !== undefined && score < last.score)
          continue;
        const distance = Math.abs(
          sides.relative('before', before) - sides.relative('after', after),
        );
        const candidate = { before, after, score, distance, weight: sides.weight(before, after) };
        let at = best.length;
        while (at > 0 && byQuality(candidate, readAt(best, at - 1)) < 0) at--;
        if (at === KEPT_PER_PROVISION) continue;
        best.splice(at, 0, candidate);
        if (best.length > KEPT_PER_PROVISION) best.pop();
      }
      for (const candidate of best) kept.push(candidate);
    }
  }
  // A pair kept from both ends is one candidate.
  kept.sort((x, y) => x.before - y.before || x.after - y.after);
  const candidates: Candidate[] = [];
  for (const candidate of kept) {
    const last = candidates[candidates.length - 1];
    if (last !== undefined && last.before === candidate.before && last.after === candidate.after) {
      continue;
    }
    candidates.push(candidate);
  }
  return candidates.sort(byQuality);
}

/** Best score first; ties to the nearer pair, then `tieOrder`. */
function byQuality(x: Candidate, y: Candidate): number {
  return y.score - x.score || x.distance - y.distance || tieOrder(x, y);
}

/**
 * Finds, for provisions of one side, the provisions of the other (`indexed`) worth scoring
 * against them: sharing one of their rarest terms, or nearest in relative position. Each found
 * once per provision (a stamp per indexed provision, not a `Set` per provision).
 */
class Finder {
  /** By term id: the positions (in the indexed items) holding it, ascending. */
  private readonly postings: (number[] | undefined)[] = [];
  private readonly items: readonly number[];
  private readonly places: number[];
  private readonly common: number;
  private readonly looking: Side;
  private readonly stamps: Int32Array;
  private stamp = 0;
  private readonly rare: number[] = [];

  constructor(
    private readonly sides: CandidateSides,
    indexed: Side,
  ) {
    this.looking = indexed === 'before' ? 'after' : 'before';
    this.items = sides[indexed];
    this.items.forEach((item, position) => {
      for (const id of sides.termsOf(indexed, item)) {
        const list = this.postings[id];
        if (list === undefined) this.postings[id] = [position];
        else list.push(position);
      }
    });
    this.places = this.items.map((item) => sides.relative(indexed, item));
    this.common = Math.max(POSTINGS_PER_TERM, COMMON_SHARE * this.items.length);
    this.stamps = new Int32Array(this.items.length);
  }

  /** The indexed provisions to score against `item` (of the other side), each once. */
  find(item: number): number[] {
    const { sides, postings, items } = this;
    const stamp = ++this.stamp;
    const found: number[] = [];
    const add = (position: number) => {
      if (this.stamps[position] === stamp) return;
      this.stamps[position] = stamp;
      found.push(numberAt(items, position));
    };
    const place = sides.relative(this.looking, item);
    for (const id of this.rarestTerms(item)) {
      for (const position of nearest(
        readAt(postings, id),
        place * (items.length - 1),
        POSTINGS_PER_TERM,
      )) {
        add(position);
      }
    }
    for (const position of nearestIndexes(this.places, place, NEIGHBOURS)) add(position);
    return found;
  }

  /** The few rarest terms of `item` that the indexed side holds, rarest first. */
  private rarestTerms(item: number): readonly number[] {
    const { sides, postings, rare, common } = this;
    // Rarer first; among terms as rare, in code-unit order of the terms themselves. Both
    // terms are held on the indexed side: their postings are there.
    const rarer = (x: number, y: number): boolean => {
      const byFrequency = readAt(postings, x).length - readAt(postings, y).length;
      return byFrequency < 0 || (byFrequency === 0 && sides.termText(x) < sides.termText(y));
    };
    rare.length = 0;
    for (const id of sides.termsOf(this.looking, item)) {
      const holders = postings[id];
      if (holders === undefined || holders.length > common) continue;
      if (rare.length === RARE_TERMS && !rarer(id, numberAt(rare, rare.length - 1))) continue;
      let at = rare.length === RARE_TERMS ? rare.length - 1 : rare.length;
      while (at > 0 && rarer(id, numberAt(rare, at - 1))) {
        rare[at] = numberAt(rare, at - 1);
        at--;
      }
      rare[at] = id;
    }
    return rare;
  }
}

/** The entries of an ascending list nearest to `target` (`count` of them), ascending. */
function nearest(sorted: readonly number[], target: number, count: number): number[] {
  return nearestIndexes(sorted, target, count).map((index) => numberAt(sorted, index));
}

/**
 * The order of two equally scored candidates: the heavier first, then the smaller sum of
 * positions, then the smaller of the two, which read the same with the drafts swapped (the
 * mirror law relies on it); last the smaller old position, which only separates a pair from
 * its transpose.
 */
export function tieOrder(
  x: { before: number; after: number; weight: number },
  y: { before: number; after: number; weight: number },
): number {
  return (
    y.weight - x.weight ||
    x.before + x.after - (y.before + y.after) ||
    Math.min(x.before, x.after) - Math.min(y.before, y.after) ||
    x.before - y.before
  );
}

const NO_SIDES: CandidateSides = {
  before: [],
  after: [],
  termsOf: () => new Int32Array(0),
  relative: () => 0,
  score: () => 0,
  weight: () => 0,
  termText: () => '',
};
keepShape(new Finder(NO_SIDES, 'before'));
