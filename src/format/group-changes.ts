import type { Change, ProvisionRenumberedChange } from '../diff/change.js';
import { pushAll } from '../internal/push-all.js';

/** A run of provisions renumbered by the same offset: "points 4-28 are now 3-27". */
export interface RenumberRun {
  kind: 'renumber.run';
  /** The renumberings, in document order. */
  changes: ProvisionRenumberedChange[];
  /** First and last old numbers. */
  from: [string, string];
  /** First and last new numbers. */
  to: [string, string];
  /** New minus old number: -1 means "up by one". */
  offset: number;
}

/** A change, or a run of renumberings shown as one line. */
export type ChangeGroup = Change | RenumberRun;

/** Fewer renumberings than this in a row are listed one by one. */
const MIN_RUN = 3;

/**
 * Folds consecutive renumberings of whole-number points that moved by the same offset into
 * one run, so "point 3 was deleted" reads with one line for points 4-28, not 25. The changes
 * themselves stay one per provision: this is presentation only.
 */
export function groupRenumberings(changes: readonly Change[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  let run: ProvisionRenumberedChange[] = [];
  const flush = () => {
    if (run.length >= MIN_RUN) {
      const first = run[0] as ProvisionRenumberedChange;
      const last = run[run.length - 1] as ProvisionRenumberedChange;
      groups.push({
        kind: 'renumber.run',
        changes: run,
        from: [first.fromNumber as string, last.fromNumber as string],
        to: [first.toNumber as string, last.toNumber as string],
        offset: Number(first.toNumber) - Number(first.fromNumber),
      });
    } else {
      pushAll(groups, run);
    }
    run = [];
  };
  for (const change of changes) {
    if (change.kind === 'provision.renumbered' && continuesRun(run, change)) {
      run.push(change);
      continue;
    }
    flush();
    if (change.kind === 'provision.renumbered' && offsetOf(change) !== undefined) run.push(change);
    else groups.push(change);
  }
  flush();
  return groups;
}

function offsetOf(change: ProvisionRenumberedChange): number | undefined {
  const from = Number(change.fromNumber);
  const to = Number(change.toNumber);
  if (!/^\d+$/.test(change.fromNumber ?? '') || !/^\d+$/.test(change.toNumber ?? '')) {
    return undefined;
  }
  return to - from;
}

function continuesRun(
  run: readonly ProvisionRenumberedChange[],
  change: ProvisionRenumberedChange,
): boolean {
  const last = run[run.length - 1];
  if (last === undefined) return false;
  const offset = offsetOf(change);
  return (
    offset !== undefined &&
    offset === offsetOf(last) &&
    Number(change.fromNumber) === Number(last.fromNumber) + 1
  );
}

/** "up by one", "down by 2": how a run of renumberings moved. */
export function describeOffset(offset: number): string {
  const size = Math.abs(offset) === 1 ? 'one' : String(Math.abs(offset));
  return offset < 0 ? `up by ${size}` : `down by ${size}`;
}
