import type { Provision } from '../model/provision.js';
import { containment, jaccard, jaccardWithUnion, wordSet } from './similarity.js';

/** How a pair of provisions was found. */
export type PairBasis = 'id' | 'text' | 'similarity' | 'order';

/** One step of an alignment, in document order. */
export type AlignmentEntry =
  | {
      kind: 'pair';
      /** Index in the old list. */
      before: number;
      /** Index in the new list. */
      after: number;
      basis: PairBasis;
      /** True when the pair is out of order with the others (a move, not a renumbering). */
      moved: boolean;
    }
  | { kind: 'removed'; before: number }
  | { kind: 'added'; after: number }
  | { kind: 'split'; before: number; after: number[] }
  | { kind: 'merged'; before: number[]; after: number };

/** How two lists of provisions correspond. */
export interface Alignment {
  /** Every provision of both lists appears in exactly one entry; entries are in document order. */
  entries: AlignmentEntry[];
}

/** Options of `alignProvisions`. */
export interface AlignOptions {
  /** Minimum similarity (0..1) to pair two provisions anywhere in the document. @defaultValue 0.5 */
  rewordThreshold?: number;
  /**
   * Minimum similarity (0..1) to pair two leftover provisions that sit in the same gap between
   * already-paired neighbours, where document order makes the pairing likely. @defaultValue 0.25
   */
  gapThreshold?: number;
  /** Unicode normalisation applied before texts are compared. @defaultValue 'NFC' */
  normalize?: 'NFC' | 'none';
}

/** Words that are rare enough to look candidates up by; each lookup scans this many postings. */
const RARE_WORDS_PER_PROVISION = 6;
const POSTINGS_PER_WORD = 64;
/** Gap pairing compares at most this many old provisions against each new one. */
const GAP_WINDOW = 32;
/** A part of a split or merge must lie mostly inside the whole. */
const PART_CONTAINMENT = 0.6;

interface Profile {
  /** Normalised title and text: equal profiles mean identical provisions. */
  identity: string;
  words: Set<string>;
}

interface Pair {
  before: number;
  after: number;
  basis: PairBasis;
  score: number;
}

/**
 * Pairs the provisions of two versions of one list (DESIGN.md, "Alignment is the heart"):
 * first by shared id (ids marked `positional` do not count), then by identical text (hashing,
 * one pass), then by similarity among candidates found through rare words (never all against
 * all), then by lower similarity inside the gaps between pairs. A longest increasing
 * subsequence over the pairs keeps document order: pairs off it are moves, so deleting point 3
 * renumbers the rest instead of rewording them. Leftovers contained in one provision of the
 * other side become splits and merges; the rest are additions and removals.
 */
export function alignProvisions(
  before: readonly Provision[],
  after: readonly Provision[],
  options: AlignOptions = {},
): Alignment {
  const rewordThreshold = options.rewordThreshold ?? 0.5;
  const gapThreshold = options.gapThreshold ?? 0.25;
  const normalize = options.normalize ?? 'NFC';
  const pairOfBefore = new Map<number, Pair>();
  const pairOfAfter = new Map<number, Pair>();
  const addPair = (pair: Pair) => {
    pairOfBefore.set(pair.before, pair);
    pairOfAfter.set(pair.after, pair);
  };

  pairByIds(before, after, addPair);

  const profiles = new ProfileCache(normalize);
  const profileBefore = (index: number) => profiles.of('b', index, before[index] as Provision);
  const profileAfter = (index: number) => profiles.of('a', index, after[index] as Provision);
  const unpairedBefore = () => indexes(before.length).filter((index) => !pairOfBefore.has(index));
  const unpairedAfter = () => indexes(after.length).filter((index) => !pairOfAfter.has(index));

  pairByIdentity(unpairedBefore(), unpairedAfter(), profileBefore, profileAfter, addPair);
  pairBySimilarity(
    unpairedBefore(),
    unpairedAfter(),
    profileBefore,
    profileAfter,
    rewordThreshold,
    before.length,
    after.length,
    addPair,
  );

  const inOrder = longestIncreasingPairs([...pairOfAfter.values()]);
  pairInGaps(
    inOrder,
    before.length,
    after.length,
    pairOfBefore,
    pairOfAfter,
    profileBefore,
    profileAfter,
    gapThreshold,
    (pair) => {
      addPair(pair);
      inOrder.add(pair);
    },
  );

  const splits = findSplits(
    before.length,
    after.length,
    pairOfBefore,
    pairOfAfter,
    profileBefore,
    profileAfter,
    gapThreshold,
  );
  for (const split of splits.values()) {
    for (const part of split.parts) {
      const pair = pairOfAfter.get(part);
      if (pair !== undefined) {
        pairOfBefore.delete(pair.before);
        pairOfAfter.delete(part);
        inOrder.delete(pair);
      }
    }
  }
  const merges = findSplits(
    after.length,
    before.length,
    pairOfAfter,
    pairOfBefore,
    profileAfter,
    profileBefore,
    gapThreshold,
    // Merges run with the sides swapped: their parts are old provisions, their wholes new ones.
    new Set(splits.keys()),
    new Set([...splits.values()].flatMap((split) => split.parts)),
  );
  for (const merge of merges.values()) {
    for (const part of merge.parts) {
      const pair = pairOfBefore.get(part);
      if (pair !== undefined) {
        pairOfAfter.delete(pair.after);
        pairOfBefore.delete(part);
        inOrder.delete(pair);
      }
    }
  }

  return {
    entries: orderEntries(before.length, after.length, pairOfAfter, inOrder, splits, merges),
  };
}

