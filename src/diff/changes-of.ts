import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type ChangeOf,
  type DraftDiff,
} from './change.js';
import { readChange, readDiffOutline } from './read-diff.js';

const KINDS: ReadonlySet<unknown> = new Set(CHANGE_KINDS);

function isChangeKind(value: unknown): value is ChangeKind {
  return KINDS.has(value);
}

/**
 * The changes of a diff that have one of the given kinds, in the diff's order, typed by those
 * kinds: `changesOf(diff, 'term.changed')` is a `TermChangedChange[]`, so `key`, `delta` and
 * `aspects` can be read without narrowing each change by hand. A fresh array; the changes are
 * the diff's own objects.
 *
 * What is checked is what the call reads and hands out: the diff itself (its `from`, `to` and
 * `stats`), the kind of every change, and in full each change it returns, which the caller
 * goes on to read by its type. A change of another kind is not read past its kind, so asking a
 * large diff for each kind in turn costs each call its own changes rather than a walk of the
 * whole diff; a wrong field there is reported by the functions that read it (`formatDiff`).
 *
 * @example
 * const cap = changesOf(diff, 'term.changed').find((change) => change.key === 'armed-forces.personnel-cap');
 * cap?.delta; // { absolute: -200000, relative: -0.3333333333333333 }
 */
export function changesOf<const K extends ChangeKind>(
  diff: DraftDiff,
  ...kinds: [K, ...K[]]
): ChangeOf<K>[] {
  return guardCall('changesOf', [diff, ...kinds], () => {
    const wanted = readKinds(kinds, 'changesOf');
    const found: ChangeOf<K>[] = [];
    readDiffOutline(diff, 'changesOf').changes.forEach((outline, index) => {
      if (!wanted.has(outline.kind)) return;
      const change = readChange(outline, 'changesOf', `diff.changes[${index}]`);
      if (isOfKinds<K>(change, wanted)) found.push(change);
    });
    return found;
  });
}

/**
 * Whether `change` has one of the given kinds: a type guard, so that in
 * `if (isChange(change, 'term.changed')) change.delta` the change is a `TermChangedChange`.
 *
 * @example
 * diff.changes.filter((change) => isChange(change, 'provision.added', 'provision.removed'));
 */
export function isChange<const K extends ChangeKind>(
  change: Change,
  ...kinds: [K, ...K[]]
): change is ChangeOf<K> {
  return guardCall('isChange', [change, ...kinds], () => {
    const wanted = readKinds(kinds, 'isChange');
    // Only the kind is read: a guard in a filter should not re-validate a whole change each time.
    if (typeof change !== 'object' || change === null || Array.isArray(change)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `isChange: argument 1 must be a change object, got ${describeValue(change, 40)}`,
      );
    }
    return isOfKinds<K>(change, wanted);
  });
}

/** Whether `change` has one of the `wanted` kinds (a set of `K`, as `readKinds` makes it). */
function isOfKinds<K extends ChangeKind>(
  change: Change,
  wanted: ReadonlySet<ChangeKind>,
): change is ChangeOf<K> {
  return wanted.has(change.kind);
}

/** The kinds asked for (arguments 2 and on): at least one, each one of `CHANGE_KINDS`. */
function readKinds(kinds: readonly unknown[], caller: string): ReadonlySet<ChangeKind> {
  if (kinds.length === 0) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: argument 2 must be a change kind (one of CHANGE_KINDS), got nothing`,
    );
  }
  const wanted = new Set<ChangeKind>();
  kinds.forEach((kind, index) => {
    if (!isChangeKind(kind)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${caller}: argument ${index + 2} must be one of CHANGE_KINDS, got ${describeValue(kind, 40)}`,
      );
    }
    wanted.add(kind);
  });
  return wanted;
}
