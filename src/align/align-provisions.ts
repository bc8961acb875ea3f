import { guardCall } from '../internal/guard-call.js';
import { MonotoneMatching } from '../internal/monotone-matching.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a, StringIndex } from '../internal/string-index.js';
import { wordsOf } from '../internal/tokenize.js';
import type { Provision } from '../model/provision.js';
import { checkProvisions, readAlignOptions } from './align-arguments.js';
import {
  containmentOfIds,
  jaccardOfIds,
  jaccardWithUnionOfIds,
  type WordIdSet,
  WordTable,
} from './similarity.js';

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
      /** How alike the two are, 0..1: 1 for pairs by id or identical text. */
      similarity: number;
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
const CONTAINED = 1;
const REJECTED = 2;

interface Profile {
  /** Normalised title and text: equal profiles mean identical provisions. */
  identity: string;
  words: WordIdSet;
}

interface Pair {
  before: number;
  after: number;
  basis: PairBasis;
  score: number;
  /** On the longest increasing run (kept its order); a flag, not a `Set`, for speed. */
  inOrder: boolean;
}

/**
 * Pairs the provisions of two versions of one list (DESIGN.md, "Alignment is the heart"):
 * first by shared id (ids marked `positional` do not count), then by identical text (hashing,
 * one pass), then by similarity among candidates found through rare words (never all against
 * all), then by lower similarity inside the gaps between pairs. A longest increasing
 * subsequence over the pairs keeps document order: pairs off it are moves, so deleting point 3
 * renumbers the rest instead of rewording them. Leftovers contained in one provision of the
 * other side become splits and merges; the rest are additions and removals.
 *
 * Throws `DraftdiffError` `INVALID_ARGUMENT` for a list that is not an array of provisions (each
 * an object with a string `text`) and for options that are not `AlignOptions`.
 */
export function alignProvisions(
  before: readonly Provision[],
  after: readonly Provision[],
  options: AlignOptions = {},
): Alignment {
  return guardCall('alignProvisions', [before, after, options], () => {
    checkProvisions(before, 'alignProvisions', 'before');
    checkProvisions(after, 'alignProvisions', 'after');
    return alignCheckedProvisions(before, after, readAlignOptions(options, 'alignProvisions'));
  });
}

/**
 * `alignProvisions` without its argument checks, for `diffDrafts`: `parseDraft` has checked
 * every list it aligns, and the checks would cost a loop over each one. Internal.
 */
export function alignCheckedProvisions(
  before: readonly Provision[],
  after: readonly Provision[],
  options: AlignOptions,
): Alignment {
  return alignUnchangedIds(before, after) ?? alignByPasses(before, after, options);
}

/**
 * The passes of `alignProvisions`, from ids to splits and merges, whatever the lists.
 * Internal: exported for the test that holds `alignUnchangedIds` to it.
 */
export function alignByPasses(
  before: readonly Provision[],
  after: readonly Provision[],
  options: AlignOptions,
): Alignment {
  const rewordThreshold = options.rewordThreshold ?? 0.5;
  const gapThreshold = options.gapThreshold ?? 0.25;
  const normalize = options.normalize ?? 'NFC';
  const pairOfBefore = new PairIndex(before.length);
  const pairOfAfter = new PairIndex(after.length);
  const addPair = (pair: Pair) => {
    pairOfBefore.set(pair.before, pair);
    pairOfAfter.set(pair.after, pair);
  };

  pairByIds(before, after, addPair);

  const profiles = new ProfileCache(normalize);
  const profileBefore = (index: number) => profiles.of('b', index, before[index] as Provision);
  const profileAfter = (index: number) => profiles.of('a', index, after[index] as Provision);
  const unpairedBefore = () => pairOfBefore.unpaired();
  const unpairedAfter = () => pairOfAfter.unpaired();

  /** The tie-breaking weight of pairing old provision `beforeIndex` with new `afterIndex`. */
  const weightOf = (beforeIndex: number, afterIndex: number) =>
    pairWeight(before[beforeIndex] as Provision, after[afterIndex] as Provision);

  pairByIdentity(unpairedBefore(), unpairedAfter(), profileBefore, profileAfter, addPair);
  pairBySimilarity(
    unpairedBefore(),
    unpairedAfter(),
    profileBefore,
    profileAfter,
    rewordThreshold,
    before.length,
    after.length,
    profiles.words,
    weightOf,
    addPair,
  );

  markLongestIncreasing(pairOfAfter.values(), before.length, (pair) =>
    weightOf(pair.before, pair.after),
  );
  pairInGaps(
    before.length,
    after.length,
    pairOfBefore,
    pairOfAfter,
    profileBefore,
    profileAfter,
    gapThreshold,
    weightOf,
    (pair) => {
      pair.inOrder = true;
      addPair(pair);
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
        pair.inOrder = false;
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
        pair.inOrder = false;
      }
    }
  }

  return {
    entries: orderEntries(before.length, after.length, pairOfBefore, pairOfAfter, splits, merges),
  };
}