function indexes(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

function pairByIds(
  before: readonly Provision[],
  after: readonly Provision[],
  addPair: (pair: Pair) => void,
): void {
  const afterById = new Map<string, number>();
  after.forEach((provision, index) => {
    if (provision.positional !== true) afterById.set(provision.id, index);
  });
  before.forEach((provision, index) => {
    if (provision.positional === true) return;
    const match = afterById.get(provision.id);
    if (match !== undefined) addPair({ before: index, after: match, basis: 'id', score: 1 });
  });
}

class ProfileCache {
  private readonly cache = new Map<string, Profile>();
  constructor(private readonly normalize: 'NFC' | 'none') {}

  of(side: 'a' | 'b', index: number, provision: Provision): Profile {
    const cacheKey = `${side}${index}`;
    let profile = this.cache.get(cacheKey);
    if (profile === undefined) {
      const raw = `${provision.title ?? ''}\n${provision.text}`;
      const text = this.normalize === 'NFC' ? raw.normalize('NFC') : raw;
      profile = { identity: text.replace(/\s+/g, ' ').trim(), words: wordSet(text) };
      this.cache.set(cacheKey, profile);
    }
    return profile;
  }
}

/** Identical texts pair in order of appearance: one hash lookup per provision. */
function pairByIdentity(
  unpairedBefore: readonly number[],
  unpairedAfter: readonly number[],
  profileBefore: (index: number) => Profile,
  profileAfter: (index: number) => Profile,
  addPair: (pair: Pair) => void,
): void {
  const afterByIdentity = new Map<string, number[]>();
  for (const index of unpairedAfter) {
    const identity = profileAfter(index).identity;
    if (identity === '') continue;
    const queue = afterByIdentity.get(identity);
    if (queue === undefined) afterByIdentity.set(identity, [index]);
    else queue.push(index);
  }
  for (const index of unpairedBefore) {
    const queue = afterByIdentity.get(profileBefore(index).identity);
    const match = queue?.shift();
    if (match !== undefined) addPair({ before: index, after: match, basis: 'text', score: 1 });
  }
}

/**
 * Finds candidates through an inverted index of the rarest words of each new provision, scores
 * them, and pairs greedily from the best score down. Ties go to the pair nearer in relative
 * position, then to the earlier indexes, so the result never depends on iteration order.
 */
function pairBySimilarity(
  unpairedBefore: readonly number[],
  unpairedAfter: readonly number[],
  profileBefore: (index: number) => Profile,
  profileAfter: (index: number) => Profile,
  threshold: number,
  beforeLength: number,
  afterLength: number,
  addPair: (pair: Pair) => void,
): void {
  if (unpairedBefore.length === 0 || unpairedAfter.length === 0) return;
  const postings = new Map<string, number[]>();
  const frequency = new Map<string, number>();
  for (const index of unpairedBefore) {
    for (const word of profileBefore(index).words) {
      const list = postings.get(word);
      if (list === undefined) postings.set(word, [index]);
      else list.push(index);
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const candidates: { before: number; after: number; score: number; distance: number }[] = [];
  for (const afterIndex of unpairedAfter) {
    const words = profileAfter(afterIndex).words;
    const rare = [...words]
      .filter((word) => postings.has(word))
      .sort(
        (x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0),
      )
      .slice(0, RARE_WORDS_PER_PROVISION);
    const expected = relativePosition(afterIndex, afterLength) * beforeLength;
    const seen = new Set<number>();
    for (const word of rare) {
      for (const beforeIndex of nearest(postings.get(word) ?? [], expected, POSTINGS_PER_WORD)) {
        if (seen.has(beforeIndex)) continue;
        seen.add(beforeIndex);
        const score = jaccard(profileBefore(beforeIndex).words, words);
        if (score >= threshold) {
          const distance = Math.abs(
            relativePosition(beforeIndex, beforeLength) - relativePosition(afterIndex, afterLength),
          );
          candidates.push({ before: beforeIndex, after: afterIndex, score, distance });
        }
      }
    }
  }
  candidates.sort(
    (x, y) =>
      y.score - x.score || x.distance - y.distance || x.before - y.before || x.after - y.after,
  );
  const takenBefore = new Set<number>();
  const takenAfter = new Set<number>();
  for (const candidate of candidates) {
    if (takenBefore.has(candidate.before) || takenAfter.has(candidate.after)) continue;
    takenBefore.add(candidate.before);
    takenAfter.add(candidate.after);
    addPair({
      before: candidate.before,
      after: candidate.after,
      basis: 'similarity',
      score: candidate.score,
    });
  }
}

function relativePosition(index: number, length: number): number {
  return length <= 1 ? 0 : index / (length - 1);
}

/** The `count` entries of a sorted list nearest to `target`, in ascending order. */
function nearest(sorted: readonly number[], target: number, count: number): number[] {
  if (sorted.length <= count) return [...sorted];
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < target) low = middle + 1;
    else high = middle;
  }
  let left = low - 1;
  let right = low;
  const picked: number[] = [];
  while (picked.length < count) {
    const leftDistance = left >= 0 ? target - (sorted[left] as number) : Infinity;
    const rightDistance = right < sorted.length ? (sorted[right] as number) - target : Infinity;
    if (leftDistance <= rightDistance) picked.push(sorted[left--] as number);
    else picked.push(sorted[right++] as number);
  }
  return picked.sort((x, y) => x - y);
}

/**
 * The largest set of pairs whose old and new indexes both increase (patience sorting,
 * O(n log n)): the pairs that kept their order. Every other pair is a move.
 */
function longestIncreasingPairs(pairs: readonly Pair[]): Set<Pair> {
  const sorted = [...pairs].sort((x, y) => x.after - y.after);
  const tails: number[] = [];
  const previous: number[] = new Array(sorted.length).fill(-1);
  for (let index = 0; index < sorted.length; index++) {
    const value = (sorted[index] as Pair).before;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[tails[middle] as number] as Pair).before < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  }
  const kept = new Set<Pair>();
  let cursor = tails.length === 0 ? -1 : (tails[tails.length - 1] as number);
  while (cursor !== -1) {
    kept.add(sorted[cursor] as Pair);
    cursor = previous[cursor] as number;
  }
  return kept;
}

