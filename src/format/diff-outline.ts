import type {
  ChangeKind,
  Delta,
  DraftDiff,
  Hunk,
  ProvisionRenumberedChange,
  TermChangedChange,
} from '../diff/change.js';
import { CHANGE_KINDS } from '../diff/change.js';
import { describeTermValue, formatPercentChange, termLabel } from '../diff/describe-term.js';
import { assertNever } from '../internal/assert-never.js';
import { DraftdiffError } from '../internal/errors.js';
import { pushAll } from '../internal/push-all.js';
import type { Provision } from '../model/provision.js';
import { describeOffset, groupRenumberings } from './group-changes.js';

/**
 * The reading order of a diff, as plain (unescaped) text: headline term changes, provisions
 * added and removed, reworded provisions with their hunks, then everything else. The Markdown
 * and HTML formatters render the same outline, each escaping at its own edge, so the two never
 * disagree on what a change says.
 */
export interface DiffOutline {
  /** Id of the old draft. */
  from: string;
  /** Id of the new draft. */
  to: string;
  /** How many changes, in total. */
  total: number;
  /** "1 term changed, 2 provisions added", in `CHANGE_KINDS` order; empty when nothing changed. */
  counts: string;
  /** Term changes, added and removed terms, in diff order. */
  terms: TermRow[];
  /** Provisions added or removed, in diff order. */
  provisions: ProvisionRow[];
  /** Reworded provisions with their word-level redline. */
  reworded: RewordedRow[];
  /** One sentence per remaining change (renumberings collapsed into one sentence). */
  other: string[];
}

/** Which way a figure moved. */
export type Direction = 'up' | 'down' | 'none';

/** One term that changed, appeared or disappeared. */
export interface TermRow {
  /** What happened to the term. */
  change: 'changed' | 'added' | 'removed';
  /** Human label of the term (its `label`, or words made from its key). */
  label: string;
  /** The dotted key. */
  key: string;
  /** Id of the provision that states the term, when there is one. */
  provisionId: string | undefined;
  /** The old value as a reader would say it; undefined for an added term. */
  before: string | undefined;
  /** The new value as a reader would say it; undefined for a removed term. */
  after: string | undefined;
  /** How far a figure moved ("-33.3%"), or what else changed ("condition"); may be empty. */
  detail: string;
  /** Which way a figure moved; `none` when the change is not a number. */
  direction: Direction;
}

/** A provision present in one draft only. */
export interface ProvisionRow {
  /** Added to the new draft, or removed from the old. */
  change: 'added' | 'removed';
  /** How a reader names the provision: "point 6" or "provision p6". */
  reference: string;
  /** The provision's heading, when it has one. */
  title: string | undefined;
  /** The clause text. */
  text: string;
}

/** A reworded provision. */
export interface RewordedRow {
  /** How a reader names the provision (as the new draft numbers it). */
  reference: string;
  /** The provision's heading in the new draft, when it has one. */
  title: string | undefined;
  /** Similarity 0..1 of the two texts. */
  similarity: number;
  /** True when the redline is one whole-clause delete and insert. */
  coarse: boolean;
  /** The word-level redline. */
  hunks: Hunk[];
}

const KIND_NOUNS: { [K in ChangeKind]: [singular: string, plural: string] } = {
  'draft.changed': ['metadata change', 'metadata changes'],
  'provision.added': ['provision added', 'provisions added'],
  'provision.removed': ['provision removed', 'provisions removed'],
  'provision.moved': ['provision moved', 'provisions moved'],
  'provision.renumbered': ['provision renumbered', 'provisions renumbered'],
  'provision.split': ['provision split', 'provisions split'],
  'provision.merged': ['provision merge', 'provision merges'],
  'provision.retitled': ['provision retitled', 'provisions retitled'],
  'provision.reworded': ['provision reworded', 'provisions reworded'],
  'term.added': ['term added', 'terms added'],
  'term.removed': ['term removed', 'terms removed'],
  'term.changed': ['term changed', 'terms changed'],
};

