import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { keepShape } from '../internal/keep-shape.js';
import { toNfc } from '../internal/nfc.js';
import { float64At, int32At, readAt, uint8At } from '../internal/read-at.js';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../internal/string-index.js';
import type { Provision } from '../model/provision.js';
import { ContentTable, type TermSet, unionOf } from './content.js';
import type { ProvisionTree } from './provision-tree.js';
import { countTerms, TermWeights, weightedContainment, weightedJaccard } from './similarity.js';

/** How a pair of provisions was found. */
export type PairBasis = 'id' | 'text' | 'similarity' | 'order';

/** A user's measure of how alike two provisions are, 0..1 (see `AlignOptions.similarity`). */
export type SimilarityScorer = (before: Provision, after: Provision) => number;

/** The alignment options, defaults applied. */
export interface AlignSettings {
  rewordThreshold: number;
  gapThreshold: number;
  normalize: 'NFC' | 'none';
  scorer: SimilarityScorer | undefined;
}

/** The two sides of an alignment. */
export type Side = 'before' | 'after';

const BASES: readonly PairBasis[] = ['id', 'text', 'similarity', 'order'];
const BASIS_INDEX: Readonly<Record<PairBasis, number>> = {
  id: 0,
  text: 1,
  similarity: 2,
  order: 3,
};

/** Most terms a provision's subtree contributes to its profile: a bound on one comparison. */
const SUBTREE_TERMS = 4096;
/** Most descendants read for a subtree's profile. */
const SUBTREE_NODES = 512;

/**
 * What every pass of the alignment reads and writes, for both drafts at every depth: the two
 * trees, which node of one is paired with which of the other (and how), which belong to a
 * split or a merge, and the content of each provision as the similarity passes compare it.
 * The lists being aligned (`ListState`) write their pairs here, so a pass across levels sees
 * what the passes within each list decided.
 */
export class AlignmentState {
  readonly settings: AlignSettings;
  readonly before: ProvisionTree;
  readonly after: ProvisionTree;
  /** By old node: its new partner, or -1. */
  readonly partnerOfBefore: Int32Array;
  /** By new node: its old partner, or -1. */
  readonly partnerOfAfter: Int32Array;
  /** By new node, when paired: index of its basis in `BASES`. */
  private readonly basisOfAfter: Uint8Array;
  /** By new node, when paired: the similarity of the pair. */
  private readonly similarityOfAfter: Float64Array;
  /** By new node, when paired: 1 when the pair is out of order (a move). */
  private readonly movedOfAfter: Uint8Array;
  /** By node: 1 when it is part of a split or a merge (neither paired nor left over). */
  readonly groupedBefore: Uint8Array;
  readonly groupedAfter: Uint8Array;

  private readonly content = new ContentTable();
  // Per node, computed on first use: most drafts pair nearly every provision by id, and their
  // texts are then never read here.
  private readonly owns = { before: new NodeCache<TermSet>(), after: new NodeCache<TermSet>() };
  private readonly profiles = {
    before: new NodeCache<TermSet>(),
    after: new NodeCache<TermSet>(),
  };
  private readonly identities = {
    before: new NodeCache<string>(),
    after: new NodeCache<string>(),
  };
  private readonly hashes = { before: new NodeCache<number>(), after: new NodeCache<number>() };
  private weights: TermWeights | undefined;
  /** The provisions the term weights are counted over (see `weighTerms`). */
  private population: { before: readonly number[]; after: readonly number[] } = {
    before: [],
    after: [],
  };

  constructor(before: ProvisionTree, after: ProvisionTree, settings: AlignSettings) {
    this.settings = settings;
    this.before = before;
    this.after = after;
    this.partnerOfBefore = new Int32Array(before.size).fill(-1);
    this.partnerOfAfter = new Int32Array(after.size).fill(-1);
    this.basisOfAfter = new Uint8Array(after.size);
    this.similarityOfAfter = new Float64Array(after.size);
    this.movedOfAfter = new Uint8Array(after.size);
    this.groupedBefore = new Uint8Array(before.size);
    this.groupedAfter = new Uint8Array(after.size);
  }

