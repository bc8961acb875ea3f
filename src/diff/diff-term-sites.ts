import { appendPointer } from '../internal/pointer.js';
import { readAt } from '../internal/read-at.js';
import type { Term } from '../model/term.js';
import type { Casing } from './casing.js';
import type { TermChangedChange } from './change.js';
import { type Context, emit, type TermSite } from './diff-context.js';
import { diffTerm } from './diff-term.js';
import {
  comparable,
  isExtracted,
  matchByContext,
  matchTerms,
  measureOf,
  reportedKey,
} from './match-terms.js';
import { summarizeTermAdded, summarizeTermChanged, summarizeTermRemoved } from './summarize.js';

// Step three: the terms, matched within each aligned pair of provisions, then across the
// drafts by key for those left over.

/** The terms of a provision (or of the draft), each with its pointer under `at`. */
export function sitesOf(
  terms: readonly Term[] | undefined,
  at: string,
  provisionId: string | undefined,
  number: string | undefined,
  slot: number,
): TermSite[] {
  return (terms ?? []).map((term, index) => ({
    term,
    path: appendPointer(at, 'terms', index),
    provisionId,
    number,
    slot,
  }));
}

/** What holds terms: a provision, or a draft's own terms (no provision id). */
interface TermHolder {
  id?: string;
  number?: string | undefined;
  terms?: readonly Term[] | undefined;
}

/**
 * Matches the terms of two aligned provisions, or the draft-level terms of the two drafts: by
 * key first; then, for terms extracted from prose, by kind and unit, then by kind alone, in
 * order of appearance. What stays unmatched goes to the draft-wide matching by key.
 */
export function diffPairTerms(
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
      const before = readAt(oldTerms, index);
      const after = readAt(nextTerms, index);
      if (diffTerm(before, after) === undefined) continue;
      diffTermSites(
        context,
        {
          term: before,
          path: appendPointer(beforePath, 'terms', index),
          provisionId: old.id,
          number: old.number,
          slot,
        },
        {
          term: after,
          path: appendPointer(afterPath, 'terms', index),
          provisionId: next.id,
          number: next.number,
          slot,
        },
      );
    }
    return;
  }
  const oldSites = sitesOf(old.terms, beforePath, old.id, old.number, slot);
  const nextSites = sitesOf(next.terms, afterPath, next.id, next.number, slot);
  const match = matchTerms(oldTerms, nextTerms);
  for (const [before, after] of match.pairs) {
    diffTermSites(context, readAt(oldSites, before), readAt(nextSites, after));
  }
  for (const index of match.restBefore) context.leftoverBefore.push(readAt(oldSites, index));
  for (const index of match.restAfter) context.leftoverAfter.push(readAt(nextSites, index));
}

function sameKeysInOrder(before: readonly Term[], after: readonly Term[]): boolean {
  if (before.length !== after.length) return false;
  for (let index = 0; index < before.length; index++) {
    if (readAt(before, index).key !== readAt(after, index).key) return false;
  }
  return true;
}

/**
 * Matches what no aligned pair settled: authored terms by key across the whole draft (a fact
 * can move between provisions or to the draft level); the rest are additions and removals,
 * unless the side that lacks them is partial, which makes its absence silence.
 */
export function diffLeftoverTerms(context: Context): void {
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
    const oldSite = readAt(context.leftoverBefore, old);
    const nextSite = readAt(context.leftoverAfter, next);
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
          ...(site.number === undefined ? {} : { fromNumber: site.number }),
          before: site.term,
          summary: summarizeTermRemoved(site.term, context.casing),
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
        ...(site.number === undefined ? {} : { toNumber: site.number }),
        after: site.term,
        summary: summarizeTermAdded(site.term, context.casing),
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
  const change = termChanged(
    old.term,
    next.term,
    { path: next.path, beforePath: old.path, provisionId: next.provisionId },
    { from: old.number, to: next.number },
    context.casing,
  );
  if (change !== undefined) emit(context, change, next.slot, 1, change.key);
}

/** Where a changed term sits: its pointers and the provision that now holds it. */
export interface TermPlace {
  path: string;
  beforePath: string;
  provisionId: string | undefined;
}

/**
 * The `term.changed` from `before` (at `beforePath`) to `after` (at `path`, in the provision
 * `provisionId`), or `undefined` when they mean the same. Also how `invertChange` turns one
 * around: the change is worked out again, so the inverse is what the backward diff reports.
 */
export function termChanged(
  before: Term,
  after: Term,
  { path, beforePath, provisionId }: TermPlace,
  numbers: { from?: string | undefined; to?: string | undefined },
  casing: Casing,
): TermChangedChange | undefined {
  const difference = diffTerm(...comparable(before, after));
  if (difference === undefined) return undefined;
  const change: TermChangedChange = {
    kind: 'term.changed',
    path,
    beforePath,
    key: reportedKey(before, after),
    ...(provisionId === undefined ? {} : { provisionId }),
    ...(numbers.from === undefined ? {} : { fromNumber: numbers.from }),
    ...(numbers.to === undefined ? {} : { toNumber: numbers.to }),
    before,
    after,
    aspects: difference.aspects,
    ...(difference.delta === undefined ? {} : { delta: difference.delta }),
    ...(difference.membersAdded === undefined
      ? {}
      : { membersAdded: difference.membersAdded, membersRemoved: difference.membersRemoved ?? [] }),
    summary: '',
  };
  change.summary = summarizeTermChanged(change, casing);
  return change;
}
