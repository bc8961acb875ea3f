import { type Casing, casingOfChanges } from '../diff/casing.js';
import type {
  ChangeKind,
  Delta,
  DraftDiff,
  Hunk,
  ProvisionMovedChange,
  ProvisionRenumberedChange,
  TermAddedChange,
  TermAspect,
  TermChangedChange,
  TermRemovedChange,
} from '../diff/change.js';
import { CHANGE_KINDS } from '../diff/change.js';
import { describeTermValue, formatPercentChange, termLabel } from '../diff/describe-term.js';
import { excerpt } from '../diff/summarize.js';
import { assertNever } from '../internal/assert-never.js';
import { DraftdiffError } from '../internal/errors.js';
import { pushAll } from '../internal/push-all.js';
import type { Provision } from '../model/provision.js';
import type { Term } from '../model/term.js';
import { describeGroup, groupRenumberings } from './group-changes.js';

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
  /** Where the term is, as a reader names it: "point 2, now 3"; undefined for a draft-level term. */
  place: string | undefined;
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
  const placed: (ProvisionMovedChange | ProvisionRenumberedChange)[] = [];
  const tally = new Map<ChangeKind, number>();
  const casing = casingOfChanges(diff.changes);

  for (const change of diff.changes) {
    tally.set(change.kind, (tally.get(change.kind) ?? 0) + 1);
    switch (change.kind) {
      case 'term.changed':
        terms.push(termChangedRow(change, casing));
        break;
      case 'term.added':
        terms.push({
          change: 'added',
          label: termLabel(change.after),
          key: change.key,
          provisionId: change.provisionId,
          place: placeOf(change),
          before: undefined,
          after: describeTermValue(change.after, casing),
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
          place: placeOf(change),
          before: describeTermValue(change.before, casing),
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
          ...nameOfPair(change.before, change.after),
          similarity: change.similarity,
          coarse: change.coarse,
          hunks: change.hunks,
        });
        break;
      case 'provision.renumbered':
      case 'provision.moved':
        placed.push(change);
        break;
      case 'draft.changed':
      case 'provision.retitled':
      case 'provision.split':
      case 'provision.merged':
        other.push(change.summary);
        break;
      default:
        assertNever(change);
    }
  }
  pushAll(other, describePlacements(placed));

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

function termChangedRow(change: TermChangedChange, casing: Casing): TermRow {
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
  for (const aspect of change.aspects ?? []) {
    const words = describeAspect(aspect, change);
    if (words !== undefined) parts.push(words);
  }
  return {
    change: 'changed',
    label: change.after.label ?? termLabel(change.before),
    key: change.key,
    provisionId: change.provisionId,
    place: placeOf(change),
    before: describeTermValue(change.before, casing),
    after: describeTermValue(change.after, casing),
    detail: parts.join('; '),
    direction,
  };
}

/**
 * Where a term change is, by the numbers a reader sees: `point 6`, `point 2, now 3` when the
 * provision was renumbered; `provision <id>` for a provision with no number (or a change built
 * without the numbers); undefined for a term of the draft itself.
 */
export function placeOf(
  change: TermAddedChange | TermRemovedChange | TermChangedChange,
): string | undefined {
  const from =
    'fromNumber' in change && typeof change.fromNumber === 'string' ? change.fromNumber : undefined;
  const to =
    'toNumber' in change && typeof change.toNumber === 'string' ? change.toNumber : undefined;
  if (from !== undefined && to !== undefined && from !== to) return `point ${from}, now ${to}`;
  const number = to ?? from;
  if (number !== undefined) return `point ${number}`;
  return change.provisionId === undefined ? undefined : `provision ${change.provisionId}`;
}

function provisionRow(change: 'added' | 'removed', provision: Provision): ProvisionRow {
  return { change, text: provision.text, ...nameOf(provision) };
}

/**
 * How a reader names a provision: "point 6" with its title beside it, else its title alone,
 * else the start of its text in quotes; "provision <id>" only for a provision with no text.
 */
function nameOf(provision: Provision): { reference: string; title: string | undefined } {
  if (provision.number !== undefined) {
    return { reference: `point ${provision.number}`, title: provision.title };
  }
  if (provision.title !== undefined) return { reference: provision.title, title: undefined };
  const start = typeof provision.text === 'string' ? excerpt(provision.text, 40) : '';
  return { reference: start === '' ? `provision ${provision.id}` : `"${start}"`, title: undefined };
}

/** A provision of both drafts, by both numbers when they differ: "point 3 (now 4)". */
function nameOfPair(
  before: Provision,
  after: Provision,
): { reference: string; title: string | undefined } {
  if (before.number !== undefined && after.number !== undefined && before.number !== after.number) {
    return { reference: `point ${before.number} (now ${after.number})`, title: after.title };
  }
  return nameOf(after.number === undefined && before.number !== undefined ? before : after);
}

const BOUND_WORDS: Record<string, string> = {
  exact: 'exactly',
  'at-most': 'at most',
  'at-least': 'at least',
  about: 'about',
};

/**
 * What else about a term changed, in plain words ("at most → about", "counted from something
 * else"); undefined for the value and the members, which the before and after columns show.
 */
function describeAspect(aspect: TermAspect, change: TermChangedChange): string | undefined {
  const { before, after } = change;
  switch (aspect) {
    case 'value':
    case 'members':
      return undefined;
    case 'kind':
      return 'stated another way';
    case 'bound': {
      const bound = (term: Term) =>
        BOUND_WORDS[('bound' in term ? term.bound : undefined) ?? 'exact'];
      return `${bound(before)} → ${bound(after)}`;
    }
    case 'unit':
      return 'different unit';
    case 'currency':
      return 'different currency';
    case 'condition':
      return 'different condition';
    case 'from':
      return 'counted from something else';
    case 'of':
      return 'a share of something else';
    case 'holder':
      return 'held by someone else';
    case 'ratio':
      return 'different ratio';
    case 'subject':
      return 'about something else';
    default:
      return String(aspect);
  }
}

/** One side's text rebuilt from a redline: the equal hunks and those of `op`. */
export function textOf(hunks: readonly Hunk[], op: 'delete' | 'insert'): string {
  let text = '';
  for (const hunk of hunks) if (hunk.op === 'equal' || hunk.op === op) text += hunk.text;
  return text;
}

/**
 * Moves and renumberings, folded as in the text format: one sentence per run ("Points 4-28 are
 * now 3-27") with the sub-points that moved with their parents folded in.
 */
function describePlacements(
  changes: readonly (ProvisionMovedChange | ProvisionRenumberedChange)[],
): string[] {
  return groupRenumberings(changes).map((group) =>
    group.kind === 'renumber.run' || group.kind === 'change.folded'
      ? describeGroup(group)
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
