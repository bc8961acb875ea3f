import type { Timeline, TimelineStep, TimelineVersion } from '../compare/timeline.js';
import type { DraftDiff } from '../diff/change.js';
import { describeTermValue } from '../diff/describe-term.js';
import { guardCall } from '../internal/guard-call.js';
import type { Source } from '../model/source.js';
import { outlineDiff } from './diff-outline.js';
import { escapeHtml, isolateHtml } from './escape.js';
import { htmlDocument } from './html-page.js';
import {
  readTimeline,
  readTimelineHtmlOptions,
  type TimelineHtmlOptions,
} from './read-timeline.js';
import {
  type Band,
  type BandCell,
  bandCells,
  COLUMN,
  departs,
  EVENT_WORDS,
  grid,
  legend,
} from './timeline-bands.js';
import { PAGE_STYLE, STYLE } from './timeline-style.js';

/**
 * The timeline as a picture: versions as cards in columns along their dates, `basedOn` drawn
 * as arcs between them, and under them one band per key whose cells take the colour of the
 * value, with the versions that changed it marked and the outlets that report it named. Pure
 * HTML and CSS (one inline SVG for the arcs): nothing to run, nothing to load.
 */

/** The height of the SVG of arcs, in CSS pixels. */
const ARCS = 84;

/**
 * Formats a `Timeline` as one self-contained HTML page: the versions as cards in columns under
 * their days (several versions of one day share its heading; undated versions are marked so),
 * the lineage as arcs from each version to those based on it, one band per key followed whose
 * cells are coloured by value and marked where the value changed or was dropped, each naming
 * its outlets, then the same story in sentences and, with `steps`, what changed at each step.
 * Inline CSS only (light and dark), no script, a Content Security Policy that forbids both,
 * and every string from the drafts escaped once with `escapeHtml`. Deterministic.
 *
 * Throws `DraftdiffError` `INVALID_ARGUMENT` when the timeline or an option is malformed.
 *
 * @example
 * writeFileSync('timeline.html', formatTimelineHtml(buildTimeline(drafts)));
 */
export function formatTimelineHtml(timeline: Timeline, options: TimelineHtmlOptions = {}): string {
  return guardCall('formatTimelineHtml', [timeline, options], () => {
    const { title, steps } = readTimelineHtmlOptions(options);
    readTimeline(timeline);
    const count = timeline.versions.length;
    const heading = title ?? `Timeline of ${count} version${count === 1 ? '' : 's'}`;
    const bands = timeline.tracks.map(
      (track): Band => ({
        key: track.key,
        label: track.label,
        cells: track.steps.map(cellOfStep),
      }),
    );
    const picture = [
      legend('differs from what the version is based on'),
      '<section class="picture" aria-label="Timeline">',
      '<div class="scroll">',
      grid(timeline.versions.length, [
        ...dayHeads(timeline),
        '<div class="head">Lineage</div>',
        arcs(timeline),
        '<div class="head">Version</div>',
        ...timeline.versions.map(versionCard),
        ...bands.flatMap(bandCells),
      ]),
      '</div>',
      '</section>',
    ];
    const body = [
      `<p class="summary">${escapeHtml(describeSpan(timeline))}</p>`,
      // No versions, no picture: an empty grid would be `repeat(0, ...)`, which CSS rejects.
      ...(count === 0 ? [] : picture),
      ...stories(bands, timeline.versions),
      ...(steps === undefined ? [] : stepList(steps)),
    ];
    return htmlDocument(heading, `${STYLE}\n${PAGE_STYLE}`, body, 'draftdiff-timeline');
  });
}