/**
 * The alignment of two lists with the same authored ids in the same order, the usual case for
 * the sub-points of a provision: every pair by id, in order, nothing left over. It is what the
 * passes below would give (nothing is left for the later passes, and one increasing run holds
 * every pair), without their tables: a diff aligns every pair's sub-points, and setting those
 * up for two or three items cost more than the items' own diff.
 */
function alignUnchangedIds(
  before: readonly Provision[],
  after: readonly Provision[],
): Alignment | undefined {
  if (before.length !== after.length) return undefined;
  for (let index = 0; index < before.length; index++) {
    const old = before[index] as Provision;
    const next = after[index] as Provision;
    if (old.id !== next.id || old.positional === true || next.positional === true) {
      return undefined;
    }
  }
  const entries: AlignmentEntry[] = new Array(before.length);
  for (let index = 0; index < before.length; index++) {
    entries[index] = {
      kind: 'pair',
      before: index,
      after: index,
      basis: 'id',
      similarity: 1,
      moved: false,
    };
  }
  return { entries };
}

/**
 * Pairs by the index of one side: an array rather than a `Map`, since the keys are dense small
 * integers (hashing them was a tenth of the alignment's time on 10,000 provisions).
 */
class PairIndex {
  private readonly slots: (Pair | undefined)[];
  constructor(length: number) {
    this.slots = new Array<Pair | undefined>(length).fill(undefined);
  }
  get(index: number): Pair | undefined {
    return index < this.slots.length ? this.slots[index] : undefined;
  }
  has(index: number): boolean {
    return this.get(index) !== undefined;
  }
  set(index: number, pair: Pair): void {
    this.slots[index] = pair;
  }
  delete(index: number): void {
    if (index < this.slots.length) this.slots[index] = undefined;
  }
  /** The pairs, by ascending index on this side. */
  values(): Pair[] {
    const pairs: Pair[] = [];
    for (const pair of this.slots) if (pair !== undefined) pairs.push(pair);
    return pairs;
  }
  /** The indexes on this side that have no pair, ascending. */
  unpaired(): number[] {
    const free: number[] = [];
    for (let index = 0; index < this.slots.length; index++) {
      if (this.slots[index] === undefined) free.push(index);
    }
    return free;
  }
}

function pairByIds(
  before: readonly Provision[],
  after: readonly Provision[],
  addPair: (pair: Pair) => void,
): void {
  // Ids are unique in a draft; a list given to alignProvisions directly may repeat one, and
  // then the last of its kind pairs, as a `Map` would have it.
  const afterById = new StringIndex(after.length);
  after.forEach((provision, index) => {
    if (provision.positional !== true) afterById.set(provision.id, index);
  });
  before.forEach((provision, index) => {
    if (provision.positional === true) return;
    const match = afterById.get(provision.id);
    if (match !== -1)
      addPair({ before: index, after: match, basis: 'id', score: 1, inOrder: false });
  });
}

/**
 * Profiles by side and index, each part computed on first use: every unpaired provision needs
 * its identity for the hash join, but only the few left after it need their word sets, which
 * cost a tokenization each.
 */
class ProfileCache {
  private readonly sides = { a: [] as (Profile | undefined)[], b: [] as (Profile | undefined)[] };
  /** One numbering of words for both sides, so their id sets compare. */
  readonly words = new WordTable();
  constructor(private readonly normalize: 'NFC' | 'none') {}

