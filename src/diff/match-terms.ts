import type { Term } from '../model/term.js';

/**
 * How the terms of two aligned provisions correspond. A key means the same thing in every draft
 * of a corpus, so terms with the same key pair first. A term found in prose (it has a `span`)
 * has a key that is only a guess, so it also pairs with a term of the other side that is left
 * over and measures the same thing: the same kind and unit (quantities, by unit; money, by
 * currency), then the same kind, in order of appearance. Two authored terms never pair by
 * kind: their keys say they are different facts.
 */
export interface TermMatch {
  /** Pairs of indexes into the two lists. */
  pairs: [before: number, after: number][];
  /** Indexes of the old terms left over, ascending. */
  restBefore: number[];
  /** Indexes of the new terms left over, ascending. */
  restAfter: number[];
}

/** Whether a term was found in prose (its key is a guess). */
export function isExtracted(term: Term): boolean {
  return term.span !== undefined;
}

/** Matches the terms of two aligned provisions (see `TermMatch`). */
export function matchTerms(before: readonly Term[], after: readonly Term[]): TermMatch {
  const pairs: [number, number][] = [];
  const afterByKey = new Map<string, number>();
  after.forEach((term, index) => {
    afterByKey.set(term.key, index);
  });
  const takenAfter = new Uint8Array(after.length);
  let restBefore: number[] = [];
  before.forEach((term, index) => {
    const match = afterByKey.get(term.key);
    if (match !== undefined && takenAfter[match] === 0) {
      takenAfter[match] = 1;
      pairs.push([index, match]);
    } else {
      restBefore.push(index);
    }
  });
  for (const signature of [measureOf, kindOf]) {
    const still: number[] = [];
    for (const index of restBefore) {
      const term = before[index] as Term;
      const wanted = signature(term);
      let found = -1;
      if (wanted !== undefined) {
        for (let candidate = 0; candidate < after.length; candidate++) {
          const other = after[candidate] as Term;
          if (takenAfter[candidate] === 1 || signature(other) !== wanted) continue;
          if (!isExtracted(term) && !isExtracted(other)) continue;
          found = candidate;
          break;
        }
      }
      if (found === -1) {
        still.push(index);
        continue;
      }
      takenAfter[found] = 1;
      pairs.push([index, found]);
    }
    restBefore = still;
  }
  const restAfter: number[] = [];
  for (let index = 0; index < after.length; index++)
    if (takenAfter[index] === 0) restAfter.push(index);
  return { pairs, restBefore, restAfter };
}

/** What a figure measures: kind and unit (currency for money); `undefined` for non-figures. */
export function measureOf(term: Term): string | undefined {
  switch (term.kind) {
    case 'quantity':
      return `quantity:${term.unit.toLowerCase()}`;
    case 'money':
      return `money:${term.currency}`;
    case 'duration':
    case 'share':
    case 'date':
      return term.kind;
    default:
      return undefined;
  }
}

/** The kind of a figure (quantity, money, duration, share, date); `undefined` for the rest. */
function kindOf(term: Term): string | undefined {
  return measureOf(term) === undefined ? undefined : term.kind;
}

/**
 * Qualifiers whose wording text import cannot pin down ("the profits" against "profits of the
 * venture investing frozen Russian assets"): between a term found in prose and an authored one
 * they never count as a change.
 */
const WORDED = ['from', 'of', 'holder'] as const;

/**
 * The two terms to compare, when one was found in prose and the other authored: the found one
 * with the authored one's worded qualifiers, and its condition too when it states none or the
 * same one in other case ("In peacetime"). A condition it states that the authored term lacks
 * is a change (a cap that now holds in peacetime only). Otherwise the terms as they are.
 */
export function comparable(before: Term, after: Term): [Term, Term] {
  const oldFound = isExtracted(before);
  const nextFound = isExtracted(after);
  if (oldFound === nextFound) return [before, after];
  return oldFound
    ? [alignQualifiers(before, after), after]
    : [before, alignQualifiers(after, before)];
}

function alignQualifiers(found: Term, authored: Term): Term {
  const filled: Record<string, unknown> = { ...found };
  const source = authored as unknown as Record<string, unknown>;
  for (const qualifier of WORDED) {
    if (source[qualifier] === undefined) delete filled[qualifier];
    else filled[qualifier] = source[qualifier];
  }
  const condition = filled.condition;
  const authoredCondition = source.condition;
  if (
    condition === undefined ||
    (typeof condition === 'string' &&
      typeof authoredCondition === 'string' &&
      condition.toLowerCase() === authoredCondition.toLowerCase())
  ) {
    if (authoredCondition === undefined) delete filled.condition;
    else filled.condition = authoredCondition;
  }
  return filled as unknown as Term;
}

/** The key a change reports: the authored one when the other was found in prose. */
export function reportedKey(before: Term, after: Term): string {
  return isExtracted(after) && !isExtracted(before) ? before.key : after.key;
}

/** Context words two figures must share (Jaccard) to be one figure that changed provisions. */
const SAME_CONTEXT = 0.5;
/** Most figures of one measure compared against each other across a draft. */
const CONTEXT_BUDGET = 4096;

/**
 * Pairs terms found in prose that no aligned pair settled, across the whole draft: the same
 * measure (kind and unit) and context words mostly shared, from the best overlap down, each
 * term once. A figure that moved to another provision, or whose provision was rewritten past
 * recognition, is still the same figure. Measures with more figures than the budget allows on
 * both sides are left as they are (no all-against-all).
 */
export function matchByContext(
  before: readonly Term[],
  after: readonly Term[],
): [number, number][] {
  const groups = new Map<string, { before: number[]; after: number[] }>();
  const add = (term: Term, index: number, side: 'before' | 'after') => {
    const measure = isExtracted(term) ? measureOf(term) : undefined;
    if (measure === undefined || term.context === undefined) return;
    let group = groups.get(measure);
    if (group === undefined) {
      group = { before: [], after: [] };
      groups.set(measure, group);
    }
    group[side].push(index);
  };
  before.forEach((term, index) => {
    add(term, index, 'before');
  });
  after.forEach((term, index) => {
    add(term, index, 'after');
  });
  const candidates: { before: number; after: number; overlap: number }[] = [];
  for (const group of groups.values()) {
    if (group.before.length * group.after.length > CONTEXT_BUDGET) continue;
    for (const old of group.before) {
      const oldWords = contextWords(before[old] as Term);
      for (const next of group.after) {
        const overlap = jaccard(oldWords, contextWords(after[next] as Term));
        if (overlap >= SAME_CONTEXT) candidates.push({ before: old, after: next, overlap });
      }
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap || x.before - y.before || x.after - y.after);
  const takenBefore = new Set<number>();
  const takenAfter = new Set<number>();
  const pairs: [number, number][] = [];
  for (const candidate of candidates) {
    if (takenBefore.has(candidate.before) || takenAfter.has(candidate.after)) continue;
    takenBefore.add(candidate.before);
    takenAfter.add(candidate.after);
    pairs.push([candidate.before, candidate.after]);
  }
  return pairs;
}

/** The lower-case words of a term's context, figures left out (they are what changed). */
function contextWords(term: Term): Set<string> {
  const words = new Set<string>();
  // Figures out first, with the scale or suffix written onto them ("$100bn", "1st").
  const context = (term.context ?? '').toLowerCase().replace(/[$€£¥]?\d[\d.,]*\p{L}*/gu, ' ');
  for (const word of context.match(/\p{L}[\p{L}'’-]*/gu) ?? []) words.add(word);
  return words;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