/** Builds the outline of a diff; pure, and the same diff always gives the same outline. */
export function outlineDiff(diff: DraftDiff): DiffOutline {
  if (typeof diff !== 'object' || diff === null || !Array.isArray(diff.changes)) {
    throw new DraftdiffError('INVALID_ARGUMENT', 'expected a DraftDiff with a changes array');
  }
  const terms: TermRow[] = [];
  const provisions: ProvisionRow[] = [];
  const reworded: RewordedRow[] = [];
  const other: string[] = [];
  const renumbered: ProvisionRenumberedChange[] = [];
  const tally = new Map<ChangeKind, number>();

  for (const change of diff.changes) {
    tally.set(change.kind, (tally.get(change.kind) ?? 0) + 1);
    switch (change.kind) {
      case 'term.changed':
        terms.push(termChangedRow(change));
        break;
      case 'term.added':
        terms.push({
          change: 'added',
          label: termLabel(change.after),
          key: change.key,
          provisionId: change.provisionId,
          before: undefined,
          after: describeTermValue(change.after),
          detail: '',
          direction: 'none',
        });
        break;
      case 'term.removed':
        terms.push({
          change: 'removed',
          label: termLabel(change.before),
          key: change.key,
          provisionId: change.provisionId,
          before: describeTermValue(change.before),
          after: undefined,
          detail: '',
          direction: 'none',
        });
        break;
      case 'provision.added':
        provisions.push(provisionRow('added', change.after));
        break;
      case 'provision.removed':
        provisions.push(provisionRow('removed', change.before));
        break;
      case 'provision.reworded':
        reworded.push({
          ...nameOf(change.after),
          similarity: change.similarity,
          coarse: change.coarse,
          hunks: change.hunks,
        });
        break;
      case 'provision.renumbered':
        renumbered.push(change);
        break;
      case 'draft.changed':
      case 'provision.moved':
      case 'provision.retitled':
      case 'provision.split':
      case 'provision.merged':
        other.push(change.summary);
        break;
      default:
        assertNever(change);
    }
  }
  pushAll(other, describeRenumberings(renumbered));

  const counted = CHANGE_KINDS.filter((kind) => tally.has(kind)).map((kind) => {
    const count = tally.get(kind) ?? 0;
    const [singular, plural] = KIND_NOUNS[kind];
    return `${count} ${count === 1 ? singular : plural}`;
  });
  return {
    from: diff.from,
    to: diff.to,
    total: diff.changes.length,
    counts: counted.join(', '),
    terms,
    provisions,
    reworded,
    other,
  };
}

function termChangedRow(change: TermChangedChange): TermRow {
  const parts: string[] = [];
  let direction: Direction = 'none';
  if (change.delta !== undefined) {
    parts.push(describeRelative(change.delta));
    direction = change.delta.absolute > 0 ? 'up' : change.delta.absolute < 0 ? 'down' : 'none';
  }
  if (change.membersAdded !== undefined && change.membersAdded.length > 0) {
    parts.push(`added ${change.membersAdded.join(', ')}`);
  }
  if (change.membersRemoved !== undefined && change.membersRemoved.length > 0) {
    parts.push(`removed ${change.membersRemoved.join(', ')}`);
  }
  // Aspects other than the value say what else moved ("condition", "bound"); the value itself is
  // already shown by the before and after columns.
  const qualifiers = (change.aspects ?? []).filter(
    (aspect) => aspect !== 'value' && aspect !== 'members',
  );
  if (qualifiers.length > 0) parts.push(`${qualifiers.join(', ')} changed`);
  return {
    change: 'changed',
    label: change.after.label ?? termLabel(change.before),
    key: change.key,
    provisionId: change.provisionId,
    before: describeTermValue(change.before),
    after: describeTermValue(change.after),
    detail: parts.join('; '),
    direction,
  };
}

function provisionRow(change: 'added' | 'removed', provision: Provision): ProvisionRow {
  return { change, text: provision.text, ...nameOf(provision) };
}

/**
 * How a reader names a provision: "point 6" with its title beside it, else its title alone,
 * else "provision <id>".
 */
function nameOf(provision: Provision): { reference: string; title: string | undefined } {
  if (provision.number !== undefined) {
    return { reference: `point ${provision.number}`, title: provision.title };
  }
  if (provision.title !== undefined) return { reference: provision.title, title: undefined };
  return { reference: `provision ${provision.id}`, title: undefined };
}

/** Runs of renumberings read as one sentence, as in the text format: "Points 4-28 are now 3-27". */
function describeRenumberings(changes: readonly ProvisionRenumberedChange[]): string[] {
  return groupRenumberings(changes).map((group) =>
    group.kind === 'renumber.run'
      ? `Points ${group.from[0]}-${group.from[1]} are now ${group.to[0]}-${group.to[1]} (${describeOffset(group.offset)})`
      : group.summary,
  );
}

/** A relative change as a signed percentage with at most one decimal: "-33.3%", "+100%". */
export function describeRelative(delta: Delta): string {
  // A figure that moved away from zero has no finite percentage.
  if (!Number.isFinite(delta.relative)) {
    return delta.absolute > 0 ? 'up from zero' : delta.absolute < 0 ? 'down from zero' : '0%';
  }
  return formatPercentChange(delta.relative);
}