  of(side: 'a' | 'b', index: number, provision: Provision): Profile {
    const profiles = this.sides[side];
    let profile = profiles[index];
    if (profile === undefined) {
      profile = new LazyProfile(
        provision.title ?? '',
        provision.text,
        this.normalize === 'NFC',
        this.words,
      );
      profiles[index] = profile;
    }
    return profile;
  }
}

/**
 * Text that normalising and collapsing whitespace leave as it is: no code point at or above
 * U+0300 (below it every string is already NFC: combining marks start there) and no
 * whitespace but single spaces between words. Most clauses are like this. A regex, because
 * the engine scans a long string faster than a loop of `charCodeAt`.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the range starts at U+0300 on purpose; it stands for every code point from the combining marks up, not for one character.
const PLAIN_TEXT = /^(?:[^\s\u0300-\uffff]+(?: [^\s\u0300-\uffff]+)*)?$/;

/**
 * A provision's identity (normalised title and text, whitespace collapsed) and, on first use,
 * its word set. Plain texts skip `normalize` and the whitespace regex, which were most of the
 * time of aligning 10,000 provisions without ids; the identity is the same string either way.
 */
class LazyProfile implements Profile {
  readonly identity: string;
  private readonly plain: boolean;
  private wordSet: WordIdSet | undefined;
  constructor(
    private readonly title: string,
    private readonly text: string,
    private readonly normalize: boolean,
    private readonly table: WordTable,
  ) {
    this.plain = PLAIN_TEXT.test(title) && PLAIN_TEXT.test(text);
    if (this.plain) {
      // What `${title}\n${text}` becomes: the line break collapses to a space, then trimmed.
      this.identity = title === '' ? text : text === '' ? title : `${title} ${text}`;
    } else {
      this.identity = this.normalized().replace(/\s+/g, ' ').trim();
    }
  }
  private normalized(): string {
    const raw = `${this.title}\n${this.text}`;
    return this.normalize && !this.plain ? raw.normalize('NFC') : raw;
  }
  get words(): WordIdSet {
    this.wordSet ??= this.table.setOf(wordsOf(this.normalized()));
    return this.wordSet;
  }
}

/**
 * Identical texts pair in order of appearance: one hash lookup per provision. The table is
 * keyed by a number computed from the identity's length and its first and last characters
 * (hashing whole clauses, then building a string key from their ends, were most of this
 * step's time), each slot chaining the identities that land in it; equal identities always
 * share a slot, so the pairs are the same. Typed arrays rather than a `Map` of objects: a
 * `Map` of 10,000 buckets cost more than the lookups.
 */
function pairByIdentity(
  unpairedBefore: readonly number[],
  unpairedAfter: readonly number[],
  profileBefore: (index: number) => Profile,
  profileAfter: (index: number) => Profile,
  addPair: (pair: Pair) => void,
): void {
  if (unpairedBefore.length === 0 || unpairedAfter.length === 0) return;
  let size = 16;
  while (size < unpairedAfter.length * 2) size *= 2;
  const mask = size - 1;
  // By slot, the first group of identities there; by group (one identity), the next group in
  // its slot, its fingerprint, and the first and last new provision not yet paired with it.
  const firstGroup = new Int32Array(size).fill(-1);
  const identities: string[] = [];
  const fingerprints: number[] = [];
  const nextGroup: number[] = [];
  const firstWaiting: number[] = [];
  const lastWaiting: number[] = [];
  // By position in `unpairedAfter`, the next one with the same identity.
  const nextWaiting = new Int32Array(unpairedAfter.length).fill(-1);
  const groupOf = (identity: string, key: number): number => {
    let group = firstGroup[key & mask] as number;
    while (group !== -1 && (fingerprints[group] !== key || identities[group] !== identity)) {
      group = nextGroup[group] as number;
    }
    return group;
  };
  unpairedAfter.forEach((index, position) => {
    const identity = profileAfter(index).identity;
    if (identity === '') return;
    const key = fingerprint(identity);
    const group = groupOf(identity, key);
    if (group !== -1) {
      const last = lastWaiting[group] as number;
      if (last === -1) firstWaiting[group] = position;
      else nextWaiting[last] = position;
      lastWaiting[group] = position;
      return;
    }
    const created = identities.length;
    identities.push(identity);
    fingerprints.push(key);
    nextGroup.push(firstGroup[key & mask] as number);
    firstGroup[key & mask] = created;
    firstWaiting.push(position);
    lastWaiting.push(position);
  });
  for (const index of unpairedBefore) {
    const identity = profileBefore(index).identity;
    if (identity === '') continue;
    const group = groupOf(identity, fingerprint(identity));
    if (group === -1) continue;
    const position = firstWaiting[group] as number;
    if (position === -1) continue;
    firstWaiting[group] = nextWaiting[position] as number;
    if (firstWaiting[group] === -1) lastWaiting[group] = -1;
    const match = unpairedAfter[position] as number;
    addPair({ before: index, after: match, basis: 'text', score: 1, inOrder: false });
  }
}