// The picture ---------------------------------------------------------------------------------
function dayHeads(timeline: Timeline): string[] {
  return [
    '<div class="head">Date</div>',
    ...timeline.days.map((day) => {
      const span = Math.max(1, day.drafts.length);
      const text = day.day === undefined ? 'date unknown' : readableDay(day.day);
      const undated = day.day === undefined ? ' undated' : '';
      return `<div class="day${undated}" style="grid-column:span ${span}">${escapeHtml(text)}</div>`;
    }),
  ];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-11-20` as `20 Nov 2025`: the same in every locale, so the page is deterministic. */
function readableDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  if (match === null || month === undefined) return day;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** One arc per edge, parent to child, drawn over the columns the versions stand in. */
function arcs(timeline: Timeline): string {
  const place = new Map(timeline.versions.map((version, index) => [version.id, index]));
  const width = timeline.versions.length * COLUMN;
  const centre = (index: number) => index * COLUMN + COLUMN / 2;
  const base = ARCS - 6;
  const paths = timeline.edges.map((edge) => {
    const from = place.get(edge.from);
    const to = place.get(edge.to);
    // readTimeline checked that every edge joins two of the versions.
    if (from === undefined || to === undefined) {
      throw new RangeError(`draftdiff: edge ${edge.from} -> ${edge.to} joins no versions (a bug)`);
    }
    // Longer spans rise higher, so nested arcs from one parent stay apart.
    const lift = Math.min(base - 4, 16 + 10 * Math.abs(to - from));
    const d = `M${centre(from)} ${base}C${centre(from)} ${base - lift} ${centre(to)} ${base - lift} ${centre(to)} ${base - 7}`;
    return `<path d="${d}" marker-end="url(#draftdiff-arrow)"><title>${escapeHtml(edge.to)} is based on ${escapeHtml(edge.from)}</title></path>`;
  });
  const dots = timeline.versions.map(
    (_, index) => `<circle cx="${centre(index)}" cy="${base}" r="4"></circle>`,
  );
  return [
    `<svg class="arcs" role="img" aria-label="Lineage: ${timeline.edges.length} ${timeline.edges.length === 1 ? 'link' : 'links'}" width="${width}" height="${ARCS}" viewBox="0 0 ${width} ${ARCS}" style="grid-column:span ${Math.max(1, timeline.versions.length)}">`,
    '<defs><marker id="draftdiff-arrow" viewBox="0 0 8 8" refX="4" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z"></path></marker></defs>',
    ...paths,
    ...dots,
    '</svg>',
  ].join('\n');
}

function versionCard(version: TimelineVersion): string {
  const label =
    version.version === undefined ? '' : `<p class="label">${escapeHtml(version.version)}</p>`;
  const date = version.date === undefined ? 'date unknown' : version.date;
  const who = outletsOf(version.sources);
  return [
    `<article class="version ${version.coverage === 'partial' ? 'partial' : 'complete'}">`,
    `<p class="id">${escapeHtml(version.id)}</p>`,
    label,
    `<p class="date">${escapeHtml(date)}</p>`,
    who.length === 0 ? '' : `<p class="who">${who.map(escapeHtml).join('; ')}</p>`,
    `<p class="coverage">${version.coverage === 'partial' ? 'partial' : 'complete'}${version.basedOn.length === 0 ? '' : ` · based on ${version.basedOn.map(escapeHtml).join(', ')}`}</p>`,
    '</article>',
  ]
    .filter((line) => line !== '')
    .join('');
}

// The story in sentences ----------------------------------------------------------------------

function stories(bands: readonly Band[], versions: readonly TimelineVersion[]): string[] {
  if (bands.length === 0) return [];
  const lines = ['<section class="stories">', '<h2>What each version says</h2>'];
  for (const band of bands) {
    lines.push(
      `<h3>${isolateHtml(band.label)} <span class="key">${escapeHtml(band.key)}</span></h3>`,
      '<ol>',
    );
    band.cells.forEach((cell, index) => {
      const version = versions[index];
      if (version === undefined || (cell.event === 'silent' && cell.text === undefined)) return;
      const when = version.date === undefined ? '' : ` (${escapeHtml(version.date)})`;
      const from = cell.from.map(escapeHtml).join(', ');
      const said =
        cell.text === undefined
          ? `dropped it${from === '' ? '' : `, which ${from} stated`}`
          : cell.event === 'unaddressed'
            ? `not addressed${from === '' ? '' : `, where ${from} stated a value`}`
            : `${isolateHtml(cell.text)}, ${EVENT_WORDS[cell.event]}${from === '' ? '' : ` from ${from}`}`;
      const confidence =
        cell.confidence === undefined ? '' : ` (confidence: ${escapeHtml(cell.confidence)})`;
      const who =
        cell.who.length === 0 ? '' : `; reported by ${cell.who.map(escapeHtml).join('; ')}`;
      lines.push(
        `<li class="${cell.event}${departs(cell)}"><span class="id">${isolateHtml(version.id)}</span>${when}: ${said}${confidence}${who}</li>`,
      );
    });
    lines.push('</ol>');
  }
  lines.push('</section>');
  return lines;
}

function stepList(steps: readonly DraftDiff[]): string[] {
  const lines = ['<section class="steps">', '<h2>Changes at each step</h2>'];
  if (steps.length === 0)
    lines.push('<p>No lineage: none of the versions is based on another.</p>');
  for (const outline of steps.map(outlineDiff)) {
    const summary =
      outline.total === 0
        ? 'no differences'
        : `${outline.total} ${outline.total === 1 ? 'change' : 'changes'}: ${outline.counts}`;
    lines.push(
      '<article class="step">',
      `<h3>${isolateHtml(outline.from)} → ${isolateHtml(outline.to)}</h3>`,
      `<p class="summary">${escapeHtml(summary)}</p>`,
    );
    if (outline.terms.length > 0) {
      lines.push('<ul>');
      for (const row of outline.terms) {
        const before = row.before === undefined ? '(none)' : row.before;
        const after = row.after === undefined ? '(none)' : row.after;
        const detail = row.detail === '' ? '' : ` (${escapeHtml(row.detail)})`;
        lines.push(
          `<li>${isolateHtml(row.label)}: <del>${isolateHtml(before)}</del> → <ins>${isolateHtml(after)}</ins>${detail}</li>`,
        );
      }
      lines.push('</ul>');
    }
    lines.push('</article>');
  }
  lines.push('</section>');
  return lines;
}

// Words ---------------------------------------------------------------------------------------

function cellOfStep(step: TimelineStep): BandCell {
  const term = step.term;
  return {
    ...(step.value === undefined ? {} : { value: step.value }),
    ...(term === undefined ? {} : { text: describeTermValue(term) }),
    event: step.event,
    who: outletsOf(step.sources),
    ...(term?.confidence === undefined ? {} : { confidence: String(term.confidence) }),
    from: [...step.from],
  };
}

/** `Outlet` or `Outlet citing Other`, deduplicated in order. */
function outletsOf(sources: readonly Source[]): string[] {
  const names = sources.map((source) =>
    source.citing === undefined
      ? String(source.outlet)
      : `${source.outlet} citing ${source.citing}`,
  );
  return [...new Set(names)];
}

/** `7 versions from 20 Nov 2025 to 24 Dec 2025 (2 undated), 6 lineage links, 3 keys followed.` */
function describeSpan(timeline: Timeline): string {
  const dated = timeline.days.flatMap((day) => (day.day === undefined ? [] : [day.day])).sort();
  const undated = timeline.days
    .filter((day) => day.day === undefined)
    .reduce((sum, day) => sum + day.drafts.length, 0);
  const count = timeline.versions.length;
  const parts = [`${count} ${count === 1 ? 'version' : 'versions'}`];
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (first !== undefined && last !== undefined) {
    parts[0] +=
      first === last
        ? ` on ${readableDay(first)}`
        : ` from ${readableDay(first)} to ${readableDay(last)}`;
  }
  if (undated > 0) parts[0] += ` (${undated} undated)`;
  const links = timeline.edges.length;
  parts.push(`${links} lineage ${links === 1 ? 'link' : 'links'}`);
  const keys = timeline.tracks.length;
  parts.push(`${keys} ${keys === 1 ? 'key' : 'keys'} followed`);
  return `${parts.join(', ')}.`;
}