/**
 * Leftovers between the same two in-order neighbours on both sides are likely one clause
 * rewritten: pair them monotonically at the lower gap threshold.
 */
function pairInGaps(
  inOrder: ReadonlySet<Pair>,
  beforeLength: number,
  afterLength: number,
  pairOfBefore: ReadonlyMap<number, Pair>,
  pairOfAfter: ReadonlyMap<number, Pair>,
  profileBefore: (index: number) => Profile,
  profileAfter: (index: number) => Profile,
  threshold: number,
  addPair: (pair: Pair) => void,
): void {
  const anchors = [...inOrder].sort((x, y) => x.after - y.after);
  let previousBefore = -1;
  let previousAfter = -1;
  for (let step = 0; step <= anchors.length; step++) {
    const anchor = anchors[step];
    const nextBefore = anchor === undefined ? beforeLength : anchor.before;
    const nextAfter = anchor === undefined ? afterLength : anchor.after;
    const gapBefore: number[] = [];
    for (let index = previousBefore + 1; index < nextBefore; index++) {
      if (!pairOfBefore.has(index)) gapBefore.push(index);
    }
    let cursor = 0;
    for (let afterIndex = previousAfter + 1; afterIndex < nextAfter; afterIndex++) {
      if (pairOfAfter.has(afterIndex) || cursor >= gapBefore.length) continue;
      const words = profileAfter(afterIndex).words;
      let best = -1;
      let bestScore = threshold;
      const end = Math.min(gapBefore.length, cursor + GAP_WINDOW);
      for (let position = cursor; position < end; position++) {
        const score = jaccard(profileBefore(gapBefore[position] as number).words, words);
        if (score >= bestScore && (best === -1 || score > bestScore)) {
          best = position;
          bestScore = score;
        }
      }
      if (best !== -1) {
        addPair({
          before: gapBefore[best] as number,
          after: afterIndex,
          basis: 'order',
          score: bestScore,
        });
        cursor = best + 1;
      }
    }
    previousBefore = nextBefore;
    previousAfter = nextAfter;
  }
}