  /**
   * An unsigned 32-bit hash of a provision (its id, text, title, and the number of its sub-points
   * and terms and their keys), for breaking ties the same way in both directions: FNV-1a of the
   * id mixed with fingerprints of the rest (a text's length and ends: hashing whole clauses
   * would cost more than the ties it breaks), then murmur3's finalizer,
   * since plain FNV sums of ids such as "a0" and "b7" often tie. Below 2^32, so a sum over
   * 200,000 pairs stays an exact integer.
   */
  hashOf(side: Side, node: number): number {
    return this.hashes[side].get(node, () => {
      const provision = this.tree(side).provision(node);
      let hash = (fnv1a(provision.id) ^ Math.imul(fingerprint(provision.text), 0x9e3779b1)) >>> 0;
      // Two provisions with one id and text (a text repeated in a list imported from text)
      // still differ by their title, sub-points and terms, and their pairs should not tie.
      hash = Math.imul(hash ^ fingerprint(provision.title ?? ''), FNV_PRIME);
      hash = Math.imul(hash ^ (provision.items?.length ?? 0), FNV_PRIME);
      hash = Math.imul(hash ^ (provision.terms?.length ?? 0), FNV_PRIME);
      hash = Math.imul(
        hash ^ fingerprint(provision.terms?.map((term) => term.key).join(' ') ?? ''),
        FNV_PRIME,
      );
      hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
      hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
      return (hash ^ (hash >>> 16)) >>> 0;
    });
  }

  /** The tree of one side. */
  tree(side: Side): ProvisionTree {
    return side === 'before' ? this.before : this.after;
  }

  /** Pairs old node `before` with new node `after`. */
  pair(before: number, after: number, basis: PairBasis, similarity: number): void {
    // A pass that pairs a taken provision is a bug that would drop or double a change: fail.
    if (this.isTaken('before', before) || this.isTaken('after', after)) {
      throw new Error(`draftdiff: provision ${before} or ${after} paired twice (a bug)`);
    }
    this.partnerOfBefore[before] = after;
    this.partnerOfAfter[after] = before;
    this.basisOfAfter[after] = BASIS_INDEX[basis];
    this.similarityOfAfter[after] = similarity;
    this.movedOfAfter[after] = 0;
  }

  /** Undoes the pair of old node `before`, if it has one. */
  unpair(before: number): void {
    const after = int32At(this.partnerOfBefore, before);
    if (after === -1) return;
    this.partnerOfBefore[before] = -1;
    this.partnerOfAfter[after] = -1;
  }

  /** Marks the pair of new node `after` as out of order (or back in order). */
  setMoved(after: number, moved: boolean): void {
    this.movedOfAfter[after] = moved ? 1 : 0;
  }

  basisOf(after: number): PairBasis {
    return readAt(BASES, uint8At(this.basisOfAfter, after));
  }

  similarityOf(after: number): number {
    return float64At(this.similarityOfAfter, after);
  }

  movedOf(after: number): boolean {
    return this.movedOfAfter[after] === 1;
  }

  /** Whether a node is paired or part of a split or merge. */
  isTaken(side: Side, node: number): boolean {
    return side === 'before'
      ? this.partnerOfBefore[node] !== -1 || this.groupedBefore[node] === 1
      : this.partnerOfAfter[node] !== -1 || this.groupedAfter[node] === 1;
  }

  /**
   * A provision's identity: its title and text, normalised as the options say and white space
   * collapsed. Equal identities are identical provisions (their sub-points aside).
   */
  identity(side: Side, node: number): string {
    return this.identities[side].get(node, () =>
      identityOf(this.tree(side).provision(node), this.settings.normalize === 'NFC'),
    );
  }

  /** The terms of a provision's own title and text. */
  own(side: Side, node: number): TermSet {
    return this.owns[side].get(node, () => {
      const provision = this.tree(side).provision(node);
      const text =
        provision.title === undefined ? provision.text : `${provision.title}\n${provision.text}`;
      return this.content.contentOf(this.settings.normalize === 'NFC' ? toNfc(text) : text);
    });
  }

  /**
   * What a provision is compared on: its heading, its text and its whole subtree (DESIGN.md: a
   * parent is compared on its heading and subtree, not its own line only), within bounds.
   */
  profile(side: Side, node: number): TermSet {
    return this.profiles[side].get(node, () => {
      const tree = this.tree(side);
      const own = this.own(side, node);
      const end = Math.min(int32At(tree.end, node), node + SUBTREE_NODES);
      if (end === node + 1) return own;
      const parts = [own];
      for (let at = node + 1; at < end; at++) parts.push(this.own(side, at));
      return unionOf(parts, SUBTREE_TERMS);
    });
  }

  /**
   * Fixes the term weights from the provisions still unpaired once ids and identical texts
   * have been matched: the ones the similarity passes compare. Both sides count alike, so the
   * weights do not depend on which draft is the old one.
   */
  weighTerms(): void {
    const unpaired = (partners: Int32Array) => {
      const nodes: number[] = [];
      for (let node = 0; node < partners.length; node++) {
        if (partners[node] === -1) nodes.push(node);
      }
      return nodes;
    };
    this.population = {
      before: unpaired(this.partnerOfBefore),
      after: unpaired(this.partnerOfAfter),
    };
  }

