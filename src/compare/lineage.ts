import type { DraftDiff } from '../diff/change.js';
import { type DiffOptions, diffDrafts } from '../diff/diff-drafts.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import { encodePointer } from '../internal/pointer.js';
import { readAt } from '../internal/read-at.js';
import type { Draft } from '../model/draft.js';
import type { Limits } from '../model/limits.js';
import { assertDrafts, quoteId } from './draft-terms.js';
import { compareText } from './term-agreement.js';

/**
 * The lineage of a set of drafts: the graph `basedOn` draws (a version may have several
 * parents), walked in one deterministic order.
 */

/** One edge of the lineage graph and what changed along it. */
export interface ChangelogEntry {
  /** Id of the parent draft (the one named in `basedOn`). */
  from: string;
  /** Id of the child draft. */
  to: string;
  /** `diffDrafts(parent, child)`. */
  diff: DraftDiff;
}

/** Options of `history` and `blame`. */
export interface HistoryOptions {
  /** Limits; `maxDepth` bounds the nesting of each draft (deeper is `LIMIT_EXCEEDED`). @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
}

/** Options of `changelog`. */
export interface ChangelogOptions {
  /** Passed to `diffDrafts` for every edge; its `limits` also bound the drafts' nesting. @defaultValue {} */
  diff?: DiffOptions;
}

/**
 * The drafts in lineage order: every draft after all the drafts it is `basedOn`; among drafts
 * whose parents have all been placed, the earliest `date` first (drafts without a date after
 * those with one; date-times compare as instants, a bare date as its midnight UTC), then by id.
 * Returns a new array of the same draft objects.
 *
 * Throws `DraftdiffError` with code `DUPLICATE_ID` when two drafts share an id,
 * `UNKNOWN_PARENT` when `basedOn` names a draft not in the set, and `LINEAGE_CYCLE` (naming the
 * drafts of one cycle) when `basedOn` loops; `LIMIT_EXCEEDED` and `INVALID_ARGUMENT` as
 * `compareDrafts`. Expects drafts as `parseDraft` returns them.
 *
 * @example
 * history([reported, leaked, draft]).map((draft) => draft.id); // ['draft', 'leaked', 'reported']
 */
export function history(drafts: readonly Draft[], options: HistoryOptions = {}): Draft[] {
  return guardCall('history', [drafts, options], () => {
    assertDrafts(drafts, 'history', readOptions(options, 'history').limits);
    const byId = new Map<string, Draft>();
    for (const draft of drafts) byId.set(draft.id, draft);
    const parents = new Map<string, string[]>();
    const children = new Map<string, Draft[]>();
    drafts.forEach((draft, index) => {
      const own = parentsOf(draft, index);
      own.forEach((parent, parentIndex) => {
        if (!byId.has(parent)) {
          throw new DraftdiffError(
            'UNKNOWN_PARENT',
            `draft ${quoteId(draft.id)} is based on ${quoteId(parent)}, which is not among the drafts given`,
            { path: encodePointer([index, 'basedOn', parentIndex]) },
          );
        }
        const siblings = children.get(parent);
        if (siblings === undefined) children.set(parent, [draft]);
        else siblings.push(draft);
      });
      parents.set(draft.id, own);
    });

    // Kahn's algorithm with a ready queue ordered by (date, id): of all topological orders, the
    // one that places the earliest ready draft first, which depends on nothing but the drafts.
    const waiting = new Map<string, number>();
    const ready: Draft[] = [];
    for (const draft of drafts) {
      const count = new Set(parents.get(draft.id)).size;
      waiting.set(draft.id, count);
      if (count === 0) heapPush(ready, draft, compareByDate);
    }
    const ordered: Draft[] = [];
    for (
      let next = heapPop(ready, compareByDate);
      next !== undefined;
      next = heapPop(ready, compareByDate)
    ) {
      ordered.push(next);
      for (const child of new Set(children.get(next.id))) {
        const left = (waiting.get(child.id) ?? 0) - 1;
        waiting.set(child.id, left);
        if (left === 0) heapPush(ready, child, compareByDate);
      }
    }
    if (ordered.length < drafts.length) {
      const placed = new Set(ordered.map((draft) => draft.id));
      const cycle = findCycle(parents, placed);
      throw new DraftdiffError(
        'LINEAGE_CYCLE',
        `basedOn forms a cycle: ${[...cycle, readAt(cycle, 0)].map(quoteId).join(' is based on ')}`,
      );
    }
    return ordered;
  });
}

/**
 * The story of a document: the diff along every `basedOn` edge (parent to child), ordered by
 * the child's place in `history`, then by the parent's. A draft based on two drafts gives two
 * entries. Throws what `history` and `diffDrafts` throw.
 *
 * @example
 * for (const { from, to, diff } of changelog(drafts)) console.log(formatDiff(diff, 'text'));
 */
export function changelog(
  drafts: readonly Draft[],
  options: ChangelogOptions = {},
): ChangelogEntry[] {
  return guardCall('changelog', [drafts, options], () => {
    const diffOptions = readOptions(readOptions(options, 'changelog').diff, 'changelog diff');
    const ordered = history(drafts, { limits: diffOptions.limits });
    const placed = new Map(ordered.map((draft, index) => [draft.id, { draft, index }]));
    const entries: ChangelogEntry[] = [];
    for (const child of ordered) {
      const parents = [...new Set(child.basedOn ?? [])].map((id) => {
        const found = placed.get(id);
        // `history` has thrown for a parent that is not among the drafts.
        if (found === undefined) throw new RangeError(`draftdiff: no draft ${id} (a bug)`);
        return found;
      });
      parents.sort((a, b) => a.index - b.index);
      for (const { draft: parent } of parents) {
        entries.push({
          from: parent.id,
          to: child.id,
          diff: diffDrafts(parent, child, diffOptions),
        });
      }
    }
    return entries;
  });
}

/** The parents a draft names, checked to be strings (the schema guarantees it for parsed drafts). */
function parentsOf(draft: Draft, index: number): string[] {
  if (draft.basedOn === undefined) return [];
  // `Array.from`, not `some`: `some` skips the holes of a sparse array, and a hole is no id.
  if (
    !Array.isArray(draft.basedOn) ||
    Array.from(draft.basedOn).some((parent) => typeof parent !== 'string')
  ) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `draft ${quoteId(draft.id)}: basedOn must be an array of ids`,
      {
        path: encodePointer([index, 'basedOn']),
      },
    );
  }
  return draft.basedOn;
}

