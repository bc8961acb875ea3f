import type { Change, ProvisionMovedChange, ProvisionRenumberedChange } from '../diff/change.js';
import { readAt } from '../internal/read-at.js';

/** A run of sibling provisions renumbered by the same offset: "points 4-28 are now 3-27". */
export interface RenumberRun {
  kind: 'renumber.run';
  /** The renumberings, in document order. */
  changes: ProvisionRenumberedChange[];
  /** First and last old numbers. */
  from: [string, string];
  /** First and last new numbers. */
  to: [string, string];
  /**
   * New minus old position among the siblings (-1 means "up by one"); undefined when the
   * parent's number changed too ("10.c-10.e are now 9.b-9.d"), where one offset says little.
   */
  offset: number | undefined;
  /** How many sub-point renumberings, implied by these, are folded into the run. */
  folded: number;
}

/** A move or a renumbering shown with the sub-point renumberings it implies folded into it. */
export interface FoldedChange {
  kind: 'change.folded';
  change: ProvisionMovedChange | ProvisionRenumberedChange;
  /** How many sub-point renumberings are folded into it (at least one). */
  folded: number;
}

/** A change, or changes shown as one line. */
export type ChangeGroup = Change | RenumberRun | FoldedChange;

/** Fewer renumberings than this in a row are listed one by one. */
const MIN_RUN = 3;

type Placed = ProvisionMovedChange | ProvisionRenumberedChange;

/**
 * Folds renumberings into as few lines as a reader needs, at every level of the outline:
 *
 * - a sub-point whose number changed only because its parent's did ("10.a is now 9.a" under
 *   "10 is now 9", or under a move) is folded into its parent's line;
 * - sibling renumberings by the same offset with consecutive old numbers ("4", "5", "6"; or
 *   "10.b", "10.c", "10.d") make one run, shown where its first member was, however many other
 *   changes (a rewording of one of them) come between.
 *
 * The diff itself keeps one change per provision (a consumer may look up any one of them, and
 * `stats` counts them all): this is presentation only.
 */
export function groupRenumberings(changes: readonly Change[]): ChangeGroup[] {
  const placedByPath = new Map<string, Placed>();
  /** Where each folded sub-point went: the line (change) that stands for it. */
  const foldedInto = new Map<Change, Placed>();
  const foldCount = new Map<Placed, number>();
  for (const change of changes) {
    if (change.kind !== 'provision.moved' && change.kind !== 'provision.renumbered') continue;
    const parent = placedByPath.get(parentPointer(change.path));
    if (change.kind === 'provision.renumbered' && parent !== undefined && implied(change, parent)) {
      const root = foldedInto.get(parent) ?? parent;
      foldedInto.set(change, root);
      foldCount.set(root, (foldCount.get(root) ?? 0) + 1);
    }
    placedByPath.set(change.path, change);
  }

  // Slots in document order; a run fills the slot of its first member and leaves the others empty.
  const slots: (ChangeGroup | undefined)[] = [];
  const open = new Map<string, { start: number; members: ProvisionRenumberedChange[] }>();
  const close = (run: { start: number; members: ProvisionRenumberedChange[] }) => {
    if (run.members.length >= MIN_RUN) {
      slots[run.start] = runOf(run.members, foldCount);
      return;
    }
    // Too short for a run: each member goes back to its own slot.
    let index = run.start;
    for (const member of run.members) {
      while (slots[index] !== member) index++;
      slots[index] = withFolded(member, foldCount);
    }
  };
  for (const change of changes) {
    if (foldedInto.has(change)) continue;
    if (change.kind !== 'provision.renumbered' || step(change) === undefined) {
      slots.push(
        change.kind === 'provision.moved' || change.kind === 'provision.renumbered'
          ? withFolded(change, foldCount)
          : change,
      );
      continue;
    }
    const parent = parentPointer(change.path);
    const run = open.get(parent);
    const last = run?.members[run.members.length - 1];
    if (run !== undefined && last !== undefined && continues(last, change)) {
      run.members.push(change);
      // Held in its slot until the run closes, so a short run can put it back in place.
      slots.push(change);
      continue;
    }
    if (run !== undefined) close(run);
    open.set(parent, { start: slots.length, members: [change] });
    slots.push(change);
  }
  for (const run of open.values()) close(run);
  // A run's later members stay in their slots only until it closes: drop them now.
  const inRun = new Set<Change>();
  for (const slot of slots) {
    if (slot?.kind === 'renumber.run') for (const member of slot.changes) inRun.add(member);
  }
  return slots.filter(
    (slot): slot is ChangeGroup =>
      slot !== undefined && !(slot.kind === 'provision.renumbered' && inRun.has(slot)),
  );
}

function withFolded(change: Placed, foldCount: ReadonlyMap<Placed, number>): ChangeGroup {
  const folded = foldCount.get(change) ?? 0;
  return folded === 0 ? change : { kind: 'change.folded', change, folded };
}

