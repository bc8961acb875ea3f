import { guardCall } from '../internal/guard-call.js';
import { decodePointer } from '../internal/pointer.js';
import { DEFAULT_LIMITS } from '../model/limits.js';
import { type Casing, casingOfChanges } from './casing.js';
import type { Change, DraftDiff, Hunk, ProvisionRewordedChange } from './change.js';
import { countChanges } from './diff-context.js';
import { termChanged } from './diff-term-sites.js';
import { readChange, readDiff } from './read-diff.js';
import { redlineTexts } from './redline.js';
import {
  summarizeAdded,
  summarizeDraftField,
  summarizeMerged,
  summarizeMoved,
  summarizeRemoved,
  summarizeRenumbered,
  summarizeRetitled,
  summarizeReworded,
  summarizeSplit,
  summarizeTermAdded,
  summarizeTermRemoved,
} from './summarize.js';

/**
 * The change as the diff the other way round reports it: an addition becomes a removal and
 * back, a split a merge and back; a move, renumbering, rewording, retitling or term change
 * has its two sides, its two paths and its numbers swapped, its redline, delta, aspects and
 * added and removed members worked out again from the swapped texts and terms, and a new
 * summary.
 *
 * Exact from the change alone but for one field: the `provisionId` of a `term.changed` names
 * the provision in the new draft only, so the inverse keeps it (right whenever the provision
 * keeps its id, as authored drafts do; for drafts imported from text, whose ids are positions,
 * it may name the other draft's provision). Throws `DraftdiffError` `INVALID_ARGUMENT` for a
 * value that is not a `Change`. Never mutates `change`; the result shares its provisions and
 * terms.
 *
 * @example
 * invertChange(change).summary; // "Armed forces cap: at most 400,000 -> at most 600,000 personnel (+50%)"
 */
export function invertChange(change: Change): Change {
  return guardCall('invertChange', [change], () => {
    const read = readChange(change, 'invertChange');
    return invert(read, casingOfChanges([read]));
  });
}

/**
 * `diffDrafts(b, a)` from `diffDrafts(a, b)`: `from` and `to` swapped, each change inverted
 * (see `invertChange`) and the stats counted again. The changes are the backward diff's, but
 * in the forward diff's order: which of two neighbouring changes comes first depends on the
 * alignment of the two drafts, which the diff does not hold.
 *
 * @example
 * const back = invertDiff(diffDrafts(a, b)); // the changes of diffDrafts(b, a)
 */
export function invertDiff(diff: DraftDiff): DraftDiff {
  return guardCall('invertDiff', [diff], () => {
    const { from, to, changes } = readDiff(diff, 'invertDiff');
    const casing = casingOfChanges(changes);
    const inverted = changes.map((change) => invert(change, casing));
    return { from: to, to: from, changes: inverted, stats: countChanges(inverted) };
  });
}