interface Split {
  /** The whole, on the side being split. */
  whole: number;
  /** The parts on the other side, in order. */
  parts: number[];
}

/**
 * Finds wholes on one side that became several consecutive parts on the other: each part lies
 * mostly inside the whole, and together they resemble it better than any single pair did.
 * Called with the sides swapped, it finds merges. `excludedParts` and `excludedWholes` hold
 * what an earlier call already used.
 */
function findSplits(
  wholeLength: number,
  partLength: number,
  pairOfWhole: ReadonlyMap<number, Pair>,
  pairOfPart: ReadonlyMap<number, Pair>,
  profileWhole: (index: number) => Profile,
  profilePart: (index: number) => Profile,
  threshold: number,
  excludedParts: ReadonlySet<number> = new Set(),
  excludedWholes: ReadonlySet<number> = new Set(),
): Map<number, Split> {
  const splits = new Map<number, Split>();
  const freeParts = indexes(partLength).filter(
    (index) => !pairOfPart.has(index) && !excludedParts.has(index),
  );
  if (freeParts.length === 0) return splits;
  const postings = new Map<string, number[]>();
  for (const index of freeParts) {
    for (const word of profilePart(index).words) {
      const list = postings.get(word);
      if (list === undefined) postings.set(word, [index]);
      else list.push(index);
    }
  }
  const used = new Set<number>();
  for (let whole = 0; whole < wholeLength; whole++) {
    if (excludedWholes.has(whole)) continue;
    const pair = pairOfWhole.get(whole);
    // Only provisions left over, or paired on similarity alone, can turn out to be split.
    if (pair !== undefined && (pair.basis === 'id' || pair.basis === 'text')) continue;
    const wholeWords = profileWhole(whole).words;
    if (wholeWords.size === 0) continue;
    const contained = new Set<number>();
    for (const word of wholeWords) {
      const list = postings.get(word);
      if (list === undefined || list.length > POSTINGS_PER_WORD) continue;
      for (const part of list) {
        if (used.has(part) || contained.has(part)) continue;
        const words = profilePart(part).words;
        if (words.size >= 2 && containment(words, wholeWords) >= PART_CONTAINMENT) {
          contained.add(part);
        }
      }
    }
    const paired = pair === undefined ? undefined : pairedPartOf(pair, pairOfPart);
    if (paired !== undefined) contained.add(paired);
    const run = longestConsecutiveRun([...contained].sort((x, y) => x - y));
    if (run.length < 2) continue;
    const score = jaccardWithUnion(
      wholeWords,
      run.map((part) => profilePart(part).words),
    );
    if (score < threshold || (pair !== undefined && score <= pair.score)) continue;
    if (paired !== undefined && !run.includes(paired)) continue;
    for (const part of run) used.add(part);
    splits.set(whole, { whole, parts: run });
  }
  return splits;
}

