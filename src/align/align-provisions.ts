import { StringIndex } from '../internal/string-index.js';
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
  checkProvisions(before, 'alignProvisions', 'before');
  checkProvisions(after, 'alignProvisions', 'after');
  return alignCheckedProvisions(before, after, readAlignOptions(options, 'alignProvisions'));
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
    addPair,
  );

  markLongestIncreasing(pairOfAfter.values());
  pairInGaps(
    before.length,
    after.length,
    pairOfBefore,
    pairOfAfter,
    profileBefore,
    profileAfter,
    gapThreshold,
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
    entries[index] = { kind: 'pair', before: index, after: index, basis: 'id', moved: false };
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
  let hash = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  const head = Math.min(length, 24);
  for (let index = 0; index < head; index++) {
    hash = Math.imul(hash ^ identity.charCodeAt(index), 0x01000193);
  }
  for (let index = Math.max(head, length - 24); index < length; index++) {
    hash = Math.imul(hash ^ identity.charCodeAt(index), 0x01000193);
  }
  return hash;
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
  table: WordTable,
  addPair: (pair: Pair) => void,
): void {
  if (unpairedBefore.length === 0 || unpairedAfter.length === 0) return;
  // By word id: the old provisions holding the word (ascending), and how many do.
  const postings: (number[] | undefined)[] = [];
  for (const index of unpairedBefore) {
    for (const id of profileBefore(index).words.ids) {
      const list = postings[id];
      if (list === undefined) postings[id] = [index];
      else list.push(index);
    }
  }
  const candidates: { before: number; after: number; score: number; distance: number }[] = [];
  for (const afterIndex of unpairedAfter) {
    const words = profileAfter(afterIndex).words;
    const rare = Array.from(words.ids)
      .filter((id) => postings[id] !== undefined)
      .sort((x, y) => {
        const byFrequency = (postings[x] as number[]).length - (postings[y] as number[]).length;
        if (byFrequency !== 0) return byFrequency;
        const [first, second] = [table.wordOf(x), table.wordOf(y)];
        return first < second ? -1 : first > second ? 1 : 0;
      })
      .slice(0, RARE_WORDS_PER_PROVISION);
    const expected = relativePosition(afterIndex, afterLength) * beforeLength;
    const seen = new Set<number>();
    for (const id of rare) {
      for (const beforeIndex of nearest(postings[id] as number[], expected, POSTINGS_PER_WORD)) {
        if (seen.has(beforeIndex)) continue;
        seen.add(beforeIndex);
        const score = jaccardOfIds(profileBefore(beforeIndex).words, words);
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
      inOrder: false,
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
 * O(n log n)): the pairs that kept their order, marked `inOrder`. Every other pair is a move. `sorted` is in
 * ascending order of new index.
 */
function markLongestIncreasing(sorted: readonly Pair[]): void {
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
  let cursor = tails.length === 0 ? -1 : (tails[tails.length - 1] as number);
  while (cursor !== -1) {
    (sorted[cursor] as Pair).inOrder = true;
    cursor = previous[cursor] as number;
  }
}

/**
 * Leftovers between the same two in-order neighbours on both sides are likely one clause
 * rewritten: pair them monotonically at the lower gap threshold.
 */
function pairInGaps(
  beforeLength: number,
  afterLength: number,
  pairOfBefore: PairIndex,
  pairOfAfter: PairIndex,
  profileBefore: (index: number) => Profile,
  profileAfter: (index: number) => Profile,
  threshold: number,
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
    let cursor = 0;
    for (let afterIndex = previousAfter + 1; afterIndex < nextAfter; afterIndex++) {
      if (pairOfAfter.has(afterIndex) || cursor >= gapBefore.length) continue;
      const words = profileAfter(afterIndex).words;
      let best = -1;
      let bestScore = threshold;
      const end = Math.min(gapBefore.length, cursor + GAP_WINDOW);
      for (let position = cursor; position < end; position++) {
        const score = jaccardOfIds(profileBefore(gapBefore[position] as number).words, words);
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
          inOrder: false,
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
