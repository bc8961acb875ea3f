import type { ListEntry } from '../align/index.js';
import { int32At } from '../internal/read-at.js';
import { createTokenBuffer, TokenTable } from '../internal/token-table.js';
import type { Provision } from '../model/provision.js';
import { type Context, emit } from './diff-context.js';
import { diffPairTerms, sitesOf } from './diff-term-sites.js';
import { redlineScans } from './redline.js';
import {
  summarizeAdded,
  summarizeMerged,
  summarizeMoved,
  summarizeRemoved,
  summarizeRenumbered,
  summarizeRetitled,
  summarizeReworded,
  summarizeSplit,
} from './summarize.js';

// Step two: the provisions, walked in the alignment's order: added, removed, moved,
// renumbered, reworded, retitled, split and merged.

/** The changes of the provisions of one aligned list (and, through each pair, of its sub-points). */
export function diffEntries(context: Context, entries: readonly ListEntry[]): void {
  const { state } = context.tree;
  const silentBefore = context.before.coverage === 'partial';
  const silentAfter = context.after.coverage === 'partial';
  for (const entry of entries) {
    const slot = context.nextSlot++;
    switch (entry.kind) {
      case 'pair':
        diffPair(context, entry.before, entry.after, slot);
        break;
      case 'removed': {
        const old = state.before.provision(entry.before);
        if (!silentAfter) {
          emit(
            context,
            {
              kind: 'provision.removed',
              path: state.before.pointer(entry.before),
              provisionId: old.id,
              before: old,
              summary: summarizeRemoved(old),
            },
            slot,
            0,
          );
        }
        walkUnaligned(context, 'before', entry.before, slot);
        break;
      }
      case 'added': {
        const next = state.after.provision(entry.after);
        if (!silentBefore) {
          emit(
            context,
            {
              kind: 'provision.added',
              path: state.after.pointer(entry.after),
              provisionId: next.id,
              after: next,
              summary: summarizeAdded(next),
            },
            slot,
            0,
          );
        }
        walkUnaligned(context, 'after', entry.after, slot);
        break;
      }
      case 'split': {
        const old = state.before.provision(entry.before);
        const parts = entry.after.map((node) => state.after.provision(node));
        emit(
          context,
          {
            kind: 'provision.split',
            path: state.before.pointer(entry.before),
            provisionId: old.id,
            intoIds: parts.map((part) => part.id),
            afterPaths: entry.after.map((node) => state.after.pointer(node)),
            before: old,
            after: parts,
            summary: summarizeSplit(old, parts),
          },
          slot,
          0,
        );
        walkUnaligned(context, 'before', entry.before, slot);
        for (const node of entry.after) walkUnaligned(context, 'after', node, slot);
        break;
      }
      case 'merged': {
        const next = state.after.provision(entry.after);
        const parts = entry.before.map((node) => state.before.provision(node));
        emit(
          context,
          {
            kind: 'provision.merged',
            path: state.after.pointer(entry.after),
            provisionId: next.id,
            fromIds: parts.map((part) => part.id),
            beforePaths: entry.before.map((node) => state.before.pointer(node)),
            before: parts,
            after: next,
            summary: summarizeMerged(parts, next),
          },
          slot,
          0,
        );
        walkUnaligned(context, 'after', entry.after, slot);
        for (const node of entry.before) walkUnaligned(context, 'before', node, slot);
        break;
      }
    }
  }
}

/**
 * The terms of a provision with no counterpart and of its sub-points, left for the draft-wide
 * matching. A sub-point that was paired elsewhere (across levels) is not: on the new side its
 * pair is diffed here, where it sits; on the old side it is skipped, its pair being diffed
 * where the new one sits.
 */
function walkUnaligned(
  context: Context,
  side: 'before' | 'after',
  top: number,
  slot: number,
): void {
  const { state } = context.tree;
  const tree = state.tree(side);
  const partners = side === 'before' ? state.partnerOfBefore : state.partnerOfAfter;
  const sites = side === 'before' ? context.leftoverBefore : context.leftoverAfter;
  const end = int32At(tree.end, top);
  let node = top;
  while (node < end) {
    const partner = int32At(partners, node);
    if (node !== top && partner !== -1) {
      if (side === 'after') diffPair(context, partner, node, slot);
      node = int32At(tree.end, node);
      continue;
    }
    const provision = tree.provision(node);
    if (provision.terms !== undefined) {
      for (const site of sitesOf(
        provision.terms,
        tree.pointer(node),
        provision.id,
        provision.number,
        slot,
      )) {
        sites.push(site);
      }
    }
    node++;
  }
}

