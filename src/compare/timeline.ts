import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { guardCall } from '../internal/guard-call.js';
import { readOptions } from '../internal/options.js';
import type { Coverage, Draft } from '../model/draft.js';
import type { Limits } from '../model/limits.js';
import type { Source } from '../model/source.js';
import { TERM_KEY_PATTERN, type Term } from '../model/term.js';
import { type BlameEntry, type BlameEvent, blame } from './blame.js';
import { compareDrafts } from './compare-drafts.js';
import { history } from './lineage.js';
import { valueKey } from './term-agreement.js';

/**
 * The story of a set of drafts as data for a picture: the versions along their dates, the
 * `basedOn` lineage between them, and for a few keys the value each version gives, where it
 * changed and who reported it.
 */

/** Options of `buildTimeline`. */
export interface TimelineOptions {
  /**
   * The keys to follow, in the order given. A name that no draft states as a key but that
   * prefixes stated keys (`territory` for `territory.crimea`, `territory.kherson`, ...) stands
   * for all of them, in provision order.
   * @defaultValue the `maxKeys` keys that change most often, then are stated by most drafts
   */
  keys?: readonly string[];
  /** How many keys to choose when `keys` is not given. @defaultValue 5 */
  maxKeys?: number;
  /** Limits; `maxDepth` bounds the nesting of each draft (deeper is `LIMIT_EXCEEDED`). @defaultValue DEFAULT_LIMITS */
  limits?: Partial<Limits>;
}

/** One version on the timeline. */
export interface TimelineVersion {
  /** Id of the draft. */
  id: string;
  /** Title of the draft. */
  title: string;
  /** The draft's free version label, when it has one. */
  version?: string;
  /** The draft's `date` as written, when it has one. */
  date?: string;
  /** `complete` or `partial`. */
  coverage: Coverage;
  /** Ids of the drafts it is based on, without repeats, in timeline order. */
  basedOn: string[];
  /** Who reported the version (copies of the draft's sources). */
  sources: Source[];
}

/** The versions of one calendar day, or of no known date. */
export interface TimelineDay {
  /** The day (`2025-11-20`), the first ten characters of the drafts' dates; absent for undated drafts. */
  day?: string;
  /** Ids of the versions of the day, in timeline order. */
  drafts: string[];
}

/** What one version says about a key. */
export interface TimelineStep {
  /** Id of the version. */
  draft: string;
  /** What the version did to the key, against what it inherited (see `blame`). */
  event: BlameEvent;
  /** The version's own term; absent when it does not state the key. */
  term?: Term;
  /** Index in `TimelineTrack.values` of the version's value; absent when it states none. */
  value?: number;
  /**
   * The versions whose values this one departs from: for `changed`, those it differs from; for
   * `dropped`, those whose values it no longer states; for `unaddressed`, those whose stated
   * values it now leaves unaddressed (a deletion, in a draft that says so). Empty otherwise.
   */
  from: string[];
  /** Who reports the version's value (see `compareDrafts`); empty without a term. */
  sources: Source[];
}

/** One key followed across every version. */
export interface TimelineTrack {
  /** The key. */
  key: string;
  /** A human label (see `blame`). */
  label: string;
  /** The distinct values stated (`unaddressed` included), in order of first statement. */
  values: Term[];
  /** One step per version, in the order of `Timeline.versions`. */
  steps: TimelineStep[];
  /** How many versions depart from what they inherit: the steps with a non-empty `from`. */
  changes: number;
}

/** A set of drafts laid out in time, with the keys followed. */
export interface Timeline {
  /**
   * The versions along time: dated ones by calendar day (the first ten characters of `date`),
   * undated ones last; within a day, and among the undated, in `history` order. A report
   * dated before the text it is based on comes first, its lineage arrow pointing back.
   */
  versions: TimelineVersion[];
  /** The days in order, each with its versions (the columns of the picture); undated last. */
  days: TimelineDay[];
  /** The `basedOn` edges, parent to child, in the order of the child, then of the parent. */
  edges: { from: string; to: string }[];
  /** The keys followed, in the order chosen. */
  tracks: TimelineTrack[];
}

/** How many keys a timeline follows when none are named. */
const DEFAULT_MAX_KEYS = 5;

/**
 * Lays out drafts as a timeline: every version by day and lineage, and for each key followed
 * its value in every version, the versions where it changed (as `blame` judges them: against
 * what the version inherits along `basedOn`), and the sources behind each value.
 *
 * Without `keys`, follows the `maxKeys` keys with the most changes, then stated by the most
 * versions, then in provision order: the parts of the story that move. Throws what `history`
 * throws, and `INVALID_ARGUMENT` for a bad option or a key that no draft states (nor any key
 * under it). Never mutates the drafts; the result shares no objects with them.
 *
 * @example
 * const timeline = buildTimeline(drafts, { keys: ['armed-forces.personnel-cap'] });
 * timeline.tracks[0].steps.filter((step) => step.event === 'changed');
 */