  /**
   * The weights, counted on first use from the population `weighTerms` fixed: when one side has
   * nothing left to pair (provisions only inserted, say), nothing is scored and the texts of the
   * others are never read.
   */
  private termWeights(): TermWeights {
    if (this.weights === undefined) {
      const { before, after } = this.population;
      const sets: TermSet[] = [];
      for (const node of before) sets.push(this.own('before', node));
      for (const node of after) sets.push(this.own('after', node));
      this.weights = new TermWeights(countTerms(sets, this.content.size), sets.length);
    }
    return this.weights;
  }

  /** How alike old node `before` and new node `after` are, 0..1: the user's scorer or ours. */
  score(before: number, after: number): number {
    const scorer = this.settings.scorer;
    if (scorer !== undefined) {
      return readScore(scorer(this.before.provision(before), this.after.provision(after)));
    }
    const old = this.profile('before', before);
    const next = this.profile('after', after);
    // Two provisions with no content (empty, or stop words only): alike when written alike.
    if (old.ids.length === 0 && next.ids.length === 0) {
      return this.identity('before', before) === this.identity('after', after) ? 1 : 0;
    }
    return weightedJaccard(old, next, this.termWeights());
  }

  /**
   * How much of `part`'s own content lies inside `whole`'s (for splits and merges), by weight.
   * Own content, not the subtree: a clause divided into several is its own text divided, and a
   * whole whose sub-points hold the parts' words is a parent whose sub-points they match.
   */
  containment(partSide: Side, part: number, whole: number): number {
    const wholeSide: Side = partSide === 'before' ? 'after' : 'before';
    return weightedContainment(
      this.own(partSide, part),
      this.own(wholeSide, whole),
      this.termWeights(),
    );
  }

  /** How alike a whole's own content is to the union of several parts' own content. */
  scoreUnion(wholeSide: Side, whole: number, parts: readonly number[]): number {
    const partSide: Side = wholeSide === 'before' ? 'after' : 'before';
    const union = unionOf(
      parts.map((part) => this.own(partSide, part)),
      SUBTREE_TERMS,
    );
    return weightedJaccard(this.own(wholeSide, whole), union, this.termWeights());
  }

  /** The term an id stands for (its stem), to order terms that are equally rare. */
  termText(id: number): string {
    return this.content.termOf(id);
  }
}

/** Values computed per node on first use; the array behind them made on the first too. */
class NodeCache<T> {
  private values: (T | undefined)[] | undefined;
  get(node: number, compute: () => T): T {
    this.values ??= [];
    let value = this.values[node];
    if (value === undefined) {
      value = compute();
      this.values[node] = value;
    }
    return value;
  }
}

/** A score from a user's scorer, checked: a number from 0 to 1. */
function readScore(value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `options.similarity must return a number from 0 to 1, got ${describeValue(value, 40)}`,
    );
  }
  return value;
}

/** FNV-1a over the length and the first and last 24 code units: cheap, and equal for equals. */
export function fingerprint(text: string): number {
  const length = text.length;
  let hash = Math.imul(FNV_OFFSET ^ length, FNV_PRIME);
  const head = Math.min(length, 24);
  for (let index = 0; index < head; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  }
  for (let index = Math.max(head, length - 24); index < length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  }
  return hash;
}

/**
 * Text that normalising and collapsing white space leave as it is: no code point at or above
 * U+0300 (below it every string is already NFC) and only single spaces between words. Most
 * clauses are like this, and they skip `normalize` (which copies even when nothing changes)
 * and the white-space regex.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the range starts at U+0300 on purpose; it stands for every code point from the combining marks up, not for one character.
const PLAIN_TEXT = /^(?:[^\s\u0300-\uffff]+(?: [^\s\u0300-\uffff]+)*)?$/;

function identityOf(provision: Provision, nfc: boolean): string {
  const title = provision.title ?? '';
  const text = provision.text;
  if (PLAIN_TEXT.test(title) && PLAIN_TEXT.test(text)) {
    // What `${title}\n${text}` becomes: the line break collapses to a space, then trimmed.
    return title === '' ? text : text === '' ? title : `${title} ${text}`;
  }
  const raw = `${title}\n${text}`;
  return (nfc ? toNfc(raw) : raw).replace(/\s+/g, ' ').trim();
}

keepShape(new NodeCache());
