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

type TermDiffer<K extends TermKind> = (before: TermOf<K>, after: TermOf<K>) => TermDifference;

/**
 * Each kind's meaning of "changed". Provenance (`label`, `sources`, `confidence`, `note`,
 * `span`, `context`) never counts: a second outlet reporting the same figure is not a change.
 */
const termDiffers: { [K in TermKind]: TermDiffer<K> } = {
  quantity: (before, after) =>
    figureDifference(before.value, after.value, [
      ['unit', before.unit === after.unit],
      ['bound', before.bound === after.bound],
      ['condition', before.condition === after.condition],
    ]),
  money: (before, after) =>
    figureDifference(before.amount, after.amount, [
      ['currency', before.currency === after.currency],
      ['bound', before.bound === after.bound],
      ['condition', before.condition === after.condition],
    ]),
  duration: (before, after) =>
    figureDifference(before.value, after.value, [
      ['unit', before.unit === after.unit],
      ['bound', before.bound === after.bound],
      ['from', before.from === after.from],
    ]),
  share: (before, after) =>
    figureDifference(before.value, after.value, [
      ['ratio', sameNumbers(before.ratio, after.ratio)],
      ['bound', before.bound === after.bound],
      ['of', before.of === after.of],
      ['holder', before.holder === after.holder],
    ]),
  status: (before, after) =>
    aspectsOf([
      ['value', before.value === after.value],
      ['subject', before.subject === after.subject],
    ]),
  flag: (before, after) => aspectsOf([['value', before.value === after.value]]),
  set: (before, after) => {
    const old = new Set(before.members);
    const next = new Set(after.members);
    const membersAdded = [...next].filter((member) => !old.has(member)).sort(compareText);
    const membersRemoved = [...old].filter((member) => !next.has(member)).sort(compareText);
    if (membersAdded.length === 0 && membersRemoved.length === 0) return { aspects: [] };
    return { aspects: ['members'], membersAdded, membersRemoved };
  },
  date: (before, after) => aspectsOf([['value', before.value === after.value]]),
  text: (before, after) => aspectsOf([['value', before.value === after.value]]),
  unaddressed: () => ({ aspects: [] }),
};

/**
 * Compares two terms of one key. Returns `undefined` when they mean the same thing. Terms of
 * different kinds always differ in `kind` (a figure that became `unaddressed`, say).
 */
export function diffTerm(before: Term, after: Term): TermDifference | undefined {
  if (before.kind !== after.kind) return { aspects: ['kind'] };
  const differ = termDiffers[before.kind] as TermDiffer<TermKind>;
  const difference = differ(before, after as never);
  return difference.aspects.length === 0 ? undefined : difference;
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

type Check = [TermAspect, boolean];

function aspectsOf(checks: readonly Check[]): TermDifference {
  return { aspects: checks.filter(([, same]) => !same).map(([aspect]) => aspect) };
}

/** A figure change carries a delta only when the unit-like aspects agree. */
function figureDifference(
  before: number,
  after: number,
  qualifiers: readonly Check[],
): TermDifference {
  const difference = aspectsOf([['value', before === after], ...qualifiers]);
  const unitChanged = difference.aspects.some(
    (aspect) => aspect === 'unit' || aspect === 'currency',
  );
  if (before !== after && !unitChanged) {
    const delta = deltaOf(before, after);
    if (delta !== undefined) difference.delta = delta;
  }
  return difference;
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Code-unit order: deterministic and independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
