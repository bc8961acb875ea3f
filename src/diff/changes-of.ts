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
import { readDiff } from './read-diff.js';

const KINDS: ReadonlySet<unknown> = new Set(CHANGE_KINDS);

/**
 * The changes of a diff that have one of the given kinds, in the diff's order, typed by those
 * kinds: `changesOf(diff, 'term.changed')` is a `TermChangedChange[]`, so `key`, `delta` and
 * `aspects` can be read without narrowing each change by hand. A fresh array; the changes are
 * the diff's own objects.
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
    return readDiff(diff, 'changesOf').changes.filter((change): change is ChangeOf<K> =>
      wanted.has(change.kind),
    );
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
    return wanted.has(change.kind);
  });
}

/** The kinds asked for (arguments 2 and on): at least one, each one of `CHANGE_KINDS`. */
function readKinds(kinds: readonly unknown[], caller: string): ReadonlySet<string> {
  if (kinds.length === 0) {
    throw new DraftdiffError(
      'INVALID_ARGUMENT',
      `${caller}: argument 2 must be a change kind (one of CHANGE_KINDS), got nothing`,
    );
  }
  kinds.forEach((kind, index) => {
    if (!KINDS.has(kind)) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `${caller}: argument ${index + 2} must be one of CHANGE_KINDS, got ${describeValue(kind, 40)}`,
      );
    }
  });
  return new Set(kinds as string[]);
}
