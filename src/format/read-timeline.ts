import type { Timeline } from '../compare/timeline.js';
import type { DraftDiff } from '../diff/change.js';
import { readDiff } from '../diff/read-diff.js';
import { describeValue } from '../internal/describe-value.js';
import { DraftdiffError } from '../internal/errors.js';
import { readOptions } from '../internal/options.js';
import { termTypeIssue } from '../model/parse-part.js';
import { EVENT_WORDS } from './timeline-bands.js';

/** Options of `formatTimelineHtml`. */
export interface TimelineHtmlOptions {
  /** Title of the page, in `<title>` and the main heading (escaped). @defaultValue 'Timeline of N versions' */
  title?: string;
  /**
   * The diffs along the lineage (`changelog(drafts).map((entry) => entry.diff)`): when given,
   * the page ends with what changed at each step, in a few lines each.
   * @defaultValue none
   */
  steps?: readonly DraftDiff[];
}

// The argument checks of `formatTimelineHtml`: its options, and the parts of the timeline the
// page reads.

export function readTimelineHtmlOptions(options: TimelineHtmlOptions): TimelineHtmlOptions {
  const checked = readOptions(options, 'formatTimelineHtml');
  const fail = (message: string) =>
    new DraftdiffError('INVALID_ARGUMENT', `formatTimelineHtml: ${message}`);
  if (checked.title !== undefined && typeof checked.title !== 'string') {
    throw fail(`options.title must be a string, got ${describeValue(checked.title, 40)}`);
  }
  if (checked.steps !== undefined) {
    if (!Array.isArray(checked.steps)) {
      throw fail(
        `options.steps must be an array of DraftDiffs, got ${describeValue(checked.steps, 40)}`,
      );
    }
    checked.steps.forEach((diff, index) => {
      readDiff(diff, 'formatTimelineHtml', `options.steps[${index}]`);
    });
  }
  return checked;
}

/**
 * Checks the parts of a timeline the page reads, so a hand-built one that is malformed fails
 * with the path of the fault rather than a TypeError halfway through.
 */
export function readTimeline(timeline: Timeline): void {
  const fail = (path: string, message: string) =>
    new DraftdiffError('INVALID_ARGUMENT', `formatTimelineHtml: timeline${path} ${message}`, {
      path: path.replace(/\[(\d+)\]|\./g, (_, index) => `/${index ?? ''}`).replace(/\/$/, ''),
    });
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(timeline)) throw fail('', `must be a Timeline, got ${describeValue(timeline, 40)}`);
  for (const field of ['versions', 'days', 'edges', 'tracks'] as const) {
    if (!Array.isArray(timeline[field])) throw fail(`.${field}`, 'must be an array');
  }
  const optionalText = (value: unknown) => value === undefined || typeof value === 'string';
  const isSources = (value: unknown) =>
    Array.isArray(value) &&
    value.every(
      (source) =>
        isObject(source) && typeof source.outlet === 'string' && optionalText(source.citing),
    );
  const ids = new Set<string>();
  timeline.versions.forEach((version, index) => {
    const valid =
      isObject(version) &&
      typeof version.id === 'string' &&
      typeof version.title === 'string' &&
      optionalText(version.version) &&
      optionalText(version.date) &&
      Array.isArray(version.basedOn) &&
      version.basedOn.every((id) => typeof id === 'string') &&
      isSources(version.sources);
    if (!valid) throw fail(`.versions[${index}]`, 'must be a TimelineVersion');
    ids.add(version.id);
  });
  timeline.days.forEach((day, index) => {
    if (!isObject(day) || !optionalText(day.day) || !Array.isArray(day.drafts)) {
      throw fail(`.days[${index}]`, 'must be a TimelineDay');
    }
  });
  timeline.edges.forEach((edge, index) => {
    if (
      !isObject(edge) ||
      typeof edge.from !== 'string' ||
      typeof edge.to !== 'string' ||
      !ids.has(edge.from) ||
      !ids.has(edge.to)
    ) {
      throw fail(`.edges[${index}]`, 'must join two of the versions');
    }
  });
  timeline.tracks.forEach((track, index) => {
    if (!isObject(track) || typeof track.key !== 'string' || typeof track.label !== 'string') {
      throw fail(`.tracks[${index}]`, 'must be a TimelineTrack');
    }
    if (!Array.isArray(track.steps) || track.steps.length !== timeline.versions.length) {
      throw fail(`.tracks[${index}].steps`, 'must hold one step per version');
    }
    track.steps.forEach((step, at) => {
      const valid =
        isObject(step) &&
        typeof step.event === 'string' &&
        Object.hasOwn(EVENT_WORDS, step.event) &&
        (step.value === undefined || Number.isInteger(step.value)) &&
        // A term the page can put in words: every field of its type, a known kind.
        (step.term === undefined || termTypeIssue(step.term) === undefined) &&
        Array.isArray(step.from) &&
        step.from.every((id) => typeof id === 'string') &&
        isSources(step.sources);
      if (!valid) throw fail(`.tracks[${index}].steps[${at}]`, 'must be a TimelineStep');
    });
  });
}
