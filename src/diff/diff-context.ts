import type { TreeAlignment } from '../align/index.js';
import type { TokenBuffer, TokenTable } from '../internal/token-table.js';
import type { Draft } from '../model/draft.js';
import type { Limits } from '../model/limits.js';
import type { Term } from '../model/term.js';
import type { Casing } from './casing.js';
import { CHANGE_KINDS, type Change, type ChangeStats, perChangeKind } from './change.js';
import { compareText } from './diff-term.js';

// The state of one diff as its steps fill it in, and the order its changes come out in.

/** Where a term sits, and in which slot of the document order its changes belong. */
export interface TermSite {
  term: Term;
  /** Its JSON Pointer. */
  path: string;
  provisionId: string | undefined;
  /** Display number of that provision, when it has one. */
  number: string | undefined;
  slot: number;
}

interface Ordered {
  change: Change;
  slot: number;
  /** 0 for a provision's own changes, 1 for its terms. */
  phase: number;
  rank: number;
  key: string;
}

/** What the steps of one diff share: the drafts, their alignment, and the changes so far. */
export interface Context {
  before: Draft;
  after: Draft;
  /** The alignment of the two drafts' provisions, at every depth. */
  tree: TreeAlignment;
  limits: Limits;
  normalize: (text: string) => string;
  changes: Ordered[];
  nextSlot: number;
  leftoverBefore: TermSite[];
  leftoverAfter: TermSite[];
  /**
   * Per side: the draft was imported from plain text (every top-level provision positional),
   * so it states figures only and no titles of its own: it is silent on other kinds of term
   * and on the titles of the other draft.
   */
  imported: { before: boolean; after: boolean };
  /** Capitals of proper nouns, for status values in summaries; reads the drafts on first use. */
  casing: Casing;
  /** Made on the first reworded clause: one numbering of tokens for the whole diff. */
  tokens: ClauseTokens | undefined;
}

/** The token table and the buffers a reworded pair is scanned into, reused pair after pair. */
interface ClauseTokens {
  table: TokenTable;
  before: TokenBuffer;
  after: TokenBuffer;
  /** For texts that normalisation changed: their words are counted from the normal form. */
  normalBefore: TokenBuffer;
  normalAfter: TokenBuffer;
}

const KIND_RANK = new Map<string, number>(CHANGE_KINDS.map((kind, index) => [kind, index]));

/** Draft-level terms come after every provision. */
export const DRAFT_SLOT = Number.MAX_SAFE_INTEGER;

/** Document order: by slot, a provision's own changes before its terms', then key, kind and path. */
export function compareOrdered(x: Ordered, y: Ordered): number {
  return (
    x.slot - y.slot ||
    x.phase - y.phase ||
    compareText(x.key, y.key) ||
    x.rank - y.rank ||
    compareText(x.change.path, y.change.path)
  );
}

/**
 * Changes come out in document order, except the terms matched across provisions at the end:
 * a loop that finds them in order spares the sort and its comparator calls.
 */
export function inOrder(list: readonly Ordered[]): boolean {
  let x: Ordered | undefined;
  for (const y of list) {
    const ordered =
      x === undefined ||
      x.slot < y.slot ||
      (x.slot === y.slot && x.phase < y.phase) ||
      compareOrdered(x, y) <= 0;
    if (!ordered) return false;
    x = y;
  }
  return true;
}

/** Records a change with its place in the document order (see `compareOrdered`). */
export function emit(
  context: Context,
  change: Change,
  slot: number,
  phase: number,
  key = '',
): void {
  context.changes.push({ change, slot, phase, rank: KIND_RANK.get(change.kind) ?? 0, key });
}

/** How many changes of each kind. */
export function countChanges(changes: readonly Change[]): ChangeStats {
  const stats: ChangeStats = perChangeKind(() => 0);
  for (const change of changes) stats[change.kind]++;
  return stats;
}
