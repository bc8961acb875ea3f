import type { Term, TermKind, TermOf } from '../model/term.js';
import type { Delta, TermAspect } from './change.js';

/** What differs between two terms with the same key. */
export interface TermDifference {
  /** What differs, in a fixed order. */
  aspects: TermAspect[];
  /** How far a figure moved, when both sides are figures in the same unit (see `deltaOf`). */
  delta?: Delta;
  /** For sets: members only the new term has, sorted. */
  membersAdded?: string[];
  /** For sets: members only the old term has, sorted. */
  membersRemoved?: string[];
}

/** Pushes onto `aspects` what differs between two terms of kind `K`, in a fixed order. */
type AspectFinder<K extends TermKind> = (
  before: TermOf<K>,
  after: TermOf<K>,
  aspects: TermAspect[],
) => void;

/**
 * Each kind's meaning of "changed". Provenance (`label`, `sources`, `confidence`, `note`,
 * `span`, `context`) never counts: a second outlet reporting the same figure is not a change.
 * The finders push onto one scratch array, so a term that did not change (nearly every term
 * of a diff) costs no allocation: a list built per term would be made for every term of both
 * drafts, to be thrown away empty.
 */
const aspectFinders: { [K in TermKind]: AspectFinder<K> } = {
  quantity: (before, after, aspects) => {
    if (before.value !== after.value) aspects.push('value');
    if (before.unit !== after.unit) aspects.push('unit');
    if (before.bound !== after.bound) aspects.push('bound');
    if (before.condition !== after.condition) aspects.push('condition');
  },
  money: (before, after, aspects) => {
    if (before.amount !== after.amount) aspects.push('value');
    if (before.currency !== after.currency) aspects.push('currency');
    if (before.bound !== after.bound) aspects.push('bound');
    if (before.condition !== after.condition) aspects.push('condition');
  },
  duration: (before, after, aspects) => {
    if (before.value !== after.value) aspects.push('value');
    if (before.unit !== after.unit) aspects.push('unit');
    if (before.bound !== after.bound) aspects.push('bound');
    if (before.from !== after.from) aspects.push('from');
  },
  share: (before, after, aspects) => {
    if (before.value !== after.value) aspects.push('value');
    if (!sameNumbers(before.ratio, after.ratio)) aspects.push('ratio');
    if (before.bound !== after.bound) aspects.push('bound');
    if (before.of !== after.of) aspects.push('of');
    if (before.holder !== after.holder) aspects.push('holder');
  },
  status: (before, after, aspects) => {
    if (before.value !== after.value) aspects.push('value');
    if (before.subject !== after.subject) aspects.push('subject');
  },
  flag: (before, after, aspects) => {
    if (before.value !== after.value) aspects.push('value');
  },
  set: (before, after, aspects) => {
    if (!sameMembers(before.members, after.members)) aspects.push('members');
  },
  date: (before, after, aspects) => {
    if (before.value !== after.value) aspects.push('value');
  },
  text: (before, after, aspects) => {
    if (before.value !== after.value) aspects.push('value');
  },
  unaddressed: () => {},
};

/** Whether `after` has the kind of `before` (the type checker cannot relate two unions' kinds). */
function isSameKind<K extends TermKind>(before: TermOf<K>, after: Term): after is TermOf<K> {
  return after.kind === before.kind;
}

/** Runs the aspect finder of `kind` into `scratch`. */
function findAspects<K extends TermKind>(kind: K, before: TermOf<K>, after: TermOf<K>): void {
  const finder: AspectFinder<K> = aspectFinders[kind];
  finder(before, after, scratch);
}

/** Reused by every `diffTerm` call (it is synchronous and never re-entered). */
const scratch: TermAspect[] = [];

/**
 * Compares two terms of one key. Returns `undefined` when they mean the same thing. Terms of
 * different kinds always differ in `kind` (a figure that became `unaddressed`, say).
 */
export function diffTerm(before: Term, after: Term): TermDifference | undefined {
  if (before.kind !== after.kind) return { aspects: ['kind'] };
  scratch.length = 0;
  if (isSameKind(before, after)) findAspects(before.kind, before, after);
  if (scratch.length === 0) return undefined;
  const difference: TermDifference = { aspects: scratch.slice() };
  if (before.kind === 'set' && after.kind === 'set') {
    const old = new Set(before.members);
    const next = new Set(after.members);
    difference.membersAdded = [...next].filter((member) => !old.has(member)).sort(compareText);
    difference.membersRemoved = [...old].filter((member) => !next.has(member)).sort(compareText);
    return difference;
  }
  // A figure change carries a delta only when the unit-like aspects agree.
  const old = figureOf(before);
  const next = figureOf(after);
  if (old !== undefined && next !== undefined && old !== next) {
    const unitChanged = difference.aspects.some(
      (aspect) => aspect === 'unit' || aspect === 'currency',
    );
    const delta = unitChanged ? undefined : deltaOf(old, next);
    if (delta !== undefined) difference.delta = delta;
  }
  return difference;
}

/** Set equality of two member lists (order and repeats carry no meaning). */
function sameMembers(before: readonly string[], after: readonly string[]): boolean {
  // Equal lists are equal sets: the usual case, settled without building sets.
  if (before.length === after.length && before.every((member, index) => member === after[index])) {
    return true;
  }
  const old = new Set(before);
  const next = new Set(after);
  if (old.size !== next.size) return false;
  for (const member of old) if (!next.has(member)) return false;
  return true;
}

/** The value a term's kind treats as its figure, for deltas; `undefined` for non-figures. */
export function figureOf(term: Term): number | undefined {
  switch (term.kind) {
    case 'quantity':
    case 'duration':
    case 'share':
      return term.value;
    case 'money':
      return term.amount;
    default:
      return undefined;
  }
}

/**
 * `after - before`, and that relative to `|before|`; `undefined` when `before` is 0 or when
 * either would not be finite (1e308 -> -1e308 overflows, and so does the fraction of 5e-324
 * -> 1): JSON has no Infinity, and an infinite percentage tells a reader nothing.
 */
export function deltaOf(before: number, after: number): Delta | undefined {
  if (before === 0) return undefined;
  const absolute = after - before;
  const relative = absolute / Math.abs(before);
  if (!Number.isFinite(absolute) || !Number.isFinite(relative)) return undefined;
  return { absolute, relative };
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Code-unit order: deterministic and independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
