import {
  type AlignOptions,
  alignTrees,
  type ListEntry,
  readAlignOptions,
  settingsOf,
  type TreeAlignment,
} from '../align/index.js';
import { guardCall } from '../internal/guard-call.js';
import { toNfc } from '../internal/nfc.js';
import { appendPointer, encodePointer } from '../internal/pointer.js';
import { createTokenBuffer, type TokenBuffer, TokenTable } from '../internal/token-table.js';
import type { Draft, DraftInput } from '../model/draft.js';
import { type Limits, resolveLimits } from '../model/limits.js';
import { parseDraft } from '../model/parse-draft.js';
import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeStats,
  type DraftDiff,
  type DraftField,
  type TermChangedChange,
} from './change.js';
import { compareText, diffTerm } from './diff-term.js';
import { isImportedDraft } from './imported-draft.js';
import {
  comparable,
  isExtracted,
  matchByContext,
  matchTerms,
  measureOf,
  reportedKey,
} from './match-terms.js';
import { redlineScans } from './redline.js';
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
  summarizeTermChanged,
  summarizeTermRemoved,
} from './summarize.js';

/** Options of `diffDrafts`. */
export interface DiffOptions extends AlignOptions {
  /** Limits on input size and on the word diff of one clause; see `Limits`. @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
}

/** Where a term sits, and in which slot of the document order its changes belong. */
interface TermSite {
  term: Term;
  /** Its JSON Pointer. */
  path: string;
  provisionId: string | undefined;
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

interface Context {
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
const DRAFT_FIELDS: readonly DraftField[] = [
  'title',
  'version',
  'date',
  'coverage',
  'basedOn',
  'sources',
  'summary',
];
/** Draft-level terms come after every provision. */
const DRAFT_SLOT = Number.MAX_SAFE_INTEGER;

/**
 * The semantic difference between two versions of a document: provisions aligned (moves,
 * renumberings, splits and merges recognised), each reworded clause redlined word by word,
 * and typed term changes with deltas. A draft whose `coverage` is `partial` is silent on what
 * it does not mention: silence is never reported as a removal (nor, the other way round, as
 * an addition).
 *
 * Both inputs are validated with `parseDraft` (throwing `DraftValidationError`) and never
 * mutated; the changes share no objects with them. The same inputs always give the same
 * changes in the same order. Options that are not an object (`null` included) or an option of
 * the wrong type are a `DraftdiffError` `INVALID_ARGUMENT`.
 *
 * @example
 * const diff = diffDrafts(irishTimes, otherAccounts);
 * diff.changes.find((change) => change.kind === 'term.changed')?.summary;
 * // "Armed forces cap: at most 600,000 -> about 400,000 personnel (-33.3%)"
 */
export function diffDrafts(a: DraftInput, b: DraftInput, options: DiffOptions = {}): DraftDiff {
  return guardCall('diffDrafts', [a, b, options], () => {
    // `null` is refused like any other options that are not an object, as `parseDraft` does.
    readAlignOptions(options, 'diffDrafts');
    const limits = resolveLimits(options.limits);
    const before = parseDraft(a, { file: 'old draft', limits });
    const after = parseDraft(b, { file: 'new draft', limits });
    const normalizeForm = options.normalize ?? 'NFC';
    const context: Context = {
      before,
      after,
      tree: alignTrees(before.provisions, after.provisions, settingsOf(options)),
      limits,
      normalize: normalizeForm === 'NFC' ? toNfc : (text) => text,
      changes: [],
      nextSlot: 0,
      leftoverBefore: [],
      leftoverAfter: [],
      imported: { before: isImportedDraft(before), after: isImportedDraft(after) },
      tokens: undefined,
    };

    diffMetadata(context);
    diffEntries(context, context.tree.top);
    // The two drafts are the pair of their own terms, so those match as an aligned pair's do.
    // Left to the draft-wide matching, a term found in prose (with a `span`) never matched by
    // key, and a draft diffed with itself reported it removed and added.
    diffPairTerms(context, { terms: before.terms }, { terms: after.terms }, '', '', DRAFT_SLOT);
    diffLeftoverTerms(context);

    const emitted = context.changes;
    if (!inOrder(emitted)) emitted.sort(compareOrdered);
    const changes = emitted.map((ordered) => ordered.change);
    return { from: before.id, to: after.id, changes, stats: countChanges(changes) };
  });
}

function compareOrdered(x: Ordered, y: Ordered): number {
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
function inOrder(list: readonly Ordered[]): boolean {
  for (let index = 1; index < list.length; index++) {
    const x = list[index - 1] as Ordered;
    const y = list[index] as Ordered;
    if (x.slot < y.slot || (x.slot === y.slot && x.phase < y.phase)) continue;
    if (compareOrdered(x, y) > 0) return false;
  }
  return true;
}

function emit(context: Context, change: Change, slot: number, phase: number, key = ''): void {
  context.changes.push({ change, slot, phase, rank: KIND_RANK.get(change.kind) ?? 0, key });
}

function diffMetadata(context: Context): void {
  const { before, after } = context;
  for (const field of DRAFT_FIELDS) {
    const old = before[field];
    const next = after[field];
    if (sameMetadata(field, old, next)) continue;
    emit(
      context,
      {
        kind: 'draft.changed',
        path: encodePointer([field]),
        field,
        before: old,
        after: next,
        summary: summarizeDraftField(field, old, next),
      },
      -1,
      0,
    );
  }
}

/** `basedOn` and `sources` are sets: their order carries no meaning. */
function sameMetadata(field: DraftField, old: unknown, next: unknown): boolean {
  if (field === 'basedOn' || field === 'sources') {
    const canonical = (value: unknown) =>
      Array.isArray(value) ? value.map(canonicalJson).sort(compareText).join('\n') : '';
    return canonical(old) === canonical(next);
  }
  return old === next;
}

/** JSON with object keys sorted, so key order never makes two values differ. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([x], [y]) => compareText(x, y));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function diffEntries(context: Context, entries: readonly ListEntry[]): void {
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
  const end = tree.end[top] as number;
  let node = top;
  while (node < end) {
    const partner = partners[node] as number;
    if (node !== top && partner !== -1) {
      if (side === 'after') diffPair(context, partner, node, slot);
      node = tree.end[node] as number;
      continue;
    }
    const provision = tree.provision(node);
    if (provision.terms !== undefined) {
      for (const site of sitesOf(provision.terms, tree.pointer(node), provision.id, slot)) {
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
              from: state.before.indexInParent[beforeNode] as number,
              to: state.after.indexInParent[afterNode] as number,
            })
          : summarizeRenumbered(old, next),
      },
      slot,
      0,
    );
  }
  const common: PairFields | undefined =
    retitled || reworded
      ? { path: afterPath, provisionId: next.id, beforePath, before: old, after: next }
      : undefined;
  if (retitled) {
    emit(
      context,
      {
        kind: 'provision.retitled',
        ...(common as PairFields),
        summary: summarizeRetitled(old, next),
      },
      slot,
      0,
    );
  }
  if (reworded) {
    rewordPair(context, old, next, oldNormal, nextNormal, common as PairFields, slot);
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
      summary: summarizeReworded(next, similarity, coarse),
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

function sitesOf(
  terms: readonly Term[] | undefined,
  at: string,
  provisionId: string | undefined,
  slot: number,
): TermSite[] {
  return (terms ?? []).map((term, index) => ({
    term,
    path: appendPointer(at, 'terms', index),
    provisionId,
    slot,
  }));
}

/** What holds terms: a provision, or a draft's own terms (no provision id). */
interface TermHolder {
  id?: string;
  terms?: readonly Term[] | undefined;
}

/**
 * Matches the terms of two aligned provisions, or the draft-level terms of the two drafts: by
 * key first; then, for terms extracted from prose, by kind and unit, then by kind alone, in
 * order of appearance. What stays unmatched goes to the draft-wide matching by key.
 */
function diffPairTerms(
  context: Context,
  old: TermHolder,
  next: TermHolder,
  beforePath: string,
  afterPath: string,
  slot: number,
): void {
  const oldTerms = old.terms ?? [];
  const nextTerms = next.terms ?? [];
  if (sameKeysInOrder(oldTerms, nextTerms)) {
    // The usual case, settled without sites or maps: every term pairs with its namesake and
    // nothing is left over. Sites (and their paths) are only built for a term that changed.
    for (let index = 0; index < oldTerms.length; index++) {
      const before = oldTerms[index] as Term;
      const after = nextTerms[index] as Term;
      if (diffTerm(before, after) === undefined) continue;
      diffTermSites(
        context,
        {
          term: before,
          path: appendPointer(beforePath, 'terms', index),
          provisionId: old.id,
          slot,
        },
        { term: after, path: appendPointer(afterPath, 'terms', index), provisionId: next.id, slot },
      );
    }
    return;
  }
  const oldSites = sitesOf(old.terms, beforePath, old.id, slot);
  const nextSites = sitesOf(next.terms, afterPath, next.id, slot);
  const match = matchTerms(oldTerms, nextTerms);
  for (const [before, after] of match.pairs) {
    diffTermSites(context, oldSites[before] as TermSite, nextSites[after] as TermSite);
  }
  for (const index of match.restBefore) context.leftoverBefore.push(oldSites[index] as TermSite);
  for (const index of match.restAfter) context.leftoverAfter.push(nextSites[index] as TermSite);
}

function sameKeysInOrder(before: readonly Term[], after: readonly Term[]): boolean {
  if (before.length !== after.length) return false;
  for (let index = 0; index < before.length; index++) {
    if ((before[index] as Term).key !== (after[index] as Term).key) return false;
  }
  return true;
}

/**
 * Matches what no aligned pair settled: authored terms by key across the whole draft (a fact
 * can move between provisions or to the draft level); the rest are additions and removals,
 * unless the side that lacks them is partial, which makes its absence silence.
 */
function diffLeftoverTerms(context: Context): void {
  const nextByKey = new Map<string, TermSite>();
  for (const site of context.leftoverAfter) {
    if (!isExtracted(site.term)) nextByKey.set(site.term.key, site);
  }
  const matchedNext = new Set<TermSite>();
  const matchedOld = new Set<TermSite>();
  const byContext = matchByContext(
    context.leftoverBefore.map((site) => site.term),
    context.leftoverAfter.map((site) => site.term),
    {
      before: context.leftoverBefore.map((site) => site.path),
      after: context.leftoverAfter.map((site) => site.path),
    },
  );
  for (const [old, next] of byContext) {
    const oldSite = context.leftoverBefore[old] as TermSite;
    const nextSite = context.leftoverAfter[next] as TermSite;
    matchedOld.add(oldSite);
    matchedNext.add(nextSite);
    diffTermSites(context, oldSite, nextSite);
  }
  for (const site of context.leftoverBefore) {
    if (matchedOld.has(site)) continue;
    const match = isExtracted(site.term) ? undefined : nextByKey.get(site.term.key);
    if (match !== undefined) {
      matchedNext.add(match);
      diffTermSites(context, site, match);
    } else if (!isSilentOn(context, 'after', site)) {
      emit(
        context,
        {
          kind: 'term.removed',
          path: site.path,
          key: site.term.key,
          ...(site.provisionId === undefined ? {} : { provisionId: site.provisionId }),
          before: site.term,
          summary: summarizeTermRemoved(site.term),
        },
        site.slot,
        1,
        site.term.key,
      );
    }
  }
  for (const site of context.leftoverAfter) {
    if (matchedNext.has(site) || isSilentOn(context, 'before', site)) continue;
    emit(
      context,
      {
        kind: 'term.added',
        path: site.path,
        key: site.term.key,
        ...(site.provisionId === undefined ? {} : { provisionId: site.provisionId }),
        after: site.term,
        summary: summarizeTermAdded(site.term),
      },
      site.slot,
      1,
      site.term.key,
    );
  }
}

/**
 * Whether one side says nothing about a term the other states: a partial draft is silent on
 * what it does not mention, and a draft imported from text on every kind of term but figures
 * and on the draft as a whole (it has provisions only).
 */
function isSilentOn(context: Context, side: 'before' | 'after', site: TermSite): boolean {
  const draft = side === 'before' ? context.before : context.after;
  return (
    draft.coverage === 'partial' ||
    (context.imported[side] &&
      (measureOf(site.term) === undefined || site.provisionId === undefined))
  );
}

function diffTermSites(context: Context, old: TermSite, next: TermSite): void {
  const difference = diffTerm(...comparable(old.term, next.term));
  if (difference === undefined) return;
  const change: TermChangedChange = {
    kind: 'term.changed',
    path: next.path,
    beforePath: old.path,
    key: reportedKey(old.term, next.term),
    ...(next.provisionId === undefined ? {} : { provisionId: next.provisionId }),
    before: old.term,
    after: next.term,
    aspects: difference.aspects,
    ...(difference.delta === undefined ? {} : { delta: difference.delta }),
    ...(difference.membersAdded === undefined
      ? {}
      : { membersAdded: difference.membersAdded, membersRemoved: difference.membersRemoved ?? [] }),
    summary: '',
  };
  change.summary = summarizeTermChanged(change);
  emit(context, change, next.slot, 1, change.key);
}

function countChanges(changes: readonly Change[]): ChangeStats {
  const stats = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as ChangeStats;
  for (const change of changes) stats[change.kind]++;
  return stats;
}