function invert(change: Change, casing: Casing): Change {
  switch (change.kind) {
    case 'draft.changed':
      return {
        kind: 'draft.changed',
        path: change.path,
        field: change.field,
        before: change.after,
        after: change.before,
        summary: summarizeDraftField(change.field, change.after, change.before),
      };
    case 'provision.added':
      return {
        kind: 'provision.removed',
        path: change.path,
        provisionId: change.provisionId,
        before: change.after,
        summary: summarizeRemoved(change.after),
      };
    case 'provision.removed':
      return {
        kind: 'provision.added',
        path: change.path,
        provisionId: change.provisionId,
        after: change.before,
        summary: summarizeAdded(change.before),
      };
    case 'provision.moved':
    case 'provision.renumbered': {
      const { before, after } = change;
      return {
        kind: change.kind,
        path: change.beforePath,
        provisionId: before.id,
        beforePath: change.path,
        before: after,
        after: before,
        fromNumber: change.toNumber,
        toNumber: change.fromNumber,
        summary:
          change.kind === 'provision.moved'
            ? summarizeMoved(after, before, {
                from: positionOf(change.path),
                to: positionOf(change.beforePath),
              })
            : summarizeRenumbered(after, before),
      };
    }
    case 'provision.retitled':
      return {
        kind: 'provision.retitled',
        path: change.beforePath,
        provisionId: change.before.id,
        beforePath: change.path,
        before: change.after,
        after: change.before,
        summary: summarizeRetitled(change.after, change.before),
      };
    case 'provision.reworded':
      return {
        kind: 'provision.reworded',
        path: change.beforePath,
        provisionId: change.before.id,
        beforePath: change.path,
        before: change.after,
        after: change.before,
        similarity: change.similarity,
        hunks: redlineBackwards(change),
        coarse: change.coarse,
        summary: summarizeReworded(change.after, change.before, change.similarity, change.coarse),
      };
    case 'provision.split':
      return {
        kind: 'provision.merged',
        path: change.path,
        provisionId: change.provisionId,
        fromIds: change.intoIds,
        beforePaths: change.afterPaths,
        before: change.after,
        after: change.before,
        summary: summarizeMerged(change.after, change.before),
      };
    case 'provision.merged':
      return {
        kind: 'provision.split',
        path: change.path,
        provisionId: change.provisionId,
        intoIds: change.fromIds,
        afterPaths: change.beforePaths,
        before: change.after,
        after: change.before,
        summary: summarizeSplit(change.after, change.before),
      };
    case 'term.added':
      return {
        kind: 'term.removed',
        path: change.path,
        key: change.key,
        ...(change.provisionId === undefined ? {} : { provisionId: change.provisionId }),
        ...(change.toNumber === undefined ? {} : { fromNumber: change.toNumber }),
        before: change.after,
        summary: summarizeTermRemoved(change.after, casing),
      };
    case 'term.removed':
      return {
        kind: 'term.added',
        path: change.path,
        key: change.key,
        ...(change.provisionId === undefined ? {} : { provisionId: change.provisionId }),
        ...(change.fromNumber === undefined ? {} : { toNumber: change.fromNumber }),
        after: change.before,
        summary: summarizeTermAdded(change.before, casing),
      };
    case 'term.changed':
      return (
        termChanged(
          change.after,
          change.before,
          { path: change.beforePath, beforePath: change.path, provisionId: change.provisionId },
          { from: change.toNumber, to: change.fromNumber },
          casing,
        ) ?? {
          // Terms that mean the same: no diff reports such a change, but one may be built by hand.
          ...change,
          path: change.beforePath,
          beforePath: change.path,
          before: change.after,
          after: change.before,
        }
      );
  }
}

/**
 * The redline of the two texts the other way round. A word diff is not symmetric (where a
 * word could pair with either of two, the two directions may choose differently), so it is
 * worked out again from the texts, as the backward diff does, within the default
 * `maxEditLength`. A coarse redline, or one past that limit, is read backwards instead.
 */
function redlineBackwards(change: ProvisionRewordedChange): Hunk[] {
  if (!change.coarse) {
    const redone = redlineTexts(
      change.after.text,
      change.before.text,
      DEFAULT_LIMITS.maxEditLength,
    );
    if (!redone.coarse) return redone.hunks;
  }
  return invertHunks(change.hunks);
}

/**
 * The redline read from the other side: inserts become deletes and back, and in each run of
 * them between two equal pieces the deletes come first again, as a redline writes them.
 */
function invertHunks(hunks: readonly Hunk[]): Hunk[] {
  const inverted: Hunk[] = [];
  let inserts: Hunk[] = [];
  for (const hunk of hunks) {
    if (hunk.op === 'equal') {
      for (const insert of inserts) inverted.push(insert);
      inserts = [];
      inverted.push({ op: 'equal', text: hunk.text });
    } else if (hunk.op === 'insert') {
      inverted.push({ op: 'delete', text: hunk.text });
    } else {
      inserts.push({ op: 'insert', text: hunk.text });
    }
  }
  for (const insert of inserts) inverted.push(insert);
  return inverted;
}

/** The place of a provision in its list: the last segment of its pointer. */
function positionOf(pointer: string): number {
  const segments = decodePointer(pointer) ?? [];
  return Number(segments[segments.length - 1]);
}