/**
 * One cycle among the drafts Kahn's algorithm could not place. Each of them waits on at least
 * one unplaced parent, so walking to the smallest such parent must come back to a draft seen
 * before; the loop from there is a cycle. Starts from the smallest id and is rotated to begin
 * at its smallest id, so the message is the same for the same drafts.
 */
function findCycle(parents: ReadonlyMap<string, string[]>, placed: ReadonlySet<string>): string[] {
  const unplaced = [...parents.keys()].filter((id) => !placed.has(id)).sort(compareText);
  const seen = new Map<string, number>();
  const walk: string[] = [];
  let current = readAt(unplaced, 0);
  while (!seen.has(current)) {
    seen.set(current, walk.length);
    walk.push(current);
    // A draft left unplaced waits on at least one unplaced parent.
    current = readAt(
      (parents.get(current) ?? []).filter((id) => !placed.has(id)).sort(compareText),
      0,
    );
  }
  // The walk follows "is based on" edges; the cycle is the part after the first repeat.
  const cycle = walk.slice(seen.get(current));
  const start = cycle.indexOf(readAt([...cycle].sort(compareText), 0));
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}

/** Dated drafts first, by instant; then by id. */
function compareByDate(a: Draft, b: Draft): number {
  const first = instantOf(a.date);
  const second = instantOf(b.date);
  if (first !== second) {
    if (first === undefined) return 1;
    if (second === undefined) return -1;
    return first - second;
  }
  return compareText(a.id, b.id);
}

function instantOf(date: string | undefined): number | undefined {
  if (typeof date !== 'string') return undefined;
  // `Date.parse` reads a bare ISO date as midnight UTC and a date-time with its offset.
  const instant = Date.parse(date);
  return Number.isNaN(instant) ? undefined : instant;
}

/**
 * A binary min-heap kept in a plain array: the ready queue of `history`, so that n drafts cost
 * O(n log n) rather than a sort per step.
 */
function heapPush<T extends object>(items: T[], item: T, compare: (a: T, b: T) => number): void {
  items.push(item);
  let index = items.length - 1;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    const child = readAt(items, index);
    const above = readAt(items, parent);
    if (compare(child, above) >= 0) break;
    items[index] = above;
    items[parent] = child;
    index = parent;
  }
}

function heapPop<T extends object>(items: T[], compare: (a: T, b: T) => number): T | undefined {
  const top = items[0];
  const last = items.pop();
  if (items.length === 0 || last === undefined) return top;
  items[0] = last;
  let index = 0;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if (left < items.length && compare(readAt(items, left), readAt(items, smallest)) < 0) {
      smallest = left;
    }
    if (right < items.length && compare(readAt(items, right), readAt(items, smallest)) < 0) {
      smallest = right;
    }
    if (smallest === index) return top;
    const lower = readAt(items, smallest);
    items[smallest] = readAt(items, index);
    items[index] = lower;
    index = smallest;
  }
}