function diffPair(context: Context, beforeNode: number, afterNode: number, slot: number): void {
  const { state } = context.tree;
  const old = state.before.provision(beforeNode);
  const next = state.after.provision(afterNode);
  // Decide first what changed, so that a pair with nothing to report allocates nothing (most
  // pairs: paths, pointers and the fields every change shares are built only when needed).
  const moved = state.movedOf(afterNode);
  const renumbered = !moved && old.number !== next.number && !numberIsSilent(context, old, next);
  // Equal strings normalise equally: compare raw first, normalise only what differs.
  const retitled =
    old.title !== next.title &&
    !(old.title === undefined && context.imported.before) &&
    !(next.title === undefined && context.imported.after) &&
    context.normalize(old.title ?? '') !== context.normalize(next.title ?? '');
  let oldNormal = old.text;
  let nextNormal = next.text;
  if (old.text !== next.text) {
    oldNormal = context.normalize(old.text);
    nextNormal = context.normalize(next.text);
  }
  const reworded = oldNormal !== nextNormal;
  const hasTerms = old.terms !== undefined || next.terms !== undefined;
  const items = context.tree.itemsOf(afterNode);
  if (!moved && !renumbered && !retitled && !reworded && !hasTerms && items === undefined) return;

  const beforePath = state.before.pointer(beforeNode);
  const afterPath = state.after.pointer(afterNode);
  // Moves and renumberings (every point after an insertion) are the commonest changes: their
  // fields are written out, in the order of `PairFields`, rather than spread from a shared object.
  if (moved || renumbered) {
    emit(
      context,
      {
        kind: moved ? 'provision.moved' : 'provision.renumbered',
        path: afterPath,
        provisionId: next.id,
        beforePath,
        before: old,
        after: next,
        fromNumber: old.number,
        toNumber: next.number,
        summary: moved
          ? summarizeMoved(old, next, {
              from: int32At(state.before.indexInParent, beforeNode),
              to: int32At(state.after.indexInParent, afterNode),
            })
          : summarizeRenumbered(old, next),
      },
      slot,
      0,
    );
  }
  if (retitled || reworded) {
    const common: PairFields = {
      path: afterPath,
      provisionId: next.id,
      beforePath,
      before: old,
      after: next,
    };
    if (retitled) {
      emit(
        context,
        { kind: 'provision.retitled', ...common, summary: summarizeRetitled(old, next) },
        slot,
        0,
      );
    }
    if (reworded) rewordPair(context, old, next, oldNormal, nextNormal, common, slot);
  }
  if (hasTerms) diffPairTerms(context, old, next, beforePath, afterPath, slot);
  if (items !== undefined) diffEntries(context, items);
}

/** The fields every change about an aligned pair carries. */
interface PairFields {
  path: string;
  provisionId: string;
  beforePath: string;
  before: Provision;
  after: Provision;
}

/**
 * A reworded clause: similarity of the normalised texts' word sets, and the word redline of the
 * texts as written. Each text is tokenized once for both when normalising leaves it unchanged
 * (the usual case), through one `TokenTable` for the whole diff: the redline compares token
 * ids, and the similarity counts word ids, without a string or a `Set` per word.
 */
function rewordPair(
  context: Context,
  old: Provision,
  next: Provision,
  oldNormal: string,
  nextNormal: string,
  common: PairFields,
  slot: number,
): void {
  context.tokens ??= {
    table: new TokenTable(),
    before: createTokenBuffer(),
    after: createTokenBuffer(),
    normalBefore: createTokenBuffer(),
    normalAfter: createTokenBuffer(),
  };
  const tokens = context.tokens;
  const { table } = tokens;
  table.scanPair(old.text, next.text, tokens.before, tokens.after);
  let wordsBefore = tokens.before;
  let wordsAfter = tokens.after;
  if (oldNormal !== old.text) {
    table.scan(oldNormal, tokens.normalBefore);
    wordsBefore = tokens.normalBefore;
  }
  if (nextNormal !== next.text) {
    table.scan(nextNormal, tokens.normalAfter);
    wordsAfter = tokens.normalAfter;
  }
  const similarity = table.similarity(wordsBefore, wordsAfter);
  const { hunks, coarse } = redlineScans(
    old.text,
    next.text,
    tokens.before,
    tokens.after,
    context.limits.maxEditLength,
  );
  emit(
    context,
    {
      kind: 'provision.reworded',
      ...common,
      similarity,
      hunks,
      coarse,
      summary: summarizeReworded(old, next, similarity, coarse),
    },
    slot,
    0,
  );
}

/** A partial account that gives no number for a point is silent on it, not renumbering it. */
function numberIsSilent(context: Context, old: Provision, next: Provision): boolean {
  return (
    (old.number === undefined && context.before.coverage === 'partial') ||
    (next.number === undefined && context.after.coverage === 'partial')
  );
}