function pairedPartOf(pair: Pair, pairOfPart: ReadonlyMap<number, Pair>): number | undefined {
  // The pair maps whole -> part; find which of its two indexes lives on the part side.
  if (pairOfPart.get(pair.after) === pair) return pair.after;
  if (pairOfPart.get(pair.before) === pair) return pair.before;
  return undefined;
}

/** The longest run of consecutive integers in a sorted list (the first one on ties). */
function longestConsecutiveRun(sorted: readonly number[]): number[] {
  let best: number[] = [];
  let current: number[] = [];
  for (const value of sorted) {
    if (current.length > 0 && value === (current[current.length - 1] as number) + 1) {
      current.push(value);
    } else {
      current = [value];
    }
    if (current.length > best.length) best = [...current];
  }
  return best;
}

/**
 * Lays the entries out in document order: by position in the new list, each old-only entry
 * placed just before the new-list position of the next in-order pair that follows it in the
 * old list, so a removed point appears where it used to be.
 */
function orderEntries(
  beforeLength: number,
  afterLength: number,
  pairOfAfter: ReadonlyMap<number, Pair>,
  inOrder: ReadonlySet<Pair>,
  splits: ReadonlyMap<number, Split>,
  merges: ReadonlyMap<number, Split>,
): AlignmentEntry[] {
  // For each old index, the new index of the next in-order pair at or after it.
  const anchorAfter: number[] = new Array(beforeLength + 1).fill(afterLength);
  const anchors = [...inOrder].sort((x, y) => x.before - y.before);
  let anchorCursor = anchors.length - 1;
  let next = afterLength;
  for (let index = beforeLength - 1; index >= 0; index--) {
    while (anchorCursor >= 0 && (anchors[anchorCursor] as Pair).before >= index) {
      next = Math.min(next, (anchors[anchorCursor] as Pair).after);
      anchorCursor--;
    }
    anchorAfter[index] = next;
  }

  const placed: { position: number; tie: number; entry: AlignmentEntry }[] = [];
  const mergedBefore = new Set<number>();
  for (const merge of merges.values()) for (const part of merge.parts) mergedBefore.add(part);
  const splitAfter = new Set<number>();
  for (const split of splits.values()) for (const part of split.parts) splitAfter.add(part);

  for (let index = 0; index < afterLength; index++) {
    const pair = pairOfAfter.get(index);
    const merge = merges.get(index);
    if (pair !== undefined) {
      placed.push({
        position: index,
        tie: 1,
        entry: {
          kind: 'pair',
          before: pair.before,
          after: index,
          basis: pair.basis,
          moved: !inOrder.has(pair),
        },
      });
    } else if (merge !== undefined) {
      placed.push({
        position: index,
        tie: 1,
        entry: { kind: 'merged', before: merge.parts, after: index },
      });
    } else if (!splitAfter.has(index)) {
      placed.push({ position: index, tie: 1, entry: { kind: 'added', after: index } });
    }
  }
  const pairedBefore = new Set<number>();
  for (const pair of pairOfAfter.values()) pairedBefore.add(pair.before);
  for (let index = 0; index < beforeLength; index++) {
    const split = splits.get(index);
    if (split !== undefined) {
      placed.push({
        position: split.parts[0] as number,
        tie: 1,
        entry: { kind: 'split', before: index, after: split.parts },
      });
    } else if (!pairedBefore.has(index) && !mergedBefore.has(index)) {
      placed.push({
        position: anchorAfter[index] as number,
        tie: 0,
        entry: { kind: 'removed', before: index },
      });
    }
  }
  return placed
    .map((item, order) => ({ ...item, order }))
    .sort(
      (x, y) =>
        x.position - y.position ||
        x.tie - y.tie ||
        beforeIndexOf(x.entry) - beforeIndexOf(y.entry) ||
        x.order - y.order,
    )
    .map((item) => item.entry);
}

function beforeIndexOf(entry: AlignmentEntry): number {
  switch (entry.kind) {
    case 'pair':
    case 'removed':
    case 'split':
      return entry.before;
    case 'merged':
      return entry.before[0] as number;
    case 'added':
      return -1;
  }
}