export function buildTimeline(drafts: readonly Draft[], options: TimelineOptions = {}): Timeline {
  return guardCall('buildTimeline', [drafts, options], () => {
    const { keys, maxKeys, limits } = readTimelineOptions(options);
    const ordered = history(drafts, { limits });
    const versions = layOut(ordered);
    const place = new Map(versions.map((version, index) => [version.id, index]));
    const stated = compareDrafts(drafts, { limits }).rows.map((row) => row.key);

    function track(key: string): TimelineTrack {
      const story = blame(drafts, key, { limits });
      const values = story.sides.map((side) => structuredClone(side.value));
      const index = new Map(values.map((term, position) => [valueKey(term), position]));
      const steps: TimelineStep[] = story.entries.map((entry) => ({
        draft: entry.draft,
        event: entry.event,
        ...(entry.term === undefined
          ? {}
          : {
              term: structuredClone(entry.term),
              value: sideOf(index, entry.term),
            }),
        from: departedFrom(entry),
        sources: entry.sources,
      }));
      steps.sort((a, b) => (place.get(a.draft) ?? 0) - (place.get(b.draft) ?? 0));
      const changes = steps.filter((step) => step.from.length > 0).length;
      return { key, label: story.label, values, steps, changes };
    }

    const tracks =
      keys === undefined
        ? mostMoving(stated.map(track), maxKeys)
        : expandKeys(keys, stated).map(track);

    const edges = versions.flatMap((version) =>
      version.basedOn.map((parent) => ({ from: parent, to: version.id })),
    );
    return { versions, days: groupByDay(versions), edges, tracks };
  });
}

/** The versions a blame entry departs from (see `TimelineStep.from`). */
function departedFrom(entry: BlameEntry): string[] {
  if (entry.event === 'changed' || entry.event === 'dropped') {
    return entry.previous.map((reference) => reference.draft);
  }
  if (entry.event === 'unaddressed') {
    return entry.previous
      .filter((reference) => reference.term.kind !== 'unaddressed')
      .map((reference) => reference.draft);
  }
  return [];
}

/**
 * The `count` tracks with the most changes, then the most versions stating the key; ties keep
 * the order given (provision order), since the sort is stable.
 */
function mostMoving(tracks: readonly TimelineTrack[], count: number): TimelineTrack[] {
  const statedBy = (candidate: TimelineTrack) =>
    candidate.steps.filter((step) => step.term !== undefined).length;
  return [...tracks]
    .sort((a, b) => b.changes - a.changes || statedBy(b) - statedBy(a))
    .slice(0, count);
}

/** The options, checked, with their defaults. */
function readTimelineOptions(options: TimelineOptions): {
  keys: readonly string[] | undefined;
  maxKeys: number;
  limits: Partial<Limits> | undefined;
} {
  const { keys, maxKeys, limits } = readOptions(options, 'buildTimeline');
  const fail = (message: string) =>
    new DraftdiffError('INVALID_ARGUMENT', `buildTimeline: ${message}`);
  if (keys !== undefined) {
    if (!Array.isArray(keys)) throw fail(`keys must be an array, got ${describeValue(keys, 40)}`);
    Array.from(keys).forEach((key, index) => {
      if (typeof key !== 'string' || !TERM_KEY_PATTERN.test(key)) {
        throw fail(
          `keys[${index}]: ${describeValue(key, 200)} is not a term key (lower-case kebab words joined by dots)`,
        );
      }
    });
  }
  if (maxKeys !== undefined && (!Number.isInteger(maxKeys) || maxKeys < 0)) {
    throw fail(`maxKeys must be a whole number of at least 0, got ${describeValue(maxKeys, 40)}`);
  }
  return { keys, maxKeys: maxKeys ?? DEFAULT_MAX_KEYS, limits };
}

/** The keys named, each an exact stated key or the stated keys under it; no repeats. */
function expandKeys(keys: readonly string[], stated: readonly string[]): string[] {
  const chosen: string[] = [];
  for (const key of keys) {
    const matching = stated.includes(key)
      ? [key]
      : stated.filter((candidate) => candidate.startsWith(`${key}.`));
    if (matching.length === 0) {
      throw new DraftdiffError(
        'INVALID_ARGUMENT',
        `buildTimeline: no draft states the key ${JSON.stringify(key)} or any key under it`,
      );
    }
    for (const match of matching) if (!chosen.includes(match)) chosen.push(match);
  }
  return chosen;
}

/**
 * The versions in timeline order: dated ones by day, undated ones last; within a day, and
 * among the undated, in history order (so a version follows what it is based on when both
 * share a day).
 */
function layOut(ordered: readonly Draft[]): TimelineVersion[] {
  const rank = new Map(ordered.map((draft, index) => [draft.id, index]));
  const sorted = [...ordered].sort((a, b) => {
    const first = dayOf(a.date);
    const second = dayOf(b.date);
    if (first !== second) {
      if (first === undefined) return 1;
      if (second === undefined) return -1;
      return first < second ? -1 : 1;
    }
    return (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0);
  });
  const place = new Map(sorted.map((draft, index) => [draft.id, index]));
  return sorted.map((draft) => ({
    id: draft.id,
    title: draft.title,
    ...(draft.version === undefined ? {} : { version: draft.version }),
    ...(draft.date === undefined ? {} : { date: draft.date }),
    coverage: draft.coverage,
    basedOn: [...new Set(draft.basedOn ?? [])].sort(
      (a, b) => (place.get(a) ?? 0) - (place.get(b) ?? 0),
    ),
    sources: (draft.sources ?? []).map((source) => ({ ...source })),
  }));
}

/** Which of the story's sides (distinct values) `term` is: blame gives each entry's value a side. */
function sideOf(index: ReadonlyMap<string, number>, term: Term): number {
  const side = index.get(valueKey(term));
  if (side === undefined)
    throw new RangeError('draftdiff: a blamed value is none of the sides (a bug)');
  return side;
}

/** The calendar day of an ISO date or date-time, as written. */
function dayOf(date: string | undefined): string | undefined {
  return typeof date === 'string' ? date.slice(0, 10) : undefined;
}

function groupByDay(versions: readonly TimelineVersion[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const version of versions) {
    const day = dayOf(version.date);
    const last = days[days.length - 1];
    if (last !== undefined && last.day === day) last.drafts.push(version.id);
    else days.push({ ...(day === undefined ? {} : { day }), drafts: [version.id] });
  }
  return days;
}
