import { guardCall } from '../internal/guard-call.js';
import type { DraftInput } from '../model/draft.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import { parseDraft } from '../model/parse-draft.js';
import type { Provision } from '../model/provision.js';
import { readAlignOptions } from './align-arguments.js';
import { type AlignOptions, alignCheckedProvisions, type PairBasis } from './align-provisions.js';

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
 * at every level, as JSON Pointers. Sub-points are aligned within each pair of provisions;
 * the sub-points of a provision with no counterpart are removed or added with it.
 *
 * Both inputs are validated with `parseDraft` (throwing `DraftValidationError`) and never
 * mutated. Options that are not `AlignDraftsOptions` are a `DraftdiffError` `INVALID_ARGUMENT`.
 *
 * @example
 * const { pairs, removed } = alignDrafts(axios, counterProposal);
 * pairs[5]; // { before: '/provisions/5', after: '/provisions/4', basis: 'similarity', similarity: 0.61, moved: false }
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
    const alignment: DraftAlignment = { pairs: [], splits: [], merges: [], removed: [], added: [] };
    alignLists(old.provisions, next.provisions, '/provisions', '/provisions', checked, alignment);
    return alignment;
  });
}

function alignLists(
  before: readonly Provision[],
  after: readonly Provision[],
  beforePath: string,
  afterPath: string,
  options: AlignOptions,
  into: DraftAlignment,
): void {
  const { entries } = alignCheckedProvisions(before, after, options);
  for (const entry of entries) {
    switch (entry.kind) {
      case 'pair': {
        const old = before[entry.before] as Provision;
        const next = after[entry.after] as Provision;
        const oldPath = `${beforePath}/${entry.before}`;
        const nextPath = `${afterPath}/${entry.after}`;
        into.pairs.push({
          before: oldPath,
          after: nextPath,
          basis: entry.basis,
          similarity: entry.similarity,
          moved: entry.moved,
        });
        alignLists(
          old.items ?? [],
          next.items ?? [],
          `${oldPath}/items`,
          `${nextPath}/items`,
          options,
          into,
        );
        break;
      }
      case 'removed':
        pushTree(before[entry.before] as Provision, `${beforePath}/${entry.before}`, into.removed);
        break;
      case 'added':
        pushTree(after[entry.after] as Provision, `${afterPath}/${entry.after}`, into.added);
        break;
      case 'split':
        into.splits.push({
          before: `${beforePath}/${entry.before}`,
          after: entry.after.map((index) => `${afterPath}/${index}`),
        });
        pushItems(before[entry.before] as Provision, `${beforePath}/${entry.before}`, into.removed);
        for (const index of entry.after) {
          pushItems(after[index] as Provision, `${afterPath}/${index}`, into.added);
        }
        break;
      case 'merged':
        into.merges.push({
          before: entry.before.map((index) => `${beforePath}/${index}`),
          after: `${afterPath}/${entry.after}`,
        });
        for (const index of entry.before) {
          pushItems(before[index] as Provision, `${beforePath}/${index}`, into.removed);
        }
        pushItems(after[entry.after] as Provision, `${afterPath}/${entry.after}`, into.added);
        break;
    }
  }
}

/** A provision and all its sub-points, in document order (iteratively: depth is bounded anyway). */
function pushTree(provision: Provision, path: string, into: string[]): void {
  into.push(path);
  pushItems(provision, path, into);
}

function pushItems(provision: Provision, path: string, into: string[]): void {
  const stack: { provision: Provision; path: string }[] = [];
  const push = (parent: Provision, at: string) => {
    const items = parent.items ?? [];
    for (let index = items.length - 1; index >= 0; index--) {
      stack.push({ provision: items[index] as Provision, path: `${at}/items/${index}` });
    }
  };
  push(provision, path);
  while (stack.length > 0) {
    const current = stack.pop() as { provision: Provision; path: string };
    into.push(current.path);
    push(current.provision, current.path);
  }
}