/** FNV-1a over the length and the first and last 24 code units: cheap, and equal for equals. */
function fingerprint(identity: string): number {
  const length = identity.length;
  let hash = Math.imul(FNV_OFFSET ^ length, FNV_PRIME);
  const head = Math.min(length, 24);
  for (let index = 0; index < head; index++) {
    hash = Math.imul(hash ^ identity.charCodeAt(index), FNV_PRIME);
  }
  for (let index = Math.max(head, length - 24); index < length; index++) {
    hash = Math.imul(hash ^ identity.charCodeAt(index), FNV_PRIME);
  }
  return hash;
}

/**
 * Finds candidates through an inverted index of the rarest words of each provision, scores
 * them, and pairs greedily from the best score down. The search runs both ways (the rare
 * words of each new provision looked up among the old ones, and of each old one among the new),
 * so the candidates are the same whichever draft is old. Ties go to the pair nearer in
 * relative position, then to the heavier pair (`pairWeight`, the same both ways), then to the
 * smaller sum and the smaller of the two indexes, so the result never depends on iteration order
 * and mirrors when the drafts swap.
 */
function pairBySimilarity(
  unpairedBefore: readonly number[],
  unpairedAfter: readonly number[],
  profileBefore: (index: number) => Profile,
  profileAfter: (index: number) => Profile,
  threshold: number,
  beforeLength: number,
  afterLength: number,
  table: WordTable,
  weightOf: (before: number, after: number) => number,
  addPair: (pair: Pair) => void,
): void {
  if (unpairedBefore.length === 0 || unpairedAfter.length === 0) return;
  const candidates: SimilarityCandidate[] = [];
  const seen = new Set<number>();
  const consider = (beforeIndex: number, afterIndex: number) => {
    const id = beforeIndex * afterLength + afterIndex;
    if (seen.has(id)) return;
    seen.add(id);
    const score = jaccardOfIds(profileBefore(beforeIndex).words, profileAfter(afterIndex).words);
    if (score < threshold) return;
    const distance = Math.abs(
      relativePosition(beforeIndex, beforeLength) - relativePosition(afterIndex, afterLength),
    );
    candidates.push({
      before: beforeIndex,
      after: afterIndex,
      score,
      distance,
      weight: weightOf(beforeIndex, afterIndex),
    });
  };
  findCandidates(
    unpairedBefore,
    unpairedAfter,
    profileBefore,
    profileAfter,
    beforeLength,
    afterLength,
    table,
    consider,
  );
  findCandidates(
    unpairedAfter,
    unpairedBefore,
    profileAfter,
    profileBefore,
    afterLength,
    beforeLength,
    table,
    (afterIndex, beforeIndex) => consider(beforeIndex, afterIndex),
  );
  candidates.sort(
    (x, y) =>
      y.score - x.score ||
      x.distance - y.distance ||
      tieOrder(x.weight, x.before, x.after, y.weight, y.before, y.after),
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
      inOrder: false,
    });
  }
}

interface SimilarityCandidate {
  before: number;
  after: number;
  score: number;
  distance: number;
  weight: number;
}

/**
 * For each provision on the looking side, the provisions of the other side that share one of
 * its rarest words, nearest its relative position first: `consider(found, looking)`.
 */
