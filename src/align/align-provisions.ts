import { guardCall } from '../internal/guard-call.js';
import { int32At } from '../internal/read-at.js';
import type { Provision } from '../model/provision.js';
import { checkProvisions, readAlignOptions } from './align-arguments.js';
import { alignListBySimilarity, alignListExactly } from './align-list.js';
import { type AlignOptions, settingsOf } from './align-options.js';
import { AlignmentState, type PairBasis } from './alignment-state.js';
import { type ListEntry, layOut } from './layout.js';
import { ListState } from './list-state.js';
import { pairById } from './pair-by-id.js';
import { pairByText } from './pair-by-text.js';
import { ProvisionTree } from './provision-tree.js';

export type { AlignOptions } from './align-options.js';
export type { PairBasis } from './alignment-state.js';

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

/**
 * Pairs the provisions of two versions of one list, as the top level of `alignDrafts` is
 * paired (see its documentation): by shared id and identical text, then by the similarity of
 * their content (a provision compared with its sub-points) and by order, then splits and
 * merges. Sub-points are compared but not aligned, and nothing is paired across levels:
 * `alignDrafts` does both.
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
    return alignLists(
      before,
      after,
      readAlignOptions(options, 'alignProvisions'),
      alignListExactly,
    );
  });
}

/**
 * `alignProvisions` without the shortcut for lists whose ids are unchanged, every pass run.
 * Internal: exported for the law that holds the shortcut to the passes.
 */
export function alignProvisionsByPasses(
  before: readonly Provision[],
  after: readonly Provision[],
  options: AlignOptions,
): Alignment {
  return alignLists(before, after, options, (list) => {
    pairById(list);
    pairByText(list);
  });
}

function alignLists(
  before: readonly Provision[],
  after: readonly Provision[],
  options: AlignOptions,
  exactly: (list: ListState) => void,
): Alignment {
  const state = new AlignmentState(
    new ProvisionTree(before),
    new ProvisionTree(after),
    settingsOf(options),
  );
  const list = new ListState(state, -1, -1);
  exactly(list);
  state.weighTerms();
  alignListBySimilarity(list);
  return { entries: layOut(list).map((entry) => toIndexes(state, entry)) };
}

/** A list entry with positions in the two lists instead of nodes. */
function toIndexes(state: AlignmentState, entry: ListEntry): AlignmentEntry {
  const before = (node: number) => int32At(state.before.indexInParent, node);
  const after = (node: number) => int32At(state.after.indexInParent, node);
  switch (entry.kind) {
    case 'pair':
      return {
        kind: 'pair',
        before: before(entry.before),
        after: after(entry.after),
        basis: state.basisOf(entry.after),
        similarity: state.similarityOf(entry.after),
        moved: state.movedOf(entry.after),
      };
    case 'removed':
      return { kind: 'removed', before: before(entry.before) };
    case 'added':
      return { kind: 'added', after: after(entry.after) };
    case 'split':
      return { kind: 'split', before: before(entry.before), after: entry.after.map(after) };
    case 'merged':
      return { kind: 'merged', before: entry.before.map(before), after: after(entry.after) };
  }
}