function runOf(
  members: ProvisionRenumberedChange[],
  foldCount: ReadonlyMap<Placed, number>,
): RenumberRun {
  const firstStep = step(readAt(members, 0));
  const lastStep = step(readAt(members, members.length - 1));
  // Only a renumbering with a step opens or continues a run.
  if (firstStep === undefined || lastStep === undefined) {
    throw new RangeError('draftdiff: a renumbering run member without a step (a bug)');
  }
  let folded = 0;
  for (const member of members) folded += foldCount.get(member) ?? 0;
  return {
    kind: 'renumber.run',
    changes: members,
    from: [firstStep.fromNumber, lastStep.fromNumber],
    to: [firstStep.toNumber, lastStep.toNumber],
    offset: firstStep.fromPrefix === firstStep.toPrefix ? firstStep.offset : undefined,
    folded,
  };
}

/** The pointer of the provision holding the one at `path` (`/provisions/9/items/0` -> `/provisions/9`). */
function parentPointer(path: string): string {
  const cut = path.lastIndexOf('/', path.lastIndexOf('/') - 1);
  return cut <= 0 ? '' : path.slice(0, cut);
}

/**
 * Whether a sub-point's renumbering follows from its parent's: its number is the parent's with
 * the same ending, before and after ("10.a" -> "9.a" under "10" -> "9").
 */
function implied(child: ProvisionRenumberedChange, parent: Placed): boolean {
  const { fromNumber, toNumber } = child;
  const parentFrom = parent.fromNumber;
  const parentTo = parent.toNumber;
  if (fromNumber === undefined || toNumber === undefined) return false;
  if (parentFrom === undefined || parentTo === undefined || parentFrom === parentTo) return false;
  if (!fromNumber.startsWith(parentFrom) || !toNumber.startsWith(parentTo)) return false;
  const ending = fromNumber.slice(parentFrom.length);
  // "12" is not a sub-point of "1": the ending must not carry the parent's last digit on.
  return ending !== '' && ending === toNumber.slice(parentTo.length) && !/^[0-9]/.test(ending);
}

/** A display number read as a prefix and a last step that counts: "10.c" is "10." and c (3). */
interface Step {
  /** The old and new numbers whole: "10.c". */
  fromNumber: string;
  toNumber: string;
  fromPrefix: string;
  toPrefix: string;
  /** The old last step's position: 3 for "c", 12 for "12". */
  from: number;
  offset: number;
  /** Digits and letters count separately: "9" is not followed by "a". */
  letters: boolean;
}

const LAST_STEP = /^(.*?)(\d+|[a-z]|[A-Z])$/s;

function step(change: ProvisionRenumberedChange): Step | undefined {
  const old = LAST_STEP.exec(change.fromNumber ?? '');
  const next = LAST_STEP.exec(change.toNumber ?? '');
  if (old === null || next === null) return undefined;
  const from = positionOf(readAt(old, 2));
  const to = positionOf(readAt(next, 2));
  if (from.letters !== to.letters) return undefined;
  return {
    fromNumber: old[0],
    toNumber: next[0],
    fromPrefix: readAt(old, 1),
    toPrefix: readAt(next, 1),
    from: from.position,
    offset: to.position - from.position,
    letters: from.letters,
  };
}

function positionOf(text: string): { position: number; letters: boolean } {
  if (/^\d+$/.test(text)) return { position: Number(text), letters: false };
  return { position: text.toLowerCase().charCodeAt(0) - 96, letters: true };
}

/** `next` carries on the run that `last` ends: the following old number, moved the same way. */
function continues(last: ProvisionRenumberedChange, next: ProvisionRenumberedChange): boolean {
  const a = step(last);
  const b = step(next);
  return (
    a !== undefined &&
    b !== undefined &&
    a.fromPrefix === b.fromPrefix &&
    a.toPrefix === b.toPrefix &&
    a.letters === b.letters &&
    a.offset === b.offset &&
    b.from === a.from + 1
  );
}

/** "up by one", "down by 2": how a run of renumberings moved. */
export function describeOffset(offset: number): string {
  const size = Math.abs(offset) === 1 ? 'one' : String(Math.abs(offset));
  return offset < 0 ? `up by ${size}` : `down by ${size}`;
}

/**
 * The sentence of a run or of a folded change, unescaped (numbers are the drafts' own strings):
 * "Points 4-28 are now 3-27 (up by one), and their 26 sub-points with them".
 */
export function describeGroup(group: RenumberRun | FoldedChange): string {
  if (group.kind === 'change.folded') {
    const count = group.folded === 1 ? 'its sub-point' : `its ${group.folded} sub-points`;
    return `${group.change.summary}, and ${count} with it`;
  }
  const moved = group.offset === undefined ? '' : ` (${describeOffset(group.offset)})`;
  const line = `Points ${group.from[0]}-${group.from[1]} are now ${group.to[0]}-${group.to[1]}${moved}`;
  if (group.folded === 0) return line;
  const count = group.folded === 1 ? 'their sub-point' : `their ${group.folded} sub-points`;
  return `${line}, and ${count} with them`;
}