function findCandidates(
  indexed: readonly number[],
  looking: readonly number[],
  profileIndexed: (index: number) => Profile,
  profileLooking: (index: number) => Profile,
  indexedLength: number,
  lookingLength: number,
  table: WordTable,
  consider: (found: number, looking: number) => void,
): void {
  // By word id: the indexed provisions holding the word (ascending), and how many do.
  const postings: (number[] | undefined)[] = [];
  for (const index of indexed) {
    for (const id of profileIndexed(index).words.ids) {
      const list = postings[id];
      if (list === undefined) postings[id] = [index];
      else list.push(index);
    }
  }
  // Rarer first; among words as rare, in code-unit order of the words themselves.
  const rarer = (x: number, y: number): boolean => {
    const byFrequency = (postings[x] as number[]).length - (postings[y] as number[]).length;
    return byFrequency < 0 || (byFrequency === 0 && table.wordOf(x) < table.wordOf(y));
  };
  const rare: number[] = [];
  for (const lookingIndex of looking) {
    // The few rarest words, kept in order while the word set is read once (sorting every
    // word of every leftover was most of this pass).
    rare.length = 0;
    for (const id of profileLooking(lookingIndex).words.ids) {
      if (postings[id] === undefined) continue;
      if (rare.length === RARE_WORDS_PER_PROVISION && !rarer(id, rare[rare.length - 1] as number)) {
        continue;
      }
      let at = rare.length === RARE_WORDS_PER_PROVISION ? rare.length - 1 : rare.length;
      while (at > 0 && rarer(id, rare[at - 1] as number)) {
        rare[at] = rare[at - 1] as number;
        at--;
      }
      rare[at] = id;
    }
    const expected = relativePosition(lookingIndex, lookingLength) * indexedLength;
    for (const id of rare) {
      for (const found of nearest(postings[id] as number[], expected, POSTINGS_PER_WORD)) {
        consider(found, lookingIndex);
      }
    }
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
 * The largest set of pairs whose old and new indexes both increase: the pairs that kept their
 * order, marked `inOrder`. Every other pair is a move. `sorted` is in ascending order of new
 * index; `beforeLength` bounds the old indexes.
 *
 * When several sets are largest (two points that swapped places: either one moved), the one
 * of greatest total `weightOf` wins, a number each pair gets from its two provisions alike
 * whichever side is old, so the backward diff moves the same points as the forward one (the
 * mirror law). Patience sorting both ways finds the pairs that lie on some longest run; when
 * those are exactly one run (nearly always) that is the answer, and only otherwise are the
 * weights read, by dynamic programming over those pairs with a Fenwick tree of prefix maxima
 * (reading two provisions per pair for weights that are not needed cost a tenth of aligning).
 */
function markLongestIncreasing(
  sorted: readonly Pair[],
  beforeLength: number,
  weightOf: (pair: Pair) => number,
): void {
  const count = sorted.length;
  if (count === 0) return;
  // The longest run ending at each pair, and (from the other end) starting at it.
  const ending = runLengths(count, (index) => (sorted[index] as Pair).before);
  const starting = runLengths(count, (index) => -(sorted[count - 1 - index] as Pair).before);
  let longest = 0;
  for (let index = 0; index < count; index++) {
    longest = Math.max(longest, ending[index] as number);
  }
  const onSome: number[] = [];
  for (let index = 0; index < count; index++) {
    if ((ending[index] as number) + (starting[count - 1 - index] as number) - 1 === longest) {
      onSome.push(index);
    }
  }
  if (onSome.length === longest) {
    for (const index of onSome) (sorted[index] as Pair).inOrder = true;
    return;
  }
  markHeaviestRun(sorted, onSome, beforeLength, weightOf);
}

/**
 * For each position, the length of the longest strictly increasing run of `valueAt` that
 * ends there (patience sorting with binary search: O(n log n)).
 */
function runLengths(count: number, valueAt: (index: number) => number): Int32Array {
  const lengths = new Int32Array(count);
  const tails: number[] = [];
  for (let index = 0; index < count; index++) {
    const value = valueAt(index);
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((tails[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
    lengths[index] = low + 1;
  }
  return lengths;
}

/** Among the pairs `candidates` (positions in `sorted`), marks the longest, heaviest run. */
function markHeaviestRun(
  sorted: readonly Pair[],
  candidates: readonly number[],
  beforeLength: number,
  weightOf: (pair: Pair) => number,
): void {
  // By Fenwick node (1-based old index): the best chain ending at an old index it covers.
  const treeLength = new Int32Array(beforeLength + 1);
  const treeWeight = new Float64Array(beforeLength + 1);
  const treeEnd = new Int32Array(beforeLength + 1).fill(-1);
  // By position in `candidates`: the best chain ending there, and the one before it.
  const chainLength = new Int32Array(candidates.length);
  const chainWeight = new Float64Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  let best = -1;
  for (let position = 0; position < candidates.length; position++) {
    const pair = sorted[candidates[position] as number] as Pair;
    const value = pair.before;
    let length = 0;
    let weight = 0;
    let end = -1;
    for (let node = value; node > 0; node -= node & -node) {
      if (longer(treeLength[node] as number, treeWeight[node] as number, length, weight)) {
        length = treeLength[node] as number;
        weight = treeWeight[node] as number;
        end = treeEnd[node] as number;
      }
    }
    length += 1;
    weight += weightOf(pair);
    chainLength[position] = length;
    chainWeight[position] = weight;
    previous[position] = end;
    for (let node = value + 1; node <= beforeLength; node += node & -node) {
      if (longer(length, weight, treeLength[node] as number, treeWeight[node] as number)) {
        treeLength[node] = length;
        treeWeight[node] = weight;
        treeEnd[node] = position;
      }
    }
    if (
      best === -1 ||
      longer(length, weight, chainLength[best] as number, chainWeight[best] as number)
    ) {
      best = position;
    }
  }
  for (let cursor = best; cursor !== -1; cursor = previous[cursor] as number) {
    (sorted[candidates[cursor] as number] as Pair).inOrder = true;
  }
}

/** Chain (length, weight) beats another: longer, or as long and heavier. Ties keep the first. */
function longer(length: number, weight: number, otherLength: number, otherWeight: number): boolean {
  return length > otherLength || (length === otherLength && weight > otherWeight);
}

/**
 * The order of two equally scored candidates, each an old and a new index with a weight: the
 * heavier first, then the smaller sum of indexes, then the smaller of the two, which read the
 * same with the drafts swapped (the mirror law relies on it); last the smaller old index, which
 * only separates a pair from its transpose.
 */
function tieOrder(
  weightX: number,
  beforeX: number,
  afterX: number,
  weightY: number,
  beforeY: number,
  afterY: number,
): number {
  return (
    weightY - weightX ||
    beforeX + afterX - (beforeY + afterY) ||
    Math.min(beforeX, afterX) - Math.min(beforeY, afterY) ||
    beforeX - beforeY
  );
}

/**
 * A pair's weight for choosing among equally long runs in order or equally good candidates:
 * the sum of a hash of each provision (its id and text), so it is the same number whichever
 * of the two drafts is the old one. Each hash goes through a finalizer first: plain FNV sums of
 * ids such as "a0" and "b7" often tie. Below 2^33, so the sum over 200,000 pairs stays an
 * exact integer.
 */
function pairWeight(old: Provision, next: Provision): number {
  return provisionHash(old) + provisionHash(next);
}

/** An unsigned 32-bit hash of a provision's id and text (murmur3's finalizer over FNV-1a). */
function provisionHash(provision: Provision): number {
  let hash = (fnv1a(provision.id) ^ Math.imul(fingerprint(provision.text), 0x9e3779b1)) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * Leftovers between the same two in-order neighbours on both sides are likely one clause
 * rewritten: pair them at the lower gap threshold, keeping their order. Within a gap every old
 * and new leftover at most `GAP_WINDOW` places apart is scored, and pairs are taken from the
 * best score down (ties as in `pairBySimilarity`), each one only if it crosses none taken
 * before: a rule that reads the same with the drafts swapped, so the backward diff pairs the
 * same clauses (the sweep it replaces let each new clause take the best old one after the last
 * taken, which depended on which side was new).
 */
function pairInGaps(
  beforeLength: number,
  afterLength: number,
  pairOfBefore: PairIndex,
  pairOfAfter: PairIndex,
  profileBefore: (index: number) => Profile,
  profileAfter: (index: number) => Profile,
  threshold: number,
  weightOf: (before: number, after: number) => number,
  addPair: (pair: Pair) => void,
): void {
  const anchors = pairOfAfter.values().filter((pair) => pair.inOrder);
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
    const gapAfter: number[] = [];
    for (let index = previousAfter + 1; index < nextAfter; index++) {
      if (!pairOfAfter.has(index)) gapAfter.push(index);
    }
    previousBefore = nextBefore;
    previousAfter = nextAfter;
    if (gapBefore.length === 0 || gapAfter.length === 0) continue;
    const candidates: GapCandidate[] = [];
    gapBefore.forEach((beforeIndex, x) => {
      const words = profileBefore(beforeIndex).words;
      const last = Math.min(gapAfter.length - 1, x + GAP_WINDOW);
      for (let y = Math.max(0, x - GAP_WINDOW); y <= last; y++) {
        const afterIndex = gapAfter[y] as number;
        const score = jaccardOfIds(words, profileAfter(afterIndex).words);
        if (score < threshold) continue;
        candidates.push({ x, y, score, weight: weightOf(beforeIndex, afterIndex) });
      }
    });
    candidates.sort(
      (first, second) =>
        second.score - first.score ||
        tieOrder(first.weight, first.x, first.y, second.weight, second.x, second.y),
    );
    const taken = new MonotoneMatching(gapBefore.length);
    for (const { x, y, score } of candidates) {
      if (!taken.fits(x, y)) continue;
      taken.add(x, y);
      addPair({
        before: gapBefore[x] as number,
        after: gapAfter[y] as number,
        basis: 'order',
        score,
        inOrder: false,
      });
    }
  }
}

interface GapCandidate {
  /** Position among the gap's old leftovers. */
  x: number;
  /** Position among the gap's new leftovers. */
  y: number;
  score: number;
  weight: number;
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
  pairOfWhole: PairIndex,
  pairOfPart: PairIndex,
  profileWhole: (index: number) => Profile,
  profilePart: (index: number) => Profile,
  threshold: number,
  excludedParts: ReadonlySet<number> = new Set(),
  excludedWholes: ReadonlySet<number> = new Set(),
): Map<number, Split> {
  const splits = new Map<number, Split>();
  const freeParts = pairOfPart.unpaired().filter((index) => !excludedParts.has(index));
  if (freeParts.length === 0) return splits;
  const postings: (number[] | undefined)[] = [];
  for (const index of freeParts) {
    for (const id of profilePart(index).words.ids) {
      const list = postings[id];
      if (list === undefined) postings[id] = [index];
      else list.push(index);
    }
  }
  const used = new Set<number>();
  // Per part, while one whole is examined: 0 untested, CONTAINED or REJECTED (each part is
  // tested once per whole, however many words it shares with it). Reset after each whole.
  const mark = new Uint8Array(partLength);
  const touched: number[] = [];
  for (let whole = 0; whole < wholeLength; whole++) {
    if (excludedWholes.has(whole)) continue;
    const pair = pairOfWhole.get(whole);
    // Only provisions left over, or paired on similarity alone, can turn out to be split.
    if (pair !== undefined && (pair.basis === 'id' || pair.basis === 'text')) continue;
    const wholeWords = profileWhole(whole).words;
    if (wholeWords.size === 0) continue;
    const contained = new Set<number>();
    for (const id of wholeWords.ids) {
      const list = postings[id];
      if (list === undefined || list.length > POSTINGS_PER_WORD) continue;
      for (const part of list) {
        if (mark[part] !== 0 || used.has(part)) continue;
        touched.push(part);
        const words = profilePart(part).words;
        if (words.size >= 2 && containmentOfIds(words, wholeWords) >= PART_CONTAINMENT) {
          mark[part] = CONTAINED;
          contained.add(part);
        } else {
          mark[part] = REJECTED;
        }
      }
    }
    for (const part of touched) mark[part] = 0;
    touched.length = 0;
    const paired = pair === undefined ? undefined : pairedPartOf(pair, pairOfPart);
    if (paired !== undefined) contained.add(paired);
    const run = longestConsecutiveRun([...contained].sort((x, y) => x - y));
    if (run.length < 2) continue;
    const score = jaccardWithUnionOfIds(
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

function pairedPartOf(pair: Pair, pairOfPart: PairIndex): number | undefined {
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
  pairOfBefore: PairIndex,
  pairOfAfter: PairIndex,
  splits: ReadonlyMap<number, Split>,
  merges: ReadonlyMap<number, Split>,
): AlignmentEntry[] {
  // For each old index, the new index of the next in-order pair at or after it.
  const anchorAfter: number[] = new Array(beforeLength + 1).fill(afterLength);
  const anchors = pairOfBefore.values().filter((pair) => pair.inOrder);
  let anchorCursor = anchors.length - 1;
  let next = afterLength;
  for (let index = beforeLength - 1; index >= 0; index--) {
    while (anchorCursor >= 0 && (anchors[anchorCursor] as Pair).before >= index) {
      next = Math.min(next, (anchors[anchorCursor] as Pair).after);
      anchorCursor--;
    }
    anchorAfter[index] = next;
  }

  // Three runs, each already in order: entries at new-list positions (ascending), splits
  // (placed at their first part), and old-only removals (ascending old index, so ascending
  // anchor too). Merged linearly in the order (position, removals first, old index).
  const atPosition: AlignmentEntry[] = [];
  const mergedBefore = new Set<number>();
  for (const merge of merges.values()) for (const part of merge.parts) mergedBefore.add(part);
  const splitAfter = new Set<number>();
  for (const split of splits.values()) for (const part of split.parts) splitAfter.add(part);

  for (let index = 0; index < afterLength; index++) {
    const pair = pairOfAfter.get(index);
    const merge = merges.size === 0 ? undefined : merges.get(index);
    if (pair !== undefined) {
      atPosition.push({
        kind: 'pair',
        before: pair.before,
        after: index,
        basis: pair.basis,
        similarity: pair.score,
        moved: !pair.inOrder,
      });
    } else if (merge !== undefined) {
      atPosition.push({ kind: 'merged', before: merge.parts, after: index });
    } else if (!splitAfter.has(index)) {
      atPosition.push({ kind: 'added', after: index });
    }
  }
  const splitEntries: AlignmentEntry[] = [];
  const removals: AlignmentEntry[] = [];
  const removalPositions: number[] = [];
  for (let index = 0; index < beforeLength; index++) {
    const split = splits.size === 0 ? undefined : splits.get(index);
    if (split !== undefined) {
      splitEntries.push({ kind: 'split', before: index, after: split.parts });
    } else if (!pairOfBefore.has(index) && !mergedBefore.has(index)) {
      removals.push({ kind: 'removed', before: index });
      removalPositions.push(anchorAfter[index] as number);
    }
  }
  // A split's first part holds no other entry, so positions never tie between these two.
  splitEntries.sort((x, y) => positionOf(x) - positionOf(y));
  const kept = splitEntries.length === 0 ? atPosition : mergeByPosition(atPosition, splitEntries);
  if (removals.length === 0) return kept;
  const entries: AlignmentEntry[] = [];
  let cursor = 0;
  removals.forEach((removal, index) => {
    const position = removalPositions[index] as number;
    // Removals go first among entries at the same position.
    while (cursor < kept.length && positionOf(kept[cursor] as AlignmentEntry) < position) {
      entries.push(kept[cursor++] as AlignmentEntry);
    }
    entries.push(removal);
  });
  while (cursor < kept.length) entries.push(kept[cursor++] as AlignmentEntry);
  return entries;
}

/** Where an entry sits in the new list: its new index, or a split's first part. */
function positionOf(entry: AlignmentEntry): number {
  switch (entry.kind) {
    case 'pair':
    case 'added':
    case 'merged':
      return entry.after;
    case 'split':
      return entry.after[0] as number;
    case 'removed':
      return -1;
  }
}

/** Merges two runs sorted by position (no position in both). */
function mergeByPosition(
  first: readonly AlignmentEntry[],
  second: readonly AlignmentEntry[],
): AlignmentEntry[] {
  const merged: AlignmentEntry[] = [];
  let x = 0;
  let y = 0;
  while (x < first.length && y < second.length) {
    const a = first[x] as AlignmentEntry;
    const b = second[y] as AlignmentEntry;
    if (positionOf(a) < positionOf(b)) {
      merged.push(a);
      x++;
    } else {
      merged.push(b);
      y++;
    }
  }
  while (x < first.length) merged.push(first[x++] as AlignmentEntry);
  while (y < second.length) merged.push(second[y++] as AlignmentEntry);
  return merged;
}
