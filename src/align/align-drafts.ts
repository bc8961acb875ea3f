import { guardCall } from '../internal/guard-call.js';
import type { DraftInput } from '../model/draft.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import { parseDraft } from '../model/parse-draft.js';
import { readAlignOptions } from './align-arguments.js';
import { type AlignOptions, settingsOf } from './align-options.js';
import { alignTrees, type TreeAlignment } from './align-tree.js';
import type { PairBasis } from './alignment-state.js';

/** Two provisions found to be one provision in two versions. */
export interface AlignedPair {
  /** JSON Pointer of the provision in the old draft: `/provisions/3/items/0`. */
  before: string;
  /** JSON Pointer of the provision in the new draft. */
  after: string;
  /** How the pair was found. */
  basis: PairBasis;
  /** How alike the two are, 0..1 (1 for pairs by id or identical text). */
  similarity: number;
  /** True when the pair is out of order with the others: a move, not a renumbering. */
  moved: boolean;
}

/** One old provision that became several consecutive new ones. */
export interface AlignedSplit {
  /** JSON Pointer of the old provision. */
  before: string;
  /** JSON Pointers of the new parts, in order. */
  after: string[];
}

/** Several consecutive old provisions that became one new one. */
export interface AlignedMerge {
  /** JSON Pointers of the old parts, in order. */
  before: string[];
  /** JSON Pointer of the new provision. */
  after: string;
}

/**
 * How the provisions of two drafts correspond, at every level. Every provision of the old
 * draft, at every depth, appears exactly once among `pairs[].before`, `splits[].before`,
 * `merges[].before` and `removed`; every provision of the new draft exactly once among
 * `pairs[].after`, `splits[].after`, `merges[].after` and `added`.
 */
export interface DraftAlignment {
  /** Provisions paired across the versions, in the new draft's document order. */
  pairs: AlignedPair[];
  /** Old provisions split into several new ones. */
  splits: AlignedSplit[];
  /** Old provisions merged into one new one. */
  merges: AlignedMerge[];
  /** Old provisions with no counterpart, in the old draft's document order. */
  removed: string[];
  /** New provisions with no counterpart, in the new draft's document order. */
  added: string[];
}

/** Options of `alignDrafts`. */
export interface AlignDraftsOptions extends AlignOptions {
  /** Limits on input size; see `Limits`. @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
}

/**
 * The alignment `diffDrafts` works from: which provision of `before` became which of `after`,
 * at every level, as JSON Pointers (DESIGN.md, "Alignment is the heart"). Provisions pair by
 * authored id, then identical text, then by the similarity of their content (stemmed words,
 * stop words out, figures masked, rare words weighted, a parent with its subtree) and by order;
 * splits and merges are recognised; sub-points are aligned within each pair, and what is still
 * free at any depth is paired across levels and parents. Never all against all: candidates come
 * from rare words and nearby positions.
 *
 * Both inputs are validated with `parseDraft` (throwing `DraftValidationError`) and never
 * mutated. The result is deterministic, and aligning the drafts the other way round swaps every
 * pair (a split becomes a merge). Options that are not `AlignDraftsOptions` are a `DraftdiffError`
 * `INVALID_ARGUMENT`, and so is a `similarity` scorer that returns anything but a number from 0
 * to 1.
 *
 * @example
 * const { pairs, removed } = alignDrafts(axios, fromText(counterProposal, { id: 'e3' }));
 * pairs[3]; // { before: '/provisions/5', after: '/provisions/4', basis: 'similarity', similarity: 0.29…, moved: false }
 * removed[0]; // '/provisions/2'
 */
export function alignDrafts(
  before: DraftInput,
  after: DraftInput,
  options: AlignDraftsOptions = {},
): DraftAlignment {
  return guardCall('alignDrafts', [before, after, options], () => {
    const checked = readAlignOptions(options, 'alignDrafts');
    const limits = resolveLimits(checked.limits);
    const old = parseDraft(before, { file: 'old draft', limits });
    const next = parseDraft(after, { file: 'new draft', limits });
    return toPointers(alignTrees(old.provisions, next.provisions, settingsOf(checked)));
  });
}

/** The alignment as JSON Pointers, read off the state in document order. */
function toPointers(tree: TreeAlignment): DraftAlignment {
  const { state } = tree;
  const { before, after } = state;
  const alignment: DraftAlignment = { pairs: [], splits: [], merges: [], removed: [], added: [] };
  for (const [node, partner] of state.partnerOfAfter.entries()) {
    if (partner !== -1) {
      alignment.pairs.push({
        before: before.pointer(partner),
        after: after.pointer(node),
        basis: state.basisOf(node),
        similarity: state.similarityOf(node),
        moved: state.movedOf(node),
      });
    } else if (state.groupedAfter[node] !== 1) {
      alignment.added.push(after.pointer(node));
    }
  }
  for (let node = 0; node < before.size; node++) {
    if (state.partnerOfBefore[node] === -1 && state.groupedBefore[node] !== 1) {
      alignment.removed.push(before.pointer(node));
    }
  }
  for (const group of tree.groups) {
    if (group.kind === 'split') {
      alignment.splits.push({
        before: before.pointer(group.before),
        after: group.after.map((node) => after.pointer(node)),
      });
    } else {
      alignment.merges.push({
        before: group.before.map((node) => before.pointer(node)),
        after: after.pointer(group.after),
      });
    }
  }
  return alignment;
}
